/**
 * The reviews store of a server that has no file system (the browser worker of VS Code for the Web): the same
 * behaviour as server/src/node/reviewed.ts's ReviewStore — one `.tadqiq/reviewed.json` per workspace folder, a
 * document uses its folder's file, a broken file is never overwritten and the review is kept for the session —
 * but every read and write goes through the client (`tadqiq/reviewed/read`, `tadqiq/reviewed/write`), which uses
 * `vscode.workspace.fs`. Pure: no Node.
 */
import { FolderReviews, type AddResult } from '../shared/folderReviews';
import { parseReviewed, type ReviewedFile } from '../shared/reviewedFile';
import { CLIENT_REQUESTS, REVIEWED_FILE } from '../shared/vocabulary';
import type { Reviews } from './host';

/** Sends a request to the client (the connection's `sendRequest`). */
export type ClientRequest = (method: string, params: unknown) => Promise<unknown>;

export class ClientReviewStore extends FolderReviews implements Reviews {
  private loading: Promise<void> | undefined;

  constructor(
    folderUris: string[],
    private readonly request: ClientRequest,
    log: (m: string) => void,
  ) {
    super(folderUris.map((f) => f.replace(/\/+$/, '')), '/', log);
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
    return this.remember(folder, r);
  }

  /** Re-reads every folder's file (after a change, and the first time keys are asked for). */
  reloadAll(): Promise<void> {
    this.loading = Promise.all(this.folders.map((f) => this.reload(f))).then(() => undefined);
    return this.loading;
  }

  async keys(uri?: string): Promise<string[]> {
    await (this.loading ?? this.reloadAll());
    return this.keysOf(this.folderOf(uri ?? null));
  }

  add(key: string, uri?: string): Promise<AddResult> {
    return this.addTo(key, this.folderOf(uri ?? null), (f) => this.reload(f), async (folder, text) => {
      let answer: { file?: unknown; error?: unknown } | null;
      try {
        answer = (await this.request(CLIENT_REQUESTS.writeReviewed, { folder, text })) as typeof answer;
      } catch (e) {
        answer = { error: (e as Error).message };
      }
      if (typeof answer?.error === 'string') return { error: `${this.fileName(folder)}: could not write (${answer.error})` };
      return { file: typeof answer?.file === 'string' ? answer.file : this.fileName(folder) };
    });
  }
}
