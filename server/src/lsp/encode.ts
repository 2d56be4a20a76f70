/**
 * The JSON of a diagnostics message (a pull's report, a push's publication) written from the bytes of each diagnostic's
 * fields that an edit does not move, kept from keystroke to keystroke (issue 13). A keystroke in a damaged draft sends
 * its 1,000 diagnostics again: their ranges and offsets move, their version changes, but the rest — severity, source,
 * rule, message, link — is the same as the keystroke before for every diagnostic of a paragraph the edit did not touch.
 * `JSON.stringify` of the whole message made a 0.7 MB two-byte string (the messages quote Arabic) and its UTF-8 copy at
 * every keystroke, 1.4 MB of the server's 4.3 MB allocated per keystroke (scripts/bench-lsp.mjs's damaged draft), both
 * large objects that hastened the next full collection.
 *
 * Where: the stdio transport (`tadqiq lsp --stdio`: Neovim, Helix, Emacs…), whose writer takes an encoder (lsp/main.ts).
 * Over IPC (`--node-ipc`, which the desktop client no longer uses) node's `process.send` serialises the message itself.
 *
 * How: `diagnosticsOf` (lsp/server.ts) tags each diagnostic it makes from a paragraph's records with that record's
 * constant part (`constantPart`, made once per record) and the array it returns with ITEMS. `encodeMessage` writes a
 * tagged array's items from their parts and the numbers that move, and anything else (an untagged diagnostic, a
 * diagnostic whose fields are not the ones its part was made from, every other message) with JSON.stringify. The result
 * parses to what JSON.stringify's does (only the order of a diagnostic's keys differs): `encode.test.ts`.
 * No Node module: a Uint8Array, a TextEncoder.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { ownCopy } from '../core/text/strings';

/** On a Diagnostic: its constant part (`Constant`). */
export const CONSTANT = Symbol('tadqiq.constant');
/** On an array of diagnostics: its items may carry CONSTANT. */
export const ITEMS = Symbol('tadqiq.items');

/**
 * The fields a constant part was made from, and its bytes — `"severity":…,"data":{"ruleId":…,"start":` — at `at` in
 * `block` (`length` of them): ConstantCache keeps the parts' bytes in shared blocks, not an ArrayBuffer each (one each
 * kept ~0.7 KB more per part: the server's RSS 1-5 MB higher at rest).
 */
export interface Constant {
  severity: Diagnostic['severity'];
  source: string | undefined;
  code: Diagnostic['code'];
  message: string;
  href: string | undefined;
  block: Uint8Array;
  at: number;
  length: number;
}

type Tagged = Diagnostic & { [CONSTANT]?: Constant };

const utf8 = new TextEncoder();

/**
 * The constant part of diagnostic d (made by lsp/server.ts diagnosticAt: range, severity, source, code, message, data
 * { ruleId, start, end, version }, codeDescription when the client takes it), or null when d is not of that shape.
 */
export function constantPart(d: Diagnostic): Constant | null {
  const data = d.data as { ruleId?: unknown } | undefined;
  if (!data || typeof data.ruleId !== 'string' || typeof d.message !== 'string') return null;
  const fields: Record<string, unknown> = { severity: d.severity, source: d.source, code: d.code, message: d.message };
  if (d.codeDescription) fields.codeDescription = d.codeDescription;
  const bytes = utf8.encode(`${JSON.stringify(fields).slice(1, -1)},"data":{"ruleId":${JSON.stringify(data.ruleId)},"start":`);
  // (the message an own copy: one quoting a word of the draft may be a slice of a chunk's text — ConstantCache outlives it)
  return { severity: d.severity, source: d.source, code: d.code, message: ownCopy(d.message), href: d.codeDescription?.href, block: bytes, at: 0, length: bytes.length };
}

/** The size of ConstantCache's blocks of bytes (a part longer than a quarter of it keeps its own). */
const BLOCK = 64 * 1024;

/**
 * Constant parts by message (a diagnostic's constant fields follow from its message, rule and severity): a keystroke
 * sends again the diagnostics of the keystroke before, moved, and of the paragraph it changed, most of them those it had
 * before (in the damaged draft ~420 of the 1,000 sent at every keystroke). At most `max` parts (two reports of the
 * default tadqiq.maxDiagnostics), then it starts again: ~0.7 KB a part (its message and bytes), at most ~1.5 MB.
 */
export class ConstantCache {
  private readonly byMessage = new Map<string, Constant>();
  private block = new Uint8Array(0);
  private used = 0;
  constructor(private readonly max = 2048) {}

  /** Move a part's bytes into the current block (a new one when it is full). */
  private place(c: Constant): Constant {
    if (c.length > BLOCK / 4) return c;
    if (this.used + c.length > this.block.length) {
      this.block = new Uint8Array(BLOCK);
      this.used = 0;
    }
    this.block.set(c.block, this.used);
    c.block = this.block;
    c.at = this.used;
    this.used += c.length;
    return c;
  }

  /** Forgets the parts kept (the server, idle: lsp/server.ts collectWhenIdle); reports already made keep theirs. */
  release(): void {
    this.byMessage.clear();
    this.block = new Uint8Array(0);
    this.used = 0;
  }

  /** d's constant part: the one kept for its message when it was made from d's fields, else a new one. */
  of(d: Diagnostic): Constant | null {
    if (typeof d.message !== 'string') return null;
    const kept = this.byMessage.get(d.message);
    if (kept && fits(d, kept)) return kept;
    const made = constantPart(d);
    if (made) {
      if (this.byMessage.size >= this.max) {
        this.byMessage.clear();
        this.block = new Uint8Array(0);
      }
      this.byMessage.set(made.message, this.place(made));
    }
    return made;
  }
}

/** Tag d with constant part c when c was made from d's fields (the same record's diagnostic at a later keystroke). */
export function tagDiagnostic(d: Diagnostic, c: Constant): boolean {
  if (!fits(d, c)) return false;
  (d as Tagged)[CONSTANT] = c;
  return true;
}

/**
 * Give d constant part c without checking that c was made from d's fields (lsp/server.ts: the part its record's
 * diagnostic had at an earlier keystroke); `encodeMessage` writes from c only where it was (else with JSON.stringify).
 */
export function withPart(d: Diagnostic, c: Constant): void {
  (d as Tagged)[CONSTANT] = c;
}

/** Was c made from d's constant fields (and is d of the shape its part writes)? */
function fits(d: Diagnostic, c: Constant): boolean {
  const data = d.data as { ruleId?: unknown; start?: unknown; end?: unknown; version?: unknown } | undefined;
  return (
    c.message === d.message &&
    c.severity === d.severity &&
    c.code === d.code &&
    c.source === d.source &&
    c.href === d.codeDescription?.href &&
    !!data &&
    keys(d) === (d.codeDescription === undefined ? 6 : 7) &&
    keys(data) === 4 &&
    data.ruleId === d.code &&
    isInt(data.start) &&
    isInt(data.end) &&
    isInt(data.version) &&
    isInt(d.range.start.line) &&
    isInt(d.range.start.character) &&
    isInt(d.range.end.line) &&
    isInt(d.range.end.character)
  );
}

/** How many enumerable keys an object has (no array made: a for-in over one shape of object walks its enum cache). */
function keys(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

function isInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

/** Mark an array of diagnostics whose items may be tagged (encodeMessage writes them from their parts). */
export function markItems<T extends Diagnostic[]>(items: T): T {
  (items as T & { [ITEMS]?: true })[ITEMS] = true;
  return items;
}

const PLACEHOLDER = '\u0001tadqiq-items\u0001';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
const RANGE = utf8.encode('{"range":{"start":{"line":');
const CHARACTER = utf8.encode(',"character":');
const END = utf8.encode('},"end":{"line":');
const AFTER_RANGE = utf8.encode('}},');
const DATA_END = utf8.encode(',"end":');
const VERSION = utf8.encode(',"version":');
const CLOSE = utf8.encode('}}');

/** The tagged items array of a message (a response's result.items, a notification's params.diagnostics), or null. */
function taggedItems(msg: unknown): Diagnostic[] | null {
  const m = msg as { result?: { items?: unknown }; params?: { diagnostics?: unknown } } | null;
  if (!m || typeof m !== 'object') return null;
  const items = (m.result && typeof m.result === 'object' ? m.result.items : undefined) ?? (m.params && typeof m.params === 'object' ? m.params.diagnostics : undefined);
  return Array.isArray(items) && (items as { [ITEMS]?: true })[ITEMS] === true ? (items as Diagnostic[]) : null;
}

/** The UTF-8 JSON of a message, as `JSON.stringify` would write it (a diagnostic's keys in another order). */
export function encodeMessage(msg: unknown): Uint8Array {
  const items = taggedItems(msg);
  if (!items) return utf8.encode(JSON.stringify(msg));
  const shell = JSON.stringify(msg, (_key, value) => (value === items ? PLACEHOLDER : value));
  const at = shell.indexOf(PLACEHOLDER_JSON);
  if (at < 0) return utf8.encode(JSON.stringify(msg));
  const head = utf8.encode(shell.slice(0, at) + '[');
  const tail = utf8.encode(']' + shell.slice(at + PLACEHOLDER_JSON.length));
  // the size: the parts' and the numbers' (the items not tagged, as JSON.stringify writes them)
  const plain: Array<Uint8Array | undefined> = new Array(items.length);
  let size = head.length + tail.length + Math.max(0, items.length - 1);
  const fixed = RANGE.length + CHARACTER.length * 2 + END.length + AFTER_RANGE.length + DATA_END.length + VERSION.length + CLOSE.length;
  for (let i = 0; i < items.length; i++) {
    const d = items[i] as Tagged;
    const c = d[CONSTANT];
    if (c && fits(d, c)) {
      const data = d.data as { start: number; end: number; version: number };
      const r = d.range;
      size += fixed + c.length + digits(r.start.line) + digits(r.start.character) + digits(r.end.line) + digits(r.end.character) + digits(data.start) + digits(data.end) + digits(data.version);
    } else {
      const b = utf8.encode(JSON.stringify(d) ?? 'null');
      plain[i] = b;
      size += b.length;
    }
  }
  const out = new Uint8Array(size);
  out.set(head, 0);
  let o = head.length;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[o++] = 0x2c;
    const b = plain[i];
    if (b) {
      out.set(b, o);
      o += b.length;
      continue;
    }
    const d = items[i] as Tagged;
    const c = d[CONSTANT]!;
    const data = d.data as { start: number; end: number; version: number };
    const r = d.range;
    out.set(RANGE, o);
    o = writeInt(out, o + RANGE.length, r.start.line);
    out.set(CHARACTER, o);
    o = writeInt(out, o + CHARACTER.length, r.start.character);
    out.set(END, o);
    o = writeInt(out, o + END.length, r.end.line);
    out.set(CHARACTER, o);
    o = writeInt(out, o + CHARACTER.length, r.end.character);
    out.set(AFTER_RANGE, o);
    o += AFTER_RANGE.length;
    out.set(c.at === 0 && c.length === c.block.length ? c.block : c.block.subarray(c.at, c.at + c.length), o);
    o = writeInt(out, o + c.length, data.start);
    out.set(DATA_END, o);
    o = writeInt(out, o + DATA_END.length, data.end);
    out.set(VERSION, o);
    o = writeInt(out, o + VERSION.length, data.version);
    out.set(CLOSE, o);
    o += CLOSE.length;
  }
  out.set(tail, o);
  return out;
}

/** How many characters JSON writes for a safe integer. */
function digits(n: number): number {
  let k = n < 0 ? 2 : 1;
  for (let m = Math.abs(n); m >= 10; m = Math.floor(m / 10)) k++;
  return k;
}

/** Write a safe integer's digits at o; the offset after them. */
function writeInt(out: Uint8Array, o: number, n: number): number {
  if (n < 0) {
    out[o++] = 0x2d;
    n = -n;
  }
  const end = o + digits(n);
  let p = end;
  do {
    out[--p] = 0x30 + (n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  return end;
}
