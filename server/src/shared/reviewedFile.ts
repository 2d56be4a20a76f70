/**
 * The format of `.tadqiq/reviewed.json`: `{ "version": 1, "reviewed": ["<key>", …] }`. Pure, so that the Node side
 * (server/src/node/reviewed.ts: the CLI and the desktop server read and write the file themselves) and the browser
 * side (server/src/lsp/clientReviews.ts: the worker asks the VS Code client, which uses `vscode.workspace.fs`)
 * parse and write it the same way.
 */

export interface ReviewedFile {
  keys: string[];
  /** Set when the file exists but cannot be used (not JSON, a merge conflict, wrong shape, unreadable). */
  error?: string;
}

/** Parses the text of a reviewed file named `file` (for messages). A broken file says why; its keys are not used. */
export function parseReviewed(raw: string, file: string): ReviewedFile {
  try {
    const data = JSON.parse(raw) as { reviewed?: unknown };
    if (data && Array.isArray(data.reviewed)) return { keys: data.reviewed.filter((x): x is string => typeof x === 'string') };
    return { keys: [], error: `${file}: expected {"version": 1, "reviewed": [...]}` };
  } catch (e) {
    const conflict = /^(<<<<<<<|>>>>>>>|=======)/m.test(raw) ? ' (unresolved merge conflict?)' : '';
    return { keys: [], error: `${file}: not valid JSON${conflict}: ${(e as Error).message}` };
  }
}

/** The text of a reviewed file with these keys (sorted, so that teammates' additions merge cleanly). */
export function serializeReviewed(keys: readonly string[]): string {
  return JSON.stringify({ version: 1, reviewed: [...keys].sort() }, null, 2) + '\n';
}
