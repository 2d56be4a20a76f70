import * as assert from 'assert';
import { cer, editDistance } from './cer';

/** Plain O(n·m) edit distance, to check the banded one against. */
function full(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

describe('character error rate', () => {
  it('the banded edit distance equals the full one', () => {
    let seed = 1;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let t = 0; t < 200; t++) {
      const a = Array.from({ length: rnd(300) }, () => 'ابتث '[rnd(5)]).join('');
      let b = a;
      for (let e = rnd(t < 100 ? 5 : 200); e > 0; e--) {
        const p = rnd(b.length + 1);
        b = rnd(2) ? b.slice(0, p) + 'ج' + b.slice(p + 1) : b.slice(0, p) + b.slice(p + 2);
      }
      assert.strictEqual(editDistance(a, b), full(a, b), `${a} | ${b}`);
    }
  });
  it('white space counts as one space; the rate is over the reference', () => {
    assert.strictEqual(cer('أ ب\n\nج', 'أ  ب ج'), 0);
    assert.strictEqual(cer('abcd', 'abxd'), 0.25);
    assert.strictEqual(cer('', ''), 0);
  });
});
