/**
 * The core's memos (caches of pure functions of their keys, module-level, bounded), registered so that a long-running
 * host can give their memory back when it is idle (lsp/server.ts, after the editor has been quiet): `releaseMemos`
 * empties them all, the next check fills them again. Output never depends on a memo (each is cleared whenever it
 * reaches its bound), so releasing one changes nothing but the time of the next check.
 */
const RELEASES: Array<{ name: string; release: () => void }> = [];

/** `memo`, registered under `name` to be emptied by releaseMemos. */
export function releasable<T extends { clear(): void }>(name: string, memo: T): T {
  RELEASES.push({ name, release: () => memo.clear() });
  return memo;
}

/** Registers `release` (a memo emptied with the counters that bound it) under `name`. */
export function onRelease(name: string, release: () => void): void {
  RELEASES.push({ name, release });
}

/** Empties every registered memo (`keep`: the names of those to leave as they are); returns how many it emptied. */
export function releaseMemos(keep?: (name: string) => boolean): number {
  let n = 0;
  for (const r of RELEASES) {
    if (keep?.(r.name)) continue;
    r.release();
    n++;
  }
  return n;
}

/** The names of the registered memos (tests, scripts). */
export function memoNames(): string[] {
  return RELEASES.map((r) => r.name);
}
