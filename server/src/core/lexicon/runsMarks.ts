/**
 * Brackets and quotation marks as evidence of a line's order (the run-order search, runs.ts, issue 10). Runs put back
 * in the wrong order cut a bracketed or quoted stretch at the line's edges: `تونس) في العرض … وشارك الفنان (من` closes
 * before it opens, where the line in reading order opens and closes in turn. The marks a line holds do not depend on
 * the order of its runs, so their count in the lines before it (its paragraph, read in the document in any order)
 * tells whether the line starts inside a bracket or a quotation. An order is scored by the marks it closes that are
 * not open and the quotations it opens that are (runs.ts: `MARGIN.marks` per such mark, against the order of the
 * line with fewest). Pure; linear in the line.
 */
import { isAnyDigit, isArabicWordChar } from '../text/arabic';

/** A mark of a chunk, in order: +1 opens a bracket, −1 closes one; 2 opens a quotation, −2 closes one, 3 a straight
 *  quote that can be either (toggles). */
export type Mark = 1 | -1 | 2 | -2 | 3;

const isWordish = (c: number): boolean => isArabicWordChar(c) || isAnyDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The marks of text[s, e) in order (null when there is none: most chunks). */
export function marksOf(text: string, s: number, e: number): Mark[] | null {
  let out: Mark[] | null = null;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    let m: Mark | 0 = 0;
    if (c === 0x28 || c === 0x5b || c === 0x7b) m = 1;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) m = -1;
    else if (c === 0xab) m = 2;
    else if (c === 0xbb) m = -2;
    else if (c === 0x22 || c === 0x201c || c === 0x201d) {
      // a quote before a word opens (`"الليلة`، `ب<U+0640>"النصر`), after one closes (`الأخيرة"`); one between spaces is either
      const after = i + 1 < e ? text.charCodeAt(i + 1) : 0x20;
      const before = i > s ? text.charCodeAt(i - 1) : 0x20;
      m = isWordish(after) ? 2 : isWordish(before) || before === 0x2e || before === 0x21 || before === 0x3f || before === 0x061f ? -2 : 3;
    }
    if (m !== 0) (out ??= []).push(m);
  }
  return out;
}

/** Where a line starts: how many brackets are open, whether a quotation is. */
export interface MarkState {
  depth: number;
  quoted: boolean;
}

/** The state after the marks of text[s, e) counted in any order (the lines before a line, whatever their order). */
export function countMarks(text: string, s: number, e: number, st: MarkState): void {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) st.depth++;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) st.depth = Math.max(0, st.depth - 1);
    else if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) st.quoted = !st.quoted;
  }
}

/** The marks out of place when `seq` (the marks of an order's chunks, in reading order) is read from state `st`: a
 *  bracket closed with none open, a quotation opened inside one or closed outside one. */
export function misplacedMarks(seqs: ReadonlyArray<readonly Mark[]>, st: MarkState): number {
  let depth = st.depth;
  let quoted = st.quoted;
  let bad = 0;
  for (const seq of seqs) {
    for (const m of seq) {
      if (m === 1) depth++;
      else if (m === -1) {
        if (depth === 0) bad++;
        else depth--;
      } else if (m === 2) {
        if (quoted) bad++;
        quoted = true;
      } else if (m === -2) {
        if (!quoted) bad++;
        quoted = false;
      } else quoted = !quoted;
    }
  }
  return bad;
}
