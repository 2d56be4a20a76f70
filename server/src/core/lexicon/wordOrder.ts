/**
 * Word-level visual order (issue 10): `pdftotext -raw` writes a right-to-left line with its words in reverse order,
 * each Arabic word (or each piece of one, where a ligature cut it) in an RLE…PDF embedding of its own, numbers and
 * punctuation bare between them:
 *   `<RLE>المشروع<PDF> <RLE>أن<PDF> <RLE>الوزارة<PDF> <RLE>وأكدت<PDF>` for `وأكدت الوزارة أن المشروع`,
 *   `.<RLE>حالي<PDF><RLE>ل<PDF><RLE>ا<PDF>` for `الحالي.`
 * The letters of each piece are in logical order: only the pieces and the words are reversed.
 *
 * A line is read so when every Arabic letter in it lies in an RLE…PDF embedding, it has three Arabic words at least,
 * and the word pairs of correct news (pairs.ts) read its words reversed better than in the order written — the
 * lexicon is the judge of the direction. The repair: the words in reverse order, the pieces of each word in reverse order, the
 * embeddings dropped, brackets between the pieces mirrored, numbers and Latin runs kept as they are.
 *
 * Pure, linear in the line (bounded: lines of at most MAX_WORDS words).
 */
import { pairKeys, pairScore } from './pairs';
import { CH, DIGIT, LATIN, LETTER, FORM } from '../text/chars';

const RLE = 0x202b;
const PDF = 0x202c;
/** Lines of more space-separated words are not read so (a paragraph on one line is no PDF line). */
export const MAX_WORDS = 120;

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<' };

/** A piece of a word: its text (a bracket mirrored) and where it stands in the original. */
interface Piece {
  text: string;
  start: number;
}

/** The pieces of one space-separated word, in the order written: embeddings' contents and bare units. */
function pieces(text: string, s: number, e: number): { parts: Piece[]; wrappedLetters: number; bareLetters: number } | null {
  const parts: Piece[] = [];
  let wrappedLetters = 0;
  let bareLetters = 0;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === RLE) {
      let j = i + 1;
      while (j < e && text.charCodeAt(j) !== PDF && text.charCodeAt(j) !== RLE) j++;
      if (j >= e || text.charCodeAt(j) !== PDF) return null; // unbalanced: not pdftotext's writing
      for (let k = i + 1; k < j; k++) if (CH[text.charCodeAt(k)] & (LETTER | FORM)) wrappedLetters++;
      parts.push({ text: text.slice(i + 1, j), start: i + 1 });
      i = j + 1;
      continue;
    }
    if (c === PDF || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return null;
    if (CH[c] & (LETTER | FORM)) bareLetters++;
    // a number or a Latin run (with the separators inside it) is one unit, read left to right as written
    if (CH[c] & (DIGIT | LATIN)) {
      let j = i + 1;
      while (j < e && (CH[text.charCodeAt(j)] & (DIGIT | LATIN) || (/[.,:/%-]/.test(text[j]) && j + 1 < e && CH[text.charCodeAt(j + 1)] & (DIGIT | LATIN)))) j++;
      parts.push({ text: text.slice(i, j), start: i });
      i = j;
      continue;
    }
    parts.push({ text: MIRROR[text[i]] ?? text[i], start: i });
    i++;
  }
  return { parts, wrappedLetters, bareLetters };
}

function score(keys: readonly string[]): number {
  let v = 0;
  for (let k = 1; k < keys.length; k++) v += pairScore(keys[k - 1], keys[k]);
  return v;
}

/** A line read in logical order: its text and, per character, the original offset it comes from. */
export interface WordOrderReading {
  text: string;
  map: Int32Array;
}

/**
 * The line text[s, e) in logical order when it is in word-level visual order (see above), else null. `margin`: how
 * much better (sum of pair scores) the reversal must read than the words in the order written.
 */
export function wordOrderRepair(text: string, s: number, e: number, margin = 0): string | null {
  const r = wordOrderReading(text, s, e, margin);
  return r && r.text;
}

/** wordOrderRepair with the origin of each character (the repaired view reads the line so). */
export function wordOrderReading(text: string, s: number, e: number, margin = 0): WordOrderReading | null {
  if (e - s < 8 || text.indexOf('\u202b', s) < 0 || text.indexOf('\u202b', s) >= e) return null;
  const words: Piece[][] = [];
  /** Where each word starts in the original (its joining space, once reversed, maps to the space before it). */
  const starts: number[] = [];
  let arabicWords = 0;
  let i = s;
  while (i < e) {
    while (i < e && text.charCodeAt(i) === 0x20) i++;
    if (i >= e) break;
    let j = i;
    while (j < e && text.charCodeAt(j) !== 0x20) j++;
    const p = pieces(text, i, j);
    if (!p || p.bareLetters > 0) return null;
    if (p.wrappedLetters > 0) arabicWords++;
    words.push(p.parts);
    starts.push(i);
    if (words.length > MAX_WORDS) return null;
    i = j;
  }
  if (arabicWords < 3) return null;
  // each word with its pieces in order; the direction of the line is the lexicon's to judge: the words as written
  // against their reversal, scored by the word pairs of correct news (on clean lines set in PDF widths, the reading
  // order scores higher than its reversal in 98.6 % of 5,527 lines of the even half)
  const fixedWords = words.map((parts) => parts.slice().reverse());
  const wordText = (parts: Piece[]) => parts.map((p) => p.text).join('');
  const asWritten = fixedWords.map(wordText).join(' ');
  const order = fixedWords.map((_, k) => k).reverse();
  const fixed = order.map((k) => wordText(fixedWords[k])).join(' ');
  const before = score(pairKeys(asWritten, 0, asWritten.length));
  const after = score(pairKeys(fixed, 0, fixed.length));
  if (!(after - before > margin)) return null;
  const map = new Int32Array(fixed.length);
  let m = 0;
  for (let n = 0; n < order.length; n++) {
    const k = order[n];
    if (n > 0) map[m++] = Math.max(s, starts[k + 1] - 1); // the space: the one after this word in the original
    for (const p of fixedWords[k]) for (let c = 0; c < p.text.length; c++) map[m++] = p.start + c;
  }
  return { text: fixed, map };
}

/** bareWordOrder reads lines of this many Arabic words at least (shorter ones: too few pairs to judge). */
export const BARE_MIN_WORDS = 5;
/** and at most this many space-separated words (a word-reversed line is one of a narrow column). */
export const BARE_MAX_WORDS = 24;
/**
 * How much better, per square root of its Arabic words, the reversal must read than the line as written, the
 * neighbours' edge words included. On 30,646 clean lines of the even half set in PDF widths none reads 2.5 better; on
 * the tuned routes' pdf.js extractions (articles 1-20) one clean line read 2.90 better beside a reversed neighbour,
 * the word-reversed lines 2.55 to 6.6.
 */
export const BARE_MIN_GAIN = 3;

/**
 * Word-level visual order without embeddings (issue 10: pdf.js on LibreOffice's two-column PDFs gives some lines of a
 * narrow column with their words in reverse order, each word's letters in logical order): `الطبيعي. للموت الخضوع على`
 * for `على الخضوع للموت الطبيعي.`. The words as written against their reversal (punctuation stays with its word),
 * scored by the word pairs of correct news; null unless the reversal reads better by BARE_MIN_GAIN per square root of
 * the line's Arabic words. Flag-only evidence (the rule asks for two such lines in a draft): the repair is offered.
 * Pure, linear in the line (bounded by BARE_MAX_WORDS).
 */
export function bareWordOrder(text: string, s: number, e: number, before?: string, after?: string): { text: string; gain: number } | null {
  const line = text.slice(s, e).trim();
  if (line.length < 16 || /[\u202a-\u202e\u2066-\u2069]/.test(line)) return null;
  const words = line.split(/ +/);
  if (words.length > BARE_MAX_WORDS) return null;
  let arabic = 0;
  for (const w of words) if (/[\u0621-\u064a]/.test(w)) arabic++;
  if (arabic < BARE_MIN_WORDS) return null;
  const fixed = words.slice().reverse().join(' ');
  // (with the neighbours' edge words, when given: the word the line ends on in each reading meets the next line's)
  const keys = (t: string) => {
    const k = pairKeys(t, 0, t.length);
    return [...(before !== undefined ? [before] : []), ...k, ...(after !== undefined ? [after] : [])];
  };
  const gain = (score(keys(fixed)) - score(keys(line))) / Math.sqrt(arabic);
  return gain >= BARE_MIN_GAIN ? { text: fixed, gain } : null;
}
