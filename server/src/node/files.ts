/**
 * File IO shared by the CLI and the server (Node only; the core never does IO).
 * Reading decides once whether a file is text we can lint, with one clear reason when it is not.
 */
import * as fs from 'fs';
import * as path from 'path';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bom: boolean; crlf: boolean } | { ok: false; error: string };

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
    return decodeText(fs.readFileSync(file));
  } catch (e) {
    return { ok: false, error: errMessage(e) };
  }
}

/** Write via a temporary file in the same folder and rename: a crash never leaves a half-written draft. */
export function writeFileAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tadqiq-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(tmp, content, mode !== undefined ? { mode } : undefined);
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
