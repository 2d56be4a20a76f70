/**
 * The rules of reach `nearby` checked again on a window of lines around an edit (NearbyPass, for the incremental
 * checker: core/incremental.ts), and the offset helpers both use.
 */
import { lintText, type ChunkCounts, type LintResult } from './engine';
import type { TallyLog, WholeFacts } from './document';
import { RULES } from './registry';
import { DamageSigns, damagedMostly } from './text/damage';
import { isArabicTokenChar } from './lexicon/tokens';
import type { Finding, LintOptions } from './types';

const NOT_NEARBY: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'nearby').map((r) => r.id));

import { ownCopy } from './text/strings';
export { ownCopy };

/** A copy of a finding (its fixes and edits too) moved by d. */
export function shift(f: Finding, d: number): Finding {
  return {
    ruleId: f.ruleId,
    start: f.start + d,
    end: f.end + d,
    severity: f.severity,
    message: f.message,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ start: e.start + d, end: e.end + d, newText: e.newText })) })),
  };
}


/**
 * The rules of reach `nearby` (cut-word, broken-paragraph, broken-fragment: scans over the lines that look from a line
 * with Arabic letters to the next one, across any number of lines without, and read the whole draft's damage answers
 * and tallies), checked again after an edit on a window of lines around it instead of the whole draft.
 *
 * The window holds the edited lines, then on each side BUFFER lines with Arabic letters (a finding that starts on the
 * line before the one it reads may change with the edit), CHECK lines and SYNC lines. Its findings are taken from the
 * outer end of the CHECK lines on one side to the other's; before and after, the last pass's findings stay (moved by
 * the edit's length after it). The scan of the window starts fresh at its edge, where the whole draft's scan arrived
 * with what the lines before left it (the previous line's last word, a torn alef piece), so its findings on the SYNC
 * lines may differ; on the CHECK lines, unedited and away from the edit, they must equal the last pass's (what a line
 * leaves to the next follows from its text and its findings), else the window is widened, and at last the whole draft
 * is checked. A rule's tally (`Document.count`, a sum over lines) is kept for the whole draft: the window's part
 * replaces the old text's part of the same lines, and every decision taken on the tallies must stand with the new
 * totals. `test/incremental.test.ts` compares the result with a full check over random edits of long drafts.
 */
export class NearbyPass {
  private text: string | null = null;
  private findings: Finding[] = [];
  private damage = '';
  last: 'whole' | 'window' | 'unchanged' = 'whole';
  /** The whole draft's tallies (Document.count) of these rules, and the decisions the last whole check took on them. */
  private totals: Record<string, number> = {};
  private asked: TallyLog['asked'] = [];
  /**
   * The last text's pieces between empty lines: where each begins, and its damage counts (DamageSigns: damaged lines,
   * text lines; two numbers a piece).
   */
  private pieces: { text: string; starts: number[]; counts: number[] } | null = null;
  /**
   * The last window checked: its text (an own copy), the answers it was checked under (`key`: the damage answers and
   * the tallies' totals) and its tallies' parts. The next edit in the same lines needs the parts of the same lines in
   * the old text — that very window, whose parts a second check of it gave at every keystroke (half the pass's time).
   */
  private window: { text: string; key: string; parts: Record<string, number> } | null = null;
  /** Did the last pass take the old lines' parts from the window before (`window`) instead of checking them again? */
  reusedParts = false;

  /**
   * The whole draft's damage answers (what a full check's document reads: text/damage.ts), summed from its pieces
   * between empty lines (`bounds`: chunkBounds). A piece before the edit's first changed character or after its last,
   * where a piece of the last text was, keeps its counts; the others are counted. (Looked up by their text, the pieces
   * were all hashed again at every keystroke: the whole draft.)
   */
  private wholeDamage(visible: string, bounds: readonly number[]): NonNullable<WholeFacts['damage']> {
    const last = this.pieces;
    const old = last?.text ?? '';
    const { p, q, delta } = editSpan(visible, old);
    const starts: number[] = [];
    const counts: number[] = [];
    let damaged = 0;
    let lines = 0;
    let k = 0;
    for (let i = 0, a = 0; i <= bounds.length; i++) {
      const b = i < bounds.length ? bounds[i] : visible.length;
      if (b <= a && i < bounds.length) continue;
      let dl = -1;
      let tl = 0;
      if (last && (b <= p || a >= visible.length - q)) {
        const d = b <= p ? 0 : delta;
        while (k < last.starts.length && last.starts[k] < a - d) k++;
        const end = k + 1 < last.starts.length ? last.starts[k + 1] : old.length;
        if (k < last.starts.length && last.starts[k] === a - d && end === b - d) {
          dl = last.counts[2 * k];
          tl = last.counts[2 * k + 1];
        }
      }
      if (dl < 0) {
        const signs = new DamageSigns(visible.slice(a, b));
        dl = signs.damagedLines;
        tl = signs.textLines;
      }
      starts.push(a);
      counts.push(dl, tl);
      damaged += dl;
      lines += tl;
      a = b;
    }
    this.pieces = { text: visible, starts, counts };
    return { any: damaged > 0, mostly: damagedMostly(damaged, lines) };
  }

  /** The whole draft's tallies of these rules as this pass keeps them (for tests: they equal a count of the whole text). */
  get tallies(): Readonly<Record<string, number>> {
    return this.totals;
  }

  run(visible: string, bounds: readonly number[], options: LintOptions): LintResult {
    const damage = this.wholeDamage(visible, bounds);
    const damageKey = `${damage.any ? 1 : 0}${damage.mostly ? 1 : 0}`;
    const old = this.text;
    const whole = (): LintResult => {
      const counts = newCounts();
      const r = lintText(visible, options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage }, counts });
      // (the whole draft's tallies, and the decisions taken on them)
      this.totals = { ...counts.tallies[0].parts };
      this.asked = counts.tallies[0].asked;
      this.last = 'whole';
      this.window = null;
      this.reusedParts = false;
      this.text = r.failures.length ? null : visible;
      this.findings = r.findings;
      this.damage = damageKey;
      return r;
    };
    if (old === null || this.damage !== damageKey) return whole();
    this.reusedParts = false;
    if (old === visible) {
      this.last = 'unchanged';
      return { findings: this.findings, failures: [] };
    }
    // the edit: the common prefix and suffix of the old and new text
    const n = visible.length;
    const { p, q, delta } = editSpan(visible, old);
    for (let scale = 1; scale <= 4; scale *= 2) {
      // going back from the edited line: BUFFER lines (whose findings the edit may change: a finding that starts on
      // the line before the one it reads), CHECK lines (whose findings must not change), SYNC lines (where the scan of
      // the window, starting fresh, is not yet where the whole draft's was); the same forward
      const bufStart = linesBack(visible, p, BUFFER * scale);
      let from = linesBack(visible, bufStart, CHECK * scale);
      const a = from === 0 ? 0 : linesBack(visible, from, SYNC * scale);
      if (a === 0) from = 0;
      const bufEnd = linesAhead(visible, n - q, BUFFER * scale);
      let to = linesAhead(visible, bufEnd, CHECK * scale);
      const b = to === n ? n : linesAhead(visible, to, SYNC * scale);
      if (b === n) to = n;
      if (a === 0 && b === n) return whole();
      // the window under the whole draft's tallies; its parts replace the same lines' in the old text (a rule's part is
      // a sum over lines: bareNeutrals' spots), and every decision taken on the tallies must stand with the new totals
      const counts = newCounts();
      const key = `${damageKey}${JSON.stringify(this.totals)}`;
      const windowText = ownCopy(visible.slice(a, b));
      const r = lintText(windowText, options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage, totals: this.totals }, counts });
      if (r.failures.length) return whole();
      // the same lines' parts in the old text: the last window's when it was these lines under the same answers (typing
      // on in one line), else a check of them
      const oldText = old.slice(a, b - delta);
      const lastWindow = this.window;
      this.reusedParts = !!lastWindow && lastWindow.key === key && lastWindow.text === oldText;
      let wasParts: Record<string, number>;
      if (this.reusedParts) wasParts = lastWindow!.parts;
      else {
        const was = newCounts();
        lintText(oldText, options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage, totals: this.totals }, counts: was });
        wasParts = was.tallies[0].parts;
      }
      this.window = { text: windowText, key, parts: counts.tallies[0].parts };
      const totals = { ...this.totals };
      for (const k in wasParts) totals[k] = (totals[k] ?? 0) - wasParts[k];
      for (const k in counts.tallies[0].parts) totals[k] = (totals[k] ?? 0) + counts.tallies[0].parts[k];
      const total = (name: string) => totals[name] ?? 0;
      for (const x of this.asked.concat(counts.tallies[0].asked)) if (x.decide(total) !== x.got) return whole();
      const got = r.findings;
      if ((from > 0 && !sameIn(got, a, this.findings, 0, from, bufStart)) || (to < n && !sameIn(got, a, this.findings, delta, bufEnd, to))) continue;
      const out: Finding[] = [];
      const olds = this.findings;
      let i = 0;
      for (; i < olds.length && olds[i].start < from; i++) out.push(olds[i]);
      for (const f of got) if (f.start + a >= from && f.start + a < to) out.push(shift(f, a));
      while (i < olds.length && olds[i].start < to - delta) i++;
      // (moved as copies: the list of the check before holds these findings and stays valid after this one — moved in
      // place, a finding after the edit read one character off in it: found by the packed list's property, seed
      // 551324036; ~170 findings a keystroke in the damaged 200 KB draft)
      for (; i < olds.length; i++) out.push(delta !== 0 ? shift(olds[i], delta) : olds[i]);
      this.text = visible;
      this.findings = out;
      this.totals = totals;
      this.last = 'window';
      return { findings: out, failures: [] };
    }
    return whole();
  }
}

/** An edit between two texts: the length p of their common prefix, q of their common suffix after it, and the change
 *  of length (now − before). */
export function editSpan(now: string, before: string): { p: number; q: number; delta: number } {
  const most = Math.min(now.length, before.length);
  const p = commonPrefix(now, before, most);
  return { p, q: commonSuffix(now, before, most - p), delta: now.length - before.length };
}

/**
 * The length of the common prefix of a and b (at most `most`): halves compared as strings (V8 compares flat strings
 * with memcmp: a 200 KB draft in well under a millisecond, where a loop of charCodeAt took several).
 */
export function commonPrefix(a: string, b: string, most: number): number {
  let lo = 0;
  let hi = most;
  // invariant: the first lo characters agree; the first hi+1 do not (or hi = most)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of the common suffix of a and b (at most `most`). */
export function commonSuffix(a: string, b: string, most: number): number {
  let lo = 0;
  let hi = most;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const newCounts = (): ChunkCounts => ({ damagedLines: 0, textLines: 0, gaps: 0, doubles: 0, tallies: [] });

/** Lines with Arabic letters on each side of an edit (NearbyPass.run). */
const BUFFER = 2;
const CHECK = 2;
const SYNC = 2;

/** Does `text` have a character of an Arabic token (letters, marks, tatweel, presentation forms) in [s, e)? */
function hasArabic(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isArabicTokenChar(text.charCodeAt(i))) return true;
  return false;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d;

/**
 * The start of the line `k` lines with Arabic letters back from the line holding `at` (that line not counted), or 0.
 * Lines end at \n, \r\n, \r (a line of the document's, cut also at U+2028 if it cuts there, is within one of these).
 */
function linesBack(text: string, at: number, k: number): number {
  let s = at;
  while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
  let found = 0;
  while (s > 0 && found < k) {
    // the line before: [ls, le)
    let le = s - 1;
    if (le > 0 && text.charCodeAt(le) === 0x0a && text.charCodeAt(le - 1) === 0x0d) le--;
    let ls = le;
    while (ls > 0 && !isBreak(text.charCodeAt(ls - 1))) ls--;
    if (hasArabic(text, ls, le)) found++;
    s = ls;
  }
  return s;
}

/** The start of the line after the `k`-th line with Arabic letters after the line holding `at`, or text.length. */
function linesAhead(text: string, at: number, k: number): number {
  const n = text.length;
  let e = at;
  while (e < n && !isBreak(text.charCodeAt(e))) e++;
  let found = 0;
  for (;;) {
    // past the break
    if (e >= n) return n;
    e += text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1;
    if (found >= k) return e;
    const ls = e;
    while (e < n && !isBreak(text.charCodeAt(e))) e++;
    if (hasArabic(text, ls, e)) found++;
  }
}

/**
 * Do the window's findings (`got`, relative to `a`) that start in [s, e) equal the last pass's there (`olds`, which
 * lie `delta` before, in the old text)?
 */
function sameIn(got: readonly Finding[], a: number, olds: readonly Finding[], delta: number, s: number, e: number): boolean {
  if (s >= e) return true;
  const mine: string[] = [];
  for (const f of got) if (f.start + a >= s && f.start + a < e) mine.push(findingKey(f, a));
  let k = 0;
  let i = lowerBoundBy(olds, s - delta);
  for (; i < olds.length && olds[i].start < e - delta; i++) if (k >= mine.length || findingKey(olds[i], delta) !== mine[k++]) return false;
  return k === mine.length;
}

function lowerBoundBy(fs: readonly Finding[], x: number): number {
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (fs[m].start < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** A finding as a string, its offsets moved by d. */
function findingKey(f: Finding, d: number): string {
  let k = `${f.ruleId}\u0001${f.start + d}\u0001${f.end + d}\u0001${f.severity}\u0001${f.message}`;
  for (const x of f.fixes) {
    k += `\u0002${x.title}\u0001${x.preferred ? 1 : 0}${x.snippet ? 1 : 0}\u0001${x.plainText ?? ''}\u0001${x.command ? JSON.stringify(x.command) : ''}`;
    for (const e of x.edits) k += `\u0003${e.start + d}\u0001${e.end + d}\u0001${e.newText}`;
  }
  return k;
}
