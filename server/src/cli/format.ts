/**
 * `tadqiq lint`'s output, one file at a time and one finding at a time: nothing holds the output of a run (or of a
 * file) in memory. The same code runs on the main thread (one file after another) and in the worker threads of a
 * large run (cli/pool.ts), which send their text back in order.
 *
 * The bytes are those `JSON.stringify(…, null, 2)` wrote when the CLI built the whole output first: the JSON of a
 * finding is written by hand here (test/cli-stream.test.ts compares it with JSON.stringify on every finding of the
 * corpus), SARIF results through JSON.stringify one by one.
 */
import { lintText } from '../core/engine';
import { LineIndex } from '../core/text/lines';
import type { Finding, LintOptions, Rule, Severity } from '../core/types';
import { SarifBuilder, resultText } from './sarif';

export type Format = 'text' | 'json' | 'sarif';
export type Counts = Record<Severity, number>;

export const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export interface OutputSettings {
  format: Format;
  quiet: boolean;
  color: boolean;
}

/** What the run needs to know of a file after its output was written. */
export interface FileOutcome {
  failures: Array<{ ruleId: string; error: string }>;
  /** Every finding, shown or not (--max-warnings counts the hidden warnings too, as ESLint does). */
  counts: Counts;
  /** The findings shown (--quiet: errors only). */
  shown: Counts;
}

export const noCounts = (): Counts => ({ error: 0, warning: 0, info: 0, hint: 0 });

const str = JSON.stringify;

/** `{ "start": …, "end": … }` at the given depth (the indentation of the line holding the key). */
function rangeText(lines: LineIndex, start: number, end: number, pad: string): string {
  const s = lines.position(start);
  const e = lines.position(end);
  const p1 = pad + '  ';
  const p2 = pad + '    ';
  return (
    `{\n${p1}"start": {\n${p2}"line": ${s.line},\n${p2}"character": ${s.character}\n${p1}},\n` +
    `${p1}"end": {\n${p2}"line": ${e.line},\n${p2}"character": ${e.character}\n${p1}}\n${pad}}`
  );
}

/**
 * One finding of `--format json`, at the depth of an element of a file's array (four spaces), as
 * `JSON.stringify({ [file]: [jsonFinding(f)] }, null, 2)` writes it.
 */
export function jsonFindingText(f: Finding, lines: LineIndex): string {
  const fixes = f.fixes.filter((x) => x.edits.length > 0);
  let fixesText: string;
  if (fixes.length === 0) fixesText = '[]';
  else {
    const parts: string[] = [];
    for (const x of fixes) {
      const edits: string[] = [];
      for (const e of x.edits) {
        const newText = x.snippet ? x.plainText ?? e.newText : e.newText;
        edits.push(`            {\n              "range": ${rangeText(lines, e.start, e.end, '              ')},\n              "newText": ${str(newText)}\n            }`);
      }
      parts.push(
        `        {\n          "title": ${str(x.title)},\n` +
          (x.preferred ? '          "preferred": true,\n' : '') +
          `          "edits": [\n${edits.join(',\n')}\n          ]\n        }`,
      );
    }
    fixesText = `[\n${parts.join(',\n')}\n      ]`;
  }
  return (
    `    {\n      "ruleId": ${str(f.ruleId)},\n      "severity": ${str(f.severity)},\n      "message": ${str(f.message)},\n` +
    `      "range": ${rangeText(lines, f.start, f.end, '      ')},\n      "fixes": ${fixesText}\n    }`
  );
}

/**
 * Lints one file's text and writes its output through `out`:
 * - text: one line per finding shown;
 * - json: `,\n  "<file>": [ … ]` — the member of the run's object, behind its separator (the run strips the
 *   first file's comma);
 * - sarif: `,\n        { … }` per result — the SARIF results, behind their separators (they go to a spool: the
 *   log's head is known only at the end).
 */
export class FileLinter {
  private readonly sarif?: SarifBuilder;

  constructor(
    private readonly settings: OutputSettings,
    sarifRules?: readonly Rule[],
  ) {
    if (settings.format === 'sarif') this.sarif = new SarifBuilder(sarifRules ?? [], '');
  }

  lint(file: string, text: string, options: LintOptions, out: (s: string) => void): FileOutcome {
    const { format, quiet, color } = this.settings;
    const result = lintText(text, options);
    const lines = new LineIndex(text);
    const counts = noCounts();
    const shown = noCounts();
    const report = (f: Finding) => !quiet || f.severity === 'error';
    for (const f of result.findings) {
      counts[f.severity]++;
      if (report(f)) shown[f.severity]++;
    }
    const failures = result.failures.map((f) => ({ ruleId: f.ruleId, error: String(f.error) }));
    if (this.sarif) {
      this.sarif.results({ file, lines, findings: result.findings, report }, (r) => out(resultText(r)));
    } else if (format === 'json') {
      let first = true;
      out(`,\n  ${str(file)}: [`);
      for (const f of result.findings) {
        if (!report(f)) continue;
        out((first ? '\n' : ',\n') + jsonFindingText(f, lines));
        first = false;
      }
      out(first ? ']' : '\n  ]');
    } else {
      const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
      for (const f of result.findings) {
        if (!report(f)) continue;
        const p = lines.position(f.start);
        out(`${c('bold', `${file}:${p.line + 1}:${p.character + 1}`)} ${c(f.severity, f.severity)} ${f.message} ${c('dim', `[${f.ruleId}]`)}\n`);
      }
    }
    return { failures, counts, shown };
  }
}
