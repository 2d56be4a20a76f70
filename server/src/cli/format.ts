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
import { ByteOut, utf8 } from './bytes';

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

/** The constant pieces of rangeText at one depth, as strings. */
function rangeStrings(pad: string): string[] {
  const p1 = pad + '  ';
  const p2 = pad + '    ';
  return [`{\n${p1}"start": {\n${p2}"line": `, `,\n${p2}"character": `, `\n${p1}},\n${p1}"end": {\n${p2}"line": `, `,\n${p2}"character": `, `\n${p1}}\n${pad}}`];
}

/**
 * The constant pieces of a finding's JSON, in UTF-8, those that always follow each other joined into one (fewer
 * copies: a finding is ~15 pieces and 8 numbers, 66,000 findings in the 1 MB bench).
 */
let pieces: ReturnType<typeof makePieces> | undefined;
function makePieces() {
  const r6 = rangeStrings('      ');
  const r14 = rangeStrings('              ');
  const findingEnd = '\n    }';
  const fix = '        {\n          "title": ';
  const edit = '            {\n              "range": ' + r14[0];
  return {
    newline: utf8('\n'),
    comma: utf8(',\n'),
    /** up to the message's string: `{ "ruleId": …, "severity": …, "message": ` (the middle two per finding) */
    finding: '    {\n      "ruleId": ',
    severity: ',\n      "severity": ',
    message: ',\n      "message": ',
    /** after the message, up to the start's line */
    range: utf8(',\n      "range": ' + r6[0]),
    range6: [r6[1], r6[2], r6[3]].map(utf8),
    /** after the end's character: the range closed, and fixes none or the first fix up to its title */
    noFixes: utf8(r6[4] + ',\n      "fixes": []' + findingEnd),
    firstFix: utf8(r6[4] + ',\n      "fixes": [\n' + fix),
    /** after a title: up to the first edit's start line, preferred or not */
    editsPreferred: utf8(',\n          "preferred": true,\n          "edits": [\n' + edit),
    edits: utf8(',\n          "edits": [\n' + edit),
    range14: [r14[1], r14[2], r14[3]].map(utf8),
    /** after an edit's end character, up to its newText's string */
    newText: utf8(r14[4] + ',\n              "newText": '),
    /** after a newText: the next edit up to its start line */
    nextEdit: utf8('\n            },\n' + edit),
    /** after the last newText of a fix: the edit and the fix closed, and the next fix up to its title */
    nextFix: utf8('\n            }\n          ]\n        },\n' + fix),
    /** after the last newText of the last fix */
    lastFix: utf8('\n            }\n          ]\n        }\n      ]' + findingEnd),
    /** the head of a finding up to its message, by rule id and severity (a handful: made once each) */
    heads: new Map<string, Map<string, Uint8Array>>(),
  };
}

/** The line of the last offset written, in the last LineIndex (findings come in order: mostly the same line). */
let cursorLines: LineIndex | null = null;
let cursorLine = 0;

/** lines.position(offset) written as `line`, `between`, `character` (no object, no search on the line before). */
function positionBytes(w: ByteOut, lines: LineIndex, offset: number, between: Uint8Array): void {
  if (!Number.isInteger(offset)) {
    const p = lines.position(offset);
    w.int(p.line);
    w.bytes(between);
    w.int(p.character);
    return;
  }
  const n = lines.text.length;
  const o = offset < 0 ? 0 : offset > n ? n : offset;
  const st = lines.starts;
  let l = cursorLines === lines ? cursorLine : 0;
  if (!(st[l] <= o && (l + 1 >= st.length || st[l + 1] > o))) l = lines.lineAt(o);
  cursorLines = lines;
  cursorLine = l;
  w.int(l);
  w.bytes(between);
  w.int(Math.min(o, lines.lineEnd(l)) - st[l]);
}

/** The numbers of a range, between the constant pieces `r` (its head written before, its tail after). */
function rangeNumbers(w: ByteOut, lines: LineIndex, start: number, end: number, r: Uint8Array[]): void {
  positionBytes(w, lines, start, r[0]);
  w.bytes(r[1]);
  positionBytes(w, lines, end, r[2]);
}

function headOf(k: NonNullable<typeof pieces>, ruleId: string, severity: string): Uint8Array {
  let bySeverity = k.heads.get(ruleId);
  if (!bySeverity) k.heads.set(ruleId, (bySeverity = new Map()));
  let head = bySeverity.get(severity);
  if (!head) bySeverity.set(severity, (head = utf8(k.finding + str(ruleId) + k.severity + str(severity) + k.message)));
  return head;
}

/** jsonFindingText(f, lines), written as UTF-8 into `w` (the same bytes, without building the string). */
export function jsonFindingBytes(f: Finding, lines: LineIndex, w: ByteOut): void {
  const k = (pieces ??= makePieces());
  w.bytes(headOf(k, f.ruleId, f.severity));
  w.json(f.message);
  w.bytes(k.range);
  rangeNumbers(w, lines, f.start, f.end, k.range6);
  let n = 0;
  for (const x of f.fixes) {
    if (x.edits.length === 0) continue;
    w.bytes(n++ === 0 ? k.firstFix : k.nextFix);
    w.json(x.title);
    w.bytes(x.preferred ? k.editsPreferred : k.edits);
    let m = 0;
    for (const e of x.edits) {
      if (m++ > 0) w.bytes(k.nextEdit);
      rangeNumbers(w, lines, e.start, e.end, k.range14);
      w.bytes(k.newText);
      w.json(x.snippet ? x.plainText ?? e.newText : e.newText);
    }
  }
  w.bytes(n === 0 ? k.noFixes : k.lastFix);
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

  /**
   * `sink`, asked after the file's first piece of output, gives a ByteOut where the JSON of its findings can go
   * directly (the run's stdout when nothing is held back), or undefined: through `out`.
   */
  lint(file: string, text: string, options: LintOptions, out: (s: string) => void, sink?: () => ByteOut | undefined): FileOutcome {
    const { format, quiet } = this.settings;
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
      const w = sink?.();
      for (const f of result.findings) {
        if (!report(f)) continue;
        if (w) {
          const k = (pieces ??= makePieces());
          w.bytes(first ? k.newline : k.comma);
          jsonFindingBytes(f, lines, w);
        } else out((first ? '\n' : ',\n') + jsonFindingText(f, lines));
        first = false;
      }
      out(first ? ']' : '\n  ]');
    } else {
      const c = (k: keyof typeof COLORS, s: string) => (this.settings.color ? COLORS[k] + s + COLORS.reset : s);
      for (const f of result.findings) {
        if (!report(f)) continue;
        const p = lines.position(f.start);
        out(`${c('bold', `${file}:${p.line + 1}:${p.character + 1}`)} ${c(f.severity, f.severity)} ${f.message} ${c('dim', `[${f.ruleId}]`)}\n`);
      }
    }
    return { failures, counts, shown };
  }
}
