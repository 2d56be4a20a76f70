/**
 * The count tables of pairs.data.ts and classGrams.data.ts (format in pairs.ts): sorted fingerprints, their gaps
 * Rice-coded, each with a quantised count, one bit stream in base64. Pure.
 *
 * A table is decoded on its first lookup, whole — or, given an index (`indexCountTable`: where in the stream each range
 * of fingerprints starts), one range at a time, as lookups reach it: a short run (`tadqiq lint` of one line, issue 13)
 * looks up a few dozen hashes and decoded all 124,000 entries of the pair table for them (~10 ms of a ~60 ms start).
 * Either way a lookup gives the same count: the index only says where to start decoding. The CLI's bundle carries
 * the indexes of its tables, computed when it is built (esbuild.mjs, tableIndex.ts); elsewhere the tables are
 * decoded whole.
 */

/** Bits of a stored count (its q, pairs.ts). */
export const Q_BITS = 5;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The value of each base64 character (0 for any other). */
const VAL = (() => {
  const v = new Uint8Array(128);
  for (let i = 0; i < 64; i++) v[B64.charCodeAt(i)] = i;
  return v;
})();

/** Entries a range of an index holds on average, at most (a range is 2^k fingerprints wide). */
const RANGE_ENTRIES = 256;

/**
 * Decodes `count` entries of a stream from bit `bit`, the fingerprint before them `prev`, into f and q from `at`.
 * The unread bits are the low `left` bits of `buf`, taken six at a time (a character); a unary quotient is counted a
 * character's bits at a time (Math.clz32), not bit by bit. (A truncated stream reads as zeros: the loops end, nothing
 * throws.) `starts`, when given, receives the bit where each entry begins (indexCountTable).
 */
function decodeEntries(d: string, rice: number, bit: number, prev: number, count: number, f: Uint32Array, q: Uint8Array, at: number, starts?: Float64Array): void {
  const val = VAL;
  let p = Math.floor(bit / 6);
  let buf = 0;
  let left = 0;
  if (bit % 6 !== 0) {
    const c = d.charCodeAt(p++);
    buf = c < 128 ? val[c] : 0;
    left = 6 - (bit % 6);
  }
  const unit = Math.pow(2, rice);
  const riceMask = (1 << rice) - 1;
  const qMask = (1 << Q_BITS) - 1;
  const end = at + count;
  for (let i = at; i < end; i++) {
    if (starts !== undefined) starts[i] = p * 6 - left;
    let u = 0;
    for (;;) {
      if (left === 0) {
        const c = d.charCodeAt(p++);
        buf = c < 128 ? val[c] : 0;
        left = 6;
      }
      // (the ones that lead the unread bits)
      const ones = Math.clz32(~(buf << (32 - left)));
      if (ones < left) {
        u += ones;
        left -= ones + 1;
        break;
      }
      u += left;
      left = 0;
    }
    while (left < rice) {
      const c = d.charCodeAt(p++);
      buf = ((buf & ((1 << left) - 1)) << 6) | (c < 128 ? val[c] : 0);
      left += 6;
    }
    left -= rice;
    prev += 1 + u * unit + ((buf >>> left) & riceMask);
    f[i] = prev;
    while (left < Q_BITS) {
      const c = d.charCodeAt(p++);
      buf = ((buf & ((1 << left) - 1)) << 6) | (c < 128 ? val[c] : 0);
      left += 6;
    }
    left -= Q_BITS;
    q[i] = (buf >>> left) & qMask;
  }
}

/** The parsed index: ranges of 2^(fpBits − k) fingerprints, each with its first entry, that entry's bit and the fingerprint before it. */
interface RangeIndex {
  shift: number;
  first: Int32Array;
  bit: Float64Array;
  prev: Float64Array;
  done: Uint8Array;
}

/**
 * The index of a table (for CountTable's `index`): `k:` then, for each of the 2^k ranges of fingerprints, its first
 * entry, the bit where that entry starts and the fingerprint before it (−1 for none), in base 36, comma-separated.
 */
export function indexCountTable(data: string, entries: number, rice: number, fpBits: number): string {
  const f = new Uint32Array(entries);
  const q = new Uint8Array(entries);
  const starts = new Float64Array(entries);
  decodeEntries(data, rice, 0, -1, entries, f, q, 0, starts);
  let k = 0;
  while (k < fpBits && entries / 2 ** k > RANGE_ENTRIES) k++;
  const shift = fpBits - k;
  const out: string[] = [];
  let i = 0;
  for (let r = 0; r < 2 ** k; r++) {
    while (i < entries && f[i] >>> shift < r) i++;
    const bit = i < entries ? starts[i] : 0;
    out.push(i.toString(36), bit.toString(36), (i > 0 ? f[i - 1] : -1).toString(36));
  }
  return `${k}:${out.join(',')}`;
}

/** The index parsed, or null when it is not one of this table's (then the table is decoded whole). */
function parseIndex(index: string, entries: number, fpBits: number): RangeIndex | null {
  const colon = index.indexOf(':');
  const k = Number(index.slice(0, colon));
  if (colon < 1 || !Number.isInteger(k) || k < 0 || k > fpBits || k > 16) return null;
  const parts = index.slice(colon + 1).split(',');
  const n = 2 ** k;
  if (parts.length !== 3 * n) return null;
  const first = new Int32Array(n + 1);
  const bit = new Float64Array(n);
  const prev = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    first[r] = parseInt(parts[3 * r], 36);
    bit[r] = parseInt(parts[3 * r + 1], 36);
    prev[r] = parseInt(parts[3 * r + 2], 36);
    if (!(first[r] >= (r > 0 ? first[r - 1] : 0) && first[r] <= entries) || !(bit[r] >= 0) || !(prev[r] >= -1)) return null;
  }
  first[n] = entries;
  return { shift: fpBits - k, first, bit, prev, done: new Uint8Array(n) };
}

/**
 * A table of counts stored as sorted fingerprints (Rice-coded gaps) with a quantised count each, in base64: the format
 * of pairs.data.ts, shared by classGrams.data.ts. `dequantise` turns a stored q into the count it stands for.
 */
export class CountTable {
  private fps: Uint32Array | null = null;
  private qs: Uint8Array | null = null;
  /** The ranges, when an index was given and is this table's; null: decoded whole. */
  private ranges: RangeIndex | null | undefined = undefined;
  constructor(
    private readonly data: string,
    private readonly entries: number,
    private readonly rice: number,
    private readonly fpBits: number,
    private readonly dequantise: (q: number) => number,
    private readonly index = '',
  ) {}

  /** The stored count of a hash (≥ 2), or 0 when the table does not hold it. */
  count(hash: number): number {
    if (this.fps === null) this.start();
    const h = this.fps!;
    const x = hash >>> (32 - this.fpBits);
    let lo = 0;
    let end = h.length;
    const ranges = this.ranges;
    if (ranges) {
      // (the entries of x's range, decoded on the range's first lookup; the fingerprints are sorted, so x can only
      // be among them)
      const r = x >>> ranges.shift;
      lo = ranges.first[r];
      end = ranges.first[r + 1];
      if (ranges.done[r] === 0) {
        ranges.done[r] = 1;
        decodeEntries(this.data, this.rice, ranges.bit[r], ranges.prev[r], end - lo, h, this.qs!, lo);
      }
    }
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (h[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && h[lo] === x ? this.dequantise(this.qs![lo]) : 0;
  }

  private start(): void {
    const n = this.entries;
    this.fps = new Uint32Array(n);
    this.qs = new Uint8Array(n);
    this.ranges = this.index ? parseIndex(this.index, n, this.fpBits) : null;
    if (!this.ranges) decodeEntries(this.data, this.rice, 0, -1, n, this.fps, this.qs, 0);
  }
}
