/**
 * A copy of `s` that holds no reference to the text it was sliced from. V8 keeps a slice of 13 characters or more as a
 * view of its parent string, so whatever outlives a check and holds a slice of the text it read — a chunk's findings
 * and text kept for the next edits (core/incremental.ts), the memos keyed by a line's text (lexicon/runs.ts,
 * lexicon/visualLine.ts, rules/split-word) — holds the whole draft of that version: a draft typed into kept one more
 * copy of itself per keystroke. Memos copy their keys (and any text they keep) with this when they add an entry.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * The characters a memo keyed by the lines of a draft may hold before it is cleared: twice the draft being checked
 * (its lines fit, with room for the versions an editing session leaves behind), and at least 1M (2 MB). Bounding the
 * entries alone let a draft whose lines are whole paragraphs keep hundreds of MB of stale line versions.
 */
export function memoBudget(textLength: number): number {
  return Math.max(1 << 20, 2 * textLength);
}
