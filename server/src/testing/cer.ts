/**
 * Character error rate of an extraction against the text it was made from: edit distance (insertions, deletions,
 * substitutions of UTF-16 code units) over the length of the reference, after NFC and with every run of white
 * space (line breaks, paragraph breaks) read as one space — where a line or a paragraph ends is not what is measured.
 * The same definition as scripts/extract-cer.mjs.
 */
export function cerText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Edit distance, exact: a band around the diagonal, doubled until the distance fits in it (O(n·d)). */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return n + m;
  for (let k = Math.max(64, Math.abs(n - m)); ; k *= 2) {
    const d = banded(a, b, k);
    if (d <= k || k >= Math.max(n, m)) return d;
  }
}

function banded(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const INF = n + m + 1;
  let prev = new Int32Array(m + 1).fill(INF);
  let cur = new Int32Array(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur.fill(INF, Math.max(0, lo - 1), Math.min(m, hi + 1) + 1);
    if (i - k <= 0) cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

export function cer(reference: string, hypothesis: string): number {
  const r = cerText(reference);
  const h = cerText(hypothesis);
  return r.length === 0 ? (h.length === 0 ? 0 : 1) : editDistance(r, h) / r.length;
}
