/**
 * The CLI's arguments and the commands that need no rule's code: `--help`, `--version` and `tadqiq rules` (issue 13's
 * start-up). dist/cli-start.js is this module alone (server/src/bin/cli-start.ts): bin/tadqiq.js runs it for those
 * commands, and loads the whole CLI (dist/cli.js, cli/main.ts) for the others. What it knows of the rules comes from
 * ./ruleMeta, which that bundle holds as values made at build time.
 */
import { ruleDocUrl } from '../core/docs';
import type { Locale } from '../core/types';
import { t } from '../core/types';
import { CONFIG_FILE, VERSION } from '../shared/vocabulary';
import { RULE_META } from './ruleMeta';

/** A command line that cannot be run as given: one message, exit 2. */
export class UsageError extends Error {}

/** The rule ids of `--rules a,b`; an unknown one is a usage error (naming the known ones when `listKnown`). */
export function ruleList(value: string, listKnown: boolean): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((r) => !RULE_META.some((m) => m.id === r));
  if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}${listKnown ? ` (known: ${RULE_META.map((m) => m.id).join(', ')})` : ''}`);
  return list;
}

export const EXTRACT_USAGE = `  tadqiq extract [options] FILE.pdf    the text of a PDF, lines rebuilt right to left from the glyph positions,
                                         columns and paragraphs found, then repaired as by fix (stdout, or -o OUT.txt)`;

export const EXTRACT_OPTIONS = `  --pages A-B          with extract: only pages A to B (1-based; A alone: one page)
  --raw                with extract: the rebuilt text without the repairs of fix (which follow the settings
                       of fix: --rules, --config or the nearest .tadqiq.json)
  --progress           with extract: pages read, and pages per second, on stderr (default when stderr is a terminal)`;

export const USAGE = `tadqiq ${VERSION} — editorial review for Arabic drafts

Usage:
  tadqiq lint [options] FILE|DIR|GLOB…   report problems (exit 0 clean, 1 problems found, 2 usage or file error;
                                         with --max-warnings: 1 only on errors or too many warnings)
  tadqiq fix [options] FILE…             print the fixed text (--write: rewrite the files in place)
  tadqiq report [options] FILE           the review report: an HTML page with the draft right to left, the
                                         findings highlighted and counted per rule (stdout, or -o OUT.html;
                                         exit 0 clean, 1 problems found, 2 usage or file error)
${EXTRACT_USAGE}
  tadqiq lsp --stdio                     run the language server over stdio (Neovim, Helix, Emacs…)
  tadqiq rules [--format json]           list the rules

Options:
  --format text|json|sarif
                       output format of lint (default text; sarif: SARIF 2.1.0 for code scanning)
  --quiet              with lint: report errors only (warnings, info and hints are not shown
                       and do not fail the run)
  --max-warnings N     with lint: exit 1 when there are more than N warnings, even without errors;
                       otherwise exit 0 unless there are errors (info and hints never fail the run)
  --rules a,b          only these rules (see 'tadqiq rules')
  --lang ar|en         language of messages (default: settings, then en)
  --config FILE        settings file (default: nearest ${CONFIG_FILE})
  --write              with fix: rewrite files in place (atomically)
  -o, --output FILE    with report: write the page to FILE instead of stdout (with extract: the text)
${EXTRACT_OPTIONS}
  --no-color           no colours (also NO_COLOR=1)
  -h, --help           this help
  -v, --version        the version
`;

export interface Args {
  command: string;
  files: string[];
  format: 'text' | 'json' | 'sarif';
  quiet: boolean;
  maxWarnings?: number;
  rules?: string[];
  lang?: Locale;
  config?: string;
  write: boolean;
  output?: string;
  color?: boolean;
  stdio: boolean;
}


export function parseArgs(argv: string[]): Args {
  const args: Args = { command: '', files: [], format: 'text', quiet: false, write: false, stdio: false };
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = () => (inline !== undefined ? inline : value(i++, name));
    switch (name) {
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, got '${f}'`);
        args.format = f;
        break;
      }
      case '--quiet':
        args.quiet = true;
        break;
      case '--max-warnings': {
        const v = take();
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`--max-warnings needs a whole number of warnings (0 or more), got '${v}'`);
        args.maxWarnings = Number(v);
        break;
      }
      case '--rules':
        args.rules = ruleList(take(), true);
        break;
      case '--lang': {
        const l = take();
        if (l !== 'ar' && l !== 'en') throw new UsageError(`--lang must be ar or en, got '${l}'`);
        args.lang = l;
        break;
      }
      case '--config':
        args.config = take();
        break;
      case '--write':
        args.write = true;
        break;
      case '-o':
      case '--output':
        args.output = take();
        break;
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--stdio':
        args.stdio = true;
        break;
      case '--node-ipc':
      case '--clientProcessId':
        break;
      case '-h':
      case '--help':
        args.command = 'help';
        break;
      case '-v':
      case '--version':
        args.command = 'version';
        break;
      default:
        if (a.startsWith('--clientProcessId=')) break;
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        if (!args.command) args.command = a;
        else args.files.push(a);
    }
  }
  return args;
}

export function listRules(args: Args, io: StartIo): number {
  if (args.format === 'json') {
    io.out(JSON.stringify(RULE_META.map((r) => ({ id: r.id, severity: r.defaultSeverity, enabled: r.defaultEnabled, title: r.title, description: r.description, docs: ruleDocUrl(r.id) ?? null })), null, 2) + '\n');
    return 0;
  }
  const locale = args.lang ?? 'en';
  for (const r of RULE_META) io.out(`${r.id.padEnd(22)} ${r.defaultEnabled ? r.defaultSeverity.padEnd(8) : 'off'.padEnd(8)} ${t(locale, r.title)}\n`);
  return 0;
}

/** Where the commands of this module write. */
export interface StartIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Runs `--help`, `--version`, `tadqiq rules`, a bare `tadqiq` and a command line that cannot be parsed, as `run` of
 * cli/main.ts does: the exit code; undefined for the commands that need the rules (lint, fix, report, extract, lsp
 * and any other word, which main.ts answers).
 */
export function runStart(argv: string[], io: StartIo): number | undefined {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`tadqiq: ${(e as Error).message}\nRun 'tadqiq --help' for usage.\n`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'version':
      io.out(VERSION + '\n');
      return 0;
    case 'rules':
      if (args.format === 'sarif') {
        io.err(`tadqiq rules: --format sarif is for lint; rules prints text or json\nRun 'tadqiq --help' for usage.\n`);
        return 2;
      }
      return listRules(args, io);
    case '':
      io.err(USAGE);
      return 2;
    default:
      return undefined;
  }
}
