/**
 * A front-coded sorted word list held in one string (format: scripts/build-lexicon.mjs).
 *   blocks joined with "\n"; a block = head word, then (lcpChar suffix)* with lcpChar = 0x20 + lcp.
 * Words use code units ≥ 0x41. Membership = binary search over block heads + a scan of one block:
 * O(log(blocks) + blockSize · wordLength), no allocation beyond the decoded words of one block.
 * The block index (an Int32Array of block starts) is built on first use by one indexOf pass.
 */
export class FrontCodedList {
  private starts: Int32Array | null = null;

  constructor(private readonly data: string) {}

  get blockCount(): number {
    return this.index().length;
  }

  private index(): Int32Array {
    if (this.starts) return this.starts;
    let n = 1;
    for (let p = this.data.indexOf('\n'); p >= 0; p = this.data.indexOf('\n', p + 1)) n++;
    const starts = new Int32Array(this.data.length ? n : 0);
    if (this.data.length) {
      let k = 1;
      for (let p = this.data.indexOf('\n'); p >= 0; p = this.data.indexOf('\n', p + 1)) starts[k++] = p + 1;
    }
    this.starts = starts;
    return starts;
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
    if (this.compareHead(word, 0) < 0) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const c = this.compareHead(word, mid);
      if (c === 0) return true;
      if (c > 0) lo = mid;
      else hi = mid - 1;
    }
    return this.scanBlock(word, lo);
  }

  private scanBlock(word: string, b: number): boolean {
    const d = this.data;
    const end = b + 1 < this.starts!.length ? this.starts![b + 1] - 1 : d.length;
    let p = this.starts![b];
    let q = p;
    while (q < end && d.charCodeAt(q) >= 0x41) q++;
    let cur = d.slice(p, q);
    if (cur === word) return true;
    p = q;
    while (p < end) {
      const lcp = d.charCodeAt(p) - 0x20;
      q = p + 1;
      while (q < end && d.charCodeAt(q) >= 0x41) q++;
      cur = cur.slice(0, lcp) + d.slice(p + 1, q);
      if (cur === word) return true;
      if (cur > word) return false;
      p = q;
    }
    return false;
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
