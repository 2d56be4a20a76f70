/**
 * Text that must wait for the end of the run before it is written (SARIF results: the log's head, written first,
 * says whether the run succeeded). Kept in memory up to `limit` UTF-16 units, then in an unlinked temporary file,
 * read back in pieces by `drain`. If the file cannot be made or written, the text stays in memory.
 */
import fs = require('fs');
import path = require('path');

export class Spool {
  private parts: string[] = [];
  private size = 0;
  private fd = -1;
  private file?: string;
  private written = 0;

  constructor(private limit = 8 << 20) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > this.limit) this.spill();
  }

  private spill(): void {
    if (this.fd < 0 && !this.open()) {
      this.limit = Infinity;
      return;
    }
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    try {
      let at = 0;
      while (at < buf.length) at += fs.writeSync(this.fd, buf, at, buf.length - at, this.written + at);
      this.written += buf.length;
      this.parts = [];
      this.size = 0;
    } catch {
      // the disk is full or gone: what was written stays in the file, the rest in memory from now on
      this.limit = Infinity;
    }
  }

  private open(): boolean {
    try {
      // (node's os and string_decoder modules loaded when a spool spills, not at every start-up: ~1-2 ms of a one-line lint)
      const os = require('os') as typeof import('os');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-'));
      this.file = path.join(dir, 'spool');
      this.fd = fs.openSync(this.file, 'w+', 0o600);
      // unlinked at once where the system allows it (not Windows): nothing is left behind if the run dies
      try {
        fs.unlinkSync(this.file);
        fs.rmdirSync(dir);
        this.file = undefined;
      } catch {
        /* removed in drain */
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Everything written, in order, in pieces of about a megabyte; the spool is empty afterwards. */
  drain(out: (s: string) => void): void {
    if (this.fd >= 0) {
      const { StringDecoder } = require('string_decoder') as typeof import('string_decoder');
      const decoder = new StringDecoder('utf8');
      const buf = Buffer.alloc(1 << 20);
      for (let at = 0; at < this.written; ) {
        const n = fs.readSync(this.fd, buf, 0, Math.min(buf.length, this.written - at), at);
        if (n <= 0) break;
        at += n;
        out(decoder.write(buf.subarray(0, n)));
      }
      out(decoder.end());
      fs.closeSync(this.fd);
      this.fd = -1;
      this.written = 0;
      if (this.file) {
        try {
          fs.unlinkSync(this.file);
          fs.rmdirSync(path.dirname(this.file));
        } catch {
          /* gone already */
        }
      }
    }
    for (const p of this.parts) out(p);
    this.parts = [];
    this.size = 0;
  }
}
