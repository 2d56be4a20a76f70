/**
 * `tadqiq.maxDiagnostics`: which findings the editor is sent when a draft has more than the setting. A damaged
 * draft can hold 13,000 findings; LSP sends a document's whole list on every change, and VS Code shows at most 1,000
 * per file anyway (its extension host keeps the first 1,000 by severity and drops the rest). So the server sends at
 * most `max`: every finding of a severity that fits whole (errors first, then warnings, information, hints), and of
 * the severity that does not fit, the ones nearest `focus` (the place of the last edit: where the writer is looking),
 * in document order. Linear in the findings, no sort. The CLI and the review report are never capped.
 */
import { ArrayFindings, type FindingList } from '../core/packed';
import type { Finding } from '../core/types';

/** The findings to send (all of them when there are no more than `max`, or `max` is 0), in their order. */
export function capFindings(findings: readonly Finding[], max: number, focus: number): readonly Finding[] {
  const kept = capIndices(new ArrayFindings(findings), max, focus);
  return kept ? kept.map((i) => findings[i]) : findings;
}

/** The indices of the findings of `list` to send, in order (null: all of them). Reads only ranges and severities. */
export function capIndices(list: Pick<FindingList, 'length' | 'start' | 'end' | 'severityRank'>, max: number, focus: number): number[] | null {
  const n = list.length;
  if (max <= 0 || n <= max) return null;
  const perRank = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) perRank[list.severityRank(i)]++;
  // the severities that fit whole, and the one that is cut (`room` of its findings kept)
  let cut = 0;
  let room = max;
  while (cut < 4 && perRank[cut] <= room) room -= perRank[cut++];
  // the `room` findings of the cut severity nearest the focus: from the first one at or after it, outwards (findings are
  // in document order: by start). They are those of the cut severity strictly between `lo` and `hi` when the walk ends:
  // no array the length of the list (ranks, marks, the cut severity's indices: ~80 KB a damaged 200 KB draft's 11,000
  // findings made at every keystroke), only the `max` indices sent
  let hi = 0;
  if (cut < 4) {
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      if (list.start(m) >= focus) b = m;
      else a = m + 1;
    }
    hi = a;
  }
  let lo = hi - 1;
  // (lo and hi each at a finding of the cut severity, or past the list's ends)
  const toCut = (i: number, step: number): number => {
    while (i >= 0 && i < n && list.severityRank(i) !== cut) i += step;
    return i;
  };
  const distance = (i: number) => {
    const s = list.start(i);
    return s >= focus ? s - focus : Math.max(0, focus - list.end(i));
  };
  if (cut < 4) {
    lo = toCut(lo, -1);
    hi = toCut(hi, 1);
    for (let k = 0; k < room; k++) {
      if (lo >= 0 && (hi >= n || distance(lo) <= distance(hi))) lo = toCut(lo - 1, -1);
      else if (hi < n) hi = toCut(hi + 1, 1);
      else break;
    }
  }
  const out: number[] = new Array(Math.min(max, n));
  let m = 0;
  // (no finding of a severity above the cut one, as in a damaged draft without errors: only those between lo and hi are
  // sent, and only they are read again)
  let below = 0;
  for (let r = 0; r < cut; r++) below += perRank[r];
  if (below === 0 && cut < 4) {
    for (let i = Math.max(0, lo + 1); i < Math.min(n, hi); i++) if (list.severityRank(i) === cut) out[m++] = i;
    out.length = m;
    return out;
  }
  for (let i = 0; i < n; i++) {
    const r = list.severityRank(i);
    if (r < cut || (r === cut && i > lo && i < hi)) out[m++] = i;
  }
  out.length = m;
  return out;
}

/**
 * A count with a comma between thousands (13,296) for the cap's message, as toLocaleString('en') writes it: that call
 * reads the locale data of the ICU inside node's binary, 7 MB more of its pages in the server's RSS (node 20).
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
