import type { Edit, Finding, Fix } from './types';

/** Sort edits by position and drop any that overlap an earlier kept one. Insertions at the same point keep their order. */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  // (fix-all passes edits that are nearly always in order already: then the stable sort is the identity)
  let inOrder = true;
  for (let i = 1; i < edits.length && inOrder; i++) {
    const a = edits[i - 1];
    const b = edits[i];
    inOrder = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  // Array.prototype.sort is stable: equal (start, end) keep their order without an index tiebreak
  const sorted = inOrder ? edits : edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue; // overlaps the previous kept edit
    if (e.start === lastEnd && e.start === e.end && lastStart === lastEnd && kept.length && e.start === kept[kept.length - 1].start) {
      continue; // two insertions at the same point: keep only the first
    }
    kept.push(e);
    lastStart = e.start;
    lastEnd = e.end;
  }
  return kept;
}

/** Apply edits (offsets into `text`); overlapping edits are dropped, the first wins. Linear in text + edits. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const kept = nonOverlapping(edits);
  // (appending builds a rope that is flattened once, several times faster than join on a long text)
  let out = '';
  let pos = 0;
  for (const e of kept) {
    const s = Math.max(pos, Math.min(e.start, text.length));
    const end = Math.max(s, Math.min(e.end, text.length));
    out += text.slice(pos, s);
    out += e.newText;
    pos = end;
  }
  out += text.slice(pos);
  return out;
}

/** The fix fix-all applies for a finding, if it has one: its preferred fix, unless that is a snippet, a command or
 *  no edit at all. */
export function preferredFix(f: Finding): Fix | undefined {
  // (a loop, not find with an arrow: asked of every finding of a check, a closure each time)
  for (let i = 0; i < f.fixes.length; i++) {
    const x = f.fixes[i];
    if (x.preferred && !x.snippet && !x.command && x.edits.length > 0) return x;
  }
  return undefined;
}

/**
 * The edits fix-all applies for a set of findings: each finding's preferred fix, all or nothing per
 * fix (a fix whose edits would collide with an already chosen fix is skipped, to be retried on the
 * next pass). Snippet fixes are never applied automatically. A chosen fix that moves text (`Fix.moves`: a line's
 * runs put in order) takes in the fixes whose every edit lies inside one of its moved spans: their edits are
 * written into its new text where the span went (the line's other repairs in the same pass: between passes a
 * rule's decision on the whole draft — split-word's density of joins — may change).
 */
export function preferredEdits(findings: readonly Finding[]): Edit[] {
  const chosen: Edit[] = [];
  const fixes: Array<{ edits: Edit[]; moves?: Fix['moves'] }> = [];
  for (const f of findings) {
    const fix = preferredFix(f);
    if (!fix) continue;
    // (a fix's edits are nearly always in order: then they are taken as they are, not copied and sorted)
    const edits = byPosition(fix.edits) ? (fix.edits as Edit[]) : [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    fixes.push(fix.moves && edits.length === 1 ? { edits, moves: fix.moves } : { edits });
  }
  // by first edit; at the same start the fix reaching further first (a line's repair before a character's inside it:
  // reversed-line reads a pdf.js line by its presentation forms, which presentation-form's fix would take away)
  fixes.sort((a, b) => a.edits[0].start - b.edits[0].start || reach(b.edits) - reach(a.edits));
  // Intervals of chosen edits, kept sorted by start because fixes are visited in order of their first edit.
  const taken: Edit[] = [];
  // the chosen fixes that move text, by start (visited in that order), with the edits they took in
  const movers: Mover[] = [];
  for (const { edits, moves } of fixes) {
    if (edits.some((e) => collides(taken, e))) {
      if (movers.length) takeIn(movers, edits);
      continue;
    }
    if (moves) movers.push({ edit: edits[0], moves, inner: [], at: chosen.length });
    for (const e of edits) {
      insertSorted(taken, e);
      chosen.push(e);
    }
  }
  for (const m of movers) if (m.inner.length) chosen[m.at] = composed(m);
  return chosen;
}

interface Mover {
  edit: Edit;
  moves: NonNullable<Fix['moves']>;
  /** The edits taken in (offsets into the text), sorted by start. */
  inner: Edit[];
  /** Its edit's index in the chosen edits. */
  at: number;
}

/** Does the last mover that starts at or before the fix hold each of its edits inside one of its spans (and apart
 *  from the edits it took in already)? Then it takes them in. */
function takeIn(movers: Mover[], edits: Edit[]): boolean {
  let lo = 0;
  let hi = movers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (movers[mid].edit.start <= edits[0].start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return false;
  const m = movers[lo - 1];
  const s = m.edit.start;
  for (const e of edits) {
    if (!m.moves.some(([from, to]) => s + from <= e.start && e.end <= s + to)) return false;
    if (collides(m.inner, e)) return false;
  }
  for (const e of edits) insertSorted(m.inner, e);
  return true;
}

/** A mover's edit with the edits it took in written into its new text, each where its span went. */
function composed(m: Mover): Edit {
  const s = m.edit.start;
  const placed = m.inner.map((e) => {
    const [from, , at] = m.moves.find(([f, t]) => s + f <= e.start && e.end <= s + t)!;
    return { pos: at + e.start - s - from, len: e.end - e.start, newText: e.newText };
  });
  placed.sort((a, b) => a.pos - b.pos);
  const t = m.edit.newText;
  let out = '';
  let pos = 0;
  for (const p of placed) {
    out += t.slice(pos, p.pos) + p.newText;
    pos = p.pos + p.len;
  }
  return { start: s, end: m.edit.end, newText: out + t.slice(pos) };
}

function reach(edits: Edit[]): number {
  let end = 0;
  for (const e of edits) if (e.end > end) end = e.end;
  return end;
}

function collides(taken: Edit[], e: Edit): boolean {
  // binary search for the first taken edit with end > e.start (or touching insertions)
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].end < e.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < taken.length && taken[i].start <= e.end; i++) {
    const o = taken[i];
    if (o.start < e.end && e.start < o.end) return true; // proper overlap
    if (o.start === e.start && (o.start === o.end || e.start === e.end)) return true; // insertion at same point
    if ((o.start === o.end && o.start > e.start && o.start < e.end) || (e.start === e.end && e.start > o.start && e.start < o.end)) return true;
  }
  return false;
}

function insertSorted(arr: Edit[], e: Edit): void {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid].start <= e.start) lo = mid + 1;
    else hi = mid;
  }
  // (at the end nearly always: the fixes are visited in order; a splice made an array of the removed at every call)
  if (lo === arr.length) arr.push(e);
  else arr.splice(lo, 0, e);
}

/** Are the edits in the order the stable sort by (start, end) leaves them? */
function byPosition(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i - 1].start > edits[i].start || (edits[i - 1].start === edits[i].start && edits[i - 1].end > edits[i].end)) return false;
  return true;
}
