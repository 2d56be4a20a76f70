// `node [flags] scripts/keystroke-cpu.mjs [ROOT ...]` (issue 13): the main thread's CPU per keystroke into the damaged
// ~200 KB draft, the core's incremental check alone (core/incremental.ts, and the first 1,000 findings' messages, as the
// language server reads them), each ROOT's sources (a worktree; default this one) in a process of its own, the roots
// run one after the other KEYSTROKE_CPU_PAIRS times (default 5) — paired runs under the same load. The same draft and
// keystrokes as scripts/bench-lsp.mjs. The main thread's CPU from /proc/self/task/PID/schedstat (nanoseconds): not the
// wall time, which a loaded machine inflates many times, nor the CPU of V8's compiler and collector threads.
// Per run: the first keystroke after the open, the mean of keystrokes 1-20 (the optimising compiler still at work:
// the open leaves a queue of compilations), and the mean and median of the keystrokes after the 20th (steady);
// then per root the median over its runs, and per later root the median of its paired differences with the first.
// Run it with the client's node flags (vocabulary.ts SERVER_EXEC_ARGV) to see what the server sees:
//   node --max-semi-space-size=4 --v8-pool-size=1 --heap-growing-percent=75 --no-allocation-site-pretenuring \
//     scripts/keystroke-cpu.mjs ../wt-old .
// KEYSTROKE_CPU_KEYS (default 200). Also per run the 95th percentile of keystrokes 1 on (the tail the first keys make).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYS = Number(process.env.KEYSTROKE_CPU_KEYS ?? 200);

if (process.env.KEYSTROKE_CPU_CHILD) {
  // one run: the core of ROOT, the keystrokes, one line of JSON
  const root = process.env.KEYSTROKE_CPU_CHILD;
  const esbuild = createRequire(path.join(HERE, 'package.json'))('esbuild');
  const { devCorpusText, keystrokes } = await import(path.join(HERE, 'scripts', 'bench-texts.mjs'));
  const outfile = path.join(HERE, 'out', `keystroke-cpu.${process.pid}.cjs`);
  await esbuild.build({
    stdin: { contents: "export { IncrementalLinter } from './server/src/core/incremental';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  const core = createRequire(import.meta.url)(outfile);
  fs.unlinkSync(outfile);
  const main = () => Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  let text = devCorpusText(200 * 1024);
  const inc = new core.IncrementalLinter({});
  inc.check(text);
  const ms = [];
  for (const e of keystrokes(text, KEYS)) {
    text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
    const t0 = main();
    const { list } = inc.check(text);
    for (let i = 0; i < Math.min(1000, list.length); i++) list.message(i);
    list.trim();
    ms.push(main() - t0);
  }
  process.stdout.write(JSON.stringify(ms) + '\n');
  process.exit(0);
}

if (!fs.existsSync(path.resolve(HERE, '..', 'shared', 'corpus', 'dev'))) {
  console.error('keystroke-cpu: the corpus (../shared/corpus/dev) is not there');
  process.exit(2);
}
const roots = (process.argv.slice(2).length ? process.argv.slice(2) : [HERE]).map((r) => path.resolve(r));
const PAIRS = Number(process.env.KEYSTROKE_CPU_PAIRS ?? 5);
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const p95 = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const runs = roots.map(() => []);
for (let p = 0; p < PAIRS; p++) {
  roots.forEach((root, r) => {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { env: { ...process.env, KEYSTROKE_CPU_CHILD: root }, encoding: 'utf8', maxBuffer: 1 << 24 });
    const ms = JSON.parse(out.trim().split('\n').pop());
    const run = { first: ms[0], warm: mean(ms.slice(1, 21)), steady: mean(ms.slice(21)), steadyMedian: median(ms.slice(21)), p95: p95(ms.slice(1)) };
    runs[r].push(run);
    console.log(`${path.basename(root).padEnd(20)} first ${run.first.toFixed(1).padStart(6)}  keys 1-20 ${run.warm.toFixed(2).padStart(6)}  steady mean ${run.steady.toFixed(2).padStart(6)} median ${run.steadyMedian.toFixed(2).padStart(6)}  p95 ${run.p95.toFixed(2).padStart(6)} ms`);
  });
}
console.log(`\nmain-thread CPU per keystroke (node ${process.version} ${process.execArgv.join(' ')}; ${KEYS} keystrokes, ${PAIRS} runs each; medians over the runs)`);
roots.forEach((root, r) => {
  const m = (k) => median(runs[r].map((x) => x[k])).toFixed(2);
  let line = `  ${path.basename(root).padEnd(20)} first ${m('first')}  keys 1-20 ${m('warm')}  steady ${m('steady')}  p95 (keys 1-) ${m('p95')} ms`;
  if (r > 0) {
    const d = (k) => median(runs[r].map((x, i) => x[k] - runs[0][i][k]));
    const lower = runs[r].filter((x, i) => x.steady < runs[0][i].steady).length;
    line += `; paired with ${path.basename(roots[0])}: keys 1-20 ${d('warm') >= 0 ? '+' : ''}${d('warm').toFixed(2)}, steady ${d('steady') >= 0 ? '+' : ''}${d('steady').toFixed(2)}, p95 ${d('p95') >= 0 ? '+' : ''}${d('p95').toFixed(2)} ms (lower in ${lower}/${PAIRS})`;
  }
  console.log(line);
});
