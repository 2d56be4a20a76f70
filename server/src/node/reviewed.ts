/**
 * "Mark as reviewed": findings the team has looked at, kept in `.tadqiq/reviewed.json` at the
 * workspace root so that the decision survives reopening, is shared through version control, and
 * is honoured by the CLI too. Format: `{ "version": 1, "reviewed": ["<normalised sentence>", …] }`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { parseReviewed, serializeReviewed, type ReviewedFile } from '../shared/reviewedFile';
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
export class ReviewStore {
  private readonly folders: string[];
  private readonly files = new Map<string, ReviewedFile>();
  /** Reviews that could not be written (no folder, or a broken file), kept for this session. */
  private readonly session = new Set<string>();

  constructor(folderUris: string[], private readonly log: (m: string) => void) {
    this.folders = folderUris
      .map(uriToPath)
      .filter((p): p is string => !!p)
      .sort((a, b) => b.length - a.length); // innermost folder first
    for (const f of this.folders) this.reload(f);
  }

  private reload(folder: string): ReviewedFile {
    const r = loadReviewed(path.join(folder, REVIEWED_FILE));
    if (r.error) this.log(`tadqiq: ${r.error}; reviews in it are ignored`);
    this.files.set(folder, r);
    return r;
  }

  /** Re-reads every folder's file (after a change on disk). */
  reloadAll(): void {
    for (const f of this.folders) this.reload(f);
  }

  private folderOf(uri: string | undefined): string | null {
    const p = uri ? uriToPath(uri) : null;
    if (p) {
      const inside = this.folders.find((f) => p === f || p.startsWith(f + path.sep));
      if (inside) return inside;
    }
    return this.folders[0] ?? null;
  }

  keys(uri?: string): string[] {
    const folder = this.folderOf(uri);
    const stored = folder ? this.files.get(folder)?.keys ?? [] : [];
    return this.session.size ? [...stored, ...this.session] : stored;
  }

  /**
   * Adds a key for the document `uri` and writes its folder's file; returns where it was written, or
   * an error when it could only be kept for this session.
   */
  async add(key: string, uri?: string): Promise<{ file?: string; error?: string }> {
    const folder = this.folderOf(uri);
    if (!folder) {
      this.session.add(key);
      return { error: 'no workspace folder is open: the review is kept for this session only' };
    }
    const file = path.join(folder, REVIEWED_FILE);
    const current = this.reload(folder);
    if (current.error) {
      this.session.add(key);
      return { error: `${current.error}. Fix the file (the review is kept for this session only, nothing was written)` };
    }
    if (!current.keys.includes(key)) current.keys.push(key);
    current.keys.sort();
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, serializeReviewed(current.keys));
    } catch (e) {
      this.session.add(key);
      return { error: `${file}: could not write (${(e as Error).message}); the review is kept for this session only` };
    }
    this.files.set(folder, current);
    return { file };
  }
}

function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
