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
 * The text does not say where the items were; what it says is enough for a few readings: the line cut before and
 * after every number and Latin run (with the spaces and brackets beside them), and that with every mark cut out as
 * well, the pieces read in reverse, a space pdf.js put between an alef and its hamza or a letter and its mark
 * dropped, the hamza composed with its seat. The lexicon (known letters, no mark without its letter) and the word
 * pairs of correct news (lexicon/pairs.ts: `يوم 21 ديسمبر`, the last word of the line before, the first of the line
 * after) judge the readings against the line as it is. Only letters' order changes (and those spaces).
 *
 * Pure; linear in the line (two readings, each one pass).
 */
import { isWord } from './index';
import { pairKeys, pairScore } from './pairs';

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isMark = (c: number) => (c >= 0x064b && c <= 0x0655) || c === 0x0670;
const isLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
const isBracket = (c: number) => c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d;

type Kind = 'L' | 'S' | 'M' | 'P' | 'R';
interface Atom {
  kind: Kind;
  text: string;
}

/** The line as atoms: numbers and Latin runs (L), single spaces (S), marks (M), brackets (P), the rest (R). */
function atoms(s: string): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  const n = s.length;
  const push = (kind: Kind, text: string) => {
    const last = out[out.length - 1];
    if (kind === 'R' && last && last.kind === 'R') last.text += text;
    else out.push({ kind, text });
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isDigit(c) || ((c === 0x25 || c === 0x66a) && i + 1 < n && isDigit(s.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isDigit(d) || d === 0x25 || d === 0x66a) j++;
        else if ((d === 0x2e || d === 0x2c || d === 0x3a || d === 0x2f || d === 0x66b || d === 0x66c) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
      push('L', s.slice(i, j));
      i = j;
    } else if (isLatin(c)) {
      let j = i + 1;
      let end = j;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isLatin(d) || isDigit(d)) end = ++j;
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

/** The pieces (items) of a reading: standalone atoms on their own, the rest grouped. */
function pieces(as: Atom[], marksApart: boolean): string[] {
  const alone = as.map((a) => a.kind === 'L' || (marksApart && a.kind === 'M'));
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

/** Known letters minus unknown ones, and a mark with no letter before it counted against. */
function lexScore(s: string): number {
  let v = 0;
  const re = /[\u0621-\u064a\u064b-\u0655\u0670\u0640]+/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const t = m[0];
    if (isMark(t.charCodeAt(0))) v -= 4;
    const letters = t.replace(/[\u064b-\u0655\u0670\u0640]/g, '').length;
    if (letters === 0) continue;
    v += isWord(t) ? letters : -letters;
  }
  return v;
}

function pairsScore(s: string, before: string | undefined, after: string | undefined): number {
  const keys = pairKeys(s, 0, s.length);
  if (before !== undefined) keys.unshift(before);
  if (after !== undefined) keys.push(after);
  let v = 0;
  for (let k = 1; k < keys.length; k++) v += pairScore(keys[k - 1], keys[k]);
  return v;
}

/** Places where a digit and an Arabic letter touch. */
function glued(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if ((isDigit(a) && isLetter(b)) || (isLetter(a) && isDigit(b))) n++;
  }
  return n;
}

export interface ItemOrderRepair {
  text: string;
  /** How much better the reading scores than the line as it is: letters the lexicon knows, and word pairs. */
  lexGain: number;
  pairGain: number;
  /** The lexicon confirms it (more known letters, no worse pairs) or the pairs do by a clear margin: fix-all applies it. */
  preferred: boolean;
}

/** Pair gain a reading needs when the lexicon does not tell (every word a word both ways). Tuned on articles 1–20. */
export const PAIR_MARGIN = 10;

/**
 * The reading of a line whose items came out in visual order, or null when none reads better than the line as it
 * is. `before`/`after`: the pair keys of the last word of the line before and the first of the line after (or the
 * paragraph edge), when there is one.
 */
export function itemOrderRepair(line: string, before?: string, after?: string): ItemOrderRepair | null {
  if (line.length < 3 || line.length > 600) return null;
  // bidi controls: another extractor's line (pdf.js writes none)
  if (/[\u202a-\u202e\u2066-\u2069]/.test(line)) return null;
  const as = atoms(line);
  if (!as.some((a) => a.kind === 'L' || a.kind === 'M')) return null;
  if (!as.some((a) => a.kind === 'R' && /[\u0621-\u064a]/.test(a.text))) return null;
  const tidied = tidy(line);
  const lex0 = lexScore(tidied);
  const pair0 = pairsScore(tidied, before, after);
  let best: ItemOrderRepair | null = null;
  let bestTotal = 0;
  for (const marksApart of [false, true]) {
    const ps = pieces(as, marksApart);
    if (ps.length < 2) continue;
    const text = read(ps);
    if (text === line) continue;
    // a number glued to a letter where the line kept them apart: the spaces went to the wrong side
    if (glued(text) > glued(tidied)) continue;
    const lexGain = lexScore(text) - lex0;
    const pairGain = pairsScore(text, before, after) - pair0;
    if (lexGain < 0) continue;
    const total = lexGain + pairGain;
    if (total <= bestTotal) continue;
    // (marks cut out: a reading the text cannot pin down — letters drawn with their marks are lost or moved: offered only)
    const preferred = !marksApart && ((lexGain > 0 && pairGain >= 0) || pairGain >= PAIR_MARGIN);
    best = { text, lexGain, pairGain, preferred };
    bestTotal = total;
  }
  return best;
}
