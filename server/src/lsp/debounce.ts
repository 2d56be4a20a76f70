/**
 * How long a pull waits after a change before checking (tadqiq.debounce). The debounce coalesces a burst of keystrokes
 * so that checks do not queue up behind the typing (a newer pull cancels a waiting one). Waiting only pays when a
 * check costs more than the wait: a check quicker than the setting is not delayed at all — a newer pull still finds
 * the newest version, so checks cannot pile up by more than one — a slower one waits as long as the setting.
 *
 * What a check costs is known from the last one, but for an incremental checker's first check: it checks the whole
 * draft (every paragraph), the checks after it only what an edit touched. Judged by it, the first keystroke after
 * opening a 200 KB draft waited the whole setting (150 ms) for a check of a few milliseconds: issue 13's bench, where
 * it was the slowest keystroke of every run. Before any check, the setting.
 */
export interface CheckCost {
  /** Checks made by the document's checker so far. */
  checks: number;
  /** How long the last of them took (ms). */
  lastMs: number;
  /** Does each check see the whole draft (initializationOptions.fullCheck)? Then the first one's cost is the rule. */
  whole?: boolean;
}

export function pullWait(cost: CheckCost | undefined, debounceMs: number): number {
  if (!cost || cost.checks === 0) return debounceMs;
  if (cost.checks === 1 && !cost.whole) return 0;
  return cost.lastMs < debounceMs ? 0 : debounceMs;
}
