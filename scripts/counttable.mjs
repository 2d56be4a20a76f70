// The writer of the count tables that lexicon/pairs.ts `CountTable` reads (pairs.data.ts, classGrams.data.ts): the top
// `fpBits` bits of each 32-bit hash as its fingerprint (two hashes that share one keep the larger count), sorted, the
// gaps Rice-coded with the parameter nearest the mean gap's, each with its count quantised in `qBits` bits, in base64.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes [hash, count] pairs: { entries, rice, data }. */
export function encodeCountTable(pairs, fpBits, quantise, qBits) {
  const byFp = new Map();
  for (const [h, c] of pairs) {
    const f = h >>> (32 - fpBits);
    byFp.set(f, Math.max(byFp.get(f) ?? 0, c));
  }
  const entries = [...byFp.entries()].sort((a, b) => a[0] - b[0]);
  const meanGap = entries.length ? entries[entries.length - 1][0] / entries.length : 1;
  const rice = Math.max(0, Math.round(Math.log2(Math.max(1, meanGap * Math.LN2))));
  const bitsOut = [];
  const put = (v, k) => {
    for (let i = k - 1; i >= 0; i--) bitsOut.push(Math.floor(v / 2 ** i) % 2);
  };
  let prevFp = -1;
  for (const [f, c] of entries) {
    const gap = f - prevFp - 1;
    prevFp = f;
    const u = Math.floor(gap / 2 ** rice);
    for (let i = 0; i < u; i++) bitsOut.push(1);
    bitsOut.push(0);
    put(gap % 2 ** rice, rice);
    put(quantise(c), qBits);
  }
  while (bitsOut.length % 6) bitsOut.push(0);
  let data = '';
  for (let i = 0; i < bitsOut.length; i += 6) data += B64[bitsOut[i] * 32 + bitsOut[i + 1] * 16 + bitsOut[i + 2] * 8 + bitsOut[i + 3] * 4 + bitsOut[i + 4] * 2 + bitsOut[i + 5]];
  return { entries: entries.length, rice, data };
}
