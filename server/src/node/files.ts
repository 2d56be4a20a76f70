/**
 * File IO shared by the CLI and the server (Node only; the core never does IO).
 * Reading decides once whether a file is text we can lint, with one clear reason when it is not.
 */
import type * as Crypto from 'crypto';
import fs = require('fs');
import path = require('path');

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** How a file's text is written on disk: UTF-8 (the default), or UTF-16 with a byte order mark, kept on write. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * `digest` (of the bytes read, from readTextFile) lets a later write check that the file on disk is still
 * the one that was read. `encoding` is absent for UTF-8.
 */
export type ReadResult =
  | { ok: true; text: string; bom: boolean; crlf: boolean; digest?: string; encoding?: TextEncoding }
  | { ok: false; error: string };

/** The fingerprint writeFileAtomic compares: SHA-256 of the bytes. */
export function digestOf(bytes: Buffer): string {
  // (crypto loaded on first use: a lint that hashes nothing does not pay for the module at start-up)
  return (require('crypto') as typeof Crypto).createHash('sha256').update(bytes).digest('hex');
}

const BINARY = 'binary file (contains NUL bytes), not a text draft';

/**
 * Is valid UTF-8 text with NUL characters in it still a draft? PDF extractors write a glyph with no Unicode mapping
 * as U+0000 and kashida glyphs as other control characters (the `extraction-junk` rule removes them), so a few of
 * them in a text are damage to report, not a sign of a binary file. A binary that happens to be valid UTF-8 (UTF-16
 * without a byte order mark, an archive's padding) has them by the thousand: text when control characters other
 * than whitespace are at most a tenth of the characters and no run of 16 NULs occurs.
 */
export function isTextWithNuls(text: string): boolean {
  let junk = 0;
  let nulRun = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      if (++nulRun >= 16) return false;
    } else nulRun = 0;
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c : c === 0x7f) junk++;
  }
  return junk * 10 <= text.length;
}

/** Do the first bytes look like UTF-16 without a byte order mark (one byte of each pair mostly NUL)? */
function looksLikeUtf16(probe: Buffer): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 ? odd++ : even++;
  const pairs = probe.length / 2;
  return pairs >= 8 && Math.max(even, odd) >= 0.4 * pairs && Math.min(even, odd) <= 0.05 * pairs;
}

export function decodeText(buf: Buffer): ReadResult {
  // UTF-16 with a byte order mark (Windows Notepad's "Unicode"): read, and written back the same way
  const le = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe;
  if (le || (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)) {
    let text: string;
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(buf);
    } catch {
      return { ok: false, error: `not valid ${le ? 'UTF-16LE' : 'UTF-16BE'} although it starts with its byte order mark` };
    }
    return { ok: true, text: text.slice(1), bom: true, crlf: text.includes('\r\n'), encoding: le ? 'utf-16le' : 'utf-16be' };
  }
  const hasNul = buf.includes(0);
  let text: string;
  try {
    // ignoreBOM: keep a leading U+FEFF in the string so that we can tell it was there
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    if (hasNul) return { ok: false, error: looksLikeUtf16(buf.subarray(0, 8192)) ? 'UTF-16 text without a byte order mark is not supported: save the file as UTF-8' : BINARY };
    return { ok: false, error: 'not valid UTF-8 (another encoding such as Windows-1256?): convert the file to UTF-8' };
  }
  if (hasNul && !isTextWithNuls(text)) {
    return { ok: false, error: looksLikeUtf16(buf.subarray(0, 8192)) ? 'UTF-16 text without a byte order mark is not supported: save the file as UTF-8' : BINARY };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { ok: true, text, bom, crlf: text.includes('\r\n') };
}

/** The bytes of `content` in `encoding` (UTF-16BE: the little-endian bytes swapped). */
export function encodeText(content: string, encoding: TextEncoding = 'utf-8'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(content, 'utf8');
  const b = Buffer.from(content, 'utf16le');
  if (encoding === 'utf-16be') b.swap16();
  return b;
}

/** Reads a draft; `digest: false` leaves the digest out (a lint writes nothing back: no hashing, no crypto loaded). */
export function readTextFile(file: string, { digest = true }: { digest?: boolean } = {}): ReadResult {
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
    return r.ok && digest ? { ...r, digest: digestOf(bytes) } : r;
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
  /** How to write the text (default UTF-8): the encoding the file was read in (ReadResult.encoding). */
  encoding?: TextEncoding;
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
    fs.writeFileSync(tmp, encodeText(content, options.encoding), mode !== undefined ? { mode } : undefined);
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
