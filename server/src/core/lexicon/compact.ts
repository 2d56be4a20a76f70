/**
 * A front-coded sorted word list held in one string (format: scripts/build-lexicon.mjs).
 *   blocks joined with "\n"; a block = head word, then (lcpChar suffix)* with lcpChar = 0x20 + lcp.
 * Words use code units ≥ 0x41. Membership = binary search over block heads + a scan of one block:
 * O(log(blocks) + blockSize · wordLength), no allocation beyond the decoded words of one block.
 * The block index (an Int32Array of block starts) is built on first use by one indexOf pass (two when the number of
 * blocks is not given: one counts them), with the blocks of each two-unit prefix of a head (`firstOf`): a lookup's
 * binary search runs over the blocks of its word's first two units only (~4 steps instead of ~14 on the shipped list).
 */
export class FrontCodedList {
  private starts: Int32Array | null = null;
  /**
   * firstOf[p]: the first block whose head's two-unit prefix key (prefixKey) is ≥ p, for every p ≤ PREFIXES; null when
   * a head does not start with a unit in [0x41, 0x80) or the heads are out of order (every lookup searches all blocks).
   */
  private firstOf: Int32Array | null = null;

  /** `blocks`: how many blocks `data` has, when known (checked: a wrong count is counted again). */
  constructor(
    private readonly data: string,
    private readonly blocks?: number,
  ) {}

  get blockCount(): number {
    return this.index().length;
  }

  private index(): Int32Array {
    if (this.starts) return this.starts;
    let starts = this.blocks !== undefined && this.data.length ? this.fill(new Int32Array(this.blocks)) : null;
    if (!starts) {
      let n = 1;
      for (let p = this.data.indexOf('\n'); p >= 0; p = this.data.indexOf('\n', p + 1)) n++;
      starts = this.data.length ? this.fill(new Int32Array(n))! : new Int32Array(0);
    }
    this.starts = starts;
    this.firstOf = this.prefixIndex(starts);
    return starts;
  }

  /** firstOf (above) for the blocks starting at `starts`, or null. */
  private prefixIndex(starts: Int32Array): Int32Array | null {
    const d = this.data;
    const first = new Int32Array(PREFIXES + 1);
    let next = 0; // the first prefix key not given its block yet
    for (let b = 0; b < starts.length; b++) {
      const p = starts[b];
      const c1 = p < d.length ? d.charCodeAt(p) : 0;
      if (c1 < 0x41 || c1 >= 0x80) return null;
      const c2 = p + 1 < d.length ? d.charCodeAt(p + 1) : 0;
      const key = prefixKey(c1, c2 < 0x41 ? 0 : c2);
      if (key < next - 1) return null;
      while (next <= key) first[next++] = b;
    }
    while (next <= PREFIXES) first[next++] = starts.length;
    return first;
  }

  /** The blocks' starts in `starts` (the first is 0), or null when the data has another number of blocks. */
  private fill(starts: Int32Array): Int32Array | null {
    let k = 1;
    for (let p = this.data.indexOf('\n'); p >= 0; p = this.data.indexOf('\n', p + 1)) {
      if (k >= starts.length) return null;
      starts[k++] = p + 1;
    }
    return k === starts.length ? starts : null;
  }

  /** Compare `word` with the head word of block b: <0, 0, >0. */
  private compareHead(word: string, b: number): number {
    const d = this.data;
    let p = this.starts![b];
    for (let i = 0; ; i++, p++) {
      const c = p < d.length ? d.charCodeAt(p) : 0;
      const headEnded = c < 0x41;
      if (i === word.length) return headEnded ? 0 : -1;
      if (headEnded) return 1;
      const w = word.charCodeAt(i);
      if (w !== c) return w - c;
    }
  }

  has(word: string): boolean {
    if (!word) return false;
    const starts = this.index();
    if (starts.length === 0) return false;
    // last block whose head <= word
    let lo = 0;
    let hi = starts.length - 1;
    const first = this.firstOf;
    const c1 = word.charCodeAt(0);
    const c2 = word.length > 1 ? word.charCodeAt(1) : 0;
    if (first !== null && c1 >= 0x41 && c1 < 0x80 && c2 >= 0x41 && c2 < 0x80) {
      // the blocks whose heads start with the word's two units, and the one before them (its head is smaller)
      const key = prefixKey(c1, c2);
      hi = first[key + 1] - 1;
      if (hi < 0) return false;
      lo = first[key] > 0 ? first[key] - 1 : 0;
    }
    if (this.compareHead(word, lo) < 0) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const c = this.compareHead(word, mid);
      if (c === 0) return true;
      if (c > 0) lo = mid;
      else hi = mid - 1;
    }
    return this.scanBlock(word, lo);
  }

  /**
   * Is `word` in block b? The entries are compared with `word` as they are decoded, without building them: `m` is
   * how many leading units of `word` the previous entry matched (it was smaller than `word`). An entry that keeps
   * more than `m` units of it is smaller too (it has the previous one's differing unit); one that keeps at most
   * `m` equals `word` up to there, and its suffix is compared with the rest.
   */
  private scanBlock(word: string, b: number): boolean {
    const d = this.data;
    const end = b + 1 < this.starts!.length ? this.starts![b + 1] - 1 : d.length;
    const n = word.length;
    let p = this.starts![b];
    let lcp = 0;
    let m = 0;
    for (;;) {
      let c = p < end ? d.charCodeAt(p) : 0;
      if (lcp <= m) {
        let k = lcp;
        for (; c >= 0x41; c = ++p < end ? d.charCodeAt(p) : 0, k++) {
          if (k === n) return false; // the entry goes on past `word`: greater
          const w = word.charCodeAt(k);
          if (c !== w) {
            if (c > w) return false;
            break;
          }
        }
        if (c < 0x41 && k === n) return true;
        m = k;
      }
      while (c >= 0x41) c = ++p < end ? d.charCodeAt(p) : 0;
      if (p >= end) return false;
      lcp = c - 0x20;
      p++;
    }
  }

  /** Every word (tests and tools only: allocates the whole list). */
  *words(): Generator<string> {
    const d = this.data;
    let cur = '';
    let p = 0;
    let head = true;
    while (p <= d.length) {
      let q = p;
      while (q < d.length && d.charCodeAt(q) >= 0x41) q++;
      if (head) cur = d.slice(p, q);
      else cur = cur.slice(0, d.charCodeAt(p - 1) - 0x20) + d.slice(p, q);
      if (q > p || !head) yield cur;
      if (q >= d.length) return;
      head = d.charCodeAt(q) === 0x0a;
      p = q + 1;
    }
  }
}

/** The key of a head's first two units (the second 0 when the head has one unit): in the order of the heads. */
const prefixKey = (c1: number, c2: number): number => (c1 << 7) | c2;
const PREFIXES = prefixKey(0x7f, 0x7f) + 1;

/** Front-code a sorted list of words (letters ≥ 0x41): the encoder scripts/build-lexicon.mjs uses, and the tests. */
export function frontCode(sorted: readonly string[], blockSize: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < sorted.length; i += blockSize) {
    let s = sorted[i];
    for (let j = i + 1; j < Math.min(i + blockSize, sorted.length); j++) {
      const prev = sorted[j - 1];
      const cur = sorted[j];
      let l = 0;
      while (l < 31 && l < prev.length && l < cur.length && prev[l] === cur[l]) l++;
      s += String.fromCharCode(0x20 + l) + cur.slice(l);
    }
    blocks.push(s);
  }
  return blocks.join('\n');
}
