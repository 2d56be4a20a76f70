/**
 * File IO shared by the CLI and the server (Node only; the core never does IO).
 * Reading decides once whether a file is text we can lint, with one clear reason when it is not.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * `digest` (of the bytes read, from readTextFile) lets a later write check that the file on disk is still
 * the one that was read.
 */
export type ReadResult = { ok: true; text: string; bom: boolean; crlf: boolean; digest?: string } | { ok: false; error: string };

/** The fingerprint writeFileAtomic compares: SHA-256 of the bytes. */
export function digestOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function decodeText(buf: Buffer): ReadResult {
  const probe = buf.subarray(0, Math.min(buf.length, 8192));
  if (probe.includes(0)) {
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
      return { ok: false, error: 'UTF-16 text is not supported: save the file as UTF-8' };
    }
    return { ok: false, error: 'binary file (contains NUL bytes), not a text draft' };
  }
  let text: string;
  try {
    // ignoreBOM: keep a leading U+FEFF in the string so that we can tell it was there
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return { ok: false, error: 'not valid UTF-8 (another encoding such as Windows-1256?): convert the file to UTF-8' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { ok: true, text, bom, crlf: text.includes('\r\n') };
}

export function readTextFile(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { ok: false, error: errMessage(e) };
  }
  if (stat.isDirectory()) return { ok: false, error: 'is a directory' };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, error: `too large (${stat.size} bytes; the limit is ${MAX_FILE_BYTES})` };
  try {
    const bytes = fs.readFileSync(file);
    const r = decodeText(bytes);
    return r.ok ? { ...r, digest: digestOf(bytes) } : r;
  } catch (e) {
    return { ok: false, error: errMessage(e) };
  }
}

/** A write tadqiq refused to make, so that the file on disk stays as it was. */
export class WriteRefused extends Error {}

export interface WriteOptions {
  /**
   * The digest of the file as it was read (ReadResult.digest). When given, the file must still exist
   * with exactly those bytes just before the new content replaces it: a file deleted or changed on
   * disk since it was read (another editor, a sync tool, git) is left alone rather than overwritten
   * with a fix of the old text. (A change in the last instant before the rename cannot be seen
   * without locking; this closes the window of the whole lint and fix.)
   */
  expect?: string;
}

function isReadOnly(file: string, stat: fs.Stats): boolean {
  // No write bit at all is read-only for everyone, root included (rename would otherwise replace it).
  if ((stat.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Write via a temporary file in the same folder and rename: a crash never leaves a half-written draft.
 * A read-only file is refused (the rename would replace it even so); with `expect`, so is a file that
 * was deleted or changed since it was read. Refusals throw WriteRefused and leave the file untouched.
 */
export function writeFileAtomic(file: string, content: string, options: WriteOptions = {}): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tadqiq-${process.pid}-${Date.now()}.tmp`);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat && options.expect !== undefined) throw new WriteRefused('deleted after it was read; not written (nothing recreated)');
  if (stat && isReadOnly(file, stat)) throw new WriteRefused('read-only file; left unchanged');
  const mode = stat?.mode;
  try {
    fs.writeFileSync(tmp, content, mode !== undefined ? { mode } : undefined);
    if (options.expect !== undefined) {
      let now: Buffer;
      try {
        now = fs.readFileSync(file);
      } catch {
        throw new WriteRefused('deleted after it was read; not written (nothing recreated)');
      }
      if (digestOf(now) !== options.expect) throw new WriteRefused('changed on disk after it was read; left unchanged (run tadqiq fix again)');
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

export function errMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'no such file or directory';
  if (err && err.code === 'EACCES') return 'permission denied';
  if (err && err.code === 'EISDIR') return 'is a directory';
  return err && err.message ? err.message : String(e);
}

/** The nearest `name` in `dir` or one of its parents. */
export function findUp(dir: string, name: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    const p = path.join(d, name);
    if (fs.existsSync(p)) return p;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}
