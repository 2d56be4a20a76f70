/**
 * "Mark as reviewed": findings the team has looked at, kept in `.tadqiq/reviewed.json` at the
 * workspace root so that the decision survives reopening, is shared through version control, and
 * is honoured by the CLI too. Format: `{ "version": 1, "reviewed": ["<normalised sentence>", …] }`.
 */
import fs = require('fs');
import path = require('path');
import { fileURLToPath } from 'url';
import { FolderReviews, type AddResult } from '../shared/folderReviews';
import { parseReviewed, type ReviewedFile } from '../shared/reviewedFile';
import { REVIEWED_FILE as REVIEWED_POSIX } from '../shared/vocabulary';
import { findUp, writeFileAtomic } from './files';

/** `.tadqiq/reviewed.json` with this platform's separators. */
export const REVIEWED_FILE = path.join(...REVIEWED_POSIX.split('/'));

export type { ReviewedFile };

/** Reads a reviewed file. A missing file is an empty list; a broken one says why (and is never overwritten). */
export function loadReviewed(file: string): ReviewedFile {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { keys: [] } : { keys: [], error: `${file}: cannot be read (${(e as Error).message})` };
  }
  return parseReviewed(raw, file);
}

export function readReviewed(file: string, log?: (m: string) => void): string[] {
  const r = loadReviewed(file);
  if (r.error) log?.(`tadqiq: ${r.error}; reviews in it are ignored`);
  return r.keys;
}

/** Nearest `.tadqiq/reviewed.json` above a file (the CLI's view). */
export function findReviewedFile(start: string): string | null {
  return findUp(start, REVIEWED_FILE);
}

/**
 * The server's view: one reviewed file per workspace folder; a document uses the file of the folder
 * that contains it (the same file the CLI finds searching upward from the draft). A file that exists
 * but is broken is never overwritten: the review is kept for the session and the caller is told why.
 */
export class ReviewStore extends FolderReviews {
  constructor(folderUris: string[], log: (m: string) => void) {
    super(folderUris.map(uriToPath).filter((p): p is string => !!p), path.sep, log);
    for (const f of this.folders) this.reload(f);
  }

  private reload(folder: string): ReviewedFile {
    return this.remember(folder, loadReviewed(path.join(folder, REVIEWED_FILE)));
  }

  /** Re-reads every folder's file (after a change on disk). */
  reloadAll(): void {
    for (const f of this.folders) this.reload(f);
  }

  keys(uri?: string): string[] {
    return this.keysOf(this.folderOf(uri ? uriToPath(uri) : null));
  }

  /**
   * Adds a key for the document `uri` and writes its folder's file; returns where it was written, or
   * an error when it could only be kept for this session.
   */
  add(key: string, uri?: string): Promise<AddResult> {
    return this.addTo(key, this.folderOf(uri ? uriToPath(uri) : null), (f) => this.reload(f), async (folder, text) => {
      const file = path.join(folder, REVIEWED_FILE);
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomic(file, text);
        return { file };
      } catch (e) {
        return { error: `${file}: could not write (${(e as Error).message})` };
      }
    });
  }
}

function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
