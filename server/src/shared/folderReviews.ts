/**
 * What both reviews stores do, whatever reads and writes their files (server/src/node/reviewed.ts with `fs` for the
 * CLI and the desktop server; server/src/lsp/clientReviews.ts through the client for the browser worker): one
 * `.tadqiq/reviewed.json` per workspace folder, the innermost folder holding a document is its folder, a file that
 * exists but is broken is never overwritten, and a review that cannot be written is kept for the session. Pure.
 */
import { serializeReviewed, type ReviewedFile } from './reviewedFile';

export type AddResult = { file?: string; error?: string };

export abstract class FolderReviews {
  /** Folder keys (paths or URIs without a trailing separator), innermost first. */
  protected readonly folders: string[];
  protected readonly files = new Map<string, ReviewedFile>();
  /** Reviews that could not be written (no folder, or a broken file), kept for this session. */
  protected readonly session = new Set<string>();

  constructor(
    folders: string[],
    /** The separator between a folder and what is inside it (`/` for URIs, the platform's for paths). */
    private readonly sep: string,
    protected readonly log: (m: string) => void,
  ) {
    this.folders = folders.sort((a, b) => b.length - a.length);
  }

  /** The folder of a document (its key as the constructor got them), or the first folder, or none. */
  protected folderOf(doc: string | null): string | null {
    if (doc) {
      const inside = this.folders.find((f) => doc === f || doc.startsWith(f + this.sep));
      if (inside) return inside;
    }
    return this.folders[0] ?? null;
  }

  /** The keys of a folder's file as last read, and the session's. */
  protected keysOf(folder: string | null): string[] {
    const stored = folder ? this.files.get(folder)?.keys ?? [] : [];
    return this.session.size ? [...stored, ...this.session] : stored;
  }

  /** Keeps what was read of a folder's file (a broken one logged: its reviews are ignored). */
  protected remember(folder: string, r: ReviewedFile): ReviewedFile {
    if (r.error) this.log(`tadqiq: ${r.error}; reviews in it are ignored`);
    this.files.set(folder, r);
    return r;
  }

  /**
   * Adds `key` to `folder`'s file: read afresh (`read`), never written when broken, else written (`write`: where
   * it went, or why not); a review that cannot be written is kept for the session and the caller told why.
   */
  protected async addTo(
    key: string,
    folder: string | null,
    read: (folder: string) => ReviewedFile | Promise<ReviewedFile>,
    write: (folder: string, text: string) => Promise<AddResult>,
  ): Promise<AddResult> {
    if (!folder) {
      this.session.add(key);
      return { error: 'no workspace folder is open: the review is kept for this session only' };
    }
    const current = await read(folder);
    if (current.error) {
      this.session.add(key);
      return { error: `${current.error}. Fix the file (the review is kept for this session only, nothing was written)` };
    }
    if (!current.keys.includes(key)) current.keys.push(key);
    current.keys.sort();
    const written = await write(folder, serializeReviewed(current.keys));
    if (written.error !== undefined) {
      this.session.add(key);
      return { error: `${written.error}; the review is kept for this session only` };
    }
    this.files.set(folder, current);
    return written;
  }
}
