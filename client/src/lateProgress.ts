/**
 * A progress notification for long work only: shown when the work is still running after a delay, or at once when
 * the work is known to be long (a PDF of many pages); never once the work has ended. It imports no `vscode`: the
 * caller's `show` opens the notification (`window.withProgress`) and hands back its reporter, so the unit test
 * (test/lateProgress.test.ts) drives it with a timer of its own.
 */
export interface ProgressStep {
  message?: string;
  /** Percent done so far (not an increment: the notification may appear late, and gets the sum). */
  percent?: number;
}

type Reporter = (step: { message?: string; increment?: number }) => void;

export class LateProgress {
  private shown = false;
  private ended = false;
  private last: ProgressStep = {};
  private reported = 0;
  private reporter: Reporter | undefined;
  private readonly timer: unknown;

  /**
   * @param show opens the notification and calls `attach` with its reporter
   * @param schedule runs a function after `afterMs` (setTimeout), returns what `cancel` takes
   */
  constructor(
    private readonly show: (attach: (reporter: Reporter) => void) => void,
    afterMs: number,
    schedule: (f: () => void, ms: number) => unknown = setTimeout,
    private readonly cancel: (handle: unknown) => void = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  ) {
    this.timer = schedule(() => this.long(), afterMs);
  }

  /** Is the notification up? */
  get visible(): boolean {
    return this.shown;
  }

  /** A step of the work: passed on if the notification is up, kept for it otherwise. */
  report(step: ProgressStep): void {
    this.last = { message: step.message ?? this.last.message, percent: step.percent ?? this.last.percent };
    this.forward();
  }

  /** The work is long: the notification now (unless it ended). */
  long(): void {
    if (this.shown || this.ended) return;
    this.shown = true;
    this.cancel(this.timer);
    this.show((reporter) => {
      this.reporter = reporter;
      this.forward();
    });
  }

  /** The work ended: no notification from now on. */
  end(): void {
    this.ended = true;
    this.cancel(this.timer);
  }

  private forward(): void {
    if (!this.reporter) return;
    const percent = Math.max(this.reported, this.last.percent ?? 0);
    this.reporter({ message: this.last.message, increment: percent - this.reported });
    this.reported = percent;
  }
}
