/**
 * `tadqiq extract FILE.pdf [-o OUT.txt] [--pages A-B] [--raw] [--progress]`: the text of a PDF, rebuilt from its
 * glyph positions and repaired (server/src/pdf/extract.ts). Exit 0 with text, 2 on a usage or file error and on a
 * PDF that cannot give text (encrypted, no text layer, broken, not a PDF): one line on stderr, never a stack.
 * pdf.js is loaded only here (dist/pdf/pdfjs.js), so the other commands do not pay for it.
 */
import fs = require('fs');
import path = require('path');
import { errMessage, writeFileAtomic } from '../node/files';
import { extractPdf, PdfError } from '../pdf/extract';
import { readSettings } from './args';
import { ruleList, UsageError } from './usage';
export { EXTRACT_OPTIONS, EXTRACT_USAGE } from './usage';

export interface ExtractIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Is stderr a terminal (progress shown without --progress)? */
  errIsTTY: boolean;
  cwd: string;
}

interface ExtractArgs {
  file: string;
  output?: string;
  pages?: { from: number; to: number };
  raw: boolean;
  progress: boolean;
  rules?: string[];
  config?: string;
}


function parse(argv: string[]): ExtractArgs {
  const files: string[] = [];
  const args: Partial<ExtractArgs> = { raw: false, progress: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const take = () => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-o':
      case '--output':
        args.output = take();
        break;
      case '--pages': {
        const v = take();
        const m = /^(\d+)(?:-(\d+))?$/.exec(v);
        if (!m || Number(m[1]) < 1 || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) throw new UsageError(`--pages needs A-B or A (1-based, A ≤ B), got '${v}'`);
        args.pages = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
        break;
      }
      case '--raw':
        args.raw = true;
        break;
      case '--progress':
        args.progress = true;
        break;
      case '--rules':
        args.rules = ruleList(take(), false);
        break;
      case '--config':
        args.config = take();
        break;
      case '--no-color':
      case '--color':
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} for extract`);
        files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError('no PDF file given');
  if (files.length > 1) throw new UsageError('give one PDF file');
  return { ...(args as ExtractArgs), file: files[0] };
}

/** `tadqiq extract …` (argv without the command); resolves to the exit code. */
export async function runExtract(argv: string[], io: ExtractIo): Promise<number> {
  let args: ExtractArgs;
  try {
    args = parse(argv);
  } catch (e) {
    io.err(`tadqiq extract: ${(e as Error).message}\nRun 'tadqiq --help' for usage.\n`);
    return 2;
  }
  // the repairs are fix's: the same settings (nearest .tadqiq.json, or --config)
  const { lint, file: configFile, problems, error } = readSettings(args.config, io.cwd);
  if (error) {
    io.err(`tadqiq: ${error}\n`);
    return 2;
  }
  for (const p of problems) io.err(`tadqiq: warning: ${configFile}: ${p}\n`);
  if (args.rules) lint.only = args.rules;
  let data: Uint8Array;
  try {
    data = new Uint8Array(fs.readFileSync(path.resolve(io.cwd, args.file)));
  } catch (e) {
    io.err(`tadqiq: ${args.file}: ${errMessage(e)}\n`);
    return 2;
  }
  const showProgress = args.progress || io.errIsTTY;
  const started = Date.now();
  let lastShown = 0;
  try {
    const result = await extractPdf(data, {
      pages: args.pages,
      repair: !args.raw,
      lint,
      onProgress: showProgress
        ? (page, pages) => {
            const now = Date.now();
            // on a terminal one line rewritten in place; otherwise a line now and then
            if (io.errIsTTY) io.err(`\rtadqiq: ${args.file}: page ${page}/${pages}`);
            else if (page === pages || now - lastShown >= 1000) {
              io.err(`tadqiq: ${args.file}: page ${page}/${pages}\n`);
              lastShown = now;
            }
          }
        : undefined,
    });
    if (result.pages === 0) {
      io.err(`tadqiq extract: ${args.file}: ${result.warnings.join('; ')}\n`);
      return 2;
    }
    const seconds = Math.max(1e-3, (Date.now() - started) / 1000);
    if (showProgress && io.errIsTTY) io.err('\n');
    for (const w of result.warnings) io.err(`tadqiq: warning: ${args.file}: ${w}\n`);
    if (args.output === undefined) io.out(result.text);
    else {
      try {
        writeFileAtomic(path.resolve(io.cwd, args.output), result.text);
      } catch (e) {
        io.err(`tadqiq: ${args.output}: could not write: ${errMessage(e)}\n`);
        return 2;
      }
    }
    if (showProgress || args.output !== undefined) {
      const rate = result.pages / seconds;
      io.err(`tadqiq: ${args.file}: ${result.pages} page${result.pages === 1 ? '' : 's'} in ${seconds.toFixed(2)} s (${rate.toFixed(1)} pages/s)${args.output !== undefined ? ` → ${args.output}` : ''}\n`);
    }
    return 0;
  } catch (e) {
    if (showProgress && io.errIsTTY) io.err('\n');
    if (e instanceof PdfError) io.err(`tadqiq: ${args.file}: ${e.message}\n`);
    else io.err(`tadqiq: ${args.file}: could not extract: ${errMessage(e)}\n`);
    return 2;
  }
}
