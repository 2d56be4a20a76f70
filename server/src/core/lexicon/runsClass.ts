/**
 * The word-class term of the run-order search (lexicon/runs.ts, issue 10): the orders the word pairs rank highest
 * are scored again by the word-class trigram of classGrams.ts — the line in the candidate order between the last key
 * of the line before and the first of the line after, against the line as it is. A one-cut line is a rotation of
 * itself, so the pairs decide its start by the few pairs at its edges; the classes (a sentence end, then و or a
 * verb; an article-noun after a preposition) add what pairs of rare words cannot tell. Pure.
 */
import { classSequenceScore, keyClass } from './classGrams';
import { hasTrigrams, trigramSequenceScore } from './trigrams';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

/** The class term's weight against the pairs' (with CLASS_SECOND, below). */
export const CLASS_WEIGHT = 0.6;
/** A start the class term chose is preferred by a margin over the next best order this much wider than the pairs'
 *  own (MARGIN.second). Both tuned on the even half's one-cut lines (scripts/runs-diagnose.mjs) with a class model
 *  mined from a quarter of the articles (build-class-grams.mjs --every 4), so that half the lines are unseen by it — on
 *  the articles a model was mined from its margins are too confident (full model, weight 1, margin 1: 69.8 % restored,
 *  2.4 % wrong reorders; the quarter model: 63.6 %, 3.6 %). Quarter model, restored / wrong reorders: weight 1 and
 *  margin 1: 63.6 / 3.6 %, 1.5: 61.5 / 2.5 %, 2: 59.0 / 1.7 %; weight 0.6 and margin 0.5: 64.7 / 3.2 %, 1: 61.8 / 2.1 %;
 *  0.4 and 0.5: 62.7 / 2.8 % (no class term: 58.1 / 3.4 %) — a wrong reorder is worse than a flag. */
export const CLASS_SECOND = 1;
/** The most the class term sets one rotation below another (same tuning, weight 0.6 and margin 1, quarter model:
 *  no clip 61.8 / 2.1 %, 3: 61.9 / 1.4 %, 2: 59.5 / 1.3 %; clip 3 with margin 0.5: 64.9 / 2.6 %, with 0: 69.0 / 4.0 %). */
export const CLASS_CLIP = 3;
/** The word-trigram term (trigrams.ts, side data a host may provide; none: the term is off and nothing here changes):
 *  its weight, its clip (as CLASS_CLIP), the skip-pairs' weight inside it, and CLASS_SECOND while it is on. Tuned by
 *  onecut6 (session 12) on half `even-held` with tables mined without it, one-cut lines right / wrong of 1,366: no
 *  trigram term, margin 1: 793 / 26; trigrams weight 2, clip 2, skip-pairs 1, margin 1.25: 818 / 24. */
export const TRI_WEIGHT = 2;
export const TRI_CLIP = 2;
export const SKIP_WEIGHT = 1;
export const TRI_SECOND = 1.25;
/** The class term's weights as the search reads them (runs-sweep.mjs sets them: `CLASS.weight=…`, `CLASS.second=…`). */
export const CLASS = { weight: CLASS_WEIGHT, second: CLASS_SECOND, clip: CLASS_CLIP, triWeight: TRI_WEIGHT, triClip: TRI_CLIP, skip: SKIP_WEIGHT, triSecond: TRI_SECOND };

/** The margin a start the class (and trigram) term chose needs beyond the pairs' own. */
export function classSecond(): number {
  return CLASS.triWeight > 0 && hasTrigrams() ? CLASS.triSecond : CLASS.second;
}
/** How many orders (best by the pairs and tears) are scored again (a one-cut line of up to 17 words: all of them). */
export const RESCORE_TOP = 16;

/** An order as the search holds it: its pieces (ranges of chunks, read in order), whether each joins the one before
 *  with no space (a torn word healed: `merged` its key), its cuts (`bounds`) and its score so far. */
export interface OrderShape {
  pieces: ReadonlyArray<readonly [number, number]>;
  joinTears: readonly boolean[];
  merged: readonly string[];
  bounds: readonly number[];
  score: number;
}

/**
 * The one-cut orders the pairs rank highest (RESCORE_TOP) scored again with the class term. It only says where such
 * a line starts: each set of rotations (the one-cut orders that heal the same word) is ranked by pairs and classes
 * together, its best keeping its own score (the pairs' and tears') and the others set below it by what they lose to
 * it; an order of more cuts, which heals other words, is compared with them by the pairs alone. Returns, per rescored
 * order, the score the pairs and tears give it (for the best of a set: the best any rotation of the set had), which
 * decides whether the line is offered or preferred at all.
 */
export function rescoreRotations<T extends OrderShape>(cands: T[], K: readonly string[], ks: Int32Array, prev: readonly string[] | null, next: readonly string[] | null): Map<T, number> {
  const plain = new Map<T, number>();
  const rot = cands.filter((c) => c.bounds.length === 1);
  const top = rot.length <= RESCORE_TOP ? rot : rot.slice().sort((a, b) => b.score - a.score).slice(0, RESCORE_TOP);
  if (top.length < 2) return plain;
  // (each rotation's class term against the best one's, clipped: the classes alone never make a margin wide enough to
  // reorder a line — the pairs must agree in part; a neighbouring line from another column is no context to trust)
  const cl = top.map((c) => orderClassScore(K, ks, c, prev, next));
  const clBest = Math.max(...cl);
  // (and by the word trigrams, when a host provided them: what three words together say beyond their pairs)
  const tr = CLASS.triWeight > 0 && hasTrigrams() ? top.map((c) => trigramSequenceScore(orderKeys(K, ks, c, prev, next), CLASS.skip)) : null;
  const trBest = tr === null ? 0 : Math.max(...tr);
  const both = top.map((c, i) => c.score + Math.max(-CLASS.clip, CLASS.weight * (cl[i] - clBest)) + (tr === null ? 0 : Math.max(-CLASS.triClip, CLASS.triWeight * (tr[i] - trBest))));
  const groupBest = new Map<string, number>();
  top.forEach((c, i) => {
    const gb = groupBest.get(c.merged[0]);
    if (gb === undefined || both[i] > both[gb]) groupBest.set(c.merged[0], i);
  });
  const bestScore = top.map((c) => top[groupBest.get(c.merged[0])!].score);
  // (how much better than the line as it is a set of rotations reads is its best rotation's by the pairs: what says
  // the line is torn; the classes only say where it starts)
  const groupPlain = new Map<string, number>();
  for (const c of top) groupPlain.set(c.merged[0], Math.max(groupPlain.get(c.merged[0]) ?? -Infinity, c.score));
  top.forEach((c, i) => {
    const gb = groupBest.get(c.merged[0])!;
    plain.set(c, i === gb ? groupPlain.get(c.merged[0])! : c.score);
    if (i !== gb) c.score = bestScore[i] - (both[gb] - both[i]);
  });
  // (the rotations past the top: below the lowest rescored one)
  if (top !== rot) {
    let low = Infinity;
    for (const c of top) low = Math.min(low, c.score);
    for (const c of rot) if (!plain.has(c)) c.score = Math.min(c.score, low);
  }
  return plain;
}

const classMemo = releasable('runsClass.classMemo', new Map<string, string>());

function cls(k: string): string {
  let c = classMemo.get(k);
  if (c === undefined) {
    c = keyClass(k);
    if (classMemo.size >= 50_000) classMemo.clear();
    classMemo.set(ownCopy(k), c);
  }
  return c;
}

/**
 * The classes of the keys of an order, between the neighbours' edge keys (two each; null: none): the keys of chunk c are
 * K[ks[c]], …, K[ks[c + 1] − 1]; a torn junction replaces the last key before it and the first after it by the word
 * they make.
 */
export function orderClasses(K: readonly string[], ks: Int32Array, o: OrderShape | null, prev: readonly string[] | null, next: readonly string[] | null): string[] {
  return orderKeys(K, ks, o, prev, next, cls);
}

/** The keys of an order between the neighbours' edge keys (as orderClasses), each mapped by `cls` (none: the keys). */
export function orderKeys(K: readonly string[], ks: Int32Array, o: OrderShape | null, prev: readonly string[] | null, next: readonly string[] | null, cls: (k: string) => string = (k) => k): string[] {
  const out: string[] = [];
  if (prev !== null) for (const k of prev) out.push(cls(k));
  const lead = out.length;
  const pieces = o === null ? [[0, ks.length - 1] as const] : o.pieces;
  for (let p = 0; p < pieces.length; p++) {
    const a = ks[pieces[p][0]];
    const b = ks[pieces[p][1]];
    if (a === b) continue;
    let from = a;
    if (o !== null && p > 0 && o.joinTears[p - 1]) {
      if (out.length > lead) out.pop();
      out.push(cls(o.merged[p - 1]));
      from = a + 1;
    }
    for (let i = from; i < b; i++) out.push(cls(K[i]));
  }
  if (next !== null) for (const k of next) out.push(cls(k));
  return out;
}

/** The class trigram's log-probability of the order minus the line's as it is (`base`: orderClassScore of null). */
export function orderClassScore(K: readonly string[], ks: Int32Array, o: OrderShape | null, prev: readonly string[] | null, next: readonly string[] | null): number {
  return classSequenceScore(orderClasses(K, ks, o, prev, next));
}
