/**
 * Line, segment and token scanning shared by the RTL-fragment rules. All offsets are UTF-16 indices
 * into the linted text, end-exclusive; everything is linear in the text.
 */
import { ARABIC_TOKEN, CH, FORM, isWordJunk, LETTER } from '../text/chars';

export interface Span {
  start: number;
  end: number;
}

/** The lines of a text (\n, \r\n or \r), content without the break. */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  const n = text.length;
  // (without a carriage return, the line feeds by indexOf: a native search, not a loop over every code unit)
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
    out.push({ start: s, end: n });
    return out;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      out.push({ start: s, end: i });
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      s = i + 1;
    }
  }
  out.push({ start: s, end: n });
  return out;
}

/**
 * Segments of a line: pieces separated by runs of ≥ 3 spaces (the two columns that `pdftotext -layout`
 * puts on one line), trimmed of spaces. Empty pieces are dropped.
 */
export function segments(text: string, line: Span): Span[] {
  const out: Span[] = [];
  let i = line.start;
  const e = line.end;
  while (i < e) {
    while (i < e && isBlank(text.charCodeAt(i))) i++;
    if (i >= e) break;
    const s = i;
    let last = i;
    while (i < e) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) {
        let j = i;
        while (j < e && isBlank(text.charCodeAt(j))) j++;
        if (j - i >= 3 || j >= e) {
          i = j;
          break;
        }
        i = j;
        continue;
      }
      last = i + 1;
      i++;
    }
    out.push({ start: s, end: last });
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Letter-like code units that can make up an extracted Arabic word (U+FFFD: a lost kashida glyph). */
export function isArabicTokenChar(c: number): boolean {
  return (CH[c] & ARABIC_TOKEN) !== 0;
}

/**
 * The end of the run of Arabic token characters that starts at `s` (at most `end`). Extraction junk between two of
 * them (control characters an extractor wrote for a kashida glyph, `chars.ts` isWordJunk) is part of the run: the
 * word is read whole (its lexicon key drops the junk).
 */
export function arabicRunEnd(text: string, s: number, end: number): number {
  let i = s;
  for (;;) {
    while (i < end && isArabicTokenChar(text.charCodeAt(i))) i++;
    let j = i;
    while (j < end && isWordJunk(text.charCodeAt(j))) j++;
    if (j === i || j === s || j >= end || !isArabicTokenChar(text.charCodeAt(j))) return i;
    i = j;
  }
}

/** The start of the run of Arabic token characters that ends at `e` (at least `start`): arabicRunEnd backwards. */
export function arabicRunStart(text: string, e: number, start: number): number {
  let i = e;
  for (;;) {
    while (i > start && isArabicTokenChar(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > start && isWordJunk(text.charCodeAt(j - 1))) j--;
    if (j === i || j <= start || !isArabicTokenChar(text.charCodeAt(j - 1))) return i;
    i = j;
  }
}

/**
 * Arabic tokens in [start, end): maximal runs of Arabic token characters. A `!` between two Arabic
 * characters (a kashida glyph as some fonts extract it) is taken into the token when `bangs` is set.
 */
export function arabicTokens(text: string, start: number, end: number, bangs = false): Span[] {
  const out: Span[] = [];
  for (let i = start; i < end; ) {
    if (!isArabicTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i = arabicRunEnd(text, i, end);
    // with bangs: a run of `!` between two runs joins them
    while (bangs && i < end && text.charCodeAt(i) === 0x21) {
      let j = i;
      while (j < end && text.charCodeAt(j) === 0x21) j++;
      if (j >= end || !isArabicTokenChar(text.charCodeAt(j))) break;
      i = arabicRunEnd(text, j, end);
    }
    out.push({ start: s, end: i });
  }
  return out;
}

/** The token text without `!` kashida glyphs. */
export function tokenText(text: string, t: Span): string {
  const s = text.slice(t.start, t.end);
  return s.indexOf('!') >= 0 ? s.replace(/!/g, '') : s;
}

/** Does the span contain at least one Arabic letter (base or presentation form)? */
export function hasArabicLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if ((CH[text.charCodeAt(i)] & (LETTER | FORM)) !== 0) return true;
  }
  return false;
}
