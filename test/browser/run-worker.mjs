#!/usr/bin/env node
/**
 * The web language server (dist/web/server.js, VS Code for the Web) in a real browser: headless Chromium (Debian's,
 * installed by scripts/setup-e2e.sh, driven by playwright-core) loads a blank page from a server on 127.0.0.1, starts
 * the bundle as a Web Worker and speaks LSP with it over `postMessage` — the messages the browser LanguageClient
 * sends (vscode-languageclient/browser posts the JSON-RPC objects themselves). Node plays the client: every message
 * goes through the page (page.evaluate → worker.postMessage; worker.onmessage → an exposed function).
 *
 * Checks, for the same texts:
 *   - the diagnostics are the CLI's findings (`node dist/cli.js lint --format json`): rule, range, severity, message;
 *   - fix-all (`source.fixAll.tadqiq` code action) gives the CLI's `fix` output;
 *   - no Node built-in is needed: the worker runs (its global scope has no `process`, no `require`);
 *   - the reviews: the worker asks the client for `.tadqiq/reviewed.json` (`tadqiq/reviewed/read`), a stored key
 *     silences its finding, `tadqiq.markReviewed` sends the new file to the client (`tadqiq/reviewed/write`);
 *   - `tadqiq/serverInfo` answers the version and no pid.
 * Measures (printed, never asserted): worker start-up (new Worker → initialize answered) and first diagnostics on a
 * 20 KB draft (didOpen → publishDiagnostics), both timed inside the page with performance.now().
 *
 * Prints one line per check and last `worker: N passed, M failed`; exits 0 only when nothing failed.
 * Needs `npm run build` (dist/web/server.js, dist/cli.js) and a Chromium: $TADQIQ_CHROMIUM, else the one
 * scripts/setup-e2e.sh recorded in $TADQIQ_CACHE/paths.json, else /usr/bin/chromium.
 * Every wait is on a message with a deadline; nothing sleeps.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const env = process.env;
const CACHE = env.TADQIQ_CACHE || path.join(os.homedir(), '.cache', 'tadqiq-e2e');
const WORKER = path.join(ROOT, 'dist', 'web', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const TIMEOUT_MS = Number(env.TADQIQ_WORKER_TIMEOUT_MS || 30000);

const counts = { passed: 0, failed: 0 };
function check(name, ok, detail = '') {
  if (ok) counts.passed++;
  else counts.failed++;
  console.log(`  ${ok ? '\u2713' : '\u2717'} ${name}${detail ? ` \u2014 ${detail}` : ''}`);
}

function chromiumPath() {
  if (env.TADQIQ_CHROMIUM) return env.TADQIQ_CHROMIUM;
  const paths = path.join(CACHE, 'paths.json');
  if (fs.existsSync(paths)) {
    const p = JSON.parse(fs.readFileSync(paths, 'utf8')).chromium;
    if (p && fs.existsSync(p)) return p;
  }
  return '/usr/bin/chromium';
}

// ------------------------------------------------------------------ texts
const T = '\u0640';
/** A short draft: two stretched words, a legitimate Hijri abbreviation, Latin commas. */
const SHORT = `قال الوزي${T}${T}ر إن خ${T}طة الدعم ستنطلق في 1446ه${T}، وقال المدير, إن العمل بدأ.\n`;
/** About 20 KB (UTF-8) of drafts: the bundled sample, numbered paragraphs, repeated. */
function draft20k() {
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'draft.ar.txt'), 'utf8');
  const parts = [];
  let n = 0;
  while (Buffer.byteLength(parts.join('\n'), 'utf8') < 20 * 1024) parts.push(`الفقرة ${++n}\n${sample}`);
  return parts.join('\n');
}

function cli(args, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-worker-'));
  const file = path.join(dir, 'draft.txt');
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [CLI, ...args, file], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

function cliFindings(text) {
  const r = cli(['lint', '--format', 'json'], text);
  if (r.status !== 0 && r.status !== 1) throw new Error(`tadqiq lint exited ${r.status}: ${r.stderr}`);
  const all = Object.values(JSON.parse(r.stdout)).flat();
  return all.map((f) => ({ code: f.ruleId, severity: f.severity, message: f.message, range: f.range }));
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
function fromDiagnostics(ds) {
  return ds.map((d) => ({ code: d.code, severity: SEVERITY[d.severity], message: d.message, range: d.range }));
}
const order = (xs) =>
  [...xs].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message));

/** Applies LSP text edits (non-overlapping) to a text. */
function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) lineStarts.push(i + 1);
  }
  const off = (p) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

// ------------------------------------------------------------------ page and worker
const PAGE = `<!doctype html><meta charset="utf-8"><title>tadqiq worker</title><body>tadqiq worker test</body>`;

function serve() {
  const server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/server.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(fs.readFileSync(WORKER));
    } else if (req.url === '/data/lexicon.js') {
      // the lexicon data both editor servers load as they start (esbuild.mjs), at ../data/lexicon.js from the worker
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(fs.readFileSync(path.join(ROOT, 'dist', 'data', 'lexicon.js')));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A JSON-RPC client whose transport is the page's worker. */
class WorkerClient {
  constructor(page) {
    this.page = page;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.notifications = [];
    this.handlers = new Map();
    this.requestsSeen = [];
  }
  async receive(msg, t) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) p({ ...msg, t });
      return;
    }
    if (msg.id !== undefined) {
      // a request from the server
      this.requestsSeen.push(msg);
      const h = this.handlers.get(msg.method);
      const result = h ? await h(msg.params) : null;
      await this.post({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    const stored = { ...msg, t };
    this.notifications.push(stored);
    for (const w of [...this.waiters]) {
      if (w.match(stored)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(stored);
      }
    }
  }
  post(msg) {
    return this.page.evaluate((m) => window.tadqiqPost(m), msg);
  }
  async request(method, params) {
    const id = this.nextId++;
    const answer = new Promise((resolve) => this.pending.set(id, resolve));
    const sentAt = await this.page.evaluate((m) => window.tadqiqPost(m), { jsonrpc: '2.0', id, method, params });
    const r = await within(answer, `the answer to ${method}`);
    if (r.error) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return { result: r.result, sentAt, t: r.t };
  }
  notify(method, params) {
    return this.page.evaluate((m) => window.tadqiqPost(m), { jsonrpc: '2.0', method, params });
  }
  /** Resolves with the first notification (already arrived or arriving) that `match` accepts. */
  waitFor(what, match) {
    const seen = this.notifications.find(match);
    if (seen) return Promise.resolve(seen);
    return within(new Promise((resolve) => this.waiters.push({ match, resolve })), what);
  }
}

function within(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000}s waiting for ${what}`)), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

const publishedFor = (uri, version) => (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version;

// ------------------------------------------------------------------ run
async function main() {
  for (const f of [WORKER, CLI]) if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run \`npm run build\``);
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: run \`bash scripts/setup-e2e.sh\` (installs Debian's chromium)`);
  const { chromium } = require('playwright-core');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-worker-chromium-'));
  const server = await serve();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache') },
    timeout: 60000,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const client = new WorkerClient(page);
    await page.exposeFunction('tadqiqReceive', (msg, t) => client.receive(msg, t));
    const port = server.address().port;
    await page.goto(`http://127.0.0.1:${port}/`);
    const workerErrors = [];
    await page.exposeFunction('tadqiqWorkerError', (e) => workerErrors.push(e));
    // t = 0 when the worker is created; every time below is performance.now() in the page, relative to it
    await page.evaluate(() => {
      const t0 = performance.now();
      const w = new Worker('/server.js', { name: 'tadqiq-server' });
      w.onmessage = (e) => window.tadqiqReceive(e.data, performance.now() - t0);
      w.onerror = (e) => window.tadqiqWorkerError(String(e.message ?? e));
      window.tadqiqPost = (m) => {
        w.postMessage(m);
        return performance.now() - t0;
      };
    });

    // ---- initialize (push diagnostics: no textDocument.diagnostic; no workspace/configuration: defaults) ----
    const folder = 'vscode-vfs://github/newsroom/articles';
    const reviewedFiles = new Map(); // folder -> text
    client.handlers.set('tadqiq/reviewed/read', (p) => (reviewedFiles.has(p.folder) ? { text: reviewedFiles.get(p.folder) } : {}));
    client.handlers.set('tadqiq/reviewed/write', (p) => {
      reviewedFiles.set(p.folder, p.text);
      return { file: `${p.folder}/.tadqiq/reviewed.json` };
    });
    const init = await client.request('initialize', {
      processId: null,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'articles' }],
      capabilities: {
        textDocument: { publishDiagnostics: { codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } } } },
        workspace: { workspaceEdit: { documentChanges: false } },
      },
      initializationOptions: { locale: 'en' },
    });
    const startup = init.t;
    await client.notify('initialized', {});
    check('the worker starts and answers initialize over postMessage', init.result?.capabilities?.codeActionProvider !== undefined, `serverInfo ${JSON.stringify(init.result.serverInfo)}`);
    const scope = await page.evaluate(
      () =>
        new Promise((resolve) => {
          // a second worker from the same bundle URL, asked nothing: only its global scope is looked at
          const src = `postMessage({ process: typeof process, require: typeof require, Buffer: typeof Buffer })`;
          const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
          w.onmessage = (e) => resolve(e.data);
        }),
    );
    check('a worker has no Node globals (process, require, Buffer): the bundle runs without them', scope.process === 'undefined' && scope.require === 'undefined' && scope.Buffer === 'undefined', JSON.stringify(scope));

    // ---- the same diagnostics as the CLI, short and 20 KB ----
    // the 20 KB draft first: its time is that of a fresh worker's first lint (lexicon and caches cold)
    const texts = [
      ['20 KB draft', draft20k(), `${folder}/news.txt`],
      ['short draft', SHORT, `${folder}/short.txt`],
    ];
    let firstDiagnostics;
    for (const [name, text, uri] of texts) {
      const sentAt = await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const pub = await client.waitFor(`publishDiagnostics of ${name}`, publishedFor(uri, 1));
      if (name === '20 KB draft') firstDiagnostics = { ms: pub.t - sentAt, bytes: Buffer.byteLength(text, 'utf8'), count: pub.params.diagnostics.length };
      const want = order(cliFindings(text));
      const got = order(fromDiagnostics(pub.params.diagnostics));
      const same = JSON.stringify(got) === JSON.stringify(want);
      check(`${name}: the worker's diagnostics are the CLI's findings (rule, range, severity, message)`, same && want.length > 0, same ? `${got.length} findings` : `worker ${got.length}, CLI ${want.length}; first difference ${JSON.stringify(got.find((g, i) => JSON.stringify(g) !== JSON.stringify(want[i])))}`);
      const links = pub.params.diagnostics.every((d) => typeof d.codeDescription?.href === 'string' && d.codeDescription.href.endsWith(`/docs/rules/${d.code}.md`));
      if (name === 'short draft') check('every diagnostic links its rule page (codeDescription)', links);

      // fix-all over postMessage = the CLI's `fix`
      const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      const { result: actions } = await client.request('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.tadqiq'] } });
      const fixAll = (actions ?? []).find((a) => a.kind === 'source.fixAll.tadqiq');
      const fixed = fixAll ? applyEdits(text, fixAll.edit.changes[uri]) : text;
      const cliFixed = cli(['fix'], text).stdout;
      check(`${name}: fix-all (source.fixAll.tadqiq) gives the CLI's \`fix\` output`, !!fixAll && fixed === cliFixed && fixed !== text, fixAll ? `${fixAll.title}` : 'no fix-all action');
    }

    // ---- reviews through the client: read, honoured, written ----
    const reviewsAsked = client.requestsSeen.filter((r) => r.method === 'tadqiq/reviewed/read').map((r) => r.params.folder);
    check('the worker asks the client for the folder\'s .tadqiq/reviewed.json (tadqiq/reviewed/read)', reviewsAsked.includes(folder), JSON.stringify(reviewsAsked));
    const uri = `${folder}/short.txt`;
    const { result: quick } = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [] },
    });
    const ignore = (quick ?? []).find((a) => a.command?.command === 'tadqiq.markReviewed');
    check('"Ignore here" is offered as the tadqiq.markReviewed command', !!ignore, (quick ?? []).map((a) => a.title).join(' | '));
    if (ignore) {
      const before = client.notifications.filter(publishedFor(uri, 1)).at(-1).params.diagnostics.length;
      const republished = client.notifications.length;
      await client.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
      const written = reviewedFiles.get(folder);
      const key = ignore.command.arguments[0];
      check('executing it sends the new reviewed file to the client (tadqiq/reviewed/write)', !!written && JSON.parse(written).reviewed.includes(key), written ? JSON.stringify(JSON.parse(written)).slice(0, 160) : 'nothing written');
      const after = await client.waitFor('diagnostics after the review', (m) => publishedFor(uri, 1)(m) && client.notifications.indexOf(m) >= republished);
      check('the reviewed finding goes, the others stay', after.params.diagnostics.length === before - 1, `${before} → ${after.params.diagnostics.length}`);
    }

    const { result: info } = await client.request('tadqiq/serverInfo', null);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    check('tadqiq/serverInfo: the package version, no pid (a worker is no process)', info.version === pkg.version && info.pid === undefined, JSON.stringify(info));
    check('no error in the page or the worker', errors.length === 0 && workerErrors.length === 0, [...errors, ...workerErrors].join('; '));

    console.log(`  measured: worker start-up (new Worker → initialize answered): ${startup.toFixed(0)} ms`);
    if (firstDiagnostics) {
      console.log(
        `  measured: first diagnostics on a ${(firstDiagnostics.bytes / 1024).toFixed(1)} KB draft (didOpen → publishDiagnostics): ${firstDiagnostics.ms.toFixed(0)} ms, ${firstDiagnostics.count} diagnostics`,
      );
    }
    console.log(`  measured: dist/web/server.js ${(fs.statSync(WORKER).size / 1024).toFixed(0)} KiB`);
  } finally {
    await browser.close().catch(() => {});
    server.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  check('worker test ran to the end', false, e instanceof Error ? e.message : String(e));
}
console.log(`worker: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
