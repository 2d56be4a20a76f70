/**
 * Sentence and clause splitting for Arabic prose (and the Latin punctuation mixed into it).
 *
 * Sentences end at `.` `!` `?` `؟` `…` (and a run of them: `؟!`, `...`), at the Arabic and Latin
 * semicolons `؛` `;`, and at paragraph breaks (a line that is empty or only spaces). A single line
 * break is not a boundary: drafts and extracted text wrap paragraphs over several lines.
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

export interface Span {
  /** UTF-16 offset of the first character (not whitespace). */
  start: number;
  /** End-exclusive UTF-16 offset, after the terminator and any closing quotes. */
  end: number;
}

/** A quotation longer than this is not treated as one unit. */
export const MAX_QUOTE = 600;

const TERMINATORS = new Set([0x2e /* . */, 0x21 /* ! */, 0x3f /* ? */, 0x061f /* ؟ */, 0x2026 /* … */, 0x061b /* ؛ */, 0x3b /* ; */]);
const CLAUSE_MARKS = new Set([0x060c /* ، */, 0x2c /* , */, 0x3a /* : */]);
/** Opening → closing mark for the paired kinds (straight quotes are handled separately). */
const PAIRS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x28, 0x29], // ( )
  [0x5b, 0x5d], // [ ]
  [0x7b, 0x7d], // { }
]);
const CLOSERS = new Set([0xbb, 0x201d, 0x2019, 0x29, 0x5d, 0x7d, 0x22, 0x27]);
const OPEN_QUOTES = new Set([0xab, 0x201c, 0x2018, 0x22]);
const CLOSE_QUOTES = new Set([0xbb, 0x201d, 0x2019, 0x22]);

/** Characters that neither separate nor join: bidi controls, zero-width characters, tatweel, BOM. */
export function isTransparent(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff || c === 0x0640
  );
}

function isSpaceLike(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || isTransparent(c);
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
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

/** Paragraphs: [start, end) ranges of maximal runs of non-blank lines. */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let paraStart = -1;
  let paraEnd = 0;
  let lineStart = 0;
  while (lineStart <= n) {
    let e = lineStart;
    let blank = true;
    while (e < n && !isBreak(text.charCodeAt(e))) {
      if (blank && !isSpaceLike(text.charCodeAt(e))) blank = false;
      e++;
    }
    if (blank) {
      if (paraStart >= 0) out.push([paraStart, paraEnd]);
      paraStart = -1;
    } else {
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = e;
    }
    if (e >= n) break;
    lineStart = e + (text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1);
  }
  if (paraStart >= 0) out.push([paraStart, paraEnd]);
  return out;
}

/**
 * For one paragraph, a Uint8Array over [ps, pe) marking characters inside a short closed
 * quotation or bracket (the marks themselves excluded). Linear: a stack per kind.
 */
function quotedMask(text: string, ps: number, pe: number): Uint8Array {
  const len = pe - ps;
  const diff = new Int32Array(len + 1);
  const stack: Array<{ close: number; at: number }> = [];
  let straight = -1;
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        if (i - straight <= MAX_QUOTE) {
          diff[straight + 1 - ps]++;
          diff[i - ps]--;
        }
        straight = -1;
      }
      continue;
    }
    const close = PAIRS.get(c);
    if (close !== undefined) {
      stack.push({ close, at: i });
      if (stack.length > 64) stack.shift(); // pathological nesting: forget the oldest
      continue;
    }
    if (CLOSERS.has(c)) {
      // pop to the matching opener, if any
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].close === c) {
          const at = stack[k].at;
          if (i - at <= MAX_QUOTE) {
            diff[at + 1 - ps]++;
            diff[i - ps]--;
          }
          stack.length = k;
          break;
        }
      }
    }
  }
  const mask = new Uint8Array(len);
  let depth = 0;
  for (let i = 0; i < len; i++) {
    depth += diff[i];
    mask[i] = depth > 0 ? 1 : 0;
  }
  return mask;
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
  const ws = (c: number) => (isSpaceLike(c) && !isTransparent(c)) || isBreak(c);
  while (s < e && ws(text.charCodeAt(s))) s++;
  while (e > s && ws(text.charCodeAt(e - 1))) e--;
  let visible = false;
  for (let i = s; i < e && !visible; i++) visible = !isTransparent(text.charCodeAt(i)) && !isSpaceLike(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i));
  return visible ? { start: s, end: e } : null;
}

/** Sentences of `text`, in order, trimmed; whitespace between sentences belongs to none. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  for (const [ps, pe] of paragraphs(text)) {
    const mask = quotedMask(text, ps, pe);
    let s = ps;
    let i = ps;
    while (i < pe) {
      const c = text.charCodeAt(i);
      if (!TERMINATORS.has(c) || (c === 0x2e && isNonFinalPeriod(text, i, ps, pe)) || (mask[i - ps] && !endsQuotation(text, i, ps, pe, mask))) {
        i++;
        continue;
      }
      // a run of terminators, then closing quotes/brackets (transparent characters in between)
      let e = i + 1;
      for (;;) {
        if (e >= pe) break;
        const d = text.charCodeAt(e);
        if (TERMINATORS.has(d) || isTransparent(d)) e++;
        else if (CLOSERS.has(d) && isClosingHere(text, e, pe)) e++;
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
function endsQuotation(text: string, i: number, ps: number, pe: number, mask: Uint8Array): boolean {
  let e = i + 1;
  while (e < pe && (TERMINATORS.has(text.charCodeAt(e)) || isTransparent(text.charCodeAt(e)))) e++;
  return e < pe && CLOSE_QUOTES.has(text.charCodeAt(e)) && !mask[e - ps];
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
      if (((CLAUSE_MARKS.has(c) && !isDecimalComma) || OPEN_QUOTES.has(c) || CLOSE_QUOTES.has(c) || TERMINATORS.has(c)) && !(c === 0x2e && isNonFinalPeriod(text, i, sp.start, sp.end))) {
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
