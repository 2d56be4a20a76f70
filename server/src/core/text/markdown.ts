/**
 * Markdown code is not prose: fenced blocks (``` and ~~~), indented code is left alone (too
 * ambiguous in drafts), inline `code` spans. `maskMarkdownCode` returns the text with those regions
 * blanked to spaces (line breaks kept), so offsets do not move, plus the masked ranges.
 */
export function maskMarkdownCode(text: string): { text: string; masked: Array<[number, number]> } {
  const masked: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  let fence: { ch: string; len: number; start: number } | null = null;
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = n;
    const line = text.slice(i, e);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence.ch && m[1].length >= fence.len && /^ {0,3}[`~]+\s*$/.test(line)) {
        masked.push([fence.start, e]);
        fence = null;
      }
    } else if (m) {
      fence = { ch: m[1][0], len: m[1].length, start: i };
    } else {
      maskInline(line, i, masked);
    }
    i = e + 1;
  }
  if (fence) masked.push([fence.start, n]);
  if (masked.length === 0) return { text, masked };
  const parts: string[] = [];
  let pos = 0;
  for (const [s, en] of masked) {
    parts.push(text.slice(pos, s), text.slice(s, en).replace(/[^\r\n]/g, ' '));
    pos = en;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), masked };
}

function maskInline(line: string, base: number, out: Array<[number, number]>): void {
  // Linear scan: an opening run of k backticks closes at the next run of exactly k backticks.
  // A length that found no closer once can never find one later on the line (remembered in `dead`).
  const dead = new Set<number>();
  let i = line.indexOf('`');
  while (i >= 0) {
    let j = i;
    while (j < line.length && line.charCodeAt(j) === 0x60) j++;
    const k = j - i;
    let close = -1;
    if (!dead.has(k)) {
      let p = line.indexOf('`', j);
      while (p >= 0) {
        let q = p;
        while (q < line.length && line.charCodeAt(q) === 0x60) q++;
        if (q - p === k) {
          close = q;
          break;
        }
        p = line.indexOf('`', q);
      }
      if (close < 0) dead.add(k);
    }
    if (close >= 0) {
      out.push([base + i, base + close]);
      i = line.indexOf('`', close);
    } else {
      i = line.indexOf('`', j);
    }
  }
}

/** Whether [start, end) touches a masked range (ranges sorted by start). */
export function touchesMasked(masked: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = masked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masked[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < masked.length && masked[lo][0] < Math.max(end, start + 1);
}
