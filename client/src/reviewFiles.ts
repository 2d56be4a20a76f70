/**
 * The client's side of `tadqiq/reviewed/read` and `tadqiq/reviewed/write`: a language server in a browser worker
 * has no file system, so it asks the client, which reads and writes `<folder>/.tadqiq/reviewed.json` through
 * `vscode.workspace.fs` (a `vscode-vfs:` repository in github.dev, a remote folder, a local one). Only that file,
 * only in a folder that is one of the workspace's folders. The desktop server reads the file itself and never asks.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CLIENT_REQUESTS, REVIEWED_DIR, REVIEWED_FILE } from '../../server/src/shared/vocabulary';

/** The workspace folder whose URI is `folder`, if any. */
function workspaceFolder(folder: unknown): vscode.Uri | undefined {
  if (typeof folder !== 'string') return undefined;
  const norm = (s: string) => s.replace(/\/+$/, '');
  return vscode.workspace.workspaceFolders?.find((f) => norm(f.uri.toString()) === norm(folder))?.uri;
}

function reviewedUri(folder: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...REVIEWED_FILE.split('/'));
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function registerReviewFiles(client: BaseLanguageClient): void {
  client.onRequest(CLIENT_REQUESTS.readReviewed, async (params: { folder?: unknown }) => {
    const folder = workspaceFolder(params?.folder);
    if (!folder) return { error: `${String(params?.folder)} is not a workspace folder` };
    const uri = reviewedUri(folder);
    try {
      return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return {}; // no reviews yet
      return { error: `${uri.toString(true)}: cannot be read (${message(e)})` };
    }
  });
  client.onRequest(CLIENT_REQUESTS.writeReviewed, async (params: { folder?: unknown; text?: unknown }) => {
    const folder = workspaceFolder(params?.folder);
    if (!folder) return { error: `${String(params?.folder)} is not a workspace folder` };
    if (typeof params.text !== 'string') return { error: 'no text to write' };
    const uri = reviewedUri(folder);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, REVIEWED_DIR));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(params.text));
      return { file: uri.toString(true) };
    } catch (e) {
      return { error: message(e) };
    }
  });
}
