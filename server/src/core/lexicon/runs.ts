/**
 * Lines whose runs came out in reverse order (issue 10): some PDF producers (LibreOffice, Word; read by pdf.js,
 * pdftotext) write a justified Arabic line as several positioned runs, cut where justification opened a gap —
 * mostly inside a word, after a letter that does not join the next (ر ز د و ا). An extractor that orders the runs
 * left to right puts the line's logical end first, one space between runs, and the word at every cut is torn,
 * its halves at opposite ends of the runs:
 *
 *   logical  : وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب.
 *   extracted: س الريفية في الجنوب. وأكدت الوزارة أن المشروع سيشمل المدار
 *
 * The repair searches the orders the runs can have had: the line is cut at k of its spaces (k = 1…8; from 4 on, every junction a torn word) into pieces,
 * read in reverse, and the pieces are joined again — without a space where the lexicon confirms a torn word (the
 * head at the end of one piece + the tail at the start of the next make a word, one of them no word alone), with a
 * space where a cut fell between words. The lexicon is the judge of the tears; word pairs of correct news
 * (lexicon/pairs.ts) are the judge of where the line starts — with a word-class trigram for a one-cut line, whose every
 * start heals the same word (runsClass.ts) — which the tears alone do not tell with one cut: the
 * order chosen must read better than the line as it is — the pairs it breaks and makes, with the last word of the
 * line before and the first of the line after — by a clear margin, and better than every other order.
 *
 * Precision first (ARCHITECTURE, "fix-all never damages correct text"): a line is searched only when its first or
 * last word is no word that news writes alone, or the two make a word, or a fragment stands inside it; an order is
 * offered only with one tear at least that the lexicon confirms (one half no word at all; or a half news never writes
 * alone, or a pronoun or plural ending, joined into a word news writes) and reading better than the line as it is;
 * it is preferred only when it reads better than the next best order by a clear margin and every junction is such a
 * tear — or is a tear the lexicon allows (both halves words: المهرج|ان، سليم|ان) beside a confirmed one. A frequent
 * function word beside a word (من إلى، ماهية كما) is never a tear. Measured: no clean line of the unlabelled news
 * flagged; see scripts/damage-roundtrip.mjs for the repairs (and the wrong reorders it counts).
 *
 * Two more kinds of evidence (session 11): brackets and quotation marks an order closes before it opens them
 * (runsMarks.ts: `MARGIN.marks` per mark out of place, against the order of the line with fewest), and in an order of
 * 3 cuts and more whose other two tears are confirmed, the halves of a word the lexicon does not know — a name — joined
 * (tears.ts fragmentJoin, `MARGIN.fragTear`; never on a line with a glued token).
 *
 * A line's neighbours are the lines beside it, or — two columns written one line of each after the other, the left
 * column's lines padded with spaces to their place (session 12: the corpus's two-column pages) — the nearest lines of
 * its own column (columnNeighbours).
 *
 * Pure; bounded: lines of ≤ MAX_CHUNKS chunks, the inner boundaries searched only behind healed outer ones;
 * computed once per lint by the document (`Document.runs`).
 */
import { foldKey, isAttested, isLikelyWord, isWord } from './index';
import { hamzaItemLine, MAX_LINE, marksApart } from './itemOrder';
import { forgetTears, fragmentJoin, healed, MARGIN, newsWord } from './tears';
export { tearReading } from './tears';
import { splitLines, segments, type Span } from './tokens';
import { judgeVisual } from './visualLine';
import { pairHash, pairKeys, pairScore, storedCount } from './pairs';
import { classSecond, rescoreRotations } from './runsClass';
export { CLASS } from './runsClass';
import { chunksOf, GLUED_PAIR, gluedWord, MAX_CHUNKS, splitGlued, type Chunk } from './runsChunks';
import { isArabicWordChar } from '../text/arabic';
import { memoBudget, ownCopy } from '../text/strings';
import { onRelease } from '../text/memos';
import { marksOf, misplacedMarks, type Mark, type MarkState } from './runsMarks';
import { columnNeighbours, type Near } from './runsColumns';
import { FN_JOIN, functionJoin } from './runsJoin';
export { FN_JOIN } from './runsJoin';
import { acrossBreak, contextKeys, edgeWord, isWrapperClose, isWrapperOpen, marksBefore, type Context, type VisualJudge } from './runsContext';

export interface RunRepair {
  /** The range replaced: the line (segment) inside its RLE…PDF wrapper. */
  start: number;
  end: number;
  /** The line in reading order. */
  text: string;
  /** Where each run went, less the torn words at its ends: `[from, to, at]`, the range [start + from, start + to) of
   *  the line is text[at, …) (the fix's `moves`: the line's other repairs there are applied with the reorder). */
  moves: Array<[number, number, number]>;
  /** Where the order joins the halves of a torn word: `[headEnd, tailStart]`, relative to start — the end of the head
   *  (a run's last word) and the start of the tail (another run's first word). */
  junctions: Array<[number, number]>;
  /** How many cuts the chosen order undoes (the runs are cuts + 1). */
  cuts: number;
  /** Tears at every junction (confirmed, or allowed beside a confirmed one) and a clear margin: fix-all applies it. */
  preferred: boolean;
  /** How much better the order reads than the line as it is, and than the next best order (tuning, tests). */
  score: number;
  margin: number;
  /** Every junction a lexicon-confirmed tear. */
  confirmed: boolean;
  /** An edge of the line as well explained by a word split inside the line (`ال زمن`): offered, never preferred, and
   *  its edges left to split-word (not in `tornRunEdges`). */
  splitEdge: boolean;
  /** The next best order's text (diagnostics only: RUNS_TRACE.on). */
  runnerUp?: string;
}
/** Diagnostics (scripts/runs-calibrate.mjs): `on` writes each repair's runnerUp. */
export const RUNS_TRACE = { on: false };

export { MAX_CHUNKS } from './runsChunks';
/** The most cuts searched (4 and more: every junction a tear). */
const MAX_CUTS = 8;
/** Steps of the walk over the bounds of 4 and more cuts per line at most (the tears prune it; a bound all the same). */
const MAX_MANY_CUT_ORDERS = 20_000;
/** More words that are no words inside the line than this: other damage first. */
const MAX_INNER_FRAGMENTS = 4;

/** The search's weights (tears.ts; tuned on the corpus dev split and the even half of ../shared/unlabelled). */
export { MARGIN } from './tears';

interface Candidate {
  /** Chunk indices where the pieces start (after the first): b1 < … < bk. */
  bounds: number[];
  /** Per junction j = 0…k−1 (the end of piece j + 1 with the start of piece j): true = torn word, false = space. */
  tears: boolean[];
  score: number;
  text: string;
  /** The runs' places in `text` (RunRepair.moves) and its torn junctions (RunRepair.junctions), written with it. */
  moves: Array<[number, number, number]>;
  junctions: Array<[number, number]>;
  /** Every junction a confirmed tear. */
  confirmed: boolean;
  /** Every junction a tear (confirmed or only allowed): no space. */
  allTears: boolean;
  /** The pieces (chunk ranges) in reading order, and whether each joins the one before without a space. */
  pieces: Array<[number, number]>;
  joinTears: boolean[];
}

/** Where the torn halves of a line with reversed runs lie: the line's first and last words (`start`, `end`); with 2
 *  cuts and more, also the first word of a run inside the line (`start`: a tail) and the last of another (`end`: a
 *  head). */
export interface TornEdges {
  start: number;
  end: number;
}

export type { VisualJudge } from './runsContext';

/** What reading a text's lines for reversed runs finds: the repairs and the torn line edges (below). */
export interface RunsReading {
  repairs: RunRepair[];
  torn: TornEdges[];
}

/** The repairs of every line of `text` whose runs are in reverse order (tools and tests; rules read `doc.runs`). */
export function reversedRunRepairs(text: string): RunRepair[] {
  return analyseRuns(text, splitLines(text), (s, e) => judgeVisual(text, s, e)).repairs;
}

/**
 * The lines whose first and last words are the halves of a word torn by reversed runs: every line with a repair
 * (flagged or preferred), unless a word split inside the line (`ال زمن … المق بل`) explains its edges as well
 * (`splitEdge`: then the joins are split-word's, as on a line with no runs). Rules that join or complete words at line edges (split-word) leave those two words alone:
 * they are the halves of the tear, not pieces of their neighbours — nor are the halves torn at the junctions inside
 * a line of 2 cuts and more (the tail that starts a run, the head that ends one). (Lines whose edges only make a word, with no
 * order found, are not included: a split word at a line start, `ال أول`, is split-word's — measured on the corpus.)
 */
export function tornRunEdges(text: string): TornEdges[] {
  return analyseRuns(text, splitLines(text), (s, e) => judgeVisual(text, s, e)).torn;
}

/** Reads every line of a text (its `lines`) for runs in reverse order. */
export function analyseRuns(text: string, ls: readonly Span[], isVisual: VisualJudge): RunsReading {
  const near = columnNeighbours(text, ls);
  const found: Array<RunRepair | null> = new Array<RunRepair | null>(ls.length).fill(null);
  const segOf: Array<Span | null> = new Array<Span | null>(ls.length).fill(null);
  // (a searched line's orders, kept to be scored again with other neighbours — the search is not done twice — until
  // the line after it has been read)
  const rescore: Array<Rescore | null> = new Array<Rescore | null>(ls.length).fill(null);
  const first = (li: number): void => {
    const line = ls[li];
    if (line.end - line.start < 20) return;
    // (a line with a hamza drawn before its alef is pdf.js's text items of a Chromium line: lexicon/itemOrder.ts reads it)
    if (line.end - line.start <= MAX_LINE && marksApart(text, line.start, line.end)) return;
    // (nor LibreOffice's text items through pdf.js with hamza alef items that the same reading repairs)
    if (hamzaItemLine(text, line.start, line.end)) return;
    const segs = segments(text, line);
    if (segs.length !== 1) return;
    segOf[li] = segs[0];
    found[li] = repairLineMemo(text, segs[0], ls, li, near[li], isVisual, undefined, undefined, (f) => (rescore[li] = f));
  };
  // A justified paragraph written in runs has its runs reversed on many lines, not one: the line before or after a
  // line with a repair is read again with that line in reading order (the edge words of its repair, when preferred)
  // — or with no evidence there (an order only offered may be wrong: no guess from a guess) — not with the torn
  // halves at its edges. Once: the neighbours' own repairs are those read with the document as it is (fix-all's
  // next pass reads the lines it reordered).
  const ctx = (i: number, last: boolean): Context => {
    const r = i >= 0 && i < ls.length ? found[i] : null;
    if (r === null) return undefined;
    if (!r.preferred) return null;
    return last ? r.text.slice(Math.max(0, r.text.length - 40)) : r.text.slice(0, 40);
  };
  const again: Array<RunRepair | null> = new Array<RunRepair | null>(ls.length).fill(null);
  const second = (li: number): void => {
    const seg = segOf[li];
    again[li] = found[li];
    if (seg !== null) {
      const before = ctx(near[li].prev, true);
      const after = ctx(near[li].next, false);
      if (before !== undefined || after !== undefined) again[li] = repairLineMemo(text, seg, ls, li, near[li], isVisual, before, after, undefined, rescore[li]);
    }
    rescore[li] = null;
  };
  // (a line's neighbours are at most two lines away: it is read again once the line two after it has been read)
  for (let li = 0; li < ls.length; li++) {
    first(li);
    if (li > 1) second(li - 2);
  }
  for (let li = Math.max(0, ls.length - 2); li < ls.length; li++) second(li);
  const repairs: RunRepair[] = [];
  const torn: TornEdges[] = [];
  for (const r of again) {
    if (r) {
      repairs.push(r);
      // (edges that a word split inside the line explains as well stay split-word's to join: ال زمن … المق بل)
      if (!r.splitEdge) {
        torn.push({ start: r.start, end: r.end });
        // (and the halves torn at the junctions inside the line, with 2 cuts and more)
        for (const [head, tail] of r.junctions) if (tail > 0 || r.start + head !== r.end) torn.push({ start: r.start + tail, end: r.start + head });
      }
    }
  }
  return { repairs, torn };
}


/** A line's orders scored again with other neighbours (repairLine's search, its orders already enumerated). */
type Rescore = (before: Context, after: Context) => RunRepair | null;

/**
 * repairLine's answer by the line's text and its neighbours' (all it reads: contextKeys reads the lines before and
 * after, and their visual-order judgement is a function of their text), relative to the line's start: a draft
 * checked again after an edit (core/incremental.ts runs split-word and broken-fragment on the whole draft) searches
 * only the lines whose neighbourhood changed. Bounded, like the lexicon's caches.
 */
const LINES = new Map<string, LineMemo[]>();
const LINES_MAX = 20_000;
let linesHeld = 0;
/** The characters of the texts LINES holds (the lines and their neighbours): bounded too (memoBudget). */
let linesChars = 0;
onRelease('runs.LINES', () => {
  LINES.clear();
  linesHeld = 0;
  linesChars = 0;
});

/** Forgets the remembered answers of repairLine (tools that change the search's weights between two readings). */
export function forgetRunLines(): void {
  forgetTears();
  LINES.clear();
  linesHeld = 0;
  linesChars = 0;
}

/** One answer of repairLine for a line's text: the segment searched (relative), the neighbours' texts, the repair. */
interface LineMemo {
  s: number;
  e: number;
  prev: string;
  next: string;
  /** The brackets and quotation open before the line, when it holds marks (runsMarks.ts), else ''. */
  mk: string;
  rel: RunRepair | null;
}

/** A character runsMarks.ts reads. */
const MARK_CHAR = /[()[\]{}"\u00ab\u00bb\u201c\u201d]/;

function repairLineMemo(
  text: string,
  seg: Span,
  ls: readonly Span[],
  li: number,
  nb: Near,
  isVisual: VisualJudge,
  before: Context,
  after: Context,
  keep?: (f: Rescore) => void,
  kept?: Rescore | null,
): RunRepair | null {
  const line = ls[li];
  // (a neighbour given in reading order is remembered apart from the same text read in the document)
  const near = (i: number, c: Context) => (c === null ? '\u0001' : c !== undefined ? '\u0002' + c : i < 0 || i >= ls.length ? '\u0000' : text.slice(ls[i].start, ls[i].end));
  // (looked up by the line's text, then its neighbours compared: no key of three lines is built for every line)
  const own = text.slice(line.start, line.end);
  const s = seg.start - line.start;
  const e = seg.end - line.start;
  const prev = near(nb.prev, before);
  const next = near(nb.next, after);
  // (a line that holds brackets or quotation marks is read with the marks open before it: runsMarks.ts)
  const marksAt = MARK_CHAR.test(own) ? marksBefore(text, ls, li) : null;
  const mk = marksAt === null ? '' : `${marksAt.depth}${marksAt.quoted ? 'q' : ''}`;
  let list = LINES.get(own);
  let hit: LineMemo | undefined;
  if (list) for (const m of list) if (m.s === s && m.e === e && m.prev === prev && m.next === next && m.mk === mk) hit = m;
  if (hit === undefined) {
    const r = kept ? kept(before, after) : repairLine(text, seg, ls, li, nb, isVisual, before, after, marksAt, keep);
    // (own copies of the texts kept: a slice of the draft would keep this version of the whole draft alive)
    hit = { s, e, prev: ownCopy(prev), next: ownCopy(next), mk, rel: r && { ...r, text: ownCopy(r.text), start: r.start - line.start, end: r.end - line.start } };
    if (linesHeld >= LINES_MAX || linesChars + own.length + prev.length + next.length > memoBudget(text.length)) {
      LINES.clear();
      linesHeld = 0;
      linesChars = 0;
      list = undefined;
    }
    linesChars += (list ? 0 : own.length) + prev.length + next.length;
    if (!list) LINES.set(ownCopy(own), (list = []));
    list.push(hit);
    linesHeld++;
  }
  const rel = hit.rel;
  return rel && { ...rel, start: rel.start + line.start, end: rel.end + line.start };
}

function repairLine(text: string, seg: Span, ls: readonly Span[], li: number, nb: Near, isVisual: VisualJudge, before: Context, after: Context, marksAt: MarkState | null, keep?: (f: Rescore) => void): RunRepair | null {
  let s = seg.start;
  let e = seg.end;
  if (isWrapperOpen(text.charCodeAt(s))) {
    s++;
    if (e > s && isWrapperClose(text.charCodeAt(e - 1))) e--;
  }
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  if (!isArabicWordChar(first) || !isArabicWordChar(last)) return null;
  const found = chunksOf(text, s, e);
  if (found === null || found.length < 4) return null;
  const c0 = found[0];
  const cl = found[found.length - 1];
  // words split inside the line (`ال زمن`, `ه ذه`: justification gaps read as spaces) would read as tears at every
  // junction: such a line waits until split-word has joined them (the next fix-all pass)
  let torn = 0;
  for (let i = 1; i + 1 < found.length; i++) if (found[i].lead && !isLikelyWord(found[i].lead) && !isAttested(found[i].lead)) torn++;
  if (torn > MAX_INNER_FRAGMENTS) return null;
  // the cheap gate: a line whose first and last words are words that make no word together, and with no fragment
  // inside, has no torn word at its edges
  if (torn === 0 && newsWord(c0.lead) && newsWord(cl.trail) && healed(cl.trail, c0.lead) === null) return null;
  if (isVisual(seg.start, seg.end)) return null;
  // runs the extractor joined with no space (pdf.js): a junction inside a token that is no word, where a tear confirms
  // it — an order that cuts such a junction replaces the order of the line's spaces only when it reads better, by a
  // clear margin where that one was preferred
  const split = splitGlued(text, found);
  // (a line with glued tokens joins no halves of words the lexicon does not know: a glued token is no word either)
  const plain = orderSearch(text, seg, s, e, found, ls, nb, isVisual, false, marksAt, split === found);
  const glued = split === found || split.length > MAX_CHUNKS ? null : orderSearch(text, seg, s, e, split, ls, nb, isVisual, true, marksAt, false);
  if (plain === null && glued === null) return null;
  // a word torn across the line break (`لحماي` ⏎ `ة`: the line's first word the tail of the line before's last, or its
  // last word the head of the next line's first) explains that edge of a line read as two runs, when the line's other
  // edge is a word news writes (nothing torn there): no order of runs
  const written = (w: string) => storedCount(pairHash(foldKey(w) ?? '')) > 0;
  const across = (bef: Context, aft: Context): boolean => {
    const before = edgeWord(text, ls, nb.prev, bef, true);
    // (a tail of one letter making a word news never writes, بسوائل ⏎ ى, is as likely a run's own: the search decides)
    const lone = (foldKey(c0.lead) ?? '').length < 2;
    if (newsWord(cl.trail) && before !== null && !newsWord(before) && !(lone && !written(before + c0.lead)) && acrossBreak(c0.lead, before, true)) return true;
    // (a bare article at the line's end, `ال`, is as often the head of a run's own tear — اليوم — as of the next line's
    // word; a و opening the next line is a conjunction; a tail after a word news writes is as likely a run's own: the
    // runs' search decides)
    const after = edgeWord(text, ls, nb.next, aft, false);
    const hk = foldKey(cl.trail);
    return hk !== null && hk.length >= 3 && newsWord(c0.lead) && after !== null && after !== '\u0648' && acrossBreak(cl.trail, after, false);
  };
  const search: Rescore = (bef, aft) => {
    const p = plain && plain(bef, aft);
    const g = glued && glued(bef, aft);
    const r = g === null || p === null ? (g ?? p) : p.preferred ? (g.preferred && g.score >= p.score + MARGIN.second ? g : p) : g.score > p.score ? g : p;
    // (an order of two runs only: more tears inside the line are the runs' own evidence)
    return r !== null && r.cuts === 1 && across(bef, aft) ? null : r;
  };
  if (keep) keep(search);
  return search(before, after);
}

/**
 * The search over the orders of a line's chunks (see the file comment): the orders the tears allow, enumerated once,
 * and the function that scores them with given neighbours (null when there is no order). `gluedOnly`: an order that
 * cuts no glued junction is none (the line's spaces alone were searched before).
 */
function orderSearch(text: string, seg: Span, s: number, e: number, chunks: Chunk[], ls: readonly Span[], nb: Near, isVisual: VisualJudge, gluedOnly: boolean, marksAt: MarkState | null, fragments: boolean): Rescore | null {
  const m = chunks.length;
  const healMemo = new Map<number, ReturnType<typeof healed>>();
  const heal = (a: number, b: number): ReturnType<typeof healed> => {
    const key = a * 128 + b;
    let v = healMemo.get(key);
    if (v === undefined) {
      v = healed(chunks[a].trail, chunks[b].lead);
      // (the halves of a word the lexicon does not know, inside the line: a tear only beside confirmed ones, below)
      if (v === null && fragments && !(a === m - 1 && b === 0)) v = fragmentJoin(chunks[a].trail, chunks[b].lead);
      // (a frequent function word's piece of a word: a tear only beside confirmed ones, below — runsJoin.ts)
      if (v === null && !(a === m - 1 && b === 0)) v = functionJoin(chunks[a].trail, chunks[b].lead);
      healMemo.set(key, v);
    }
    return v;
  };

  const keysOf = (c: Chunk): string[] => (c.keys ??= pairKeys(text, c.start, c.end));
  function enumerate(build: (bounds: number[], tears: boolean[]) => void): void {
    // junction j joins the end of piece j + 1 with the start of piece j (tears[j]: torn word, else a space)
    // k = 1: the last chunk + the first, wherever the line starts
    if (heal(m - 1, 0) !== null) for (let b = 1; b < m; b++) build([b], [true]);
    // k = 2: junction 0 = chunks[b2 - 1] + chunks[0], junction 1 = chunks[m - 1] + chunks[b1]
    const endsFirst: number[] = [];
    for (let b2 = 2; b2 < m; b2++) if (heal(b2 - 1, 0) !== null) endsFirst.push(b2);
    const lastStarts: number[] = [];
    for (let b1 = 1; b1 < m - 1; b1++) if (heal(m - 1, b1) !== null) lastStarts.push(b1);
    // (a middle piece torn at both ends has two chunks at least: one chunk would be the head and the tail at once)
    for (const b1 of lastStarts) for (const b2 of endsFirst) if (b2 >= b1 + 2) build([b1, b2], [true, true]);
    // one junction a space (a cut between words), the other a tear
    for (const b2 of endsFirst) for (let b1 = 1; b1 < b2; b1++) build([b1, b2], [true, false]);
    for (const b1 of lastStarts) for (let b2 = b1 + 1; b2 < m; b2++) build([b1, b2], [false, true]);
    // k = 3: junction 0 = chunks[b2 - 1] + chunks[0], 1 = chunks[b3 - 1] + chunks[b1], 2 = chunks[m - 1] + chunks[b2]
    for (const b2 of endsFirst) {
      if (heal(m - 1, b2) === null) continue;
      for (let b1 = 1; b1 + 2 <= b2; b1++) {
        for (let b3 = b2 + 2; b3 < m; b3++) if (heal(b3 - 1, b1) !== null) build([b1, b2, b3], [true, true, true]);
      }
    }
    // k = 4 … MAX_CUTS (LibreOffice's justified lines through pdf.js), every junction a tear: junction 0 =
    // chunks[b2 - 1] + chunks[0], junction j = chunks[b(j+2) - 1] + chunks[bj], the last = chunks[m - 1] +
    // chunks[b(k-1)]; a walk over the bounds, each chosen by the tear it closes (bounded by MAX_MANY_CUT_ORDERS steps)
    let steps = 0;
    const bs: number[] = [];
    const walk = (k: number): void => {
      // bs = [b1 … bn]: the tears of junctions 0 … n − 2 checked
      const n = bs.length;
      if (n === k) {
        if (heal(m - 1, bs[k - 2]) !== null) build(bs.slice(), new Array<boolean>(k).fill(true));
        return;
      }
      const from = n === 0 ? 1 : bs[n - 1] + 2;
      for (let b = from; b < m; b++) {
        if (++steps > MAX_MANY_CUT_ORDERS) return;
        // (a middle piece is torn at both ends: two chunks at least; the bounds after this one need room)
        if (b + 2 * (k - n - 1) > m - 1) break;
        if (n === 1 && heal(b - 1, 0) === null) continue;
        if (n >= 2 && heal(b - 1, bs[n - 2]) === null) continue;
        bs.push(b);
        walk(k);
        bs.pop();
      }
    };
    if (endsFirst.length > 0 && lastStarts.length > 0) for (let k = 4; k <= MAX_CUTS; k++) walk(k);
  }

  // the orders the tears allow, before anything is scored (most lines that pass the gate have none)
  const specs: Array<{ bounds: number[]; tears: boolean[] }> = [];
  let prepared: Prepared | null = null;
  const build = (bounds: number[], tears: boolean[]): void => {
    specs.push({ bounds, tears });
  };
  enumerate(build);
  if (specs.length === 0) return null;
  return search;

  /**
   * Is an edge fragment of the line as well explained by a word split inside the line (a justification gap read as a
   * space: `ال زمن`) as by a tear — its first word and the next, or its last word and the one before, making a word
   * news writes? Then the order is offered, never preferred: the split is split-word's to join.
   */
  function splitEdge(): boolean {
    const makes = (a: string, b: string): boolean => {
      if (!a || !b) return false;
      const k = foldKey(a + b);
      return k !== null && k.length >= 3 && (isWord(a + b) || isAttested(a + b)) && storedCount(pairHash(k)) > 0;
    };
    const whole = (c: Chunk) => c.lead.length === c.end - c.start;
    // (the word beside the fragment a piece of the split too, no word news writes alone: ا|لعمر، وق|ال — not the word
    // after a torn tail: ين في makes ينفي, but في is a word of its own)
    return (whole(chunks[0]) && !newsWord(chunks[1].lead) && makes(chunks[0].lead, chunks[1].lead)) || (whole(chunks[m - 1]) && !newsWord(chunks[m - 2].trail) && makes(chunks[m - 2].trail, chunks[m - 1].trail));
  }

  /** What an order's score owes nothing to the neighbours: the line's keys and their pairs, the orders the tears
   *  allow with their tears' weights (once per line, however many times its neighbours change). */
  interface Prepared {
    K: string[];
    ks: Int32Array;
    sums: Float64Array;
    /** (score: set by each search; text: written out once, when needed) */
    orders: Array<Candidate & { fixed: number; merged: string[]; marks: number }>;
  }
  function prepare(): Prepared {
    // the line's keys in one array, chunk c holding [ks[c], ks[c + 1]); pairAt[i] = the score of keys i and i + 1,
    // summed in sums: the pairs inside any run of chunks cost O(1), so an order is scored in O(its cuts)
    const K: string[] = [];
    const ks = new Int32Array(m + 1);
    for (let c = 0; c < m; c++) {
      ks[c] = K.length;
      for (const x of keysOf(chunks[c])) K.push(x);
    }
    ks[m] = K.length;
    const sums = new Float64Array(K.length + 1);
    // (a glued token left whole reads as no word: its two keys make no pair, GLUED_PAIR)
    const gluedAfter = new Uint8Array(K.length + 1);
    for (let c = 1; c < m; c++) if (chunks[c].glued && ks[c] > 0) gluedAfter[ks[c] - 1] = 1;
    for (let i = 0; i + 1 < K.length; i++) sums[i + 1] = sums[i] + (gluedAfter[i] ? GLUED_PAIR : pairScore(K[i], K[i + 1]));
    const orders: Prepared['orders'] = [];
    // (the brackets and quotation marks of the chunks, and whether the line starts inside some: runsMarks.ts)
    const cm = chunks.map((c) => marksOf(text, c.start, c.end));
    const st = cm.some((x) => x !== null) ? marksAt : null;
    for (const { bounds, tears } of specs) {
      // pieces D0 = [0, b1), …, Dk = [bk, m), read Dk … D0; junction j joins the end of Dj+1 with the start of Dj
      const k = bounds.length;
      const pieces: Array<[number, number]> = [];
      for (let j = k; j >= 0; j--) pieces.push([j === 0 ? 0 : bounds[j - 1], j === k ? m : bounds[j]]);
      // the junction between pieces[p] and pieces[p + 1] is junction k - 1 - p
      const joinTears: boolean[] = [];
      const merged: string[] = [];
      let sc = MARGIN.cut * k;
      for (const b of bounds) if (chunks[b].glued) sc += MARGIN.glue;
      let confirmed = true;
      let anyConfirmed = false;
      let fragments = 0;
      let fnJoins = 0;
      let confirmedTears = 0;
      for (let p = 0; p < k; p++) {
        const j = k - 1 - p;
        joinTears.push(tears[j]);
        if (tears[j]) {
          const h = heal(pieces[p][1] - 1, pieces[p + 1][0])!;
          merged.push(foldKey(h.word) ?? '?');
          sc += h.weight;
          if (h.fragment) fragments++;
          if ('fn' in h) fnJoins++;
          if (h.confirmed) {
            anyConfirmed = true;
            confirmedTears++;
          } else confirmed = false;
        } else {
          merged.push('');
          sc += MARGIN.space;
          confirmed = false;
        }
      }
      // (an order whose every tear only the clitic analysis allows says nothing: not even a flag)
      if (!anyConfirmed) continue;
      // (a word the lexicon does not know joined: only beside MARGIN.fragConfirmed confirmed tears, one such join)
      if (fragments > 0 && (fragments > 1 || confirmedTears < MARGIN.fragConfirmed)) continue;
      if (fnJoins > 0 && (fnJoins + fragments > 1 || confirmedTears < FN_JOIN.confirmed)) continue;
      let marks = 0;
      if (st !== null) {
        const seqs: Mark[][] = [];
        for (const [from, to] of pieces) for (let c = from; c < to; c++) if (cm[c] !== null) seqs.push(cm[c]!);
        marks = misplacedMarks(seqs, st);
      }
      orders.push({ bounds, tears, fixed: sc, score: 0, text: '', moves: [], junctions: [], confirmed, allTears: tears.every(Boolean), pieces, joinTears, merged, marks });
    }
    return { K, ks, sums, orders };
  }

  function search(bef: Context, aft: Context): RunRepair | null {
    const given = (c: string | null, last: boolean): string[] | null => {
      if (c === null) return null;
      const keys = pairKeys(c, 0, c.length);
      return keys.length === 0 ? null : last ? keys.slice(-2) : keys.slice(0, 2);
    };
    const before = bef !== undefined ? given(bef, true) : contextKeys(text, ls, nb.prev, true, isVisual);
    const after = aft !== undefined ? given(aft, false) : contextKeys(text, ls, nb.next, false, isVisual);
    const prev = before && before[before.length - 1];
    const next = after && after[0];
    const { K, ks, sums } = (prepared ??= prepare());
    /** The sum of the pairs among keys [a, b). */
    const inner = (a: number, b: number) => (b - a >= 2 ? sums[b - 1] - sums[a] : 0);
    /** The score of the pieces [from, to) of chunks read in the given order, joined as `tears` says. */
    const orderScore = (pieces: Array<[number, number]>, tears: boolean[], merged: string[]): number => {
      let sum = 0;
      let last: string | null = prev;
      let penult: string | null = null;
      for (let p = 0; p < pieces.length; p++) {
        const a = ks[pieces[p][0]];
        const b = ks[pieces[p][1]];
        if (a === b) continue;
        const n = b - a;
        if (p > 0 && tears[p - 1]) {
          // the head (last) and this piece's first key make one word
          const w = merged[p - 1];
          if (penult !== null && last !== null) sum += pairScore(penult, w) - pairScore(penult, last);
          sum += inner(a, b);
          if (n >= 2) sum += pairScore(w, K[a + 1]) - pairScore(K[a], K[a + 1]);
          if (n >= 2) {
            penult = n >= 3 ? K[b - 2] : w;
            last = K[b - 1];
          } else last = w;
        } else {
          if (last !== null) sum += pairScore(last, K[a]);
          sum += inner(a, b);
          penult = n >= 2 ? K[b - 2] : last;
          last = K[b - 1];
        }
      }
      if (next !== null && last !== null) sum += pairScore(last, next);
      return sum;
    };
    const base = orderScore([[0, m]], [], []);
    const cands = prepared.orders;
    for (const c of cands) c.score = c.fixed + orderScore(c.pieces, c.joinTears, c.merged) - base;
    if (cands.length === 0) return null;
    // (an order that closes a bracket or quotation not open, or opens one that is, reads worse than the order of the
    // line with fewest such marks: runsMarks.ts)
    let fewest = Infinity;
    for (const c of cands) fewest = Math.min(fewest, c.marks);
    for (const c of cands) c.score -= MARGIN.marks * (c.marks - fewest);
    // (where a one-cut line starts: the word-class trigram ranks its rotations with the pairs, runsClass.ts)
    const plain = rescoreRotations(cands, K, ks, before, after);
    let best = cands[0];
    for (const c of cands) if (c.score > best.score) best = c;
    const own = plain.get(best) ?? best.score;
    const extra = plain.has(best) ? classSecond() : 0;
    const textOf = (c: Candidate): string => {
      if (c.text) return c.text;
      let out = '';
      const moves: Array<[number, number, number]> = [];
      const junctions: Array<[number, number]> = [];
      c.pieces.forEach(([from, to], p) => {
        if (from === to) return;
        const a = chunks[from].start;
        const b = chunks[to - 1].end;
        if (!(p === 0 || out === '' || c.joinTears[p - 1])) out += ' ';
        // (the run less the halves of the words torn at its ends, and the spaces beside a half that is a whole chunk: a
        // fix of another rule there — a join of a torn half with its neighbour — was made for the line out of order;
        // the rest of an edge chunk, a number embedded before a torn head, goes with the run)
        const fc = chunks[from];
        const lc = chunks[to - 1];
        const a2 = p > 0 && c.joinTears[p - 1] ? (fc.lead.length < fc.end - fc.start ? fc.start + fc.lead.length : to - from > 1 ? chunks[from + 1].start : b) : a;
        const b2 = p + 1 < c.pieces.length && c.joinTears[p] ? (lc.trail.length < lc.end - lc.start ? lc.end - lc.trail.length : to - from > 1 ? chunks[to - 2].end : a) : b;
        if (a2 < b2) moves.push([a2 - s, b2 - s, out.length + a2 - a]);
        if (p > 0 && c.joinTears[p - 1]) junctions.push([chunks[c.pieces[p - 1][1] - 1].end - s, a - s]);
        out += text.slice(a, b);
      });
      c.moves = moves;
      c.junctions = junctions;
      return (c.text = out);
    };
    if (own < MARGIN.flag) return null;
    if (gluedOnly && !best.bounds.some((b) => chunks[b].glued)) return null;
    // the next best order that reads differently (only those close enough to matter are written out)
    let second = -Infinity;
    let runnerUp: Candidate | null = null;
    for (const c of cands) {
      if (c === best || c.score <= second) continue;
      if (c.score >= best.score - MARGIN.second - 1 && textOf(c) === textOf(best)) continue;
      second = c.score;
      runnerUp = c;
    }
    const split = splitEdge();
    // (a one-cut order that puts the healed word at an edge of the line — one run a piece of a single word — needs a
    // wider margin: MARGIN.edgeSecond)
    const edge = best.bounds.length === 1 && (best.bounds[0] === 1 || best.bounds[0] === m - 1) ? MARGIN.edgeSecond : 0;
    // (a token of the line left whole that reads as two words run together is a junction of the runs left uncut)
    const whole = (c: number) => !best.pieces.some(([from, to], p) => (c === from && p > 0 && best.joinTears[p - 1]) || (c === to - 1 && p + 1 < best.pieces.length && best.joinTears[p]));
    const glue = chunks.some((c, i) => c.lead.length === c.end - c.start && whole(i) && gluedWord(c.lead));
    const preferred = !split && !glue && own >= MARGIN.prefer && ((best.confirmed && best.score - second >= MARGIN.second + extra + edge) || (best.allTears && best.score - second >= MARGIN.weakSecond + extra + edge));
    return { start: s, end: e, text: textOf(best), moves: best.moves, junctions: best.junctions, cuts: best.bounds.length, preferred, score: best.score, margin: best.score - second, confirmed: best.confirmed, splitEdge: split, ...(RUNS_TRACE.on && runnerUp ? { runnerUp: textOf(runnerUp) } : {}) };
  }
}
