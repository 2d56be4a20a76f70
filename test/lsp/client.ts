/**
 * A minimal LSP client over stdio, written by hand: JSON-RPC 2.0 with `Content-Length` framing, no
 * vscode-languageclient / vscode-jsonrpc. It is the "plain JSON-RPC client" that proves
 * `tadqiq lsp --stdio` works for editors other than VS Code.
 *
 * - `request` / `notify` send messages; `requestRaw` lets a test see error responses.
 * - Server→client requests are answered by handlers (`onRequest`); defaults cover
 *   workspace/configuration, client/registerCapability, window/workDoneProgress/create,
 *   workspace/diagnostic/refresh and window/showMessageRequest. An unhandled server request gets a
 *   MethodNotFound error and is recorded in `unhandledRequests` so tests can see it.
 * - Every incoming notification is logged in arrival order; `waitFor` resolves on the first one
 *   (already logged after `since`, or arriving later) matching a predicate, and fails loudly after a
 *   timeout with the recent traffic and the server's stderr. No sleeps anywhere.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

/** The repository root (this file compiles to out/test/lsp/client.js or <outDir>/test/lsp/client.js). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const pkg = require(path.join(dir, 'package.json')) as { name?: string };
      if (pkg.name === 'tadqiq') return dir;
    } catch {
      /* keep walking up */
    }
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** The server under test: dist/cli.js, or another build/install named by TADQIQ_LSP_CLI. */
export const SERVER_CLI = process.env.TADQIQ_LSP_CLI ? path.resolve(process.env.TADQIQ_LSP_CLI) : path.join(repoRoot(), 'dist', 'cli.js');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}
export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] } | { kind: string }>;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: WorkspaceEdit;
  command?: { title: string; command: string; arguments?: unknown[] };
  data?: unknown;
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export interface Notification {
  /** Arrival order over all incoming messages (notifications and requests) of this client. */
  seq: number;
  method: string;
  params: any;
  /** process.hrtime-based milliseconds since the client started. */
  at: number;
}

export class ResponseError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(`${method} failed: [${code}] ${message}`);
  }
}

type RequestHandler = (params: any, message: Message) => unknown | Promise<unknown>;

interface Waiter {
  since: number;
  methods: string[];
  predicate: (params: any, n: Notification) => boolean;
  resolve: (n: Notification) => void;
}

export interface StartOptions {
  /** Extra arguments after `lsp --stdio` (none by default). */
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Settings answered to workspace/configuration, keyed by section ('tadqiq'). */
  settings?: Record<string, unknown>;
  /** Default timeout for requests and waits, ms. */
  timeout?: number;
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export class LspClient {
  readonly proc: ChildProcess;
  readonly notifications: Notification[] = [];
  /** Server→client requests, in arrival order (method, params). */
  readonly serverRequests: Notification[] = [];
  readonly unhandledRequests: Notification[] = [];
  /** Messages the client could not parse (should stay empty). */
  readonly protocolErrors: string[] = [];
  settings: Record<string, unknown>;
  timeout: number;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private stderrChunks: string[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private seq = 0;
  private readonly t0 = performance.now();
  private readonly pending = new Map<number | string, { method: string; resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private waiters: Waiter[] = [];
  private exitWaiters: Array<(e: Error) => void> = [];

  static start(options: StartOptions = {}): LspClient {
    return new LspClient(options);
  }

  constructor(options: StartOptions = {}) {
    this.settings = options.settings ?? {};
    this.timeout = options.timeout ?? 10_000;
    this.proc = spawn(process.execPath, [SERVER_CLI, 'lsp', '--stdio', ...(options.args ?? [])], {
      cwd: options.cwd ?? repoRoot(),
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (s: string) => {
      this.stderrChunks.push(s);
      if (this.stderrChunks.length > 200) this.stderrChunks.splice(0, 100);
    });
    // Writing to a dead server must fail the test through the pending promises, not crash mocha.
    this.proc.stdin!.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        const err = new Error(`server exited (code ${code}, signal ${signal})${this.stderrTail()}`);
        for (const [, p] of this.pending) p.reject(err);
        this.pending.clear();
        for (const w of this.exitWaiters) w(err);
        this.exitWaiters = [];
        resolve({ code, signal });
      });
      this.proc.on('error', (e) => {
        const err = new Error(`cannot start the server (${SERVER_CLI}): ${e.message}`);
        for (const [, p] of this.pending) p.reject(err);
        this.pending.clear();
        for (const w of this.exitWaiters) w(err);
        this.exitWaiters = [];
        resolve({ code: null, signal: null });
      });
    });

    this.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) =>
      params.items.map((it) => (it.section ? this.settings[it.section] ?? null : this.settings)),
    );
    this.onRequest('client/registerCapability', () => null);
    this.onRequest('client/unregisterCapability', () => null);
    this.onRequest('window/workDoneProgress/create', () => null);
    this.onRequest('workspace/diagnostic/refresh', () => null);
    this.onRequest('window/showMessageRequest', () => null);
    this.onRequest('workspace/applyEdit', () => ({ applied: false, failureReason: 'test client does not apply edits' }));
  }

  get alive(): boolean {
    return this.exitCode === null && this.exitSignal === null && !this.proc.killed;
  }

  stderr(): string {
    return this.stderrChunks.join('');
  }

  /** The id of the last request sent (to cancel it with `$/cancelRequest`). */
  get lastRequestId(): number {
    return this.nextId - 1;
  }

  /** The index to pass as `since` to see only notifications arriving from now on. */
  mark(): number {
    return this.seq;
  }

  now(): number {
    return performance.now() - this.t0;
  }

  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  // ---------------------------------------------------------------- sending

  /** Frames and writes one or more messages in a single write (a burst the server reads at once). */
  writeMessages(messages: Message[]): void {
    const parts: Buffer[] = [];
    for (const m of messages) {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      parts.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body);
    }
    this.writeRaw(Buffer.concat(parts));
  }

  /** Writes raw bytes (for protocol-level garbage tests). */
  writeRaw(bytes: Buffer | string): void {
    if (!this.alive) throw new Error(`cannot write: server is not running${this.stderrTail()}`);
    this.proc.stdin!.write(bytes);
  }

  notify(method: string, params?: unknown): void {
    this.writeMessages([{ jsonrpc: '2.0', method, params }]);
  }

  /** Sends a request and resolves with the whole response message (result or error). */
  requestRaw(method: string, params?: unknown, timeout = this.timeout): Promise<Message> {
    const id = this.nextId++;
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`timeout after ${timeout} ms waiting for the response to ${method} (id ${id})${this.trafficTail()}${this.stderrTail()}`));
      }, timeout);
      this.pending.set(id, {
        method,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      try {
        this.writeMessages([{ jsonrpc: '2.0', id, method, params }]);
      } catch (e) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(e as Error);
      }
    });
  }

  async request<T = any>(method: string, params?: unknown, timeout = this.timeout): Promise<T> {
    const m = await this.requestRaw(method, params, timeout);
    if (m.error) throw new ResponseError(method, m.error.code, m.error.message, m.error.data);
    return m.result as T;
  }

  // ---------------------------------------------------------------- waiting

  /**
   * Resolves with the first notification `method` (or any of several methods) arrived at or after
   * `since` whose params match `predicate`; rejects after `timeout` ms, or as soon as the server exits.
   */
  waitFor<P = any>(method: string | string[], predicate: (params: P, n: Notification) => boolean = () => true, options: { since?: number; timeout?: number; what?: string } = {}): Promise<Notification & { params: P }> {
    const since = options.since ?? 0;
    const timeout = options.timeout ?? this.timeout;
    const methods = Array.isArray(method) ? method : [method];
    for (const n of this.notifications) {
      if (n.seq >= since && methods.includes(n.method) && safe(() => predicate(n.params, n))) return Promise.resolve(n);
    }
    return new Promise((resolve, reject) => {
      let waiter: Waiter;
      const onExit = (e: Error) => finish(() => reject(new Error(`while waiting for ${options.what ?? methods.join(' | ')}: ${e.message}`)));
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`timeout after ${timeout} ms waiting for ${options.what ?? methods.join(' | ')}${this.trafficTail()}${this.stderrTail()}`)),
          ),
        timeout,
      );
      const finish = (k: () => void) => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        this.exitWaiters = this.exitWaiters.filter((w) => w !== onExit);
        k();
      };
      waiter = { since, methods, predicate, resolve: (n) => finish(() => resolve(n)) };
      this.waiters.push(waiter);
      if (!this.alive) onExit(new Error(`server is not running${this.stderrTail()}`));
      else this.exitWaiters.push(onExit);
    });
  }

  /** publishDiagnostics for `uri` (optionally exactly `version`). */
  waitForDiagnostics(uri: string, version?: number, options: { since?: number; timeout?: number } = {}): Promise<Notification & { params: PublishDiagnosticsParams }> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), {
      ...options,
      what: `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`,
    });
  }

  /** All notifications `method` logged at or after `since`. */
  received<P = any>(method: string, since = 0): Array<Notification & { params: P }> {
    return this.notifications.filter((n) => n.method === method && n.seq >= since);
  }

  // ---------------------------------------------------------------- life cycle

  /** initialize + initialized, with sensible client capabilities; `capabilities` is merged on top. */
  async initialize(capabilities: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<any> {
    const result = await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'tadqiq-test-client', version: '0' },
      locale: 'en',
      rootUri: null,
      workspaceFolders: null,
      capabilities,
      ...extra,
    });
    this.notify('initialized', {});
    return result;
  }

  /** shutdown → exit; resolves with the exit code. Kills the process if it does not exit. */
  async shutdown(timeout = this.timeout): Promise<number | null> {
    if (!this.alive) return this.exitCode;
    await this.request('shutdown', null, timeout);
    this.notify('exit');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeout);
    const { code } = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** For afterEach: never leaves a server behind. */
  dispose(): void {
    if (this.alive) this.proc.kill('SIGKILL');
  }

  /** A test's end: shut the server down cleanly (exit code 0) if it still runs, kill it in any case, and check that
   *  it wrote nothing the client could not parse. */
  async close(): Promise<void> {
    try {
      if (this.alive) assert.strictEqual(await this.shutdown(), 0);
    } finally {
      this.dispose();
    }
    assert.deepStrictEqual(this.protocolErrors, []);
  }

  // ---------------------------------------------------------------- receiving

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /(?:^|\r\n)Content-Length:\s*(\d+)/i.exec(header);
      if (!m) {
        this.protocolErrors.push(`header without Content-Length: ${JSON.stringify(header.slice(0, 200))}`);
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const length = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      let msg: Message;
      try {
        msg = JSON.parse(body) as Message;
      } catch (e) {
        this.protocolErrors.push(`invalid JSON body: ${(e as Error).message}: ${body.slice(0, 200)}`);
        continue;
      }
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Message): void {
    const seq = this.seq++;
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      // server → client request
      const n: Notification = { seq, method: msg.method, params: msg.params, at: this.now() };
      this.serverRequests.push(n);
      void this.answer(msg, n);
      return;
    }
    if (msg.method !== undefined) {
      const n: Notification = { seq, method: msg.method, params: msg.params, at: this.now() };
      this.notifications.push(n);
      for (const w of [...this.waiters]) {
        if (w.methods.includes(msg.method) && seq >= w.since && safe(() => w.predicate(msg.params, n))) w.resolve(n);
      }
      return;
    }
    if (msg.id !== undefined && msg.id !== null) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        p.resolve(msg);
      } else {
        this.protocolErrors.push(`response to unknown id ${JSON.stringify(msg.id)}`);
      }
      return;
    }
    this.protocolErrors.push(`unexpected message: ${JSON.stringify(msg).slice(0, 200)}`);
  }

  private async answer(msg: Message, n: Notification): Promise<void> {
    const handler = this.handlers.get(msg.method!);
    let reply: Message;
    if (!handler) {
      this.unhandledRequests.push(n);
      reply = { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: `test client: unhandled ${msg.method}` } };
    } else {
      try {
        const result = await handler(msg.params, msg);
        reply = { jsonrpc: '2.0', id: msg.id, result: result === undefined ? null : result };
      } catch (e) {
        reply = { jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: (e as Error).message } };
      }
    }
    if (this.alive) this.writeMessages([reply]);
  }

  // ---------------------------------------------------------------- diagnostics for failures

  private stderrTail(): string {
    const s = this.stderr();
    return s ? `\n--- server stderr (tail) ---\n${s.slice(-2000)}` : '';
  }

  private trafficTail(): string {
    const last = this.notifications.slice(-8).map((n) => `  #${n.seq} ${n.method} ${JSON.stringify(n.params).slice(0, 300)}`);
    return last.length ? `\n--- last notifications ---\n${last.join('\n')}` : '\n(no notifications received)';
  }
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

// -------------------------------------------------------------------- text helpers

/** Offsets of line starts per LSP: lines end at \n, \r\n or \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (c === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** LSP position (UTF-16) → string offset; throws on a position outside the text (a server bug). */
export function offsetAt(text: string, pos: Position, starts = lineStarts(text)): number {
  if (!Number.isInteger(pos.line) || !Number.isInteger(pos.character) || pos.line < 0 || pos.character < 0 || pos.line >= starts.length) {
    throw new Error(`position out of the document: ${JSON.stringify(pos)}`);
  }
  const lineStart = starts[pos.line];
  let lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  // exclude the line break
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0a) lineEnd--;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
  if (lineStart + pos.character > lineEnd) throw new Error(`character past the end of line ${pos.line}: ${JSON.stringify(pos)}`);
  return lineStart + pos.character;
}

/** string offset → LSP position (UTF-16). */
export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  const starts = lineStarts(text);
  return text.slice(offsetAt(text, range.start, starts), offsetAt(text, range.end, starts));
}

/**
 * Applies LSP TextEdits (all relative to the original text) — rejects overlapping edits, as the
 * protocol forbids them.
 */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const abs = edits
    .map((e, i) => ({ s: offsetAt(text, e.range.start, starts), e: offsetAt(text, e.range.end, starts), t: e.newText, i }))
    .sort((a, b) => a.s - b.s || a.e - b.e || a.i - b.i);
  for (let k = 1; k < abs.length; k++) {
    if (abs[k].s < abs[k - 1].e) throw new Error(`overlapping edits: ${JSON.stringify(edits)}`);
  }
  let out = '';
  let at = 0;
  for (const e of abs) {
    if (e.e < e.s) throw new Error(`edit with end before start: ${JSON.stringify(e)}`);
    out += text.slice(at, e.s) + e.t;
    at = e.e;
  }
  return out + text.slice(at);
}

/** The edits a WorkspaceEdit makes to `uri` (changes or documentChanges). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [];
  if (edit.documentChanges) {
    for (const dc of edit.documentChanges) {
      if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...dc.edits);
    }
  } else if (edit.changes) {
    out.push(...(edit.changes[uri] ?? []));
  }
  return out;
}

/** URIs a WorkspaceEdit touches. */
export function urisOf(edit: WorkspaceEdit | undefined): string[] {
  if (!edit) return [];
  if (edit.documentChanges) return edit.documentChanges.flatMap((dc) => ('textDocument' in dc ? [dc.textDocument.uri] : []));
  return Object.keys(edit.changes ?? {});
}

export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  return applyTextEdits(text, editsFor(edit, uri));
}
