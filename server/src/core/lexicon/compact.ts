/**
 * A front-coded sorted word list held in one string (format: scripts/build-lexicon.mjs).
 *   blocks joined with "\n"; a block = head word, then (lcpChar suffix)* with lcpChar = 0x20 + lcp.
 * Words use code units ≥ 0x41. Membership = binary search over block heads + a scan of one block:
 * O(log(blocks) + blockSize · wordLength), no allocation beyond the decoded words of one block.
 * The block index (an Int32Array of block starts) is built on first use by one indexOf pass (two when the number of
 * blocks is not given: one counts them). The blocks whose heads start with a word's first two units are found once per
 * two units (`spans`, two binary searches), and a lookup's binary search runs over those only (~4 steps, not ~14).
 */
export class FrontCodedList {
  private starts: Int32Array | null = null;
  /**
   * For the two units [0x41, 0x80) a word starts with (prefixKey): at 2·key the first block whose head is not below
   * them, at 2·key + 1 the first whose head is above them; -1 until asked.
   */
  private spans: Int32Array | null = null;

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
    return starts;
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

  /** The order of block b's head by its first two units (an ended head's unit as 0): as heads compare with words. */
  private headOrder(b: number): number {
    const d = this.data;
    const p = this.starts![b];
    const c1 = p < d.length ? d.charCodeAt(p) : 0;
    if (c1 < 0x41) return 0;
    const c2 = p + 1 < d.length ? d.charCodeAt(p + 1) : 0;
    return c1 * 0x10000 + (c2 < 0x41 ? 0 : c2);
  }

  /** The first block whose headOrder is at least `order`. */
  private firstFrom(order: number): number {
    let lo = 0;
    let hi = this.starts!.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.headOrder(mid) < order) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    const c1 = word.charCodeAt(0);
    const c2 = word.length > 1 ? word.charCodeAt(1) : 0;
    if (c1 >= 0x41 && c1 < 0x80 && c2 >= 0x41 && c2 < 0x80) {
      // the blocks whose heads start with the word's two units, and the one before them (its head is smaller)
      const spans = (this.spans ??= new Int32Array(2 * PREFIXES).fill(-1));
      const at = 2 * prefixKey(c1, c2);
      if (spans[at] < 0) {
        const order = c1 * 0x10000 + c2;
        spans[at] = this.firstFrom(order);
        spans[at + 1] = this.firstFrom(order + 1);
      }
      hi = spans[at + 1] - 1;
      if (hi < 0) return false;
      lo = spans[at] > 0 ? spans[at] - 1 : 0;
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

/** The two units a word starts with, both in [0x41, 0x80), as one index. */
const prefixKey = (c1: number, c2: number): number => ((c1 - 0x41) << 6) | (c2 - 0x41);
const PREFIXES = 1 << 12;

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
