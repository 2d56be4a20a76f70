/**
 * Where a line's neighbours are, for the run-order search (lexicon/runs.ts, issue 10): the lines beside it, or the
 * nearest lines of its own column when an extractor wrote two columns one line of each after the other. Pure.
 */
import type { Span } from './tokens';

/** The lines read as a line's neighbours (the line before it and the line after it in reading order). */
export interface Near {
  prev: number;
  next: number;
}

/** Leading spaces that set a line off as another column's (an extractor that pads each line to its place on the page). */
const COLUMN_INDENT = 20;

/**
 * Each line's neighbours in reading order: the lines beside it — unless the lines alternate between two columns (an
 * extractor that writes a page's rows one column line after the other, the left column's lines padded with spaces to
 * their place: a line set off by COLUMN_INDENT leading spaces or more between two that are not, or the reverse). Then a
 * line's neighbours are the nearest lines of its own column, two lines away. (A short last line of a paragraph,
 * right-aligned by the padding, is set off on one side only: no alternation.) Linear.
 */
export function columnNeighbours(text: string, ls: readonly Span[]): Near[] {
  const n = ls.length;
  // per line: 0 empty, 1 not set off, 2 set off
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const { start, end } = ls[i];
    let j = start;
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    kind[i] = j === end ? 0 : j - start >= COLUMN_INDENT ? 2 : 1;
  }
  const other = (i: number, k: number) => i >= 0 && i < n && kind[i] !== 0 && kind[i] !== k;
  const same = (i: number, k: number) => i >= 0 && i < n && kind[i] === k;
  const out: Near[] = [];
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    // (alternation: the lines on both sides of the other column, the lines two away of this one)
    const alt = k !== 0 && other(i - 1, k) && other(i + 1, k);
    out.push({ prev: alt && same(i - 2, k) ? i - 2 : i - 1, next: alt && same(i + 2, k) ? i + 2 : i + 1 });
  }
  return out;
}
