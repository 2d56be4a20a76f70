/**
 * The command-line interface (contract in DEVELOPERS.md):
 *   tadqiq lint [--format text|json|sarif] [--rules a,b] [--lang ar|en] [--config F] [--quiet] [--max-warnings N] FILE|DIR|GLOB…
 *                                                                                                exit 0 clean, 1 findings, 2 usage/IO error
 *   tadqiq fix [--write] [--rules a,b] FILE…                                                    prints the fixed text, or rewrites in place
 *   tadqiq lsp --stdio                                                                           the language server for any LSP editor
 *   tadqiq rules [--format json]                                                                 lists the rules
 *   tadqiq report [--lang ar|en] [-o OUT.html] FILE                                              the review report (HTML); exit as lint
 *   tadqiq extract [-o OUT.txt] [--pages A-B] [--raw] [--progress] FILE.pdf                        the repaired text of a PDF (cli/extract.ts)
 */
import fs = require('fs');
import path = require('path');
import { enabledRules, fixAll, lintText } from '../core/engine';
import { renderReport } from '../core/report';
import type { LintOptions } from '../core/types';
import { errMessage, readTextFile, type TextEncoding, writeFileAtomic } from '../node/files';
import { findReviewedFile, readReviewed } from '../node/reviewed';
import { expandPaths } from './expand';
import { FileLinter } from './format';
import { ByteOut } from './bytes';
import { LintRun } from './lintRun';
import { lintInThreads, threadCount } from './pool';
export { setWorkerScript } from './pool';
import { VERSION } from '../shared/vocabulary';
import { readSettings } from './args';
import { runExtract } from './extract';
import { type Args, parseArgs, runStart } from './usage';
export { parseArgs };

export { VERSION };

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdout as bytes, when `out` writes into it (main() sets it): `lint --format json` writes its findings there. */
  bytes?: ByteOut;
  /**
   * Test seam: called with each file just before `fix --write` replaces it (after it was read and
   * fixed), so a test can change or delete the file at that exact point. Never set by main().
   */
  beforeWrite?: (file: string) => void;
}


function loadConfig(args: Args, io: Io): { lint: LintOptions; error?: string; warnings: string[] } {
  const { lint, file, problems, error } = readSettings(args.config, io.cwd);
  if (error) return { lint: {}, error, warnings: [] };
  if (args.lang) lint.locale = args.lang;
  if (args.rules) lint.only = args.rules;
  return { lint, warnings: problems.map((p) => `${file}: ${p}`) };
}


function useColor(args: Args, io: Io): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** Reviewed keys for a draft; a broken reviewed file is reported once (a warning) and counts as empty. */
function reviewedFor(file: string, cache: Map<string, string[]>, warned: Set<string>, io: Io): string[] {
  const dir = path.dirname(path.resolve(file));
  let keys = cache.get(dir);
  if (!keys) {
    const f = findReviewedFile(dir);
    keys = f
      ? readReviewed(f, (m) => {
          if (warned.has(f)) return;
          warned.add(f);
          io.err(`${m.replace(/^tadqiq: /, 'tadqiq: warning: ')}\n`);
        })
      : [];
    cache.set(dir, keys);
  }
  return keys;
}

export function run(argv: string[], io: Io): number {
  const start = runStart(argv, io);
  if (start !== undefined) return start;
  const args = parseArgs(argv);
  switch (args.command) {
    case 'lint':
    case 'fix':
    case 'report': {
      const lintOptions = prepare(args, io);
      if (typeof lintOptions === 'number') return lintOptions;
      if (args.command === 'report') return report(args, lintOptions, io);
      return args.command === 'lint' ? lint(args, lintOptions, io) : fix(args, lintOptions, io);
    }
    default:
      io.err(`tadqiq: unknown command '${args.command}'\nRun 'tadqiq --help' for usage.\n`);
      return 2;
  }
}

/** The settings of lint, fix and report, or the exit code when there are no files or the settings are unreadable. */
function prepare(args: Args, io: Io): LintOptions | number {
  if (args.files.length === 0) {
    io.err(`tadqiq ${args.command}: no files given\nRun 'tadqiq --help' for usage.\n`);
    return 2;
  }
  const cfg = loadConfig(args, io);
  if (cfg.error) {
    io.err(`tadqiq: ${cfg.error}\n`);
    return 2;
  }
  for (const w of cfg.warnings) io.err(`tadqiq: warning: ${w}\n`);
  return cfg.lint;
}

/**
 * `run`, with `lint` over many files on worker threads (cli/pool.ts: same output, same order, same exit code).
 * The process entry uses it; `run` stays synchronous for callers that want one thread.
 */
export function runAsync(argv: string[], io: Io): Promise<number> {
  let args: Args | undefined;
  try {
    args = parseArgs(argv);
  } catch {
    args = undefined;
  }
  if (!args || args.command !== 'lint' || args.files.length === 0) return Promise.resolve(run(argv, io));
  const options = prepare(args, io);
  if (typeof options === 'number') return Promise.resolve(options);
  return lintAsync(args, options, io);
}

async function lintAsync(args: Args, options: LintOptions, io: Io): Promise<number> {
  const { files, errors } = expandPaths(args.files);
  const threads = threadCount(files, io.env);
  if (threads <= 1) return lintFiles(args, options, io, files, errors);
  const rules = enabledRules(options).map((r) => r.rule);
  const run = new LintRun({ format: args.format, quiet: args.quiet, maxWarnings: args.maxWarnings }, rules, io, files);
  const settings = { format: args.format, quiet: args.quiet, color: useColor(args, io) };
  // Reviewed keys are looked up when a file is handed out (quietly) and again when its output is written (with
  // the warning about a broken reviewed file, where the single-threaded run writes it).
  const quiet: Io = { ...io, err: () => undefined };
  const handed = new Map<string, string[]>();
  const reviewedCache = new Map<string, string[]>();
  const reviewedWarned = new Set<string>();
  const threaded = lintInThreads(
    files,
    threads,
    settings,
    rules,
    run,
    (file) => draftOptions(file, options, reviewedFor(file, handed, new Set(), quiet)),
    (file) => void reviewedFor(file, reviewedCache, reviewedWarned, io),
  );
  if (!threaded) return lintFiles(args, options, io, files, errors);
  for (const e of errors) run.error(e.path, e.error);
  try {
    await threaded;
  } catch (e) {
    io.err(`tadqiq: internal error: ${errMessage(e)}\n`);
    return 2;
  }
  return run.finish();
}

/** Lint options for one file: format from its extension, reviewed keys from its workspace. */
export function draftOptions(file: string, options: LintOptions, reviewed: string[]): LintOptions {
  return { ...options, format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text', reviewed };
}

interface Draft {
  file: string;
  text: string;
  bom: boolean;
  /** The file's encoding when not UTF-8 (UTF-16 with a byte order mark): `fix --write` writes it back so. */
  encoding?: TextEncoding;
  /** Digest of the bytes read: `fix --write` replaces the file only if it still has them. */
  digest?: string;
  /** Lint options for this file: format from its extension, reviewed keys from its workspace. */
  options: LintOptions;
}

/**
 * Expands the arguments and reads each file once, reporting expansion and read errors on stderr
 * (one line each; the run goes on). Returns the readable drafts and whether anything failed.
 */
function readDrafts(
  args: Args,
  options: LintOptions,
  io: Io,
  onError?: (file: string, message: string) => void,
): { count: number; drafts: Iterable<Draft>; failed: () => boolean } {
  const { files, errors } = expandPaths(args.files);
  let failed = errors.length > 0;
  for (const e of errors) {
    io.err(`tadqiq: ${e.path}: ${e.error}\n`);
    onError?.(e.path, e.error);
  }
  const reviewedCache = new Map<string, string[]>();
  const reviewedWarned = new Set<string>();
  function* drafts(): Generator<Draft> {
    for (const file of files) {
      const read = readTextFile(file);
      if (!read.ok) {
        io.err(`tadqiq: ${file}: ${read.error}; skipped\n`);
        onError?.(file, `${read.error}; skipped`);
        failed = true;
        continue;
      }
      yield { file, text: read.text, bom: read.bom, encoding: read.encoding, digest: read.digest, options: draftOptions(file, options, reviewedFor(file, reviewedCache, reviewedWarned, io)) };
    }
  }
  return { count: files.length, drafts: drafts(), failed: () => failed };
}

function lint(args: Args, options: LintOptions, io: Io): number {
  const { files, errors } = expandPaths(args.files);
  return lintFiles(args, options, io, files, errors);
}

function lintFiles(args: Args, options: LintOptions, io: Io, files: string[], errors: Array<{ path: string; error: string }>): number {
  const rules = enabledRules(options).map((r) => r.rule);
  const run = new LintRun({ format: args.format, quiet: args.quiet, maxWarnings: args.maxWarnings }, rules, io, files);
  for (const e of errors) run.error(e.path, e.error);
  // (whether to colour is asked when a finding is written: a run that prints nothing never makes the stdout stream)
  let color: boolean | undefined;
  const linter = new FileLinter({ format: args.format, quiet: args.quiet, get color() { return (color ??= useColor(args, io)); } }, rules);
  const reviewedCache = new Map<string, string[]>();
  const reviewedWarned = new Set<string>();
  for (const file of files) {
    const read = readTextFile(file, { digest: false });
    if (!read.ok) {
      run.error(file, `${read.error}; skipped`);
      continue;
    }
    const fileOptions = draftOptions(file, options, reviewedFor(file, reviewedCache, reviewedWarned, io));
    run.begin(file);
    run.done(file, linter.lint(file, read.text, fileOptions, run.out, run.sink));
  }
  return run.finish();
}

function fix(args: Args, options: LintOptions, io: Io): number {
  const { count, drafts, failed } = readDrafts(args, options, io);
  if (!args.write && count > 1) {
    io.err('tadqiq fix: several files given: use --write to rewrite them in place, or give one file to print its fixed text\n');
    return 2;
  }
  let writeFailed = false;
  for (const { file, text, bom, encoding, digest, options: fileOptions } of drafts) {
    const result = fixAll(text, fileOptions);
    const content = (bom ? '\ufeff' : '') + result.text;
    if (!args.write) {
      // (printed as UTF-8: a UTF-16 file's byte order mark does not belong there)
      io.out(encoding ? result.text : content);
      continue;
    }
    if (result.text === text) continue;
    try {
      io.beforeWrite?.(file);
      writeFileAtomic(file, content, { expect: digest, encoding });
      io.err(`tadqiq: ${file}: ${result.applied} fix${result.applied === 1 ? '' : 'es'} applied\n`);
    } catch (e) {
      io.err(`tadqiq: ${file}: could not write: ${errMessage(e)}\n`);
      writeFailed = true;
    }
  }
  return failed() || writeFailed ? 2 : 0;
}

/** `tadqiq report FILE [-o OUT.html]`: the review report of one draft (core/report.ts). */
function report(args: Args, options: LintOptions, io: Io): number {
  const { count, drafts, failed } = readDrafts(args, options, io);
  if (count > 1 || args.files.length > 1) {
    io.err('tadqiq report: give one file (the report shows one draft)\n');
    return 2;
  }
  let found = 0;
  let wrote = false;
  for (const { file, text, options: fileOptions } of drafts) {
    const result = lintText(text, fileOptions);
    for (const f of result.failures) io.err(`tadqiq: internal error in rule ${f.ruleId} on ${file}: ${f.error}\n`);
    const html = renderReport(text, result.findings, { title: file, locale: fileOptions.locale ?? 'en' });
    found = result.findings.length;
    if (args.output === undefined) io.out(html);
    else {
      const out = path.resolve(io.cwd, args.output);
      try {
        writeFileAtomic(out, html);
      } catch (e) {
        io.err(`tadqiq: ${args.output}: could not write: ${errMessage(e)}\n`);
        return 2;
      }
      io.err(`tadqiq: ${args.output}: report of ${file} (${found} problem${found === 1 ? '' : 's'})\n`);
    }
    wrote = true;
  }
  if (failed() || !wrote) return 2;
  return found > 0 ? 1 : 0;
}

/**
 * How stdout's buffers are written: into a regular file or /dev/null with fs.writeSync, and the buffer is filled again
 * (true); else (a pipe, a terminal) through process.stdout, which may hold it (false). Asked at the first write, so a
 * run that prints nothing asks nothing.
 */
function stdoutWriter(): (b: Buffer) => boolean {
  let direct: boolean | undefined;
  return (b) => {
    if (direct === undefined) {
      try {
        const st = fs.fstatSync(1);
        direct = st.isFile() || (st.isCharacterDevice() && st.rdev === fs.statSync('/dev/null').rdev);
      } catch {
        direct = false;
      }
    }
    if (direct) {
      let done = 0;
      try {
        while (done < b.length) done += fs.writeSync(1, b, done, b.length - done);
      } catch {
        // (what the stream makes of it: the same error, or a write it can finish later, on a copy)
        direct = false;
        process.stdout.write(Buffer.from(b.subarray(done)));
      }
      return true;
    }
    process.stdout.write(b);
    return false;
  };
}

export function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === 'lsp') {
    if (!argv.includes('--stdio') && !argv.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
      process.stderr.write('tadqiq lsp: choose a transport: --stdio\n');
      process.exitCode = 2;
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    require('../lsp/main').main();
    return;
  }
  if (argv[0] === 'extract') {
    // asynchronous (pdf.js), and loads pdf.js only now
    void runExtract(argv.slice(1), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
      errIsTTY: !!process.stderr.isTTY,
      cwd: process.cwd(),
    }).then((code) => {
      process.exitCode = code;
    });
    return;
  }
  // stdout goes through one byte buffer: text is encoded into it, and `lint --format json` writes its findings there
  const stdout = new ByteOut(stdoutWriter());
  const flush = () => stdout.flush();
  const io: Io = {
    out: (s) => stdout.text(s),
    bytes: stdout,
    err: (s) => {
      flush();
      process.stderr.write(s);
    },
    // asked only when text is coloured: making the stdout stream (and loading node's tty, net and stream modules) cost
    // a run that prints nothing ~3 ms
    get isTTY() {
      return !!process.stdout.isTTY;
    },
    env: process.env,
    cwd: process.cwd(),
  };
  void runAsync(argv, io).then((code) => {
    flush();
    process.exitCode = code;
  });
}

