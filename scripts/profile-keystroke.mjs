// `node scripts/profile-keystroke.mjs` (after `npm install`; no build needed): where a keystroke's time goes in the
// incremental checker (core/incremental.ts), the core alone in this process — the question issue 13 left open: which
// rules and which layers a keystroke re-runs when one paragraph changed. The same draft and keystrokes as
// scripts/bench-lsp.mjs (the damaged ~200 KB draft from the corpus dev split; PROFILE_CLEAN=1 the clean one is not
// available here). Prints, per keystroke: the check's wall time (p50/p95/mean), CPU, how many chunks were checked
// and how long they are, each rule's CPU time (`[whole]`: run on the whole draft, the majority votes), the time outside
// the rules, and the garbage collections (PerformanceObserver 'gc', counts and durations per keystroke).
// PROFILE_KEYS (default 120), PROFILE_WARM (keystrokes before measuring, default 10). Run it with the client's node
// flags to see what they cost: `node --max-semi-space-size=4 --v8-pool-size=1 --heap-growing-percent=75
// scripts/profile-keystroke.mjs`. Wall times move with the machine's load; compare CPU and the shares.
import * as esbuild from 'esbuild';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { PerformanceObserver, constants } from 'perf_hooks';
import { devCorpusText, keystrokes } from './bench-texts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYS = Number(process.env.PROFILE_KEYS ?? 120);
const WARM = Number(process.env.PROFILE_WARM ?? 10);
const outfile = path.join(ROOT, 'out', 'profile-keystroke.cjs');
await esbuild.build({
  stdin: {
    contents: "export { IncrementalLinter } from './server/src/core/incremental'; export { RULES } from './server/src/core/registry';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);
let text = devCorpusText(200 * 1024);
if (!text) {
  console.error('profile-keystroke: the corpus (../shared/corpus/dev) is not there');
  process.exit(2);
}

// each rule's check timed (a wrapper around its check function; the rule objects are the bundle's own)
let measuring = false;
const ruleMs = new Map();
const ruleCalls = new Map();
for (const rule of core.RULES) {
  const check = rule.check;
  rule.check = function (ctx) {
    if (!measuring) return check.call(this, ctx);
    // (CPU time, not wall: the machine's load inflates it least)
    const t0 = process.cpuUsage();
    try {
      return check.call(this, ctx);
    } finally {
      const key = rule.id + (ctx.text.length > text.length / 2 ? ' [whole]' : '');
      const t = process.cpuUsage(t0);
      ruleMs.set(key, (ruleMs.get(key) ?? 0) + (t.user + t.system) / 1000);
      ruleCalls.set(key, (ruleCalls.get(key) ?? 0) + 1);
    }
  };
}


const linter = new core.IncrementalLinter({});
linter.check(text);
const checkedLengths = [];
const checkChunk = linter.checkChunk.bind(linter);
linter.checkChunk = (chunk, ...rest) => {
  if (measuring) checkedLengths.push(chunk.length);
  return checkChunk(chunk, ...rest);
};
const gcs = new Map();
new PerformanceObserver((list) => {
  if (!measuring) return;
  for (const e of list.getEntries()) {
    const kind = e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : e.detail.kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL ? 'incremental' : 'weak';
    const [n, ms] = gcs.get(kind) ?? [0, 0];
    gcs.set(kind, [n + 1, ms + e.duration]);
  }
}).observe({ entryTypes: ['gc'] });

const all = keystrokes(text, WARM + KEYS);
const times = [];
let checked = 0;
let cpu0;
for (let k = 0; k < all.length; k++) {
  if (k === WARM) {
    measuring = true;
    cpu0 = process.cpuUsage();
  }
  const e = all[k];
  text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
  const t0 = performance.now();
  const { list } = linter.check(text);
  // what the language server reads of the list: the first 1,000 findings' messages (lsp/cap.ts sends at most 1,000)
  for (let i = 0; i < Math.min(1000, list.length); i++) list.message(i);
  list.trim();
  if (measuring) {
    times.push(performance.now() - t0);
    checked += linter.stats.checked;
  }
}
const cpu = process.cpuUsage(cpu0);
await new Promise((resolve) => setTimeout(resolve, 50));
const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / KEYS;
const lengths = [...new Set(checkedLengths)].sort((a, b) => a - b);
console.log(`\nA keystroke in the damaged ~200 KB draft, the core alone (node ${process.version} ${process.execArgv.join(' ')}; ${KEYS} keystrokes after ${WARM})`);
console.log(`  check + 1,000 messages: p50 ${sorted[KEYS >> 1].toFixed(1)} / p95 ${sorted[Math.floor(KEYS * 0.95)].toFixed(1)} / mean ${mean.toFixed(1)} ms wall, CPU ${((cpu.user + cpu.system) / 1000 / KEYS).toFixed(1)} ms per keystroke (this process: the GC's helper threads included)`);
console.log(`  ${linter.stats.chunks} chunks; checked per keystroke ${(checked / KEYS).toFixed(2)}, of ${lengths.length ? `${lengths[0]}–${lengths[lengths.length - 1]}` : '-'} characters`);
let rules = 0;
for (const ms of ruleMs.values()) rules += ms;
const cpuPerKey = (cpu.user + cpu.system) / 1000 / KEYS;
console.log(`  the rules ${(rules / KEYS).toFixed(2)} ms CPU per keystroke, the rest ${(cpuPerKey - rules / KEYS).toFixed(2)} ms (the checker's own work, the messages, the collector):`);
for (const [id, ms] of [...ruleMs].sort((a, b) => b[1] - a[1])) {
  if (ms / KEYS < 0.01) continue;
  console.log(`    ${id.padEnd(30)} ${(ms / KEYS).toFixed(2).padStart(6)} ms  (${(ruleCalls.get(id) / KEYS).toFixed(1)} runs)`);
}
console.log(`  garbage collections per keystroke: ${[...gcs].map(([k, [n, ms]]) => `${k} ${(n / KEYS).toFixed(2)} (${(ms / KEYS).toFixed(2)} ms)`).join(', ') || 'none'}`);
