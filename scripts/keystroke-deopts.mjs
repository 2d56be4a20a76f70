// `node scripts/keystroke-deopts.mjs [ROOT]` (issue 13): V8's deoptimisations and optimising compiles while typing into
// the damaged ~200 KB draft (the core's incremental check, as scripts/keystroke-cpu.mjs runs it; ROOT's sources, default
// this worktree), under the client's node flags (vocabulary.ts SERVER_EXEC_ARGV) with --trace-deopt --trace-opt.
// Prints per range of keystrokes the deopts and finished optimising compiles, and the deopts after the open by
// function and reason. KEYSTROKE_DEOPT_KEYS (default 300), KEYSTROKE_DEOPT_FLAGS replaces the node flags.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYS = Number(process.env.KEYSTROKE_DEOPT_KEYS ?? 300);

if (process.env.KEYSTROKE_DEOPT_CHILD) {
  const root = process.env.KEYSTROKE_DEOPT_CHILD;
  const esbuild = createRequire(path.join(HERE, 'package.json'))('esbuild');
  const { devCorpusText, keystrokes } = await import(path.join(HERE, 'scripts', 'bench-texts.mjs'));
  const outfile = path.join(HERE, 'out', `keystroke-deopts.${process.pid}.cjs`);
  await esbuild.build({
    stdin: { contents: "export { IncrementalLinter } from './server/src/core/incremental';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  const core = createRequire(import.meta.url)(outfile);
  fs.unlinkSync(outfile);
  let text = devCorpusText(200 * 1024);
  const inc = new core.IncrementalLinter({});
  inc.check(text);
  let k = 0;
  for (const e of keystrokes(text, KEYS)) {
    fs.writeSync(1, `@@KEY ${k++}\n`);
    text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
    const { list } = inc.check(text);
    for (let i = 0; i < Math.min(1000, list.length); i++) list.message(i);
    list.trim();
  }
  fs.writeSync(1, `@@END\n`);
  process.exit(0);
}

const root = path.resolve(process.argv[2] ?? HERE);
const flags = (process.env.KEYSTROKE_DEOPT_FLAGS ?? '--max-semi-space-size=4 --v8-pool-size=1 --heap-growing-percent=75 --no-allocation-site-pretenuring').split(/\s+/).filter(Boolean);
const r = spawnSync(process.execPath, [...flags, '--trace-deopt', '--trace-opt', fileURLToPath(import.meta.url)], {
  env: { ...process.env, KEYSTROKE_DEOPT_CHILD: root }, encoding: 'utf8', maxBuffer: 1 << 28,
});
let key = -1;
const buckets = [[-1, 'open'], [0, '0-19'], [20, '20-59'], [60, '60-119'], [120, '120-199'], [200, '200+']];
const bucketOf = (k) => buckets.filter(([from]) => k >= from).pop()[1];
const rows = new Map(buckets.map(([, name]) => [name, { deopts: 0, compiles: 0 }]));
const byFn = new Map();
for (const line of r.stdout.split('\n')) {
  const m = /^@@KEY (\d+)/.exec(line);
  if (m) { key = Number(m[1]); continue; }
  if (line.startsWith('[bailout (kind')) {
    rows.get(bucketOf(key)).deopts++;
    if (key >= 0) {
      const fm = /reason: ([^)]*)\).*?<JSFunction ([^ >]*)/.exec(line);
      const k2 = fm ? `${fm[2]} | ${fm[1]}` : line.slice(0, 80);
      byFn.set(k2, (byFn.get(k2) ?? 0) + 1);
    }
  } else if (line.startsWith("[completed optimizing")) rows.get(bucketOf(key)).compiles++;
}
console.log(`${path.basename(root)}: ${KEYS} keystrokes, node ${flags.join(' ')}`);
for (const [name, v] of rows) console.log(`  keys ${name.padEnd(8)} deopts ${String(v.deopts).padStart(4)}  optimising compiles finished ${String(v.compiles).padStart(4)}`);
const total = [...byFn.values()].reduce((s, x) => s + x, 0);
console.log(`  deopts after the open: ${total}`);
for (const [k2, n] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${String(n).padStart(4)}  ${k2}`);
if (r.status !== 0) console.log(r.stderr.slice(-2000));
