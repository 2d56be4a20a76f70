/**
 * The server's repairs of text that fix-all does not reach as a whole document: "Repair selection" (a code action of
 * kind REPAIR_SELECTION_KIND: fix-all confined to the selected range, core/repairRange.ts) and `tadqiq/repairText`
 * (fix-all on a text that is not a document yet: what VS Code's paste provider is about to insert). Knows LSP, no
 * lint logic; imports no Node module (it runs in the browser worker too).
 */
import { Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { fixAll } from '../core/engine';
import { fixAllInRange } from '../core/repairRange';
import type { FindingList } from '../core/packed';
import type { Edit, LintOptions, Locale } from '../core/types';
import { t } from '../core/types';
import { REQUESTS, type RepairTextParams, type RepairTextResult } from '../shared/vocabulary';

/** The largest text `tadqiq/repairText` repairs (UTF-16 code units): a paste of a whole book is pasted as it is. */
export const MAX_REPAIR_TEXT = 4 * 1024 * 1024;

/** Whether a code-action request's `only` asks for `kind` (no `only`: every kind; `refactor` asks for `refactor.rewrite…`). */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => k === kind || kind.startsWith(k + '.'));
}

/** How many problems a first pass of "Repair selection" fixes in [start, end) (0: the action is not offered). */
export function repairableInside(findings: FindingList, start: number, end: number): number {
  let count = 0;
  // (repairRange.ts findingsFixableInside, on the findings' records)
  if (end > start) for (let i = 0; i < findings.length; i++) if (findings.fixInside(i, start, end)) count++;
  return count;
}

export function repairSelectionTitle(count: number, locale: Locale): string {
  return t(locale, { en: `Repair selection: fix-all inside it (${count})`, ar: `إصلاح النص المحدد: إصلاح الكل داخله (${count})` });
}

/** The one edit of "Repair selection" on [start, end) of `text`, or null when nothing inside changes. */
export function repairSelectionEdit(text: string, start: number, end: number, options: LintOptions): Edit | null {
  return fixAllInRange(text, start, end, options).edit;
}

/** `tadqiq/repairText`: fix-all on `params.text` with the settings `optionsFor(uri)` gives. */
export async function repairText(params: unknown, optionsFor: (uri: string | undefined) => Promise<LintOptions>): Promise<RepairTextResult> {
  const p = (params ?? {}) as Partial<RepairTextParams>;
  if (typeof p.text !== 'string') throw new ResponseError(LSPErrorCodes.RequestFailed, `${REQUESTS.repairText}: params.text must be a string`);
  if (p.text.length > MAX_REPAIR_TEXT) return { text: p.text, changed: false, applied: 0 };
  const base = await optionsFor(typeof p.uri === 'string' ? p.uri : undefined);
  const markdown = p.languageId === 'markdown' || (typeof p.uri === 'string' && /\.(md|markdown)$/i.test(p.uri));
  const result = fixAll(p.text, { ...base, format: markdown ? 'markdown' : 'text', reviewed: undefined });
  return { text: result.text, changed: result.text !== p.text, applied: result.applied };
}

/** Registers `tadqiq/repairText` on the connection. */
export function registerRepairRequests(connection: Connection, optionsFor: (uri: string | undefined) => Promise<LintOptions>): void {
  connection.onRequest(REQUESTS.repairText, (params: unknown) => repairText(params, optionsFor));
}
