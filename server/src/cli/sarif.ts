/**
 * `tadqiq lint --format sarif`: SARIF 2.1.0 (OASIS), one run, for code-scanning services and CI.
 *
 * - `tool.driver.rules`: every rule that ran, in registry order; `result.ruleIndex` points into it.
 * - Regions are 1-based lines and columns in UTF-16 code units (`run.columnKind`), end column exclusive,
 *   computed by the same LineIndex as the text and JSON formats (\n, \r\n and lone \r end lines).
 * - `artifactLocation.uri`: a relative path becomes a relative URI reference (forward slashes, each segment
 *   percent-encoded); an absolute path becomes a file:// URI.
 * - `partialFingerprints["tadqiqLineHash/v1"]`: hash of rule id, the trimmed text of the finding's line(s)
 *   and the flagged text, plus the occurrence number of that triple in the file, so edits elsewhere in the
 *   file (a line inserted above, another line changed, CRLF vs LF) leave it unchanged.
 * - `fixes`: the preferred fix only, when it is plain edits (no snippet, no command).
 */
import type * as Crypto from 'crypto';
import path = require('path');
import { pathToFileURL } from 'url';
import { REPOSITORY, repositoryWebUrl, ruleDocUrl } from '../core/docs';
import { NAME } from '../shared/vocabulary';
import type { LineIndex } from '../core/text/lines';
import type { Finding, Fix, Rule, Severity } from '../core/types';

/** The repository's web address (from package.json, written into core/docs.ts by `npm run gen`). */
export const REPOSITORY_URL = repositoryWebUrl(REPOSITORY) ?? 'https://example.invalid/tadqiq';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'tadqiqLineHash/v1';

/** Where a rule's documentation page lives: docs/rules/<id>.md in the repository (the same link as the
 *  diagnostics' codeDescription: core/docs.ts ruleDocUrl). */
export function ruleHelpUri(id: string): string {
  return ruleDocUrl(id) ?? `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `tatweel-dash` → `TatweelDash`: SARIF's `name` is an identifier, the title goes to shortDescription. */
function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The URI of a path as the user gave it: relative paths stay relative (resolved against the directory the
 * tool ran in, which for CI is the repository root), absolute ones become file:// URIs.
 */
export function artifactUri(file: string, platformPath: typeof path = path): string {
  if (platformPath.isAbsolute(file)) return pathToFileURL(file).href;
  const normal = platformPath.normalize(file);
  const segments = platformPath.sep === '\\' ? normal.split(/[\\/]/) : normal.split('/');
  return segments.map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function region(lines: LineIndex, start: number, end: number): SarifRegion {
  const s = lines.position(start);
  const e = lines.position(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** An offset a (line, column) pair can name exactly (not inside a \r\n pair, not past a line end). */
function representable(lines: LineIndex, offset: number): boolean {
  return lines.offset(lines.position(offset)) === offset;
}

// (crypto loaded on first use, not at start-up)
const sha256 = (s: string) => (require('crypto') as typeof Crypto).createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * Hash of the trimmed text of the lines a finding touches, joined by \n (so CRLF and LF files hash alike).
 * Memoised per line span: a 10 MB line with thousands of findings is hashed once, not once per finding.
 */
function lineHash(lines: LineIndex, start: number, end: number, cache: Map<string, string>): string {
  const first = lines.lineAt(start);
  const last = lines.lineAt(end);
  const key = `${first}:${last}`;
  let h = cache.get(key);
  if (h === undefined) {
    const parts: string[] = [];
    for (let l = first; l <= last; l++) parts.push(lines.text.slice(lines.starts[l], lines.lineEnd(l)).trim());
    h = sha256(parts.join('\n'));
    cache.set(key, h);
  }
  return h;
}

export interface SarifFileInput {
  /** The path as given (or as expanded from a directory or glob). */
  file: string;
  lines: LineIndex;
  /** Every finding of the file, in order (fingerprints count occurrences over all of them). */
  findings: Finding[];
  /** Which of them to report (e.g. --quiet keeps errors only). */
  report: (f: Finding) => boolean;
}

export interface SarifNotification {
  level: 'error' | 'warning';
  message: string;
  file?: string;
}

/**
 * The SARIF log, written as a stream: `results(file)` turns one file's findings into result objects (a worker
 * thread can do it), `head`/`tail` are the text around the results array, known only at the end of the run
 * (`executionSuccessful`, the notifications come before the results in the log).
 */
export class SarifBuilder {
  private readonly ruleIndex = new Map<string, number>();
  private readonly notifications: SarifNotification[] = [];

  constructor(
    private readonly rules: readonly Rule[],
    private readonly version: string,
  ) {
    rules.forEach((r, i) => this.ruleIndex.set(r.id, i));
  }

  notify(n: SarifNotification): void {
    this.notifications.push(n);
  }

  /** The result objects of one file, in order, passed to `emit` one by one. */
  results({ file, lines, findings, report }: SarifFileInput, emit: (result: unknown) => void): void {
    const uri = artifactUri(file);
    const seen = new Map<string, number>();
    const lineHashes = new Map<string, string>();
    for (const f of findings) {
      const hash = sha256(`${f.ruleId}\u0000${lineHash(lines, f.start, f.end, lineHashes)}\u0000${lines.text.slice(f.start, f.end)}`).slice(0, 32);
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      if (!report(f)) continue;
      const index = this.ruleIndex.get(f.ruleId);
      const artifactLocation = { uri };
      const fix = sarifFix(f.fixes.find((x) => x.preferred), lines, artifactLocation);
      emit({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(lines, f.start, f.end) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  }

  /** The SARIF log; `executionSuccessful` is false when a file could not be read or a rule failed. */
  log(executionSuccessful: boolean, results: unknown[] = []): unknown {
    return {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: NAME,
              version: this.version,
              semanticVersion: this.version,
              informationUri: REPOSITORY_URL,
              rules: this.rules.map((r) => ({
                id: r.id,
                name: pascalName(r.id),
                shortDescription: { text: r.title.en },
                fullDescription: { text: r.description.en },
                helpUri: ruleHelpUri(r.id),
                defaultConfiguration: { level: sarifLevel(r.defaultSeverity), ...(r.defaultEnabled ? {} : { enabled: false }) },
              })),
            },
          },
          invocations: [
            {
              executionSuccessful,
              ...(this.notifications.length
                ? {
                    toolExecutionNotifications: this.notifications.map((n) => ({
                      level: n.level,
                      message: { text: n.message },
                      ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(n.file) } } }] } : {}),
                    })),
                  }
                : {}),
            },
          ],
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
  }

  /**
   * The text of the log (as `JSON.stringify(log, null, 2)` writes it) around its results, which go between the
   * two, each as `resultText` writes it: `head` ends with the opening bracket, `tail` starts after the last result.
   */
  frame(executionSuccessful: boolean): { head: string; tail: string } {
    const marker = '\u0001tadqiq-results\u0001';
    const whole = JSON.stringify(this.log(executionSuccessful, [marker]), null, 2);
    // results is the log's last member: its marker is the last occurrence (a file name cannot end the log).
    const at = whole.lastIndexOf(JSON.stringify(marker));
    const open = whole.lastIndexOf('[', at);
    return { head: whole.slice(0, open + 1), tail: whole.slice(at + JSON.stringify(marker).length) };
  }
}

/** Indentation of a result inside the log (`runs[0].results[i]`). */
const RESULT_INDENT = '\n        ';

/** One result as it reads inside the log, preceded by its separator (`,` then a new line): strip the first
 *  character of the first result. */
export function resultText(result: unknown): string {
  return ',' + RESULT_INDENT + JSON.stringify(result, null, 2).replace(/\n/g, RESULT_INDENT);
}

/** The log with no result at all reads `"results": []`. */
export function emptyLog(builder: SarifBuilder, executionSuccessful: boolean): string {
  return JSON.stringify(builder.log(executionSuccessful), null, 2);
}

/** SARIF fix for a preferred fix made of plain edits; none for snippets, commands, or unrepresentable offsets. */
function sarifFix(fix: Fix | undefined, lines: LineIndex, artifactLocation: { uri: string }): unknown {
  if (!fix || fix.snippet || fix.command || fix.edits.length === 0) return undefined;
  for (const e of fix.edits) if (!representable(lines, e.start) || !representable(lines, e.end)) return undefined;
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(lines, e.start, e.end), insertedContent: { text: e.newText } })),
      },
    ],
  };
}
