/**
 * Key lists stored as text (the default lexicon's surface keys, data/keys.data.ts, made by
 * scripts/build-claim-keys.mjs): ascending keys as gaps, each gap in base-32 digits, most significant first, the last digit of
 * a number marked (digits '0'..'O' continue it, 'P'..'o' end it: printable ASCII, so a bundle keeps it one-byte).
 */
import { KeySet } from './tokens';

/** Ascending keys → text. */
export function encodeKeys(keys: readonly number[]): string {
  let out = '';
  let prev = 0;
  for (const k of keys) {
    let gap = k - prev;
    prev = k;
    const digits: number[] = [];
    do {
      digits.push(gap & 31);
      gap = Math.floor(gap / 32);
    } while (gap > 0);
    for (let i = digits.length - 1; i > 0; i--) out += String.fromCharCode(0x30 + digits[i]);
    out += String.fromCharCode(0x50 + digits[0]);
  }
  return out;
}

/** Text → its keys, added to `into` (a new set, sized for them, when none is given). */
export function decodeKeys(text: string, into: KeySet = new KeySet(text.length / 3)): KeySet {
  let k = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x50) {
      k += gap * 32 + (c - 0x50);
      into.add(k);
      gap = 0;
    } else gap = gap * 32 + (c - 0x30);
  }
  return into;
}

/** What the claim lexicon asks of a key set. */
export interface KeyLookup {
  has(k: number): boolean;
  /** The keys, ascending (tests and the table generator). */
  keys(): number[];
}

/** Keys are 30 bits (tokens.ts `key`); a bucket is a run of keys with the same top bits. */
const KEY_BITS = 30;
/** Digits of a bucket's offset in the index: fixed width, so an offset is read without decoding the others. */
const OFFSET_DIGITS = 3;

/**
 * Ascending keys → bucketed text, read by StoredKeys one bucket at a time: one character giving the number of
 * bucket bits, the offset of every bucket's keys (and of the end) in OFFSET_DIGITS base-64 digits, then each bucket's
 * keys as encodeKeys text, its gaps counted from the bucket's first possible key. About `perBucket` keys a bucket.
 */
export function encodeBucketed(keys: readonly number[], perBucket = 8): string {
  let bits = 0;
  while (bits < 16 && keys.length > perBucket << bits) bits++;
  const shift = KEY_BITS - bits;
  const buckets = 1 << bits;
  let index = '';
  let body = '';
  let i = 0;
  const offset = (n: number) => {
    if (n >= 1 << (6 * OFFSET_DIGITS)) throw new Error('bucketed key text too long');
    for (let d = OFFSET_DIGITS - 1; d >= 0; d--) index += String.fromCharCode(0x30 + ((n >>> (6 * d)) & 63));
  };
  for (let b = 0; b < buckets; b++) {
    offset(body.length);
    const base = b << shift;
    const part: number[] = [];
    for (; i < keys.length && keys[i] >>> shift === b; i++) part.push(keys[i] - base);
    body += encodeKeys(part);
  }
  offset(body.length);
  if (i !== keys.length) throw new Error('keys not ascending or over 30 bits');
  return String.fromCharCode(0x30 + bits) + index + body;
}

/**
 * A key set read straight from encodeBucketed text: a bucket's keys are decoded the first time a key of that bucket is
 * looked up, so a short text pays for a few buckets instead of the whole table. `extra` (ascending keys) are merged
 * into their buckets as these are decoded: a set that is a stored table and a few keys more is still one lookup.
 * Once lookups have reached an eighth of the buckets (a long text), the whole set becomes a hash table (KeySet, a
 * copy of `same`'s when given: a StoredKeys of the same text without extras), faster than a bucket scan.
 */
export class StoredKeys implements KeyLookup {
  private readonly text: string;
  private readonly extra: readonly number[];
  private readonly shift: number;
  /** Where the keys start in the text. */
  private readonly body: number;
  /** Per bucket: 0 = not decoded yet, else its number of keys + 1. */
  private readonly count: Int32Array;
  /**
   * Per bucket, where its decoded keys are in `decoded`: its offset in the text (a key takes at least one character)
   * plus the number of extra keys before the bucket.
   */
  private readonly at: Int32Array;
  private readonly decoded: Int32Array;
  private readonly same: StoredKeys | null;
  /** Buckets decoded by lookups, and how many before the whole set is made a hash table. */
  private loaded = 0;
  private readonly limit: number;
  private full: KeySet | null = null;
  constructor(text: string, extra: readonly number[] = [], same: StoredKeys | null = null) {
    this.text = text;
    this.extra = extra;
    this.same = same;
    const bits = text.length > 0 ? text.charCodeAt(0) - 0x30 : 0;
    this.shift = KEY_BITS - bits;
    this.body = text.length > 0 ? 1 + ((1 << bits) + 1) * OFFSET_DIGITS : 0;
    this.count = new Int32Array(1 << bits);
    this.at = new Int32Array(1 << bits);
    this.decoded = new Int32Array(text.length - this.body + extra.length);
    this.limit = this.count.length >> 3;
  }
  has(k: number): boolean {
    // (kept small, so that it inlines where the rule looks keys up, the bucket scan apart)
    const f = this.full;
    return f !== null ? f.has(k) : this.scan(k);
  }
  /** has(k) before the set is a hash table: a scan of k's bucket, decoded first if need be. */
  private scan(k: number): boolean {
    const b = k >>> this.shift;
    let n = this.count[b];
    if (n === 0) {
      if (++this.loaded > this.limit) return this.table().has(k);
      n = this.load(b);
    }
    const d = this.decoded;
    for (let i = this.at[b], e = i + n - 1; i < e; i++) {
      const x = d[i];
      if (x >= k) return x === k;
    }
    return false;
  }
  keys(): number[] {
    const out: number[] = [];
    for (let b = 0; b < this.count.length; b++) {
      const n = this.count[b] || this.load(b);
      for (let i = this.at[b], e = i + n - 1; i < e; i++) out.push(this.decoded[i]);
    }
    return out;
  }
  /** The whole set as a hash table (made once). */
  private table(): KeySet {
    if (this.full !== null) return this.full;
    let t: KeySet;
    if (this.same !== null) {
      t = this.same.table().clone();
      for (const x of this.extra) t.add(x);
    } else {
      const keys = this.keys();
      t = new KeySet(keys.length);
      for (const x of keys) t.add(x);
    }
    return (this.full = t);
  }
  private offset(b: number): number {
    if (this.text.length === 0) return 0;
    const t = this.text;
    let n = 0;
    for (let i = 1 + b * OFFSET_DIGITS, e = i + OFFSET_DIGITS; i < e; i++) n = n * 64 + (t.charCodeAt(i) - 0x30);
    return n;
  }
  /** The index of the first extra key >= k. */
  private extraFrom(k: number): number {
    const x = this.extra;
    let lo = 0;
    let hi = x.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Decodes bucket b (and merges its extra keys); returns its count + 1. */
  private load(b: number): number {
    const t = this.text;
    const start = this.offset(b);
    const end = this.body + this.offset(b + 1);
    const d = this.decoded;
    const base = b << this.shift;
    let e = this.extraFrom(base);
    const eEnd = this.shift >= KEY_BITS ? this.extra.length : this.extraFrom(base + (1 << this.shift));
    const x = this.extra;
    const from = start + e;
    let n = from;
    let k = base;
    let gap = 0;
    for (let i = this.body + start; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x50) {
        k += gap * 32 + (c - 0x50);
        gap = 0;
        for (; e < eEnd && x[e] < k; e++) d[n++] = x[e];
        if (e < eEnd && x[e] === k) e++;
        d[n++] = k;
      } else gap = gap * 32 + (c - 0x30);
    }
    for (; e < eEnd; e++) d[n++] = x[e];
    this.at[b] = from;
    return (this.count[b] = n - from + 1);
  }
}
