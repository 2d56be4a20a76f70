/**
 * Word-class trigrams of correct news (issue 10, one-cut reversed runs): the second judge of where a line whose runs
 * came out reversed starts (lexicon/runs.ts), beside the word pairs of pairs.ts. A one-cut line is a rotation of
 * itself — every start re-joins the same torn word — so only the word sequences at the line's edges decide; word
 * pairs alone rank the right start first for about two lines in three (held-out half), word pairs with a Kneser-Ney
 * trigram of word classes for about four in five (scripts/onecut-ceiling.mjs).
 *
 * A key's class (pairs.ts keys): a word news writes at least CLASS_FREQUENT times is its own class (function words,
 * common nouns and verbs); another word is its shape (wordClass: the clitic-like letters it starts with, و ف ب ل ك ال,
 * and its ending); punctuation keys (`.` `,` `:`), numbers, Latin and the paragraph edge are their own. The model: an
 * interpolated Kneser-Ney trigram over those classes (one discount), mined by scripts/build-class-grams.mjs from the
 * even half of ../shared/unlabelled — derived counts only, as fingerprints of hashes with log-scale counts, the format
 * of pairs.data.ts (classGrams.data.ts). Pure; the table is decoded once, on first use; the probabilities are
 * remembered per triple, bounded.
 */
import { CountTable, dequantise, pairHash, storedCount, wordClass } from './pairs';
import { CLASS_INDEX } from './tableIndex';
import { CLASS_DATA, CLASS_ENTRIES, CLASS_FP_BITS, CLASS_RICE, CLASS_BIGRAM_TYPES, CLASS_TYPES } from './classGrams.data';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

/** A word seen this often is a class of its own (100: tuned on the even half with the ceiling script; 30: −1 point). */
export const CLASS_FREQUENT = 100;
/** The Kneser-Ney discount. */
const DISCOUNT = 0.75;

/** The class of a pair key (pairs.ts) for this model; its count is the pair table's (storedCount). */
export function keyClass(key: string): string {
  if (key.length === 1 && !(key >= 'A' && key <= 'z')) return key;
  const n = storedCount(pairHash(key));
  return wordClass(key, n >= CLASS_FREQUENT ? n : 0);
}

/**
 * The names the counts are stored under (shared with the builder): `3 u v w` the triple's count (>= 2), `n u v` the
 * count of u v followed by anything, `t u v` how many classes follow u v, `k v w` how many classes precede v w, `m v`
 * how many distinct pairs have v in the middle of a triple (Σ_w k v w), `y v` how many classes follow v after some
 * class, `z w` how many classes precede w. All but the triples are stored plus one (the table's counts are >= 2).
 */
export const gramName = {
  tri: (u: string, v: string, w: string) => `3 ${u} ${v} ${w}`,
  ctx: (u: string, v: string) => `n ${u} ${v}`,
  ctxTypes: (u: string, v: string) => `t ${u} ${v}`,
  cont2: (v: string, w: string) => `k ${v} ${w}`,
  mid: (v: string) => `m ${v}`,
  midTypes: (v: string) => `y ${v}`,
  cont1: (w: string) => `z ${w}`,
};

const CLASSES = new CountTable(CLASS_DATA, CLASS_ENTRIES, CLASS_RICE, CLASS_FP_BITS, dequantise, CLASS_INDEX);

/** The stored count under a name (gramName), or 0. */
export function gramCount(name: string): number {
  return CLASSES.count(pairHash(name));
}

/** A count stored plus one. */
const plusOne = (name: string): number => Math.max(0, gramCount(name) - 1);

/** P(w) of the lowest level: how many classes precede w, among all pairs (never 0). */
function p1(w: string): number {
  return (plusOne(gramName.cont1(w)) + 0.5) / (CLASS_BIGRAM_TYPES + 0.5 * (CLASS_TYPES + 1));
}

/** P(w | v) of the middle level (continuation counts). */
function p2(v: string, w: string): number {
  const m = plusOne(gramName.mid(v));
  if (m === 0) return p1(w);
  // (a type count lost to the table's quantisation or a fingerprint collision reads as one: never a zero probability)
  return Math.max(plusOne(gramName.cont2(v, w)) - DISCOUNT, 0) / m + ((DISCOUNT * Math.max(1, plusOne(gramName.midTypes(v)))) / m) * p1(w);
}

/** P(w | u v). */
function p3(u: string, v: string, w: string): number {
  const c = plusOne(gramName.ctx(u, v));
  if (c === 0) return p2(v, w);
  const lambda = Math.min(1, (DISCOUNT * Math.max(1, plusOne(gramName.ctxTypes(u, v)))) / c);
  return Math.max(gramCount(gramName.tri(u, v, w)) - DISCOUNT, 0) / c + lambda * p2(v, w);
}

const cache = releasable('classGrams.cache', new Map<string, number>());
const CACHE_MAX = 50_000;

/** log P(w | u v) (u null: log P(w | v)). */
export function classLogProb(u: string | null, v: string, w: string): number {
  const k = (u ?? '') + '\u0000' + v + '\u0000' + w;
  let r = cache.get(k);
  if (r === undefined) {
    // (a probability over 1 — counts read back from a log scale — or under any real one is clipped: a bounded term)
    r = Math.log(Math.min(1, Math.max(1e-9, u === null ? p2(v, w) : p3(u, v, w))));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(ownCopy(k), r);
  }
  return r;
}

/** The log-probability of a sequence of classes after its first (each class given the two before it). */
export function classSequenceScore(cls: readonly string[]): number {
  let s = 0;
  for (let i = 1; i < cls.length; i++) s += classLogProb(i >= 2 ? cls[i - 2] : null, cls[i - 1], cls[i]);
  return s;
}
