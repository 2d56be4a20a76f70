/**
 * Two leftovers of visual-order lines that reversed-line's plain reversal (visual.ts) does not undo, both from
 * Chromium-made PDFs read by pdf.js (Firefox's viewer) in fonts whose glyphs map to presentation forms (Noto Naskh
 * Arabic, KacstBook):
 *
 * 1. **Plain-letter runs reversed in place.** The line is drawn glyph by glyph from left to right, each glyph mapped
 *    to a presentation form — except ligatures and a few isolated glyphs mapped to plain letters (لا، لأ، ال، ت، ا).
 *    pdf.js's bidi pass classes presentation forms as left-to-right (its table covers U+0600–U+06FF only), so it
 *    leaves them in visual order, but reverses every run of plain Arabic letters (with the spaces and punctuation
 *    between two of them) in place: `ﺔﻴﻧﺎﻨﻌﻟت اﺎﺠﺘﻨﻣ` for the visual `ﺔﻴﻧﺎﻨﻌﻟا تﺎﺠﺘﻨﻣ` (منتجات العناية). Reversing those
 *    runs again gives the visual line back (the operation is its own inverse); visualToLogical then reads it.
 *    Whether to do so is left to the lexicon: the reading with more letters in known words wins.
 * 2. **A lam-alef ligature torn across a space.** What is left are the letters of a lam-alef ligature and the alef of
 *    an article beside it in the wrong order around a space the extractor put in: `أ الصغر` for `الأصغر`,
 *    `خا لفات` for `خلافات`. Two neighbouring tokens, one of them unknown, whose letters at the space are lam or alef
 *    only (at most two on each side): the one arrangement of those letters (and the space, or none) that makes every
 *    token a known word, if there is exactly one.
 * 3. **The runs as pdf.js's text items** (read off the items of the routes' Chromium PDFs): a run is one item with the
 *    sentence marks at its edge (`. و` for the visual `و .`), a quote is an item of its own, and an isolated lam-alef is
 *    a zero-width alef item (in some fonts a zero-width space item after it) before the item its lam begins (`ا ل`,
 *    `ا ق ال` for بحقوق الانسان). plainRuns, runRanges, splitLigatures and unreverseRange give each run's possible
 *    items; visual.ts lets the lexicon choose run by run.
 * All only ever reorder letters (and drop a space inside a torn word); they run on a line reversed-line repairs.
 */
import { foldKey, isWord } from './index';
import { isArabicTokenChar } from './tokens';

function isPresentationLetter(c: number): boolean {
  return (c >= 0xfe80 && c <= 0xfefc) || (c >= 0xfb50 && c <= 0xfdff);
}
function isPlainArabic(c: number): boolean {
  // letters and marks of the Arabic block and its comma, semicolon and question mark (strong right-to-left or
  // neutral for pdf.js: part of the run); not its digits
  return (c >= 0x0621 && c <= 0x065f) || c === 0x0670 || c === 0x060c || c === 0x061b || c === 0x061f;
}
/** A strong left-to-right character for pdf.js: presentation forms, Latin letters; digits end a run as well. */
function endsRun(c: number): boolean {
  return isPresentationLetter(c) || (c >= 0xfe70 && c <= 0xfe7f) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x660 && c <= 0x669);
}

/** From a plain letter at i: the run's last plain letter and the index where the run ends (a run-ending character or the end). */
function runFrom(s: string, i: number): [last: number, end: number] {
  let last = i;
  let j = i + 1;
  while (j < s.length && !endsRun(s.charCodeAt(j))) {
    if (isPlainArabic(s.charCodeAt(j))) last = j;
    j++;
  }
  return [last, j];
}

/** Does the string mix presentation-form letters and plain Arabic letters (the pdf.js case)? */
export function mixesForms(s: string): boolean {
  let pf = false;
  let plain = false;
  for (let i = 0; i < s.length && !(pf && plain); i++) {
    const c = s.charCodeAt(i);
    if (isPresentationLetter(c)) pf = true;
    else if (c >= 0x0621 && c <= 0x064a) plain = true;
  }
  return pf && plain;
}

/** Every maximal run of plain Arabic letters (and the neutrals between two of them) reversed in place. */
export function unreversePlainRuns(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isPlainArabic(s.charCodeAt(i))) {
      out += s[i++];
      continue;
    }
    const [last] = runFrom(s, i);
    for (let k = last; k >= i; k--) out += s[k];
    i = last + 1;
  }
  return out;
}

/**
 * The plain-letter runs of a mixed line, for the reading that puts back pdf.js's text items one run at a time
 * (visual.ts): a run from its first to its last plain letter (what unreversePlainRuns reverses), the neutrals around
 * it up to the next strong left-to-right character (lo, hi) and its ways of being an item. pdf.js makes one text item
 * of the plain letters and punctuation between two presentation forms and reverses it: a punctuation mark at the
 * run's edge may be part of that item (`. و` for the visual `و .`, a sentence's end before a waw); the spaces at the
 * edge are items of their own. An isolated lam-alef (ﻻ) is drawn as a zero-width alef, a zero-width space and a lam:
 * three items, `ا ل` in visual order, the space not the text's.
 */
export interface PlainRun {
  /** the run's first plain letter, one past its last */
  start: number;
  end: number;
  /** the stretch it may reach: from the previous run or strong character to the next */
  lo: number;
  hi: number;
}

export function plainRuns(s: string): PlainRun[] {
  const out: PlainRun[] = [];
  const n = s.length;
  let lo = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (endsRun(c)) {
      lo = ++i;
      continue;
    }
    if (!isPlainArabic(c)) {
      i++;
      continue;
    }
    const [last, j] = runFrom(s, i);
    out.push({ start: i, end: last + 1, lo, hi: j });
    lo = i = last + 1;
  }
  return out;
}

const isSpaceCode = (c: number) => c === 0x20;
const ALEF_CODES = new Set([0x0627, 0x0623, 0x0625, 0x0622]);

/** A sentence mark that may be in a plain run's item (quotes and brackets are items of their own). */
const isItemMark = (c: number) => c === 0x2e || c === 0x060c || c === 0x061b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2c;

/** The ranges a run may be read as (reversed in place): its letters only first, then with the sentence marks at
 *  either edge (and the spaces between them and the letters; never an edge space); each is [from, to). */
export function runRanges(s: string, r: PlainRun): Array<[number, number]> {
  let a = r.start;
  for (let k = r.start - 1; k >= r.lo; k--) {
    const c = s.charCodeAt(k);
    if (isItemMark(c)) a = k;
    else if (!isSpaceCode(c)) break;
  }
  let b = r.end;
  for (let k = r.end; k < r.hi; k++) {
    const c = s.charCodeAt(k);
    if (isItemMark(c)) b = k + 1;
    else if (!isSpaceCode(c)) break;
  }
  const out: Array<[number, number]> = [[r.start, r.end]];
  if (a < r.start) out.push([a, r.end]);
  if (b > r.end) out.push([r.start, b]);
  if (a < r.start && b > r.end) out.push([a, b]);
  return out;
}

/**
 * Where s[from, to) may hold an isolated lam-alef as pdf.js gives it: its alef a zero-width item of its own (and, in
 * some fonts, a zero-width space item after it), then the item the lam begins — reversed, so the run's last plain
 * letter (at lastPlain) is that lam. Each k: an alef at k.
 */
export function splitLigatures(s: string, from: number, to: number, lastPlain: number): number[] {
  const out: number[] = [];
  if (s.charCodeAt(lastPlain) !== 0x0644) return out;
  for (let k = from; k + 1 <= lastPlain; k++) {
    if (!ALEF_CODES.has(s.charCodeAt(k))) continue;
    if (s.charCodeAt(k + 1) === 0x20) {
      if (k + 2 <= lastPlain) out.push(k);
    } else if (isPlainArabic(s.charCodeAt(k + 1))) {
      // (no space item after the alef: `ا` + `ق ال` for بحقوق الانسان)
      out.push(k);
    }
  }
  return out;
}

/** A quote: pdf.js's item of its own, the spaces beside it too. */
const isQuote = (c: number) => c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;

/** Does s[from, to) hold a quote? */
export function hasQuote(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuote(s.charCodeAt(k))) return true;
  return false;
}

/**
 * s[from, to) as the visual text it came from: reversed (one item); or (lig ≥ 0) cut at an isolated lam-alef's alef
 * (at lig): the part before it reversed, the alef kept in place, a space after it dropped, the rest reversed; or
 * (quotes) cut at every quote, each piece between them reversed without the spaces at its edges.
 */
export function unreverseRange(s: string, from: number, to: number, lig: number, quotes = false): string {
  let out = '';
  const rev = (a: number, b: number) => {
    for (let k = b - 1; k >= a; k--) out += s[k];
  };
  if (quotes) {
    let p = from;
    for (let k = from; k <= to; k++) {
      if (k < to && !isQuote(s.charCodeAt(k))) continue;
      let a = p;
      while (a < k && s.charCodeAt(a) === 0x20) out += s[a++];
      let b = k;
      while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
      rev(a, b);
      out += s.slice(b, k);
      if (k < to) out += s[k];
      p = k + 1;
    }
    return out;
  }
  if (lig < 0) rev(from, to);
  else {
    rev(from, lig);
    out += s[lig];
    rev(s.charCodeAt(lig + 1) === 0x20 ? lig + 2 : lig + 1, to);
  }
  return out;
}

const LIGATURE: Record<string, string> = { '\u0627': '\ufefb', '\u0623': '\ufef7', '\u0625': '\ufef9', '\u0622': '\ufef5' };

/**
 * Plain lam + alef pairs as their ligature (one character): in a line drawn in presentation forms a plain pair is a
 * ligature glyph's text, in logical order, and must stay so when the line is reversed (the reversal would make it
 * ال, which the lexicon may know too: لاحق / الحق). presentation-form's fix spells the ligature out afterwards.
 */
export function ligatePlainLamAlef(s: string): string {
  return s.replace(/\u0644([\u0627\u0623\u0625\u0622])/g, (_, a: string) => LIGATURE[a]);
}

/** Letters of the string's Arabic tokens that the lexicon knows. */
export function knownLetters(s: string): number {
  let known = 0;
  let i = 0;
  while (i < s.length) {
    if (!isArabicTokenChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isArabicTokenChar(s.charCodeAt(j))) j++;
    if (isWord(s.slice(i, j))) known += j - i;
    i = j;
  }
  return known;
}

/** Letters and punctuation the extractor's in-place run reversal moves across a space. */
const MOVABLE = new Set([0x0644, 0x0627, 0x0623, 0x0625, 0x0622, 0x0648, 0x2e, 0x60c, 0x2c, 0x3a, 0x61b]);
const isMovable = (ch: string) => MOVABLE.has(ch.charCodeAt(0));
const PUNCT = new Set([0x2e, 0x60c, 0x2c, 0x3a, 0x61b]);
const isPunct = (c: number) => PUNCT.has(c);

function permutations(letters: string[]): string[] {
  if (letters.length <= 1) return [letters.join('')];
  const out = new Set<string>();
  for (let i = 0; i < letters.length; i++) {
    const rest = letters.slice(0, i).concat(letters.slice(i + 1));
    for (const p of permutations(rest)) out.add(letters[i] + p);
  }
  return [...out];
}

/** A token: Arabic letters and marks, then at most its trailing punctuation. */
function core(t: string): string | null {
  let e = t.length;
  while (e > 0 && isPunct(t.charCodeAt(e - 1))) e--;
  if (e === 0) return null;
  for (let i = 0; i < e; i++) if (!isArabicTokenChar(t.charCodeAt(i))) return null;
  return t.slice(0, e);
}
const known = (t: string) => {
  const c = core(t);
  return c !== null && isWord(c);
};

/**
 * The one rearrangement of the lam, alef, waw and punctuation around the space between a and b that makes every
 * token a known word (a single token preferred: the space was the extractor's), or null.
 */
function tornAtSpace(a: string, b: string): string | null {
  let x = 0;
  while (x < 2 && x < a.length && isMovable(a[a.length - 1 - x])) x++;
  let y = 0;
  while (y < 2 && y < b.length && isMovable(b[y])) y++;
  if (x === 0 || y === 0) return null;
  const head = a.slice(0, a.length - x);
  const tail = b.slice(y);
  const window = (a.slice(a.length - x) + b.slice(0, y)).split('');
  const joined = new Set<string>();
  const split = new Set<string>();
  const original = a + ' ' + b;
  for (const p of permutations(window)) {
    for (let k = 0; k <= p.length; k++) {
      const left = head + p.slice(0, k);
      const right = p.slice(k) + tail;
      if (known(left + right)) joined.add(left + right);
      if (left && right && left + ' ' + right !== original && known(left) && known(right)) split.add(left + ' ' + right);
    }
  }
  return pick(joined) ?? (joined.size ? null : pick(split));
}

const LAM_HAMZA = /\u0644[\u0623\u0625\u0622]/;

/**
 * The one candidate, or null. The lexicon does not tell hamza seats apart (ألاحمر and الأحمر fold alike): among
 * candidates equal but for that, the one whose hamza alef follows a lam (the ligature ﻷ it came from).
 */
function pick(cands: Set<string>): string | null {
  if (cands.size <= 1) return cands.size ? [...cands][0] : null;
  const keys = new Set([...cands].map((c) => c.split(' ').map((w) => foldKey(core(w) ?? w)).join(' ')));
  if (keys.size !== 1) return null;
  const withLam = [...cands].filter((c) => LAM_HAMZA.test(c));
  return withLam.length === 1 ? withLam[0] : null;
}

const isMarkCode = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670;
const isMarksOnly = (t: string) => {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!isMarkCode(t.charCodeAt(i))) return false;
  return true;
};

/** Torn lam-alef ligatures and misplaced waw/punctuation between neighbouring tokens mended (see the file comment). */
/** What mendTornLamAlef can act on: a space between two movable characters, or before a mark. */
const MENDABLE = /[\u0644\u0627\u0623\u0625\u0622\u0648.\u060c,:\u061b] [\u0644\u0627\u0623\u0625\u0622\u0648.\u060c,:\u061b]| [\u064b-\u065f\u0670]/;

export function mendTornLamAlef(s: string): string {
  if (!MENDABLE.test(s)) return s;
  const parts = s.split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const a = parts[i];
    const b = parts[i + 1];
    // a mark left alone after a word: the word's (a space dropped)
    if (b !== undefined && isMarkCode(b.charCodeAt(0)) && isMarksOnly(b) && core(a) !== null && core(a) === a) {
      parts[i + 1] = a + b;
      i++;
      continue;
    }
    // a word that opens with a mark (pdf.js draws a shadda as an item of its own, a space after it): the mark is the
    // last letter's of the word before, the space the extractor's — when the two read as one known word (موض ّحا)
    if (b !== undefined && isMarkCode(b.charCodeAt(0)) && !isMarksOnly(b) && core(a) !== null && core(a) === a && known(a + b)) {
      parts[i + 1] = a + b;
      i++;
      continue;
    }
    // (tornAtSpace moves nothing unless a ends and b starts with a movable character: that test first, the lexicon's after)
    if (b !== undefined && a !== '' && b !== '' && isMovable(a[a.length - 1]) && isMovable(b[0]) && core(a) !== null && core(b[0] === '.' || b[0] === '\u060c' ? b.slice(1) || 'x' : b) !== null && !(known(a) && known(b))) {
      const m = tornAtSpace(a, b);
      if (m !== null) {
        const ws = m.split(' ');
        // the mended right token may pair with the next one again
        if (ws.length === 2) {
          out.push(ws[0]);
          parts[i + 1] = ws[1];
        } else {
          parts[i + 1] = ws[0];
        }
        i++;
        continue;
      }
    }
    out.push(a);
    i++;
  }
  return out.join(' ');
}
