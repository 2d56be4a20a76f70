/**
 * Sentence and clause splitting for Arabic prose (and the Latin punctuation mixed into it).
 *
 * Sentences end at `.` `!` `?` `؟` `…` (and a run of them: `؟!`, `...`), at the Arabic and Latin
 * semicolons `؛` `;`, and at paragraph breaks (a line that is empty or only spaces). A single line
 * break is not a boundary: drafts and extracted text wrap paragraphs over several lines. In a double-spaced
 * draft (text/doubleSpacing.ts: pdftotext's blank line between every two lines) a single blank line after a
 * line that ends no sentence is a line break too.
 *
 * Not boundaries:
 *  - a period between digits (`7.65`) or after a one-letter abbreviation (`د. سامي`, `U.S.`);
 *  - a terminator inside a short quotation or bracket that closes in the same paragraph
 *    (`«انتهى الأمر. سنغادر»`, `[من؟]`, `(ماي 2017.)`): guillemets «», curly quotes “” ‘’,
 *    straight quotes " (paired in order within the paragraph), brackets () [] {};
 *    a quotation longer than `MAX_QUOTE` characters is split like ordinary text.
 * Closing quotes and brackets right after a terminator belong to the sentence that ends
 * (`… سنغادر.»` keeps the `»`).
 *
 * Clauses (`splitClauses`) further cut a sentence at `،` `,` `:` and at the edges of quotations.
 *
 * Bidi controls, tatweel and zero-width characters are transparent (extracted text wraps
 * punctuation in them). Everything is linear in the length of the text; nothing throws.
 */

import { BREAK, CH, CLAUSE, CLOSE_QUOTE, CLOSER, CONTROL, OPENER, SPACE, TATWEEL_C, TERM } from './chars';
import { BREAK_RE, ForwardScan, QUOTE_MARK_RE, TERM_RE } from './scan';
import { lineEndOrBlank, softBlank } from './doubleSpacing';

export interface Span {
  /** UTF-16 offset of the first character (not whitespace). */
  start: number;
  /** End-exclusive UTF-16 offset, after the terminator and any closing quotes. */
  end: number;
}

/** A quotation longer than this is not treated as one unit. */
export const MAX_QUOTE = 600;

// Character classes: the core's one table (text/chars.ts), one array read per character in the hot loops.
// Transparent: neither separates nor joins (invisible controls and tatweel).
const TRANSP = CONTROL | TATWEEL_C;
const CLOSEQ = CLOSE_QUOTE;
const CLS = CH;
/** Opening → closing mark for the paired kinds (straight quotes are paired in order). */
const PAIRS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x28, 0x29], // ( )
  [0x5b, 0x5d], // [ ]
  [0x7b, 0x7d], // { }
]);

/** Characters that neither separate nor join: bidi controls, zero-width characters, tatweel, BOM. */
export function isTransparent(c: number): boolean {
  return (CLS[c] & TRANSP) !== 0;
}

function isSpaceLike(c: number): boolean {
  return (CLS[c] & (SPACE | TRANSP)) !== 0;
}

function isBreak(c: number): boolean {
  return (CLS[c] & BREAK) !== 0;
}

function isLetterOrDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x06f0 && c <= 0x06ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/**
 * Paragraphs: [start, end) ranges of maximal runs of non-blank lines, flattened (start, end, start, end …); in a
 * double-spaced text, across the blank lines that are line breaks (text/doubleSpacing.ts softBlank).
 */
function paragraphs(text: string, doubleSpaced: number): number[] {
  const out: number[] = [];
  const n = text.length;
  let paraStart = -1;
  let paraEnd = 0;
  let lineStart = 0;
  // the last text line's start, and the blank lines since it
  let lastLine = 0;
  let blanks = 0;
  // (a line's end once something visible is on it: a native scan, text/scan.ts)
  const breaks = new ForwardScan(BREAK_RE, text);
  while (lineStart <= n) {
    const r = lineEndOrBlank(text, lineStart, breaks);
    const blank = r < 0;
    const e = blank ? ~r : r;
    if (blank) {
      blanks++;
    } else {
      if (paraStart >= 0 && blanks > 0 && !softBlank(text, lastLine, paraEnd, blanks, doubleSpaced, lastLine === paraStart, lineStart, e)) {
        out.push(paraStart, paraEnd);
        paraStart = -1;
      }
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = e;
      lastLine = lineStart;
      blanks = 0;
    }
    if (e >= n) break;
    lineStart = e + (text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1);
  }
  if (paraStart >= 0) out.push(paraStart, paraEnd);
  return out;
}

const STACK_CLOSE: number[] = [];
const STACK_AT: number[] = [];

/**
 * For one paragraph, the insides of short closed quotations and brackets (the marks themselves
 * excluded) as sorted, disjoint [start, end) pairs flattened into one array; empty when there is
 * none. Linear: one stack of bounded depth, then a sort of the (few) pairs.
 */
function quotedIntervals(text: string, ps: number, pe: number, marks: ForwardScan): number[] {
  const pairs: Array<[number, number]> = [];
  // the stack of open marks as two parallel arrays (closing mark, position), shared by all calls
  // (emptied here; nothing else uses them): no object per mark, no arrays per paragraph
  const stackClose = STACK_CLOSE;
  const stackAt = STACK_AT;
  stackClose.length = 0;
  stackAt.length = 0;
  let straight = -1;
  // (from one mark to the next: a native scan, text/scan.ts)
  for (let i = marks.next(ps); i >= 0 && i < pe; i = marks.next(i + 1)) {
    const c = text.charCodeAt(i);
    const f = CLS[c];
    if ((f & (OPENER | CLOSER)) === 0) continue;
    if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        if (i - straight <= MAX_QUOTE) pairs.push([straight + 1, i]);
        straight = -1;
      }
      continue;
    }
    if (f & OPENER) {
      stackClose.push(PAIRS.get(c)!);
      stackAt.push(i);
      if (stackClose.length > 64) {
        // pathological nesting: forget the oldest
        stackClose.shift();
        stackAt.shift();
      }
      continue;
    }
    if (c === 0x27) continue; // an apostrophe closes nothing
    for (let k = stackClose.length - 1; k >= 0; k--) {
      if (stackClose[k] === c) {
        if (i - stackAt[k] <= MAX_QUOTE) pairs.push([stackAt[k] + 1, i]);
        stackClose.length = k;
        stackAt.length = k;
        break;
      }
    }
  }
  if (pairs.length === 0) return [];
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (e <= s) continue;
    if (out.length && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}

/** Is position p inside one of the intervals (binary search)? */
function inside(iv: number[], p: number): boolean {
  let lo = 0;
  let hi = (iv.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (iv[2 * mid + 1] <= p) lo = mid + 1;
    else if (iv[2 * mid] > p) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Is the `.` at i a decimal point or an abbreviation point rather than a full stop? */
function isNonFinalPeriod(text: string, i: number, ps: number, pe: number): boolean {
  const prev = i > ps ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < pe ? text.charCodeAt(i + 1) : 0x20;
  if (isDigit(prev) && isDigit(next)) return true;
  // one-letter abbreviation: a single letter preceded by a space/start/period
  if (isLetterOrDigit(prev) && !isDigit(prev)) {
    const before = i - 2 >= ps ? text.charCodeAt(i - 2) : 0x20;
    if (isSpaceLike(before) || isBreak(before) || before === 0x2e || before === 0x28) return true;
  }
  return false;
}

/** Trim whitespace (not bidi controls: they belong to the text they wrap); null if nothing visible is left. */
function trimSpan(text: string, s: number, e: number): Span | null {
  // whitespace: a space or a break, not a transparent character (one table read per character)
  while (s < e && (CLS[text.charCodeAt(s)] & (SPACE | BREAK)) !== 0 && (CLS[text.charCodeAt(s)] & TRANSP) === 0) s++;
  while (e > s && (CLS[text.charCodeAt(e - 1)] & (SPACE | BREAK)) !== 0 && (CLS[text.charCodeAt(e - 1)] & TRANSP) === 0) e--;
  let visible = false;
  for (let i = s; i < e && !visible; i++) visible = (CLS[text.charCodeAt(i)] & (TRANSP | SPACE | BREAK)) === 0;
  return visible ? { start: s, end: e } : null;
}

/**
 * Sentences of `text`, in order, trimmed; whitespace between sentences belongs to none. `doubleSpaced`: the draft's
 * typical line length when it is double-spaced (document.ts doubleSpaced), else 0: its soft blank lines are line breaks.
 */
export function splitSentences(text: string, doubleSpaced = 0): Span[] {
  const out: Span[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const paras = paragraphs(text, doubleSpaced);
  // (from one terminator, or quotation mark, to the next: native scans, text/scan.ts)
  const terms = new ForwardScan(TERM_RE, text);
  const marks = new ForwardScan(QUOTE_MARK_RE, text);
  for (let pi = 0; pi < paras.length; pi += 2) {
    const ps = paras[pi];
    const pe = paras[pi + 1];
    const iv = quotedIntervals(text, ps, pe, marks);
    let s = ps;
    let i = ps;
    while (i < pe) {
      const t = terms.next(i);
      if (t < 0 || t >= pe) break;
      i = t;
      const c = text.charCodeAt(i);
      if ((c === 0x2e && isNonFinalPeriod(text, i, ps, pe)) || (iv.length > 0 && inside(iv, i) && !endsQuotation(text, i, pe, iv))) {
        i++;
        continue;
      }
      // a run of terminators, then closing quotes/brackets (transparent characters in between)
      let e = i + 1;
      while (e < pe) {
        const d = text.charCodeAt(e);
        const f = CLS[d];
        if (f & (TERM | TRANSP)) e++;
        else if (f & CLOSER && isClosingHere(text, e, pe)) e++;
        else break;
      }
      const span = trimSpan(text, s, e);
      if (span) out.push(span);
      s = e;
      i = e;
    }
    const span = trimSpan(text, s, pe);
    if (span) out.push(span);
  }
  return out;
}

/**
 * A terminator inside a quotation still ends the sentence when the quotation closes right after it
 * (`قال: «نحن مستعدون.» وأضاف`): the next visible character is a closing quote (not a bracket).
 */
function endsQuotation(text: string, i: number, pe: number, iv: number[]): boolean {
  let e = i + 1;
  while (e < pe && CLS[text.charCodeAt(e)] & (TERM | TRANSP)) e++;
  return e < pe && (CLS[text.charCodeAt(e)] & CLOSEQ) !== 0 && !inside(iv, e);
}

/** A closer right after a terminator ends the sentence with it unless a word follows immediately. */
function isClosingHere(text: string, e: number, pe: number): boolean {
  const c = text.charCodeAt(e);
  if (c !== 0x22 && c !== 0x27) return true;
  // a straight quote after a full stop: closing if followed by space/end/punctuation
  const next = e + 1 < pe ? text.charCodeAt(e + 1) : 0x20;
  return !isLetterOrDigit(next);
}

/**
 * Clauses of a sentence (or of the whole text): cut at `،` `,` `:` and at quotation marks, as well
 * as at sentence ends. The marks themselves belong to no clause.
 */
export function splitClauses(text: string, within?: Span): Span[] {
  const out: Span[] = [];
  if (typeof text !== 'string') return out;
  const spans = within ? [within] : splitSentences(text);
  for (const sp of spans) {
    let s = sp.start;
    for (let i = sp.start; i < sp.end; i++) {
      const c = text.charCodeAt(i);
      const isDecimalComma = c === 0x2c && i > sp.start && isDigit(text.charCodeAt(i - 1)) && i + 1 < sp.end && isDigit(text.charCodeAt(i + 1));
      const f = CLS[c];
      const quote = (f & CLOSEQ) !== 0 || c === 0xab || c === 0x201c || c === 0x2018;
      if ((((f & CLAUSE) !== 0 && !isDecimalComma) || quote || (f & TERM) !== 0) && !(c === 0x2e && isNonFinalPeriod(text, i, sp.start, sp.end))) {
        const span = trimSpan(text, s, i);
        if (span) out.push(span);
        s = i + 1;
      }
    }
    const span = trimSpan(text, s, sp.end);
    if (span) out.push(span);
  }
  return out;
}

/** Index of the span containing `offset` (or the last span starting before it), -1 if none. Binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
