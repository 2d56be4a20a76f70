/**
 * LibreOffice lines with a quotation read by pdf.js (issue 10): the quotation marks are drawn in another font than the
 * Arabic text (the fonts of the routes have no glyph for `"`) and come out after the line's text, one item each, and
 * the line's text, cut at the spaces beside the quotes, comes out with its pieces left to right, each in logical order:
 *
 *   logical  : وقال المدير إن "المشروع" سينطلق في الربيع القادم
 *   extracted: سينطلق في الربيع القادم المشروع وقال المدير إن" "
 *
 * (measured on the routes' articles 1–20, lo-* through pdf.js: every line with a one-quotation pair whose quotes stand
 * apart from the words around them; a full stop the font lacks too comes out before the quotes, `إن. " "`, and belongs
 * at the line's logical end). No correct line ends in two quotation marks apart (`إن" "`): such a line is damage. Its
 * reading: the text cut at two spaces (or one: the quotation at the line's start or end) into pieces, read in reverse,
 * the quotes around the piece that was quoted. The word pairs of correct news (lexicon/pairs.ts) at the junctions and
 * with the lines around judge which cuts; the reading is preferred when it beats the next best by a clear margin.
 * Only the order of the pieces and the place of the marks change.
 *
 * Pure; quadratic in the words of one line (≤ MAX_WORDS), each reading scored at its junctions only.
 */
import { pairKeys, pairScore } from './pairs';
import type { Edges } from './itemOrder';

/** Lines of more words are not read (a PDF line is shorter). */
const MAX_WORDS = 30;
/** The best reading must beat the next best by this much (pair scores) for fix-all to apply it. */
export const QUOTE_MARGIN = 2;

export interface QuoteItemsRepair {
  text: string;
  preferred: boolean;
}

/** The trailing quote items: `" "` (two quotes apart), maybe a full stop before them. */
const TAIL = /^(.*[^\s".])(\.?)\s*"\s+"\s*$/s;

export function quoteItemsRepair(line: string, edges: Edges): QuoteItemsRepair | null {
  const m = TAIL.exec(line);
  if (m === null) return null;
  const body = m[1];
  const stop = m[2];
  // (the body holds no other quote: one quotation, its marks both at the end)
  if (body.includes('"') || !/[\u0621-\u064a]/.test(body)) return null;
  const words = body.split(' ').filter((w) => w !== '');
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const keys = words.map((w) => pairKeys(w, 0, w.length));
  if (keys.some((k) => k.length === 0)) return null;
  const first = (i: number) => keys[i][0];
  const last = (i: number) => keys[i][keys[i].length - 1];
  const before = edges.before();
  const after = edges.after();
  // a reading: pieces [0, a), [a, b), [b, n) of the body read as [b, n) [a, b) [0, a); the quoted piece q (0, 1, 2)
  const n = words.length;
  type Cand = { a: number; b: number; q: number; score: number };
  const cands: Cand[] = [];
  const junction = (x: number, y: number) => pairScore(last(x), first(y));
  const edgeScore = (s: number, e: number) => (before !== undefined ? pairScore(before, first(s)) : 0) + (after !== undefined ? pairScore(last(e), after) : 0);
  // three pieces: the middle one quoted
  for (let a = 1; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      // reading: words[b..n) + words[a..b) + words[0..a)
      // (the pairs it makes, minus the pairs of the body it cuts)
      cands.push({ a, b, q: 1, score: junction(n - 1, a) + junction(b - 1, 0) + edgeScore(b, a - 1) - junction(a - 1, a) - junction(b - 1, b) });
    }
  }
  // two pieces: the quotation first or last in the reading
  for (let a = 1; a < n; a++) {
    const score = junction(n - 1, 0) + edgeScore(a, a - 1) - junction(a - 1, a);
    cands.push({ a, b: a, q: 0, score }, { a, b: a, q: 2, score });
  }
  cands.sort((x, y) => y.score - x.score);
  const best = cands[0];
  const second = cands.find((c) => c.a !== best.a || c.b !== best.b);
  // (two pieces: which one was quoted the pairs cannot tell — only offered)
  const pieces = [words.slice(best.b).join(' '), words.slice(best.a, best.b).join(' '), words.slice(0, best.a).join(' ')].filter((p) => p !== '');
  let text: string;
  if (best.q === 1) text = `${pieces[0]} "${pieces[1]}" ${pieces[2]}`;
  else if (best.q === 0) text = `"${pieces[0]}" ${pieces[1]}`;
  else text = `${pieces[0]} "${pieces[1]}"`;
  text += stop;
  const sure = best.q === 1 && (second === undefined || best.score - second.score >= QUOTE_MARGIN);
  return { text, preferred: sure };
}
