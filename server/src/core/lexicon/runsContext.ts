/**
 * What the run-order search (runs.ts) reads of a line's neighbours: their edge keys for the word pairs, their edge
 * words for a word torn across the line break, and the brackets and quotation marks open before the line. Pure.
 */
import { healed } from './tears';
import { pairKeys, PARAGRAPH_EDGE } from './pairs';
import { segments, type Span } from './tokens';
import { isArabicWordChar } from '../text/arabic';
import { countMarks, type MarkState } from './runsMarks';

/** Is text[start, end) in visual order (the document's judgement, remembered for the lint)? */
export type VisualJudge = (start: number, end: number) => boolean;

/** A neighbouring line's text for context: undefined = read it in the document; null = no evidence; else the edge
 *  of that line in reading order (its repair: 40 characters, the edge word among them). */
export type Context = string | null | undefined;

export const isWrapperOpen = (c: number) => c === 0x202b || c === 0x202e || c === 0x2067 || c === 0x200f;
export const isWrapperClose = (c: number) => c === 0x202c || c === 0x2069 || c === 0x200f;
/** The last two keys of a neighbouring line (its first two, `last` false; or the paragraph edge, when it is empty or
 *  absent); null: no evidence. */
export function contextKeys(text: string, ls: readonly Span[], li: number, last: boolean, isVisual: VisualJudge): string[] | null {
  if (li < 0 || li >= ls.length) return [PARAGRAPH_EDGE];
  const l = ls[li];
  if (l.end === l.start) return [PARAGRAPH_EDGE];
  const segs = segments(text, l);
  if (segs.length !== 1) return null;
  if (isVisual(l.start, l.end)) return null;
  const seg = segs[0];
  // only the edge words are needed: read at most the last / first 40 characters
  const keys = last ? pairKeys(text, Math.max(seg.start, seg.end - 40), seg.end) : pairKeys(text, seg.start, Math.min(seg.end, seg.start + 40));
  if (keys.length === 0) return null;
  return last ? keys.slice(-2) : keys.slice(0, 2);
}


/**
 * The word at the edge of a neighbouring line next to this one — its last (`last`) or first Arabic word, when the line
 * ends (starts) with it — read in the document; null when there is none, or the neighbour has runs out of order of its
 * own (`c` given: its edges are the halves of its own tears, or were moved).
 */
export function edgeWord(text: string, ls: readonly Span[], i: number, c: Context, last: boolean): string | null {
  if (c !== undefined || i < 0 || i >= ls.length) return null;
  const t = text.slice(ls[i].start, ls[i].end);
  const skip = (x: number) => x === 0x20 || x === 0x09 || isWrapperOpen(x) || isWrapperClose(x);
  if (last) {
    let e = t.length;
    while (e > 0 && skip(t.charCodeAt(e - 1))) e--;
    let a = e;
    while (a > 0 && isArabicWordChar(t.charCodeAt(a - 1))) a--;
    return a < e ? t.slice(a, e) : null;
  }
  let a = 0;
  while (a < t.length && skip(t.charCodeAt(a))) a++;
  let e = a;
  while (e < t.length && isArabicWordChar(t.charCodeAt(e))) e++;
  return a < e ? t.slice(a, e) : null;
}

/** Does the line's edge word `w` make, with the neighbour's edge word `o` across the line break (before it when
 *  `start`), a word the lexicon confirms as torn (tears.ts)? */
export function acrossBreak(w: string, o: string | null, start: boolean): boolean {
  if (o === null || !w) return false;
  const h = start ? healed(o, w) : healed(w, o);
  return h !== null && h.confirmed;
}

/** The lines of a paragraph read before a line's marks (a bound: the work per line stays constant). */
const MARKS_BACK = 12;

/** Whether line li starts inside brackets or a quotation: the marks of the lines before it in its paragraph. */
export function marksBefore(text: string, ls: readonly Span[], li: number): MarkState {
  let from = li;
  while (from > 0 && li - from < MARKS_BACK && ls[from - 1].end > ls[from - 1].start) from--;
  const st: MarkState = { depth: 0, quoted: false };
  for (let i = from; i < li; i++) countMarks(text, ls[i].start, ls[i].end, st);
  return st;
}
