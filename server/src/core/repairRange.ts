/**
 * Fix-all confined to a range of the text ("Repair selection"): the same passes as the engine's `fixAll`, each one
 * linting the whole text (so a selection is judged in its document: damage signs, visual-order lines, neighbouring
 * lines), but applying only the preferred fixes whose every edit lies inside the range. A fix with one edit outside
 * is left out whole (fixes are all or nothing), so nothing outside the range ever changes. The range follows its
 * own edits from pass to pass; the passes stop at a fixed point, so repairing the repaired range again changes
 * nothing (idempotent, property-tested). Pure and linear per pass, like fix-all.
 */
import { applyEdits, lintText } from './engine';
import { nonOverlapping, preferredEdits, preferredFix } from './fix';
import type { Edit, Finding, LintOptions } from './types';

/** lintText as fix-all calls it (rules whose fixes are never preferred are not run). */
const FIX_ALL_PASS = { fixAllPass: true };

export interface RangeRepair {
  /** The whole text after the repair (the same as the input outside [start, end)). */
  text: string;
  /** The repaired range in `text`: it starts where the input range started and ends where its edits moved its end. */
  start: number;
  end: number;
  /** How many preferred fixes were applied, over all passes. */
  applied: number;
  passes: number;
  /** The one edit of the input text that the repair makes (the range's old text → its new text, common ends trimmed), or null. */
  edit: Edit | null;
}


/** Whether a finding's preferred fix lies wholly inside [start, end] (an insertion at either end counts as inside). */
export function fixInside(f: Finding, start: number, end: number): boolean {
  const fix = preferredFix(f);
  return !!fix && fix.edits.every((e) => e.start >= start && e.end <= end);
}

/** The findings whose preferred fixes lie wholly inside [start, end]: what a first pass of the range repair applies. */
export function findingsFixableInside(findings: readonly Finding[], start: number, end: number): Finding[] {
  return findings.filter((f) => fixInside(f, start, end));
}

/**
 * Fix-all on [start, end) of `text` only. A range out of bounds is clamped; an empty range changes nothing
 * (`edit` null).
 */
export function fixAllInRange(text: string, start: number, end: number, options: LintOptions = {}, maxPasses = 10): RangeRepair {
  const source = typeof text === 'string' ? text : '';
  const len = source.length;
  const s = clamp(start, 0, len);
  let e = clamp(end, s, len);
  let current = source;
  let applied = 0;
  let passes = 0;
  if (e > s) {
    while (passes < maxPasses) {
      const inside = findingsFixableInside(lintText(current, options, FIX_ALL_PASS).findings, s, e);
      const edits = nonOverlapping(preferredEdits(inside));
      if (edits.length === 0) break;
      const next = applyEdits(current, edits);
      passes++;
      if (next === current) break;
      for (const x of edits) e += x.newText.length - (x.end - x.start);
      applied += edits.length;
      current = next;
    }
  }
  return { text: current, start: s, end: e, applied, passes, edit: rangeEdit(source, current, s, clamp(end, s, len), e) };
}

/** The minimal edit turning before[start, oldEnd) into after[start, newEnd), offsets in `before`, or null when equal. */
function rangeEdit(before: string, after: string, start: number, oldEnd: number, newEnd: number): Edit | null {
  if (before === after) return null;
  let p = start;
  while (p < oldEnd && p < newEnd && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > start && isHigh(before.charCodeAt(p - 1))) p--; // never split a surrogate pair
  let a = oldEnd;
  let b = newEnd;
  while (a > p && b > p && before.charCodeAt(a - 1) === after.charCodeAt(b - 1)) {
    a--;
    b--;
  }
  if (a < oldEnd && isLow(before.charCodeAt(a))) {
    a++;
    b++;
  }
  return { start: p, end: a, newText: after.slice(p, b) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.floor(n))) : lo;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
