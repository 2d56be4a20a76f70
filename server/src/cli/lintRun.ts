/**
 * One `tadqiq lint` run as the files come in, in order (from the main thread's own loop or from the worker
 * threads, cli/pool.ts): their output goes to stdout as it comes (SARIF results to a spool, the log's head being
 * known at the end), errors to stderr between them, the counts add up to the summary and the exit code.
 */
import type { Rule } from '../core/types';
import { VERSION } from '../shared/vocabulary';
import { FileOutcome, Format, noCounts } from './format';
import { SarifBuilder, emptyLog } from './sarif';
import { Spool } from './spool';
import type { ByteOut } from './bytes';

export interface RunIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stdout as bytes, when `out` writes into it (the CLI's own stdout; tests leave it out). */
  bytes?: ByteOut;
}

export interface RunSettings {
  format: Format;
  quiet: boolean;
  maxWarnings?: number;
}

/** A key JSON.stringify writes before the others (an array index) or not at all (`__proto__` sets the prototype). */
function unusualKey(k: string): boolean {
  return k === '__proto__' || (/^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1);
}

export class LintRun {
  private readonly counts = noCounts();
  private readonly shown = noCounts();
  private filesWithFindings = 0;
  private ruleFailed = false;
  private failed = false;
  private readonly sarif?: SarifBuilder;
  private readonly spool?: Spool;
  /** Whether the next JSON member or SARIF result is the first (its leading comma goes). */
  private first = true;
  /** JSON when a file name is an unusual key: the members, written at the end in JSON.stringify's order. */
  private readonly members?: Map<string, string[]>;
  private current?: string[];

  constructor(
    private readonly settings: RunSettings,
    rules: readonly Rule[],
    private readonly io: RunIo,
    files: readonly string[],
  ) {
    if (settings.format === 'sarif') {
      this.sarif = new SarifBuilder(rules, VERSION);
      this.spool = new Spool();
    }
    if (settings.format === 'json' && files.some(unusualKey)) this.members = new Map();
  }

  /** A path that expanded to nothing or a file that could not be read (the run goes on, and exits 2). */
  error(file: string, message: string): void {
    this.failed = true;
    this.io.err(`tadqiq: ${file}: ${message}\n`);
    this.sarif?.notify({ level: 'error', message: `${file}: ${message}`, file });
  }

  warn(message: string): void {
    this.io.err(message);
  }

  /** Starts a file's output: what `out` writes until `done` is this file's. */
  begin(file: string): void {
    if (this.members) {
      this.current = [];
      if (file !== '__proto__') this.members.set(file, this.current);
    }
  }

  /** A piece of the current file's output, as FileLinter writes it. */
  readonly out = (s: string): void => {
    if (this.current) {
      this.current.push(s);
      return;
    }
    if (this.settings.format === 'text') {
      this.io.out(s);
      return;
    }
    if (this.first && s.length > 0) {
      this.first = false;
      s = s.slice(1);
      if (this.settings.format === 'json') s = '{' + s;
    }
    if (this.spool) this.spool.write(s);
    else this.io.out(s);
  };

  /** Where the current file's JSON findings can be written as bytes: stdout, when nothing is held back. */
  readonly sink = (): ByteOut | undefined =>
    this.settings.format === 'json' && !this.current && !this.spool && !this.first ? this.io.bytes : undefined;

  done(file: string, outcome: FileOutcome): void {
    this.current = undefined;
    for (const f of outcome.failures) {
      this.io.err(`tadqiq: internal error in rule ${f.ruleId} on ${file}: ${f.error}\n`);
      this.sarif?.notify({ level: 'error', message: `internal error in rule ${f.ruleId}: ${f.error}`, file });
      this.ruleFailed = true;
    }
    let reported = 0;
    for (const k of ['error', 'warning', 'info', 'hint'] as const) {
      this.counts[k] += outcome.counts[k];
      this.shown[k] += outcome.shown[k];
      reported += outcome.shown[k];
    }
    if (reported > 0) this.filesWithFindings++;
  }

  /** The end of the output, the summary, and the exit code. */
  finish(): number {
    const { io, shown, counts, settings } = this;
    const total = shown.error + shown.warning + shown.info + shown.hint;
    if (this.members) {
      const keys = [...this.members.keys()];
      const index = keys.filter((k) => unusualKey(k)).sort((a, b) => Number(a) - Number(b));
      for (const k of [...index, ...keys.filter((k) => !unusualKey(k))]) for (const s of this.members.get(k)!) this.out(s);
    }
    if (this.sarif && this.spool) {
      const ok = !this.failed && !this.ruleFailed;
      if (this.first) io.out(emptyLog(this.sarif, ok) + '\n');
      else {
        const { head, tail } = this.sarif.frame(ok);
        io.out(head);
        this.spool.drain(io.out);
        io.out(tail + '\n');
      }
    } else if (settings.format === 'json') io.out(this.first ? '{}\n' : '\n}\n');
    else if (total > 0) {
      const parts = (['error', 'warning', 'info', 'hint'] as const).filter((k) => shown[k]).map((k) => `${shown[k]} ${k}${shown[k] > 1 && k !== 'info' ? 's' : ''}`);
      io.out(`\n${total} problem${total > 1 ? 's' : ''} (${parts.join(', ')}) in ${this.filesWithFindings} file${this.filesWithFindings > 1 ? 's' : ''}\n`);
    }
    const tooManyWarnings = settings.maxWarnings !== undefined && counts.warning > settings.maxWarnings;
    if (tooManyWarnings) io.err(`tadqiq: ${counts.warning} warning${counts.warning === 1 ? '' : 's'} found, more than --max-warnings ${settings.maxWarnings}\n`);
    if (this.failed) return 2;
    // ESLint's rule when asked for a warning budget or errors only: errors fail, and warnings past the budget.
    if (settings.maxWarnings !== undefined || settings.quiet) return counts.error > 0 || tooManyWarnings ? 1 : 0;
    return total > 0 ? 1 : 0;
  }
}
