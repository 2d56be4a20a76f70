// `npm run bench` (and `node scripts/bench-lsp.mjs` after `npm run build`): keystroke → diagnostics through a real
// stdio client. Three servers (`tadqiq lsp --stdio`) run side by side: one checks the whole document on every change
// (initializationOptions.fullCheck, what the server did before issue 13) and sends every finding, one checks
// incrementally (core/incremental.ts) and sends every finding (tadqiq.maxDiagnostics 0), one has the default
// settings (incremental, at most tadqiq.maxDiagnostics diagnostics sent: lsp/cap.ts).
// Each opens a ~200 KB draft — clean (correct sentences written for tadqiq) and damaged (the corpus dev degraded.txt
// files concatenated, when ../shared/corpus is there) — and the same keystrokes are typed into all, interleaved (one
// keystroke to the first, then to the second, …: the machine's noise falls on all): an incremental didChange, then a
// pull (textDocument/diagnostic, previousResultId given) timed until its report arrives (the debounce included).
// Prints p50/p95 per server and their ratios, and each server's RSS with the draft open.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';
import * as esbuild from 'esbuild';
import { devCorpusText, keystrokes } from './bench-texts.mjs';

// the node flags the VS Code client starts the server with (client/src/extension.ts; vocabulary.ts SERVER_EXEC_ARGV)
// and the environment variables it adds (SERVER_ENV)
/** The client's node flags and environment as the vocabulary.ts in `root` has them (null: no such file). */
function clientFlags(root) {
  const file = path.join(root, 'server', 'src', 'shared', 'vocabulary.ts');
  if (!fs.existsSync(file)) return null;
  const vocabulary = fs.readFileSync(file, 'utf8');
  return {
    argv: JSON.parse(/SERVER_EXEC_ARGV[^=]*=\s*(\[[^\]]*\])/.exec(vocabulary)[1].replace(/'/g, '"')),
    env: Object.fromEntries([.../\bSERVER_ENV\b[^=]*=\s*\{([^}]*)\}/.exec(vocabulary)[1].matchAll(/(\w+):\s*'([^']*)'/g)].map((m) => [m[1], m[2]])),
  };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { argv: SERVER_EXEC_ARGV, env: SERVER_ENV } = clientFlags(ROOT);
const KB = 1024;
const SIZE = Number(process.env.BENCH_LSP_KB ?? 200) * KB;
const KEYS = Number(process.env.BENCH_LSP_KEYS ?? 60);
const CLK_TCK = 100; // (Linux's USER_HZ)
// (longer than the server's idle release of the core's memos: lsp/server.ts IDLE_RELEASE_MS, 10 s)
const REST_MS = Number(process.env.BENCH_LSP_REST_MS ?? 11500);

class Client {
  constructor(name, initOptions, settings = {}, flags = [], root = ROOT, env = {}) {
    this.name = name;
    // (BENCH_LSP_NODE_ARGS: flags for the servers' node, e.g. --cpu-prof, or `--require ./scripts/lsp-alloc.cjs`: what each
    // server allocates per keystroke, its scavenges)
    const nodeArgs = process.env.BENCH_LSP_NODE_ARGS ? process.env.BENCH_LSP_NODE_ARGS.split(' ') : [];
    this.proc = spawn(process.execPath, [...nodeArgs, ...flags, path.join(root, 'bin', 'tadqiq.js'), 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    this.buf = Buffer.alloc(0);
    this.next = 1;
    this.pending = new Map();
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.initOptions = initOptions;
    this.settings = settings;
  }
  onData(d) {
    // (chunks kept until a whole message is there: concatenating on every chunk is quadratic in a 4 MB report)
    this.chunks ??= [];
    this.chunks.push(d);
    this.have = (this.have ?? 0) + d.length;
    if (this.need !== undefined && this.have < this.need) return;
    this.buf = Buffer.concat([this.buf, ...this.chunks]);
    this.chunks = [];
    this.have = 0;
    this.need = undefined;
    for (;;) {
      const h = this.buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, h).toString());
      const len = Number(m[1]);
      if (this.buf.length < h + 4 + len) {
        this.need = h + 4 + len - this.buf.length;
        return;
      }
      const msg = JSON.parse(this.buf.subarray(h + 4, h + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(h + 4 + len);
      if (msg.id !== undefined && msg.method) this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.settings) : null });
      else if (msg.id !== undefined && this.pending.has(msg.id)) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error.message));
        else p.resolve(msg.result);
      }
    }
  }
  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  request(method, params) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }
  async start() {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: {} } },
      initializationOptions: this.initOptions,
    });
    this.notify('initialized', {});
    this.pid = this.proc.pid; // (bin/tadqiq.js serves in its own process)
  }
  /**
   * CPU time the server process used so far (user + system, ms; /proc): the measure the machine's load inflates least.
   * `main`: its main thread's only (/proc/PID/task/PID) — the rest is V8's worker thread, mostly compiling optimised code
   * in the first hundred keystrokes after a draft is opened (scripts/lsp-timeline.cjs).
   */
  cpuMs(main = false) {
    try {
      // (the main thread's from schedstat, in nanoseconds: a single keystroke's is a few ticks of stat's 10 ms)
      if (main) return Number(fs.readFileSync(`/proc/${this.pid}/task/${this.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
    } catch {
      return NaN;
    }
  }
  rssMB(field = 'VmRSS') {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
      if (process.env.BENCH_LSP_RSS_DETAIL) console.log(this.name, status.split('\n').filter((l) => /^(Rss|VmHWM|Threads)/.test(l)).join(' | ').replace(/\s+/g, ' '));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  }
  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
  }
}

// Correct sentences (no defect), written for tadqiq.
const CLEAN = [
  'أعلنت وزارة الزراعة يوم الإثنين عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية.',
  'وقالت الوزيرة ليلى حداد إن الخطة ستنطلق مطلع العام المقبل بميزانية قدرها 40 مليون دينار.',
  'ويرى محللون أن الخطة تأتي متأخرة، فيما أكد رئيس الاتحاد سامي نادر أنها خطوة في الاتجاه الصحيح.',
  'وأضافت أن الحكومة ستراجع الأسعار كل ستة أشهر، وأن نسبة الدعم قد تصل إلى 30% في السنة الأولى.',
  'وأكدت مصادر رسمية أن المشروع سيشمل المدارس الريفية في الجنوب خلال السنة المقبلة.',
  'وتعمل الوزارة مع البلديات على إعداد قوائم المستفيدين قبل نهاية الشهر الجاري.',
];
function cleanDraft(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = CLEAN[(i * 7) % CLEAN.length] + (i % 5 === 4 ? '\n\n' : ' ');
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}
const damagedDraft = devCorpusText;

/** LSP position of a UTF-16 offset. */
function positionAt(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      last = i + 1;
    }
  }
  return { line, character: offset - last };
}


function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The core alone, in this process: lintText of the whole text vs the incremental checker, the same keystrokes. */
async function inProcess(text) {
  const outfile = path.join(ROOT, 'out', 'incremental-bench.cjs');
  await esbuild.build({
    stdin: { contents: "export { lintText } from './server/src/core/engine'; export { IncrementalLinter } from './server/src/core/incremental';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  const core = createRequire(import.meta.url)(outfile);
  const inc = new core.IncrementalLinter({});
  inc.lint(text);
  const full = [];
  const incremental = [];
  let checked = 0;
  for (const e of keystrokes(text, KEYS)) {
    text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
    let t0 = performance.now();
    core.lintText(text);
    full.push(performance.now() - t0);
    t0 = performance.now();
    inc.lint(text);
    incremental.push(performance.now() - t0);
    checked += inc.stats.checked;
  }
  return { full, incremental, checked: checked / KEYS, chunks: inc.stats.chunks };
}

async function run(label, text) {
  // (BENCH_LSP_NO_CORE=1: not the core alone in this process)
  const core = process.env.BENCH_LSP_NO_CORE ? null : await inProcess(text);
  // (tadqiq.maxDiagnostics 0: every finding sent, as before the cap; the last server has the default settings)
  const servers = [
    new Client('full, all', { fullCheck: true }, { maxDiagnostics: 0 }),
    new Client('incr., all', {}, { maxDiagnostics: 0 }),
    new Client('incr., capped', {}),
    new Client('as VS Code', {}, {}, SERVER_EXEC_ARGV, ROOT, SERVER_ENV),
  ];
  // (BENCH_LSP_OLD=DIR: also an earlier build — DIR holding its bin/ and dist/ — with its client's flags (those of DIR's
  // server/src/shared/vocabulary.ts, a worktree's; else this one's), side by side;
  // BENCH_LSP_ONLY=REGEXP: only the servers whose name matches, the first of them the baseline of the ratios)
  // (BENCH_LSP_VARIANTS='name: --flag --flag=1 ENV=value; name2: …': more servers with the default settings and those
  // node flags and environment variables, side by side — how the client's flags were chosen)
  for (const v of (process.env.BENCH_LSP_VARIANTS ?? '').split(';').filter((v) => v.trim())) {
    const [name, spec = ''] = v.split(':');
    const words = spec.trim().split(/\s+/).filter(Boolean);
    const env = Object.fromEntries(words.filter((w) => !w.startsWith('-')).map((w) => w.split('=')));
    servers.push(new Client(name.trim(), {}, {}, words.filter((w) => w.startsWith('-')), ROOT, env));
  }
  if (process.env.BENCH_LSP_OLD) {
    // (with the client's flags of that build, when DIR holds its server/src/shared/vocabulary.ts; else this one's)
    const old = path.resolve(process.env.BENCH_LSP_OLD);
    const flags = clientFlags(old) ?? { argv: SERVER_EXEC_ARGV, env: SERVER_ENV };
    servers.push(new Client('old, VS Code', {}, {}, flags.argv, old, flags.env));
  }
  if (process.env.BENCH_LSP_ONLY) {
    const only = new RegExp(process.env.BENCH_LSP_ONLY);
    for (const s of servers.filter((s) => !only.test(s.name))) s.proc.kill();
    servers.splice(0, servers.length, ...servers.filter((s) => only.test(s.name)));
  }
  for (const s of servers) await s.start();
  const uri = 'file:///tmp/tadqiq-bench/draft.txt';
  const open = [];
  const diagCount = [];
  for (const s of servers) {
    s.text = text;
    s.version = 1;
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const t0 = performance.now();
    const r = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    open.push(performance.now() - t0);
    s.resultId = r.resultId;
    diagCount.push(r.items.length);
  }
  const times = servers.map(() => []);
  const cpu0 = servers.map((s) => s.cpuMs());
  const main0 = servers.map((s) => s.cpuMs(true));
  let unchanged = 0;
  // one keystroke into server s: an incremental didChange, then a pull timed until its report arrives (ms)
  const typeKey = async (s, e) => {
    const range = { start: positionAt(s.text, e.at), end: positionAt(s.text, e.at + e.del) };
    s.text = s.text.slice(0, e.at) + e.ins + s.text.slice(e.at + e.del);
    s.version++;
    const t0 = performance.now();
    s.notify('textDocument/didChange', { textDocument: { uri, version: s.version }, contentChanges: [{ range, text: e.ins }] });
    const r = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: s.resultId });
    s.resultId = r.resultId;
    return performance.now() - t0;
  };
  for (const e of keystrokes(text, KEYS)) {
    for (let i = 0; i < servers.length; i++) {
      times[i].push(await typeKey(servers[i], e));
    }
  }
  const cpu = servers.map((s, i) => (s.cpuMs() - cpu0[i]) / KEYS);
  const mainCpu = servers.map((s, i) => (s.cpuMs(true) - main0[i]) / KEYS);
  // a pull of an unchanged document: the report is not sent again
  for (const s of servers) {
    const r = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: s.resultId });
    if (r.kind === 'unchanged') unchanged++;
  }
  const rss = servers.map((s) => s.rssMB());
  // at rest: the editor quiet for longer than the server's idle collection and memo release wait (lsp/server.ts
  // IDLE_GC_MS, 2 s; IDLE_RELEASE_MS, 10 s)
  await new Promise((resolve) => setTimeout(resolve, REST_MS));
  const rest = servers.map((s) => s.rssMB());
  const peak = servers.map((s) => s.rssMB('VmHWM'));
  // (BENCH_LSP_SNAPSHOT=DIR: each server at rest writes a heap snapshot into DIR — BENCH_LSP_NODE_ARGS must hold
  // --heapsnapshot-signal=SIGUSR2 and node writes it into the server's working directory, this process's; the pull
  // that follows waits for it)
  if (process.env.BENCH_LSP_SNAPSHOT) {
    for (const s of servers) fs.writeFileSync(path.join(process.env.BENCH_LSP_SNAPSHOT, `smaps.${s.proc.pid}.txt`), fs.readFileSync(`/proc/${s.proc.pid}/smaps`));
    for (const s of servers) s.proc.kill('SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const s of servers) await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: s.resultId });
  }
  // the first keystroke after the rest: what the idle collection and release cost (memos filled again)
  const afterRest = [];
  const afterRestMain = [];
  for (const e of [...keystrokes(text, KEYS + 1)].slice(KEYS)) {
    for (const s of servers) {
      const m0 = s.cpuMs(true);
      afterRest.push(await typeKey(s, e));
      afterRestMain.push(s.cpuMs(true) - m0);
    }
  }
  // the floor no server can go under: the report's JSON written and read (LSP sends the whole list on every change)
  const report = await servers[servers.length - 1].request('textDocument/diagnostic', { textDocument: { uri } });
  const floor = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    JSON.parse(Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 1, result: report }), 'utf8').toString('utf8'));
    floor.push(performance.now() - t0);
  }
  const reportBytes = Buffer.byteLength(JSON.stringify(report));
  console.log(`\n${label}: ${(Buffer.byteLength(text) / KB).toFixed(0)} KB, ${text.split('\n').length} lines, ${diagCount[0]} findings (${diagCount[diagCount.length - 1]} sent by the capped server); ${KEYS} keystrokes (didChange + pull), interleaved`);
  console.log(`  ${'server'.padEnd(14)} ${'open (ms)'.padStart(10)} ${'p50 (ms)'.padStart(9)} ${'p95 (ms)'.padStart(9)} ${'max (ms)'.padStart(9)} ${'CPU/key (ms)'.padStart(13)} ${'main'.padStart(5)} ${'RSS (MB)'.padStart(9)} ${'at rest'.padStart(8)} ${'peak'.padStart(6)} ${'after rest (ms)'.padStart(16)} ${'main'.padStart(5)}`);
  servers.forEach((s, i) => {
    console.log(`  ${s.name.padEnd(14)} ${open[i].toFixed(0).padStart(10)} ${pct(times[i], 50).toFixed(1).padStart(9)} ${pct(times[i], 95).toFixed(1).padStart(9)} ${Math.max(...times[i]).toFixed(1).padStart(9)} ${cpu[i].toFixed(1).padStart(13)} ${mainCpu[i].toFixed(1).padStart(5)} ${rss[i].toFixed(0).padStart(9)} ${rest[i].toFixed(0).padStart(8)} ${peak[i].toFixed(0).padStart(6)} ${afterRest[i].toFixed(0).padStart(16)} ${afterRestMain[i].toFixed(0).padStart(5)}`);
  });
  if (core) console.log(`  core alone (in this process, same keystrokes): full check p50 ${pct(core.full, 50).toFixed(1)} / p95 ${pct(core.full, 95).toFixed(1)} ms, incremental p50 ${pct(core.incremental, 50).toFixed(1)} / p95 ${pct(core.incremental, 95).toFixed(1)} ms (${(pct(core.incremental, 50) / pct(core.full, 50)).toFixed(2)}×; ${core.chunks} chunks, ${core.checked.toFixed(1)} checked per keystroke)`);
  console.log(`  the capped server's report alone (${(reportBytes / 1024 / 1024).toFixed(2)} MB of JSON) encoded and decoded in this process: ${pct(floor, 50).toFixed(1)} ms`);
  for (let i = 1; i < servers.length; i++) console.log(`  ${servers[i].name} / ${servers[0].name}: p50 ${(pct(times[i], 50) / pct(times[0], 50)).toFixed(2)}×, p95 ${(pct(times[i], 95) / pct(times[0], 95)).toFixed(2)}×`);
  if (process.env.BENCH_LSP_TIMES) servers.forEach((s, i) => console.log(`  ${s.name}: ${times[i].map((t) => t.toFixed(0)).join(" ")}`));
  console.log(`  unchanged reports for an unchanged document: ${unchanged}/${servers.length}`);
  for (const s of servers) await s.stop();
}

if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('bench-lsp: run `npm run build` first');
  process.exit(2);
}
console.log(`\nLanguage server, keystroke → diagnostics (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
// (BENCH_LSP_DRAFTS=clean or damaged: only that one)
const drafts = process.env.BENCH_LSP_DRAFTS ?? 'clean,damaged';
if (drafts.includes('clean')) await run('clean draft', cleanDraft(SIZE));
const damaged = drafts.includes('damaged') ? damagedDraft(SIZE) : null;
if (!drafts.includes('damaged')) {
  // (not asked for)
} else if (damaged) await run('damaged draft (corpus dev degraded.txt, concatenated)', damaged);
else console.log('\n(damaged draft skipped: ../shared/corpus/dev not found)');
