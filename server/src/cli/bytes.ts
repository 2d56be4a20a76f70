/**
 * The command line's stdout as bytes: text and the JSON of findings are encoded into one buffer, written when
 * it is full (and at the end), so 60 MB of JSON is never a string. `--format json` writes most of its bytes as
 * constants (indentation and keys, encoded once) and numbers (digits written in place); only the strings of a
 * finding go through JSON.stringify, their UTF-8 kept for the next finding that has the same one (messages,
 * titles and replacement texts repeat). The bytes are those of the string writer (format.ts jsonFindingText:
 * test/cli-stream.test.ts compares them).
 */

const SIZE = 1 << 20;
/** At most this many strings' UTF-8 are kept (cleared when full: memory stays bounded). */
const CACHE_MAX = 8192;

export class ByteOut {
  private buf: Buffer;
  private pos = 0;
  private readonly cache = new Map<string, Buffer>();

  /**
   * `write` gets each full buffer; when it returns true it has written the bytes and the buffer is filled again,
   * else it owns the buffer and a new one is taken for what follows (a stream that may hold it). `size` in bytes.
   */
  constructor(
    private readonly write: (b: Buffer) => unknown,
    private readonly size = SIZE,
  ) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }

  flush(): void {
    if (this.pos === 0) return;
    const b = this.buf.subarray(0, this.pos);
    this.pos = 0;
    // (a new megabyte per flush counts as external memory: 62 of them made V8 collect the whole heap once more)
    if (this.write(b) !== true) this.buf = Buffer.allocUnsafeSlow(this.size);
  }

  private room(n: number): void {
    if (this.pos + n > this.buf.length) this.flush();
  }

  /** Any text, UTF-8 encoded. */
  text(s: string): void {
    if (s.length * 3 > this.size) {
      this.flush();
      this.write(Buffer.from(s, 'utf8'));
      return;
    }
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /** Bytes encoded once (a constant piece of the output). */
  bytes(b: Uint8Array): void {
    if (b.length > this.size) {
      this.flush();
      this.write(Buffer.from(b));
      return;
    }
    const n = b.length;
    this.room(n);
    // (a piece of a few bytes is copied faster by a loop than by TypedArray.prototype.set's call; a longer one — most
    // constant pieces are 20 to 100 bytes — faster by set: the 1 MB bench's 67,000 findings written in-process, warm,
    // medians of 9 alternating: ~150 ms with the loop up to 64 bytes, ~115 ms up to 16)
    if (n <= 16) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = b[i];
      this.pos = p;
    } else {
      this.buf.set(b, this.pos);
      this.pos += n;
    }
  }

  /** A non-negative integer in decimal (as JSON.stringify writes it). */
  int(n: number): void {
    if (!(n >= 0 && n <= 0x7fffffff) || n !== Math.floor(n)) {
      this.text(String(n));
      return;
    }
    this.room(10);
    // (the digits from the last, after counting them: integer arithmetic only)
    let digits = 1;
    for (let t = n; t >= 10; t = (t / 10) | 0) digits++;
    const b = this.buf;
    let p = this.pos + digits;
    this.pos = p;
    do {
      const q = (n / 10) | 0;
      b[--p] = 0x30 + n - q * 10;
      n = q;
    } while (n > 0);
  }

  /** A string as JSON.stringify writes it. */
  json(s: string): void {
    let b = this.cache.get(s);
    if (b === undefined) {
      b = Buffer.from(JSON.stringify(s), 'utf8');
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(s, b);
    }
    this.bytes(b);
  }
}

/** The UTF-8 of a constant piece. */
export const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
