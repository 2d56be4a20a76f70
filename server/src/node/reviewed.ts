/**
 * "Mark as reviewed": findings the team has looked at, kept in `.tadqiq/reviewed.json` at the
 * workspace root so that the decision survives reopening, is shared through version control, and
 * is honoured by the CLI too. Format: `{ "version": 1, "reviewed": ["<normalised sentence>", …] }`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { findUp, writeFileAtomic } from './files';

export const REVIEWED_FILE = path.join('.tadqiq', 'reviewed.json');

export function readReviewed(file: string, log?: (m: string) => void): string[] {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    const data = JSON.parse(raw) as { reviewed?: unknown };
    if (Array.isArray(data.reviewed)) return data.reviewed.filter((x): x is string => typeof x === 'string');
    log?.(`tadqiq: ${file}: expected {"reviewed": [...]}; ignored`);
  } catch (e) {
    log?.(`tadqiq: ${file}: not valid JSON (${(e as Error).message}); ignored`);
  }
  return [];
}

/** Nearest `.tadqiq/reviewed.json` above a file (the CLI's view). */
export function findReviewedFile(start: string): string | null {
  return findUp(start, REVIEWED_FILE);
}

export class ReviewStore {
  private readonly file: string | null;
  private cache: string[];

  constructor(folderUris: string[], private readonly log: (m: string) => void) {
    const folder = folderUris.map(uriToPath).find((p): p is string => !!p) ?? null;
    this.file = folder ? path.join(folder, REVIEWED_FILE) : null;
    this.cache = this.file ? readReviewed(this.file, log) : [];
  }

  keys(): string[] {
    return this.cache;
  }

  /** Adds a key and writes the file; returns its path, or null when there is no workspace folder. */
  async add(key: string): Promise<string | null> {
    if (!this.file) {
      this.log('tadqiq: no workspace folder: the review is kept for this session only');
      if (!this.cache.includes(key)) this.cache = [...this.cache, key];
      return null;
    }
    const current = readReviewed(this.file, this.log);
    if (!current.includes(key)) current.push(key);
    current.sort();
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify({ version: 1, reviewed: current }, null, 2) + '\n');
    this.cache = current;
    return this.file;
  }
}

function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
