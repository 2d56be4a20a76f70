/**
 * The reviews store of a server that has no file system (the browser worker of VS Code for the Web): the same
 * behaviour as server/src/node/reviewed.ts's ReviewStore — one `.tadqiq/reviewed.json` per workspace folder, a
 * document uses its folder's file, a broken file is never overwritten and the review is kept for the session —
 * but every read and write goes through the client (`tadqiq/reviewed/read`, `tadqiq/reviewed/write`), which uses
 * `vscode.workspace.fs`. Pure: no Node.
 */
import { parseReviewed, serializeReviewed, type ReviewedFile } from '../shared/reviewedFile';
import { CLIENT_REQUESTS, REVIEWED_FILE } from '../shared/vocabulary';
import type { Reviews } from './host';

/** Sends a request to the client (the connection's `sendRequest`). */
export type ClientRequest = (method: string, params: unknown) => Promise<unknown>;

export class ClientReviewStore implements Reviews {
  private readonly folders: string[];
  private readonly files = new Map<string, ReviewedFile>();
  /** Reviews that could not be written (no folder, or a broken file), kept for this session. */
  private readonly session = new Set<string>();
  private loading: Promise<void> | undefined;

  constructor(
    folderUris: string[],
    private readonly request: ClientRequest,
    private readonly log: (m: string) => void,
  ) {
    this.folders = folderUris.map((f) => f.replace(/\/+$/, '')).sort((a, b) => b.length - a.length); // innermost first
  }

  private fileName(folder: string): string {
    return `${folder}/${REVIEWED_FILE}`;
  }

  private async reload(folder: string): Promise<ReviewedFile> {
    let r: ReviewedFile;
    try {
      const answer = (await this.request(CLIENT_REQUESTS.readReviewed, { folder })) as { text?: unknown; error?: unknown } | null;
      if (typeof answer?.error === 'string') r = { keys: [], error: answer.error };
      else if (typeof answer?.text === 'string') r = parseReviewed(answer.text.replace(/^\uFEFF/, ''), this.fileName(folder));
      else r = { keys: [] };
    } catch (e) {
      r = { keys: [], error: `${this.fileName(folder)}: cannot be read through the editor (${(e as Error).message})` };
    }
    if (r.error) this.log(`tadqiq: ${r.error}; reviews in it are ignored`);
    this.files.set(folder, r);
    return r;
  }

  /** Re-reads every folder's file (after a change, and the first time keys are asked for). */
  reloadAll(): Promise<void> {
    this.loading = Promise.all(this.folders.map((f) => this.reload(f))).then(() => undefined);
    return this.loading;
  }

  private folderOf(uri: string | undefined): string | null {
    if (uri) {
      const inside = this.folders.find((f) => uri === f || uri.startsWith(f + '/'));
      if (inside) return inside;
    }
    return this.folders[0] ?? null;
  }

  async keys(uri?: string): Promise<string[]> {
    await (this.loading ?? this.reloadAll());
    const folder = this.folderOf(uri);
    const stored = folder ? this.files.get(folder)?.keys ?? [] : [];
    return this.session.size ? [...stored, ...this.session] : stored;
  }

  async add(key: string, uri?: string): Promise<{ file?: string; error?: string }> {
    const folder = this.folderOf(uri);
    if (!folder) {
      this.session.add(key);
      return { error: 'no workspace folder is open: the review is kept for this session only' };
    }
    const current = await this.reload(folder);
    if (current.error) {
      this.session.add(key);
      return { error: `${current.error}. Fix the file (the review is kept for this session only, nothing was written)` };
    }
    if (!current.keys.includes(key)) current.keys.push(key);
    current.keys.sort();
    let answer: { file?: unknown; error?: unknown } | null;
    try {
      answer = (await this.request(CLIENT_REQUESTS.writeReviewed, { folder, text: serializeReviewed(current.keys) })) as typeof answer;
    } catch (e) {
      answer = { error: (e as Error).message };
    }
    if (typeof answer?.error === 'string') {
      this.session.add(key);
      return { error: `${this.fileName(folder)}: could not write (${answer.error}); the review is kept for this session only` };
    }
    this.files.set(folder, current);
    return { file: typeof answer?.file === 'string' ? answer.file : this.fileName(folder) };
  }
}
