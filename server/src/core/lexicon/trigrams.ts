/**
 * Word trigrams of correct news: how often three keys (pairs.ts pairKeys) follow each other, and a key with the key two
 * ahead (skip-pairs), as counts mined from the even half of ../shared/unlabelled (scripts/build-trigrams.mjs). What a
 * triple says beyond its two pairs — log(P(c | a b) / P(c | b)) — is evidence of where a one-cut line whose runs came
 * out reversed starts (runsClass.ts), which word pairs and class trigrams decide on ~75–80 % of lines alone (issue 10).
 *
 * The table is side data, outside the editor's start-up budget: the core never imports it. A host that has it (the
 * CLI reads dist/cli-data/trigrams.json, the desktop server dist/data/trigrams.json, the scripts the source) hands it
 * over with `provideTrigrams` — a function called once, on the first one-cut line to be scored, so the file is read
 * only when needed. Without a provider, or when it gives null or throws, there is no trigram term and the run-order
 * search is exactly what it is without this file. Pure (the provider is the host's).
 */
import { CountTable } from './countTable';
import { dequantise, pairHash, storedCount } from './pairs';
import { releasable } from '../text/memos';

/** The side data (trigrams.data.json; build-trigrams.mjs writes it): a count table in pairs.data.ts's format. */
export interface TrigramData {
  /** The least count of a triple kept. */
  min: number;
  /** The least count of a skip-pair kept (0: none kept). */
  skipMin: number;
  /** The number of keys mined (the skip-pairs' N). */
  tokens: number;
  entries: number;
  fpBits: number;
  rice: number;
  data: string;
}

/** The hash a triple of keys is stored under (shared with the builder). */
export function tripleHash(a: string, b: string, c: string): number {
  return pairHash(a + ' ' + b + ' ' + c);
}

/** The hash a skip-pair (a key and the key two ahead) is stored under, in the same table (shared with the builder). */
export function skipHash(a: string, c: string): number {
  return pairHash(a + '\u0001' + c);
}

interface Loaded {
  table: CountTable;
  min: number;
  skipMin: number;
  logN: number;
}

let provider: (() => TrigramData | null) | null = null;
/** The table once asked for (null: none; undefined: not asked yet). */
let loaded: Loaded | null | undefined;

/** Hands the core the word trigrams: `load` is called once, when a one-cut line is first scored (null: none). */
export function provideTrigrams(load: (() => TrigramData | null) | null): void {
  provider = load;
  loaded = undefined;
  memo.clear();
}

function isData(d: unknown): d is TrigramData {
  if (typeof d !== 'object' || d === null) return false;
  const t = d as Record<string, unknown>;
  return typeof t.data === 'string' && ['min', 'skipMin', 'tokens', 'entries', 'fpBits', 'rice'].every((k) => typeof t[k] === 'number' && Number.isInteger(t[k]) && (t[k] as number) >= 0) && (t.fpBits as number) >= 1 && (t.fpBits as number) <= 32 && (t.tokens as number) > 0;
}

/** The table, asked of the provider on first use (a provider that throws or gives something else: none). */
function table(): Loaded | null {
  if (loaded !== undefined) return loaded;
  let d: unknown = null;
  try {
    d = provider === null ? null : provider();
  } catch {
    d = null;
  }
  loaded = isData(d) && d.entries > 0 ? { table: new CountTable(d.data, d.entries, d.rice, d.fpBits, dequantise), min: Math.max(1, d.min), skipMin: d.skipMin, logN: Math.log(d.tokens) } : null;
  return loaded;
}

/** Are word trigrams at hand (a provider gave a table)? */
export function hasTrigrams(): boolean {
  return table() !== null;
}

/** The trigram term's bounds (runs-sweep.mjs and the tuning scripts set them): `clip` bounds one triple's score;
 *  an absent triple counts against only when its pairs make it expected `expect` × TRIGRAM_MIN times at least. */
export const TRIGRAM = { clip: 3, expect: 2, skipClip: 3 };

const memo = releasable('trigrams.memo', new Map<string, number>());
const MEMO_MAX = 100_000;

/** What the triple a b c says beyond the pairs a b and b c (0: no evidence either way, or no table). */
export function tripleScore(a: string, b: string, c: string): number {
  const t = table();
  if (t === null || a === '?' || b === '?' || c === '?') return 0;
  const ck = a + ' ' + b + ' ' + c;
  const hit = memo.get(ck);
  if (hit !== undefined) return hit;
  const v = compute(t, a, b, c);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(ck, v);
  return v;
}

function compute(t: Loaded, a: string, b: string, c: string): number {
  const nabc = t.table.count(tripleHash(a, b, c));
  // (a pair the pair table does not hold was seen fewer than 3 times: as often as its triple, when that is kept)
  const nab = storedCount(pairHash(a, b)) || nabc;
  if (nab === 0) return 0;
  const nbc = storedCount(pairHash(b, c)) || nabc;
  if (nbc === 0) return 0;
  const nb = Math.max(storedCount(pairHash(b)), nab, nbc);
  const expected = (nab * nbc) / nb;
  // (a triple not kept was seen fewer than min times: evidence against it only when expected often)
  const v = nabc > 0 ? Math.log(nabc / expected) : expected >= TRIGRAM.expect * t.min ? Math.log(t.min / 2 / expected) : 0;
  return v > TRIGRAM.clip ? TRIGRAM.clip : v < -TRIGRAM.clip ? -TRIGRAM.clip : v;
}

/** How well c stands two keys after a (the skip-pair's pointwise mutual information, clipped; 0: no evidence). */
export function skipScore(a: string, c: string): number {
  const t = table();
  if (t === null || t.skipMin === 0 || a === '?' || c === '?') return 0;
  const ck = a + '\u0001' + c;
  const hit = memo.get(ck);
  if (hit !== undefined) return hit;
  const na = storedCount(pairHash(a));
  const nc = storedCount(pairHash(c));
  let v = 0;
  if (na > 0 && nc > 0) {
    const n = t.table.count(skipHash(a, c));
    const expected = Math.exp(Math.log(na) + Math.log(nc) - t.logN);
    v = n > 0 ? Math.log(n / expected) : expected >= 2 * t.skipMin ? Math.log(t.skipMin / 2 / expected) : 0;
    v = v > TRIGRAM.skipClip ? TRIGRAM.skipClip : v < -TRIGRAM.skipClip ? -TRIGRAM.skipClip : v;
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(ck, v);
  return v;
}

/** The sum of tripleScore (and `skip` × skipScore) over a sequence of keys (0 with no table). */
export function trigramSequenceScore(keys: readonly string[], skip = 0): number {
  if (table() === null) return 0;
  let sum = 0;
  for (let i = 2; i < keys.length; i++) sum += tripleScore(keys[i - 2], keys[i - 1], keys[i]) + (skip !== 0 ? skip * skipScore(keys[i - 2], keys[i]) : 0);
  return sum;
}
