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
/** Paddings this close are one column's. */
const COLUMN_SLACK = 2;

/**
 * Each line's neighbours in reading order: the lines beside it — unless the lines alternate between two columns (an
 * extractor that writes a page's rows one column line after the other, the left column's lines padded with spaces to
 * their place: a line between two set off alike by COLUMN_INDENT leading spaces or more, or a line set off between two
 * that are not, with a line of its own padding two lines away). Then a line's neighbours are the nearest lines of its
 * own column, two lines away. (Short lines right-aligned by the padding — a paragraph's last, a title — are padded
 * each its own way: no alternation.) Linear.
 */
export function columnNeighbours(text: string, ls: readonly Span[]): Near[] {
  const n = ls.length;
  // per line: -1 empty, else its leading spaces (set off: COLUMN_INDENT or more)
  const pad = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const { start, end } = ls[i];
    let j = start;
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    pad[i] = j === end ? -1 : j - start;
  }
  const off = (i: number) => i >= 0 && i < n && pad[i] >= COLUMN_INDENT;
  const plain = (i: number) => i >= 0 && i < n && pad[i] >= 0 && pad[i] < COLUMN_INDENT;
  // (the left column's lines are padded alike: two paddings within COLUMN_SLACK spaces are one column's)
  const alike = (a: number, b: number) => Math.abs(pad[a] - pad[b]) <= COLUMN_SLACK;
  const out: Near[] = [];
  for (let i = 0; i < n; i++) {
    // alternation: the lines on both sides of the other column — padded alike, when that column is the padded one;
    // this line's column padded alike two lines away, when it is this one
    let alt = false;
    if (plain(i)) alt = off(i - 1) && off(i + 1) && alike(i - 1, i + 1);
    else if (off(i)) alt = plain(i - 1) && plain(i + 1) && ((off(i - 2) && alike(i - 2, i)) || (off(i + 2) && alike(i + 2, i)));
    const same = (j: number) => (plain(i) ? plain(j) : off(j) && alike(i, j));
    out.push({ prev: alt && same(i - 2) ? i - 2 : i - 1, next: alt && same(i + 2) ? i + 2 : i + 1 });
  }
  return out;
}
