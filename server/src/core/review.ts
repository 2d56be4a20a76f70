/**
 * The keys that "mark as reviewed" and "ignore here" store in `.tadqiq/reviewed.json`, all built here, once.
 * Three shapes, all still read (keys users stored stay valid):
 *
 * - `ignoreKey`: any finding — `<rule>:<words before> ⟦<flagged text>⟧ <words after>`, invisible characters
 *   written as <U+XXXX>;
 * - `gapKey`: a place where something is missing (missing-numeral) — `<rule>:<words before> ‸ <words after>`,
 *   invisible characters, marks and tatweel dropped;
 * - `sentenceKey`: a whole sentence (unattributed-claim) — the sentence without marks, tatweel, controls and
 *   "[من؟]" markers, presentation forms as letters, spaces collapsed.
 *
 * Pure, bounded (the words around are looked for over at most `SCAN` characters), never throws.
 */
import { BREAK, CH, CONTROL, FORM, MARK, SOFT_HYPHEN, SPACE, TATWEEL_C, nfkc } from './text/chars';
import { FOLD, FOLD_DROP } from './text/fold';

const OPEN = '\u27e6'; // ⟦
const CLOSE = '\u27e7'; // ⟧
const GAP = '\u2038'; // ‸
const SPAN_MAX = 40;
const WORDS = 3;
const SCAN = 80;

/** The marker the claim rule's fix inserts after an unattributed claim; not part of the sentence's key. */
export const WHO_MARKER = '[من؟]';

/** Tatweel, controls and format characters, written as <U+XXXX> in "ignore here" keys (the file stays readable). */
function isInvisible(c: number): boolean {
  return (
    c === 0x0640 ||
    c === 0x00ad ||
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    (c < 0x20 && c !== 0x09) ||
    (c >= 0x7f && c < 0xa0)
  );
}

const isBlank = (c: number) => (CH[c] & SPACE) !== 0 && c !== 0x0b && c !== 0x0c;
const isBreak = (c: number) => (CH[c] & BREAK) !== 0;

/** Dropped from gap keys: invisible controls, soft hyphens, and what folding drops of a word (marks, tatweel, harakat forms). */
function isSilent(c: number): boolean {
  return (CH[c] & (CONTROL | SOFT_HYPHEN)) !== 0 || ((CH[c] & (MARK | TATWEEL_C | FORM)) !== 0 && FOLD[c] === FOLD_DROP);
}

/**
 * The edge of up to `words` space-separated chunks before (dir -1) or after (dir 1) `from`, on its line, looked
 * for over at most SCAN characters. With `silentControls`, invisible controls make no chunk of their own.
 */
function wordsEdge(text: string, from: number, dir: -1 | 1, words: number, silentControls: boolean): number {
  let p = from;
  let seen = 0;
  let inWord = false;
  for (let steps = 0; steps < SCAN; steps++) {
    const q = dir < 0 ? p - 1 : p;
    if (q < 0 || q >= text.length) break;
    const c = text.charCodeAt(q);
    if (isBreak(c)) break;
    if (isBlank(c)) {
      if (inWord && ++seen === words) break;
      inWord = false;
    } else if (!silentControls || (CH[c] & (CONTROL | SOFT_HYPHEN)) === 0) inWord = true;
    p += dir;
  }
  return p;
}

/** text[s, e) with invisible characters as <U+XXXX>, line breaks and runs of spaces as one space, trimmed. */
function readable(text: string, s: number, e: number): string {
  let out = '';
  let space = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || isBreak(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < e && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    } else if (isInvisible(c) || (c >= 0xd800 && c <= 0xdfff)) out += `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
    else out += text[i];
  }
  return out;
}

/** Visible text of text[s, e): no controls, marks or tatweel; spaces collapsed and trimmed. */
function visibleWords(text: string, s: number, e: number): string {
  // (runs of kept characters are copied with one slice each, not one concatenation per character)
  let out = '';
  let space = false;
  let run = -1; // start of the pending run of kept characters, or -1
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const skip = isSilent(c);
    const blank = isBlank(c);
    if (!skip && !blank) {
      if (run < 0) {
        if (space) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    if (blank) space = out.length > 0;
  }
  if (run >= 0) out += text.slice(run, e);
  return out;
}

/** Up to `words` chunks of visible text before and after `pos` on its line (for keys and for messages). */
export function wordsAround(text: string, pos: number, words: number): [string, string] {
  return [visibleWords(text, wordsEdge(text, pos, -1, words, true), pos), visibleWords(text, pos, wordsEdge(text, pos, 1, words, true))];
}

/**
 * The "ignore here" key of any finding: `<rule>:<words before> ⟦<flagged text>⟧ <words after>`, up to three
 * words either side on the finding's line, invisible characters written as <U+XXXX>, spaces collapsed. The same
 * words with the same defect elsewhere share the key.
 */
export function ignoreKey(text: string, f: { ruleId: string; start: number; end: number }): string {
  if (typeof text !== 'string') return '';
  const s = Math.max(0, Math.min(f.start, text.length));
  const e = Math.max(s, Math.min(f.end, text.length));
  let span: string;
  if (e - s > SPAN_MAX) span = `${readable(text, s, s + SPAN_MAX / 2)}…${readable(text, e - SPAN_MAX / 2, e)}`;
  else span = readable(text, s, e);
  const before = readable(text, wordsEdge(text, s, -1, WORDS, false), s);
  const after = readable(text, e, wordsEdge(text, e, 1, WORDS, false));
  return `${f.ruleId}:${before} ${OPEN}${span}${CLOSE} ${after}`;
}

/** The rule ids that have "ignore here" keys among `keys` (to compute keys only for their findings). */
export function ignoredRules(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    if (typeof k !== 'string' || k.indexOf(OPEN) < 0) continue;
    const m = /^([a-z][a-z0-9-]*):/.exec(k);
    if (m) out.add(m[1]);
  }
  return out;
}

/** The key of a gap at `pos` (something missing there): the rule id and three visible words either side. */
export function gapKey(ruleId: string, text: string, pos: number): string {
  const [b, a] = wordsAround(text, pos, WORDS);
  return `${ruleId}:${b} ${GAP} ${a}`;
}

/** Dropped from sentence keys: marks, tatweel, invisible controls, harakat presentation forms. */
function isDroppedFromSentence(c: number): boolean {
  return (CH[c] & (MARK | TATWEEL_C | CONTROL | FORM)) !== 0 && FOLD[c] === FOLD_DROP;
}

const isSentenceBlank = (c: number) => c <= 0x20 || (CH[c] & (SPACE | BREAK)) !== 0;
const isForm = (c: number) => (CH[c] & FORM) !== 0;

/**
 * The key "mark as reviewed" stores for a sentence: diacritics, tatweel, bidi and zero-width characters removed,
 * presentation forms mapped to letters (NFKC), "[من؟]" markers removed, whitespace collapsed to one space and
 * trimmed. Stable across re-extraction and the marker fix.
 */
export function sentenceKey(sentence: string): string {
  if (typeof sentence !== 'string') return '';
  if (isOwnKey(sentence)) return sentence;
  // Runs of characters kept as they are are copied with one slice each (not one concatenation per character).
  let out = '';
  let space = false;
  let run = -1; // start of the pending run of unchanged characters, or -1
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const pres = isForm(c);
    const dropped = isDroppedFromSentence(c);
    const marker = !dropped && c === 0x5b && sentence.startsWith(WHO_MARKER, i);
    const blank = isSentenceBlank(c);
    if (!dropped && !marker && !blank && !pres) {
      if (run < 0) {
        // a run starts: the space before it, if any (the previous run was flushed when the space was seen)
        if (space && out.length > 0) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += sentence.slice(run, i);
      run = -1;
    }
    if (dropped) continue;
    if (marker) {
      i += WHO_MARKER.length - 1;
      space = true;
      continue;
    }
    if (blank) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += nfkc(c);
  }
  if (run >= 0) out += sentence.slice(run);
  return out;
}

/** Is the sentence its own key: nothing to drop or map, single spaces between words only (none at the ends)? */
function isOwnKey(sentence: string): boolean {
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || sentence.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    if (isSentenceBlank(c) || isForm(c) || isDroppedFromSentence(c)) return false;
    if (c === 0x5b && sentence.startsWith(WHO_MARKER, i)) return false;
  }
  return true;
}
