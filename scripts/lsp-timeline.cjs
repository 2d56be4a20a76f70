// A preload for a language server under scripts/bench-lsp.mjs (issue 13): where a keystroke's time goes inside the
// server, from the first didChange to shutdown (stdio servers only: it reads the messages as they come in).
//   BENCH_LSP_NODE_ARGS="--require ./scripts/lsp-timeline.cjs" BENCH_LSP_DRAFTS=damaged node scripts/bench-lsp.mjs
// Per keystroke (a didChange, then a pull): the time from the didChange's bytes arriving to the pull's arriving (the
// client), from the pull's to the report's first byte written (the server: the check, the diagnostics, the encoding),
// the main thread's CPU in that span (/proc/self/task/PID/stat), and the collections that fell in it. At shutdown one
// block to stderr: medians and p95 of each span, the CPU of each of the process's threads over the keystrokes (main,
// V8's workers, libuv's), the collections per keystroke by kind with their pauses.
// LSP_TIMELINE_PROF=FILE: also a CPU profile of the keystrokes (the inspector's, from the first didChange), written to
// FILE.<pid>.cpuprofile; LSP_TIMELINE_ALL=1: each keystroke's line too.
'use strict';
const fs = require('fs');
const inspector = require('inspector');
const { PerformanceObserver, constants } = require('perf_hooks');

const CLK = 100;
const pid = process.pid;
/** CPU (ms) of each thread of this process: name/tid -> ms. */
function threads() {
  const out = new Map();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${name}#${tid}`, ((Number(f[11]) + Number(f[12])) * 1000) / CLK);
    } catch {
      // (a thread gone)
    }
  }
  return out;
}
/** The main thread's CPU (ms; schedstat: nanoseconds, finer than stat's ticks). */
function mainCpu() {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

let started = false;
let threads0;
const keys = [];
let cur = null;
const gcs = [];
new PerformanceObserver((list) => {
  if (!started) return;
  for (const e of list.getEntries()) {
    const kind = e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'scavenge' : e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'mark-compact' : e.detail.kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL ? 'incremental' : 'weak';
    gcs.push({ kind, start: e.startTime, ms: e.duration });
  }
}).observe({ entryTypes: ['gc'] });

const session = new inspector.Session();
session.connect();
const prof = process.env.LSP_TIMELINE_PROF;

process.stdin.on('data', (d) => {
  const s = d.toString('latin1');
  const t = performance.now();
  if (s.includes('"textDocument/didChange"')) {
    if (!started) {
      started = true;
      threads0 = threads();
      if (prof) {
        session.post('Profiler.enable');
        session.post('Profiler.setSamplingInterval', { interval: 200 });
        session.post('Profiler.start');
      }
    }
    cur = { change: t, cpuChange: mainCpu() };
    keys.push(cur);
  }
  if (started && cur && s.includes('"textDocument/diagnostic"') && cur.pull === undefined) {
    cur.pull = t;
    cur.cpuPull = mainCpu();
  }
  if (started && s.includes('"shutdown"')) finish();
});

// the report's first write (Content-Length header of the response to the pull)
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = function (chunk, ...rest) {
  if (started && cur && cur.pull !== undefined && cur.out === undefined) {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.length, 40)).toString('latin1');
    if (s.startsWith('Content-Length')) {
      cur.out = performance.now();
      cur.cpuOut = mainCpu();
    }
  }
  return write(chunk, ...rest);
};

function pct(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}

let done = false;
function finish() {
  if (done) return;
  done = true;
  const t1 = threads();
  const n = keys.length;
  const lines = [`lsp-timeline ${pid}: ${n} keystrokes`];
  const f = (x) => x.toFixed(1);
  const span = (name, get) => {
    const xs = keys.map(get);
    lines.push(`  ${name.padEnd(34)} p50 ${f(pct(xs, 50)).padStart(6)}  p95 ${f(pct(xs, 95)).padStart(6)}  mean ${f(xs.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0) / n).padStart(6)} ms`);
  };
  span('didChange -> pull arrives (wall)', (k) => k.pull - k.change);
  span('pull -> report written (wall)', (k) => k.out - k.pull);
  span('  main-thread CPU in it', (k) => k.cpuOut - k.cpuPull);
  span('report written -> next didChange', (k, i) => (keys[keys.indexOf(k) + 1]?.change ?? NaN) - k.out);
  span('main-thread CPU didChange -> next', (k) => (keys[keys.indexOf(k) + 1]?.cpuChange ?? NaN) - k.cpuChange);
  // the collections per keystroke (between its didChange and the next), and those inside pull -> report
  const byKind = new Map();
  let inReport = 0;
  let inReportMs = 0;
  for (const g of gcs) {
    const [c, ms] = byKind.get(g.kind) ?? [0, 0];
    byKind.set(g.kind, [c + 1, ms + g.ms]);
    if (keys.some((k) => k.pull !== undefined && k.out !== undefined && g.start >= k.pull && g.start < k.out)) {
      inReport++;
      inReportMs += g.ms;
    }
  }
  lines.push(`  collections per keystroke: ${[...byKind].map(([k, [c, ms]]) => `${k} ${(c / n).toFixed(2)} (${(ms / n).toFixed(2)} ms, max ${Math.max(...gcs.filter((g) => g.kind === k).map((g) => g.ms)).toFixed(1)})`).join(', ')}; inside pull -> report: ${(inReport / n).toFixed(2)} (${(inReportMs / n).toFixed(2)} ms)`);
  const th = [];
  let total = 0;
  for (const [k, v] of t1) {
    const d = v - (threads0.get(k) ?? 0);
    total += d;
    if (d > 0) th.push([k, d]);
  }
  lines.push(`  CPU per keystroke by thread: total ${(total / n).toFixed(1)} ms; ${th.sort((a, b) => b[1] - a[1]).map(([k, d]) => `${k.replace(/#\d+$/, (m) => (m === `#${pid}` ? ' (main)' : ''))} ${(d / n).toFixed(1)}`).join(', ')}`);
  if (process.env.LSP_TIMELINE_ALL)
    keys.forEach((k, i) => {
      const g = gcs.filter((x) => x.start >= k.change && x.start < (keys[i + 1]?.change ?? Infinity));
      lines.push(`  #${i} client ${f(k.pull - k.change)} server ${f(k.out - k.pull)} (cpu ${f(k.cpuOut - k.cpuPull)}) gc ${g.map((x) => `${x.kind[0]}${x.ms.toFixed(1)}${x.start >= k.pull && x.start < k.out ? '*' : ''}`).join(' ')}`);
    });
  process.stderr.write(lines.join('\n') + '\n');
  if (prof)
    session.post('Profiler.stop', (err, r) => {
      if (!err) fs.writeFileSync(`${prof}.${pid}.cpuprofile`, JSON.stringify(r.profile));
    });
}
