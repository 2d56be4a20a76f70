/**
 * `tadqiq lint` over many files on every core: worker threads read and lint the files (FileLinter, the same code
 * as the single-threaded run) and send their output back; the main thread writes it in the order of the files,
 * with the errors and warnings between them where the single-threaded run writes them — the output is the same
 * bytes whatever the number of threads.
 *
 * Used when the run is large enough to pay for the threads' start (each loads the rules and the lexicon):
 * several files and at least PARALLEL_MIN_BYTES of them; TADQIQ_JOBS=N sets the number of threads (1: none).
 */
import fs = require('fs');
import type { Worker as WorkerType } from 'worker_threads';
import type { LintOptions, Rule } from '../core/types';
import { readTextFile } from '../node/files';
import { FileLinter, FileOutcome, OutputSettings } from './format';
import { LintRun } from './lintRun';

export const PARALLEL_MIN_BYTES = 2 << 20;
/** Files handed to a thread before it finished the first: it never waits for the next one. */
const AHEAD = 2;
/** Files past the one being written that may be linted and held: bounds the memory a slow file can make wait. */
const WINDOW = 64;
/** A thread sends its output in pieces of about this many UTF-16 units. */
const PIECE = 1 << 16;

/** How many runs used worker threads (the tests check that a threaded run was one). */
export const threadedRuns = { count: 0 };

let workerScript: string | undefined;
/** The script a worker thread runs: dist/cli.js in the bundle (bin/cli.ts says so), bin/cli.js beside this file otherwise. */
export function setWorkerScript(file: string): void {
  workerScript = file;
}
function script(): string | undefined {
  const f = workerScript ?? require('path').join(__dirname, '..', 'bin', 'cli.js');
  return fs.existsSync(f) ? f : undefined;
}

/** How many threads should lint these files: 1 (none: this thread) for small runs. */
export function threadCount(files: readonly string[], env: NodeJS.ProcessEnv): number {
  const asked = env.TADQIQ_JOBS !== undefined && /^\d+$/.test(env.TADQIQ_JOBS) ? Number(env.TADQIQ_JOBS) : undefined;
  if (asked !== undefined) return Math.max(1, Math.min(asked, files.length, 64));
  if (files.length < 2) return 1;
  // (node's os module loaded here, not at start-up: a run of one file never asks how many cores there are)
  const os = require('os') as typeof import('os');
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cpus < 2) return 1;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      /* reported when it is read */
    }
    if (bytes >= PARALLEL_MIN_BYTES) return Math.min(cpus, files.length);
  }
  return 1;
}

export interface WorkerInit {
  tadqiqWorker: true;
  settings: OutputSettings;
  ruleIds: string[];
}
interface Job {
  id: number;
  file: string;
  options: LintOptions;
}
type Reply = { id: number; piece?: string; readError?: string; outcome?: FileOutcome };

/** The body of a worker thread: lint the files it is sent, one after another. */
export function workerMain(): void {
  const { parentPort, workerData } = require('worker_threads') as typeof import('worker_threads');
  const init = workerData as WorkerInit;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { RULES } = require('../core/registry') as typeof import('../core/registry');
  const rules = init.ruleIds.map((id) => RULES.find((r) => r.id === id)!).filter(Boolean);
  const linter = new FileLinter(init.settings, rules);
  parentPort!.on('message', (job: Job) => {
    const read = readTextFile(job.file, { digest: false });
    if (!read.ok) {
      parentPort!.postMessage({ id: job.id, readError: read.error } satisfies Reply);
      return;
    }
    let parts: string[] = [];
    let size = 0;
    const out = (s: string) => {
      parts.push(s);
      size += s.length;
      if (size >= PIECE) {
        parentPort!.postMessage({ id: job.id, piece: parts.join('') } satisfies Reply);
        parts = [];
        size = 0;
      }
    };
    let outcome: FileOutcome;
    try {
      outcome = linter.lint(job.file, read.text, job.options, out);
    } catch (e) {
      // the core never throws; should it, the file reports it as a failure rather than losing the run
      outcome = { failures: [{ ruleId: '(cli)', error: e instanceof Error ? e.message : String(e) }], counts: { error: 0, warning: 0, info: 0, hint: 0 }, shown: { error: 0, warning: 0, info: 0, hint: 0 } };
    }
    parentPort!.postMessage({ id: job.id, piece: parts.join(''), outcome } satisfies Reply);
  });
}

/** The argument a pool's worker gets (its process.argv): bin/cli.ts loads worker_threads only when it is there. */
export const WORKER_ARG = '--tadqiq-pool-worker';

/** Is this thread a worker of the pool (the argument alone could be a user's)? */
export function isPoolWorker(): boolean {
  const { isMainThread, workerData } = require('worker_threads') as typeof import('worker_threads');
  return !isMainThread && !!(workerData as { tadqiqWorker?: boolean } | undefined)?.tadqiqWorker;
}

/**
 * Lints `files` on `threads` worker threads into `run`. `optionsFor` gives a file's options when it is handed
 * out; `beforeFile` is called when its output is about to be written (the reviewed-file warnings go there, as
 * in the single-threaded run). Resolves when every file was written, or rejects if a thread failed.
 */
export function lintInThreads(
  files: readonly string[],
  threads: number,
  settings: OutputSettings,
  rules: readonly Rule[],
  run: LintRun,
  optionsFor: (file: string) => LintOptions,
  beforeFile: (file: string) => void,
): Promise<void> | undefined {
  const file = script();
  if (!file) return undefined;
  const { Worker } = require('worker_threads') as typeof import('worker_threads');
  const init: WorkerInit = { tadqiqWorker: true, settings, ruleIds: rules.map((r) => r.id) };
  threadedRuns.count++;
  return new Promise<void>((resolve, reject) => {
    const workers: WorkerType[] = [];
    const inFlight = new Map<WorkerType, number>();
    const pieces = new Map<number, string[]>();
    const ends = new Map<number, Reply>();
    let next = 0;
    let head = 0;
    let headStarted = false;
    let finished = false;
    const stop = (e?: unknown) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve();
    };
    const dispatch = () => {
      for (const w of workers) {
        while (next < files.length && next < head + WINDOW && (inFlight.get(w) ?? 0) < AHEAD) {
          const f = files[next];
          w.postMessage({ id: next, file: f, options: optionsFor(f) } satisfies Job);
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
          next++;
        }
      }
    };
    const startHead = () => {
      if (headStarted) return;
      headStarted = true;
      beforeFile(files[head]);
      run.begin(files[head]);
    };
    /** Writes what the file being written has sent, and the files after it that are complete. */
    const drain = () => {
      while (head < files.length) {
        const got = pieces.get(head);
        const end = ends.get(head);
        if (got?.length || end?.outcome) startHead();
        if (got) {
          for (const p of got) if (p) run.out(p);
          pieces.delete(head);
        }
        if (!end) return;
        ends.delete(head);
        if (end.readError !== undefined) run.error(files[head], `${end.readError}; skipped`);
        else run.done(files[head], end.outcome!);
        head++;
        headStarted = false;
      }
      stop();
    };
    for (let i = 0; i < threads; i++) {
      const w = new Worker(file, { workerData: init, argv: [WORKER_ARG] });
      workers.push(w);
      w.on('message', (m: Reply) => {
        if (m.piece !== undefined) {
          const list = pieces.get(m.id);
          if (list) list.push(m.piece);
          else pieces.set(m.id, [m.piece]);
        }
        if (m.outcome || m.readError !== undefined) {
          ends.set(m.id, m);
          inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        }
        if (m.id === head) drain();
        dispatch();
      });
      w.on('error', (e) => stop(e));
      w.on('exit', (code) => {
        if (!finished) stop(new Error(`a worker thread stopped (exit code ${code})`));
      });
    }
    if (files.length === 0) stop();
    else dispatch();
  });
}
