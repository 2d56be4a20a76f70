/**
 * Lines whose text items came out in visual order (issue 10): Chromium draws an RTL line as text items — runs of
 * Arabic, and apart from them every number, Latin run, bracket beside one, the spaces around them and, in some fonts
 * (Amiri, Scheherazade), marks drawn as glyphs of their own (ُ ّ ٔ ٕ ً) — and pdf.js (Firefox's viewer) gives the items
 * left to right, each in logical order. The line's logical end therefore comes first, cut at every such item:
 *
 *   logical  : بتونس العاصمة ومن المنتظر أن يتم عرضه في قاعات السينما يوم 21 ديسمبر الحالي.
 *   extracted: ديسمبر الحالي. 21 بتونس العاصمة ومن المنتظر أن يتم عرضه في قاعات السينما يوم
 *
 * and a mark or a hamza drawn apart lands at the other end of its word (`لكنٔ ا لىٕا` for `إلى أسماء … لكن`).
 * The text does not say where the items were; what it says is enough for one reading: the line cut before and after
 * every number and Latin run (with the spaces and brackets beside them), the pieces read in reverse (a bracket item
 * mirrored), a space before a mark dropped and a hamza composed with its seat. The lexicon (known letters, no mark
 * without its letter) and the word pairs of correct news (lexicon/pairs.ts: `يوم 21 ديسمبر`, the last word of the
 * line before, the first of the line after) judge it against the line as it is (tidied the same way). Only letters'
 * order changes (and those spaces).
 *
 * Marks drawn apart (measured on the routes' articles 1–20, session 12): the mark's item comes right before the item of
 * the letter it sits on (with at most a zero-width space item between: `ٔا`, `ٔ ا`, `ّ ي`), and an alef drawn with its
 * hamza is an item of its own too (`ا` + U+0654); a glyph with no Unicode value comes out as U+0000 (an alef under a
 * hamza, a mark on an alef, a ligature's part after `ل`). Each such cluster is an item: the reading cuts the line there
 * too and writes the cluster letter first. A hamza or madda before a bare alef is written by no correct text: a line
 * that shows one is read with its clusters cut, the lexicon's word enough (the pairs may not say clearly otherwise),
 * and the line joiners and the run-order repair leave it alone (cut-word, lexicon/runs.ts: its edges are not its
 * words'). Other marks before a letter (`بعدُو` for `وُ` … `بعد`, against `مرّ فيها`) are cut only in a second reading of a line with numbers,
 * kept when preferred and better; a letter + U+0000 inside a word likewise (`الا` + `ل` + U+0000 + `نشرت`).
 *
 * Pure; linear in the line (at most three readings, one pass each).
 */
import { isAnyDigit } from '../text/arabic';
import { isWord } from './index';
import { linePairScore, pairKeys, pairScore } from './pairs';

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isMark = (c: number) => (c >= 0x064b && c <= 0x0655) || c === 0x0670;
const isLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
const isBracket = (c: number) => c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d;

type Kind = 'L' | 'S' | 'M' | 'P' | 'R' | 'C';
interface Atom {
  kind: Kind;
  text: string;
}

const isHamzaMark = (c: number) => c >= 0x0653 && c <= 0x0655;

/**
 * An alef with its hamza drawn as a text item of its own in LibreOffice's PDFs, as pdf.js gives it: `أا` or `إا`, the
 * letter and a bare alef (measured on the routes' articles 1–20, lo-* through pdf.js: every such glyph; the item
 * sits at its word's logical start, the line's other items around it in visual order). No correct text writes a
 * hamza's alef before a bare alef (the unlabelled news: a dozen typos in 13 MB).
 */
function hamzaItemAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c === 0x0623 || c === 0x0625) && s.charCodeAt(i + 1) === 0x0627;
}

/**
 * A mark drawn as a text item of its own and the letter it sits on (Amiri, Scheherazade: measured on articles 1–20 of
 * the routes, the mark's item comes right before its letter's, with at most a zero-width space item between): the
 * mark (or U+0000, a mark glyph with no Unicode value), maybe a space, one letter (or U+0000, an alef glyph with none).
 * Its length from i, or 0. `ا` followed by its hamza (`ا` + U+0654, an alef drawn with its hamza in one item) is one
 * too, of two characters, and so is `ا` + U+0000 (an alef drawn with a mark glyph that has no Unicode value: `آ`).
 */
function clusterAt(s: string, i: number, alefLast = false): number {
  const c = s.charCodeAt(i);
  // (`alefLast`: an alef before a hamza that has an alef of its own after it, `لديها` + `ٔا`, ends its run: the other
  // reading of `أا`, tried too — lexicon/itemOrder's caller keeps the better)
  if (c === 0x0627 && i + 1 < s.length && (isHamzaMark(s.charCodeAt(i + 1)) || s.charCodeAt(i + 1) === 0) && !(alefLast && marksApart(s, i + 1, Math.min(s.length, i + 4)))) return 2;
  // (a letter drawn with a glyph that has no Unicode value, a ligature's part: `ل` + U+0000 before `كتروني`)
  if (isLetter(c) && i + 1 < s.length && s.charCodeAt(i + 1) === 0) return 2;
  // (LibreOffice's PDFs through pdf.js: an alef with its hamza is an item of its own, `أا` — the letter and an alef)
  if (hamzaItemAt(s, i)) return 2;
  if (!isMark(c) && c !== 0) return 0;
  let j = i + 1;
  if (j < s.length && s.charCodeAt(j) === 0x20) j++;
  if (j >= s.length) return 0;
  const b = s.charCodeAt(j);
  if (!(isLetter(b) || (b === 0 && c !== 0))) return 0;
  return j + 1 - i;
}

/** A cluster in logical order: its letter, then its mark (a hamza composed with its seat); the space dropped. An alef
 *  with a mark glyph that has no Unicode value is `آ`: Chromium maps the hamzas of its fonts (U+0654, U+0655) but not
 *  the madda, measured on articles 1–20 (`ا` + U+0000: آ in three words of three). */
function clusterText(t: string): string {
  const c = t.charCodeAt(0);
  if (t === '\u0627\u0000' || (c === 0 && t.charCodeAt(t.length - 1) === 0x0627)) return '\u0622';
  if (t.length === 2 && hamzaItemAt(t, 0)) return t[0];
  if (c === 0x0627 || isLetter(c)) return SEAT[t] ?? t;
  const base = t[t.length - 1];
  const mark = t[0];
  const seat = base === '\u0000' && isHamzaMark(c) ? '\u0627' : base;
  // (an alef glyph with no Unicode value under a hamza is an alef: the hamza says so)
  return SEAT[seat + mark] ?? base + mark;
}

/** Does the line carry a hamza or madda drawn before its alef, as no correct text does (`ٔا`, `ٔ ا`, `ٕ` + U+0000)?
 *  Only then are marks cut out as items. */
export function marksApart(s: string, start = 0, end = s.length): boolean {
  for (let i = start; i + 1 < end; i++) {
    if (!isHamzaMark(s.charCodeAt(i))) continue;
    let j = i + 1;
    if (s.charCodeAt(j) === 0x20 && j + 1 < end) j++;
    const b = s.charCodeAt(j);
    if (b === 0x0627 || b === 0) return true;
  }
  return false;
}

/**
 * Is text[start, end) a line of LibreOffice's text items through pdf.js that the reading here repairs — hamza alef items
 * (`أا`) and a reading fix-all applies? The run-order repair and the line joiners leave such a line to reversed-line,
 * as they leave a line that marksApart (its edges are not its words'). A glued run edge that writes the same two
 * letters (`مبدأالوزارة`) has no reading preferred.
 */
export function hamzaItemLine(text: string, start: number, end: number): boolean {
  if (end - start > MAX_LINE) return false;
  let any = false;
  for (let i = start; i + 1 < end && !any; i++) any = hamzaItemAt(text, i);
  if (!any) return false;
  const r = itemOrderRepair(text.slice(start, end).trim());
  return r !== null && r.preferred;
}

/** marksApart, or a hamza alef item of LibreOffice's PDFs (`أا`, hamzaItemAt): only the reading here treats those as
 *  items — the run-order repair and the line joiners still read such a line (a run's last word ending in a hamza
 *  alef glued to the next run's `ال`, `مبدأالوزارة`, writes the same two letters). */
function apart(s: string, start = 0, end = s.length): boolean {
  for (let i = start; i + 1 < end; i++) if (hamzaItemAt(s, i)) return true;
  return marksApart(s, start, end);
}

/** The line as atoms: numbers and Latin runs (L), single spaces (S), marks (M), brackets (P), the rest (R); with
 *  `clusters`, a mark drawn apart with its letter (C, in logical order). */
function atoms(s: string, clusters = false, alefLast = false): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  const n = s.length;
  const push = (kind: Kind, text: string) => {
    const last = out[out.length - 1];
    // (a number and a Latin run that touch, `3D`, are one left-to-right item)
    if ((kind === 'R' || kind === 'L') && last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = clusters ? clusterAt(s, i, alefLast) : 0;
    if (k > 0) {
      out.push({ kind: 'C', text: clusterText(s.slice(i, i + k)) });
      i += k;
    } else if (isAnyDigit(c) || ((c === 0x25 || c === 0x66a) && i + 1 < n && isAnyDigit(s.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isAnyDigit(d) || d === 0x25 || d === 0x66a) j++;
        // (a separator between digits, `3.5`, `2009-2010`, stays in the number: bidi's CS and ES between numbers)
        // (and the Tunisian press's decimal ر, `42ر2`: Chromium keeps it in the number's item, routes' articles 1–20)
        else if ((d === 0x2e || d === 0x2c || d === 0x3a || d === 0x2f || d === 0x2d || d === 0x66b || d === 0x66c || d === 0x631) && j + 1 < n && isAnyDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
      push('L', s.slice(i, j));
      i = j;
    } else if (isLatin(c)) {
      let j = i + 1;
      let end = j;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isLatin(d) || isAnyDigit(d)) end = ++j;
        else if (d === 0x20 || d === 0x2e || d === 0x2d || d === 0x27 || d === 0x26) j++;
        else break;
      }
      push('L', s.slice(i, end));
      i = end;
    } else if (c === 0x20) push('S', s[i++]);
    else if (isMark(c)) push('M', s[i++]);
    else if (isBracket(c)) push('P', s[i++]);
    else push('R', s[i++]);
  }
  return out;
}

/**
 * The pieces (items) of the reading: numbers and Latin runs on their own, with the spaces and brackets beside them;
 * the rest grouped; with clusters (a mark drawn apart with its letter, see the file comment), those on their own too.
 */
function pieces(as: Atom[], brackets = false): string[] {
  // (`brackets`: every bracket an item of its own too — Chromium cuts its text items at a bracket beside Arabic words,
  // `(أماني)`, as at a number)
  const alone = as.map((a) => a.kind === 'L' || a.kind === 'C' || (brackets && a.kind === 'P'));
  // a space or a bracket beside a standalone atom (or beside such a space) is an item of its own
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < as.length; k++) {
      if (alone[k] || (as[k].kind !== 'S' && as[k].kind !== 'P')) continue;
      if ((k > 0 && alone[k - 1]) || (k + 1 < as.length && alone[k + 1])) alone[k] = true;
    }
  }
  const out: string[] = [];
  let cur = '';
  for (let k = 0; k < as.length; k++) {
    if (alone[k]) {
      if (cur) out.push(cur);
      cur = '';
      // a bracket drawn as an item of its own is the mirrored glyph of the logical one
      out.push(as[k].kind === 'P' ? MIRROR[as[k].text] : as[k].text);
    } else cur += as[k].text;
  }
  if (cur) out.push(cur);
  return out;
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[' };

const SEAT: Record<string, string> = { '\u0627\u0654': '\u0623', '\u0627\u0655': '\u0625', '\u0627\u0653': '\u0622', '\u0648\u0654': '\u0624', '\u064a\u0654': '\u0626', '\u0649\u0654': '\u0626' };

/** The reading: pieces reversed; a space before a mark dropped, hamzas composed with their seats. */
function read(ps: string[]): string {
  let s = '';
  for (let k = ps.length - 1; k >= 0; k--) s += ps[k];
  return tidy(s);
}

/** A space before a mark dropped, hamzas composed with their seats (the line as it is is judged so too). */
function tidy(s: string): string {
  s = s.replace(/([\u0621-\u064a\u064b-\u0652]) +(?=[\u064b-\u0655])/g, '$1');
  return s.replace(/[\u0627\u0648\u064a\u0649][\u0653-\u0655]/g, (m) => SEAT[m] ?? m);
}

/** Known letters minus unknown ones, and a mark with no letter before it counted against (and a hamza before its alef). */
function lexScore(s: string): number {
  let v = 0;
  const re = /[\u0621-\u064a\u064b-\u0655\u0670\u0640]+/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const t = m[0];
    if (isMark(t.charCodeAt(0))) v -= 4;
    const letters = t.replace(/[\u064b-\u0655\u0670\u0640]/g, '').length;
    if (letters === 0) continue;
    // (a hamza before its alef inside a token is no word, whatever the lexicon reads once marks are dropped: `منٔا`)
    v += isWord(t) && !apart(t) ? letters : -letters;
  }
  return v;
}

/**
 * How much better the pieces read reversed than as they are, by the word pairs at their junctions and at the line's
 * edges (the pairs inside a piece are the same both ways: a number or Latin run is a key of its own, pairs.ts).
 */
function junctionGain(ps: string[], edges: Edges): number {
  const keys = ps.map((p) => pairKeys(p, 0, p.length)).filter((k) => k.length > 0);
  if (keys.length < 2) return 0;
  const before = edges.before();
  const after = edges.after();
  const first = (k: string[]) => k[0];
  const last = (k: string[]) => k[k.length - 1];
  const side = (ks: string[][]) => {
    let v = 0;
    for (let k = 1; k < ks.length; k++) v += pairScore(last(ks[k - 1]), first(ks[k]));
    if (before !== undefined) v += pairScore(before, first(ks[0]));
    if (after !== undefined) v += pairScore(last(ks[ks.length - 1]), after);
    return v;
  };
  return side(keys.slice().reverse()) - side(keys);
}

/** How much better the word pairs of `text` read than those of `was`, with the line's edges. */
function lineGain(text: string, was: string, edges: Edges): number {
  const before = edges.before();
  const after = edges.after();
  return linePairScore(text, before, after) - linePairScore(was, before, after);
}

/**
 * On a line with hamza items (`أا`, hamzaItemAt): does every hamza alef item make, in the reading, a word the lexicon
 * knows with the letters it joins (the end of the piece read before it, the start of the one read after), and none
 * where it stands? A hamza alef typed before a bare alef in correct text (`الأاولى`, measured: a dozen in the unlabelled
 * news) is a word where it stands once its alef is dropped, and cuts the line where no item ended; two words glued there (a
 * run's last word ending in a hamza alef, the next run's first starting with an alef) are no item either.
 */
function hamzaWordsKnown(line: string, ps: string[]): boolean {
  let any = false;
  for (let i = 0; i + 1 < line.length; i++) {
    if (!hamzaItemAt(line, i)) continue;
    any = true;
    // (the word it stands in, its alef dropped, a word the lexicon knows: a typo where it stands, no item)
    const head = /[\u0621-\u064a\u064b-\u0652]*$/.exec(line.slice(Math.max(0, i - 40), i))![0];
    const tail = /^[\u0621-\u064a\u064b-\u0652]*/.exec(line.slice(i + 2, i + 42))![0];
    if (tail && isWord(head + line[i] + tail)) return false;
    // (a word ending in a hamza alef glued to one that starts with an alef, `مبدأالوزارة`: two words, no item)
    if (head && tail && isWord(head + line[i]) && isWord('\u0627' + tail)) return false;
  }
  if (!any) return true;
  for (let k = 0; k < ps.length; k++) {
    if (ps[k] !== '\u0623' && ps[k] !== '\u0625') continue;
    const head = /[\u0621-\u064a\u064b-\u0652]*$/.exec(ps[k + 1] ?? '')![0];
    const tail = /^[\u0621-\u064a\u064b-\u0652]*/.exec(ps[k - 1] ?? '')![0];
    if (!isWord(head + ps[k] + tail)) return false;
  }
  return true;
}

/** Places where a digit and an Arabic letter touch. */
function glued(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if ((isAnyDigit(a) && isLetter(b)) || (isLetter(a) && isAnyDigit(b))) n++;
  }
  return n;
}

/** Brackets with no partner, read in logical order (an opening one closed later, of either kind). */
function unpaired(s: string): number {
  let open = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) open++;
    else if (c === 0x29 || c === 0x5d) {
      if (open > 0) open--;
      else n++;
    }
  }
  return n + open;
}

export interface ItemOrderRepair {
  text: string;
  /** How much better the reading scores than the line as it is: letters the lexicon knows, and word pairs. */
  lexGain: number;
  pairGain: number;
  /** The lexicon confirms it (more known letters, no worse pairs) or the pairs do by a clear margin: fix-all applies it. */
  preferred: boolean;
  /** Read with numbers, Latin runs and brackets cut out only (no mark or hamza items: Chromium's items, not LibreOffice's). */
  itemsOnly: boolean;
}

/** The longest line read (UTF-16 units). */
export const MAX_LINE = 250;

/** Pair gain a reading needs when the lexicon does not tell (every word a word both ways). 10 tuned on articles 1–20;
 *  6 on the round trip's even half (pdfjs-items: clean lines read reversed scored at most 4.85 there, damaged ones 0–17). */
export const PAIR_MARGIN = 6;
/** A line with this many numbers and Latin runs or more (a list) needs LIST_MARGIN. Tuned on the even half and corpus dev. */
export const LIST_ITEMS = 3;
/** Pair gain a reading needs in a draft with two lines at least whose item readings fix-all applies on their own
 *  (reversed-line): that draft's lines came out as items. Routes' articles 1–20 (pdf.js): the same repairs from 0.01 to 1.5;
 *  1 for sentences written for the tests (a line beside two read so scored 1.17 with their readings as its edges). */
export const DRAFT_ITEM_MARGIN = 1;
export const LIST_MARGIN = 10;

/**
 * Whether fix-all applies a reading: the lexicon confirms it (more known letters, no worse pairs), or the pairs do by
 * PAIR_MARGIN — LIST_MARGIN on a line with `items` numbers and Latin runs ≥ LIST_ITEMS (a list, `25 % … 17 % … 44 %`:
 * many junctions whose pairs read about as well either way: a clean list line of the odd half scored 6.7 reversed, a
 * corpus dev line with three bracketed numbers more than 6).
 */
export function preferredReading(lexGain: number, pairGain: number, items: number): boolean {
  return (lexGain > 0 && pairGain >= 0) || pairGain >= (items >= LIST_ITEMS ? LIST_MARGIN : PAIR_MARGIN);
}

/** The pair keys of the last word of the line before and of the first of the line after (or the paragraph edge),
 *  undefined where there is none to trust; asked only for a line that gets as far as its junctions. */
export interface Edges {
  before: () => string | undefined;
  after: () => string | undefined;
}
const NO_EDGES: Edges = { before: () => undefined, after: () => undefined };

/**
 * The reading of a line whose items came out in visual order, or null when none reads better than the line as it
 * is. `edges`: the words on the lines around it (Edges).
 */
export function itemOrderRepair(line: string, edges: Edges = NO_EDGES): ItemOrderRepair | null {
  const r = itemReading(line, edges);
  // Chromium cuts its items at brackets too (`(أماني)`, `(عاما 31)`: measured on the routes' articles 1–20, every
  // bracket beside an Arabic word): the line read with every bracket an item, kept when it reads better
  // (a line whose brackets pair up within it: a bracket whose partner is on another line is read with the plain items —
  // even half, pdfjs-items: `مارس). … شهر 20` read with its bracket cut out went wrong)
  if (!/[()[\]]/.test(line) || line.length > MAX_LINE || /[\u202a-\u202e\u2066-\u2069]/.test(line) || apart(line) || !pairedBrackets(line)) return r;
  let b = reading(line, false, false, edges, false, true);
  if (/[\u064b-\u0652] ?[\u0621-\u064a]/.test(line)) b = better(b, reading(line, true, false, edges, false, true));
  return better(r, b);
}

/** Every bracket of the line has its partner in it (of either orientation: the line may be mirrored). */
function pairedBrackets(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}

/** The better of two readings: the one fix-all applies, then the one the lexicon likes more, then the pairs. */
function better(a: ItemOrderRepair | null, b: ItemOrderRepair | null): ItemOrderRepair | null {
  if (a === null || b === null) return a ?? b;
  if (a.preferred !== b.preferred) return a.preferred ? a : b;
  return b.lexGain > a.lexGain || (b.lexGain === a.lexGain && b.pairGain > a.pairGain) ? b : a;
}

function itemReading(line: string, edges: Edges): ItemOrderRepair | null {
  // a PDF line (the Chromium routes' longest: 170 units); a paragraph on one line is no PDF line
  if (line.length < 3 || line.length > MAX_LINE) return null;
  // bidi controls: another extractor's line (pdf.js writes none)
  if (/[\u202a-\u202e\u2066-\u2069]/.test(line)) return null;
  // a hamza drawn before its alef: marks are items of their own on this line (`أا`, an alef drawn with its hamza before
  // an alef, or a run's last alef before a hamza and its alef: both read, the better kept)
  if (apart(line)) {
    const r = reading(line, true, true, edges);
    if (!/\u0627[\u0653-\u0655] ?[\u0627\u0000]/.test(line)) return r;
    const o = reading(line, true, true, edges, true);
    if (o === null || !o.preferred) return r;
    if (r === null || !r.preferred) return o;
    return o.lexGain > r.lexGain || (o.lexGain === r.lexGain && o.pairGain > r.pairGain) ? o : r;
  }
  // a letter drawn with a glyph that has no Unicode value inside a word (`الا` + `ل` + U+0000 + `نشرت`): items cut there too
  if (/[\u0621-\u064a]\u0000[\u0621-\u064a]/.test(line)) {
    const cut = reading(line, true, false, edges);
    if (cut !== null && cut.preferred) return cut;
  }
  if (!/[0-9A-Za-z\u0660-\u0669]/.test(line)) return null;
  const plain = reading(line, false, false, edges);
  // other marks drawn apart (`بعدُو` for `وُ` … `بعد`) cannot be told from a mark at the end of its word (`مرّ فيها`)
  // but by the reading: the line read with them cut out too, kept when it reads better
  if (!/[\u064b-\u0652] ?[\u0621-\u064a]/.test(line)) return plain;
  const cut = reading(line, true, false, edges);
  if (cut === null || !cut.preferred) return plain;
  if (plain === null || !plain.preferred) return cut;
  return cut.lexGain > plain.lexGain || (cut.lexGain === plain.lexGain && cut.pairGain > plain.pairGain) ? cut : plain;
}

/** One reading of the line: numbers, Latin runs and (with `clusters`) marks drawn apart cut out as items; `sure`: the
 *  line shows a hamza drawn before its alef, damage whatever else it says. */
function reading(line: string, clusters: boolean, sure: boolean, edges: Edges, alefLast = false, brackets = false): ItemOrderRepair | null {
  const as = atoms(line, clusters, alefLast);
  if (!as.some((a) => a.kind === 'L' || a.kind === 'C' || (brackets && a.kind === 'P'))) return null;
  if (!as.some((a) => a.kind === 'R' && /[\u0621-\u064a]/.test(a.text))) return null;
  const ps = pieces(as, brackets);
  if (ps.length < 2) return null;
  if (!hamzaWordsKnown(line, ps)) return null;
  const text = read(ps);
  const tidied = tidy(line);
  if (text === tidied) return null;
  // a number glued to a letter where the line kept them apart: the spaces went to the wrong side
  if (glued(text) > glued(tidied)) return null;
  // brackets the line pairs that the reading leaves unpaired (`دينار) … 7ر17) بالمائة`): the items were not cut there
  if (unpaired(text) > unpaired(tidied)) return null;
  const lexGain = lexScore(text) - lexScore(tidied);
  if (lexGain < 0) return null;
  // (items cut inside words, at marks drawn apart: the pairs of the whole line, read both ways)
  const pairGain = clusters ? lineGain(text, tidied, edges) : junctionGain(ps, edges);
  if (lexGain + pairGain <= 0) return null;
  const items = as.filter((a) => a.kind === 'L').length;
  // (a line with a hamza drawn before its alef is damaged whatever else it says: the lexicon's word, unless the pairs
  // say clearly otherwise)
  const preferred = sure ? (lexGain > 0 && pairGain > -PAIR_MARGIN) || pairGain >= PAIR_MARGIN : preferredReading(lexGain, pairGain, items);
  return { text, lexGain, pairGain, preferred, itemsOnly: !clusters };
}
