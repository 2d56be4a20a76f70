// A preload for a language server under scripts/bench-lsp.mjs (issue 13): what the server allocates per keystroke and
// where, its scavenges and incremental markings, from the first didChange to shutdown (stdio servers only: it reads
// the messages as they come in). V8's sampling heap profiler with the objects the collector freed counted too.
//   BENCH_LSP_NODE_ARGS="--require ./scripts/lsp-alloc.cjs" BENCH_LSP_DRAFTS=damaged node scripts/bench-lsp.mjs
// Each server prints one line to stderr at shutdown (LSP_ALLOC_TOP=N: also its N functions that allocated most).
'use strict';
const inspector = require('inspector');
const { PerformanceObserver, constants } = require('perf_hooks');

const session = new inspector.Session();
session.connect();
let started = false;
let keys = 0;
let cpu0;
const gcs = { scavenges: [0, 0], incremental: [0, 0] };
new PerformanceObserver((list) => {
  if (!started) return;
  for (const e of list.getEntries()) {
    const k = e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'scavenges' : e.detail.kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL ? 'incremental' : null;
    if (k) {
      gcs[k][0]++;
      gcs[k][1] += e.duration;
    }
  }
}).observe({ entryTypes: ['gc'] });

process.stdin.on('data', (d) => {
  const s = d.toString('latin1');
  const n = (s.match(/"textDocument\/didChange"/g) || []).length;
  if (n && !started) {
    started = true;
    cpu0 = process.cpuUsage();
    session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  keys += n;
  if (started && s.includes('"shutdown"')) {
    const cpu = process.cpuUsage(cpu0);
    session.post('HeapProfiler.stopSampling', (err, r) => {
      if (err || !keys) return;
      const self = new Map();
      let total = 0;
      const walk = (node) => {
        const k = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
        total += node.selfSize;
        self.set(k, (self.get(k) || 0) + node.selfSize);
        for (const c of node.children) walk(c);
      };
      walk(r.profile.head);
      const per = (x) => (x / keys).toFixed(2);
      const lines = [
        `lsp-alloc ${process.pid}: ${keys} keystrokes; ${(total / keys / 1024).toFixed(0)} KB allocated per keystroke; CPU ${per((cpu.user + cpu.system) / 1000)} ms; scavenges ${per(gcs.scavenges[0])} (${per(gcs.scavenges[1])} ms), incremental markings ${per(gcs.incremental[0])} (${per(gcs.incremental[1])} ms) per keystroke`,
      ];
      const top = Number(process.env.LSP_ALLOC_TOP || 0);
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${(v / keys / 1024).toFixed(0).padStart(6)} KB  ${k}`);
      process.stderr.write(lines.join('\n') + '\n');
    });
  }
});
