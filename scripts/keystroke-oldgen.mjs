// `node [flags] scripts/keystroke-oldgen.mjs [ROOT]` (issue 13): how much each keystroke into the damaged ~200 KB draft
// adds to V8's old generation — the old space and the large-object space, from before the core's incremental check
// (core/incremental.ts) to after it, on the keystrokes without a full collection in between: the garbage there is what
// the long mark-compacts collect, and a keystroke that hits one is a keystroke of the p95. The core alone in this
// process, the same draft and keystrokes as scripts/bench-lsp.mjs; ROOT: another worktree's sources (a build before).
// Run it with the client's node flags (vocabulary.ts SERVER_EXEC_ARGV) to see what the server sees, e.g.
//   node --max-semi-space-size=4 --v8-pool-size=1 --heap-growing-percent=75 --no-allocation-site-pretenuring \
//     scripts/keystroke-oldgen.mjs
// Counts of bytes, not times: steady under the machine's load. OLDGEN_KEYS (default 200); OLDGEN_HOLD=1 keeps each
// check's list until the next check is done (as the server did before it let go of its last report first).
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(process.argv[2] ?? HERE);
const esbuild = createRequire(path.join(HERE, 'package.json'))('esbuild');
const { devCorpusText, keystrokes } = await import(path.join(HERE, 'scripts', 'bench-texts.mjs'));
const outfile = path.join(HERE, 'out', `keystroke-oldgen.${process.pid}.cjs`);
await esbuild.build({
  stdin: { contents: "export { IncrementalLinter } from './server/src/core/incremental';", resolveDir: ROOT, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);
fs.unlinkSync(outfile);
let text = devCorpusText(200 * 1024);
if (!text) {
  console.error('keystroke-oldgen: the corpus (../shared/corpus/dev) is not there');
  process.exit(2);
}
const KEYS = Number(process.env.OLDGEN_KEYS ?? 200);
const inc = new core.IncrementalLinter({});
inc.check(text);
const used = () => Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
const rows = [];
let held = null;
for (const e of keystrokes(text, KEYS)) {
  const a = used();
  text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
  if (!process.env.OLDGEN_HOLD) held = null;
  held = inc.check(text);
  // (what the server reads of the list: the first 1,000 findings' places)
  for (let i = 0; i < Math.min(1000, held.list.length); i++) held.list.start(i);
  held.list.trim();
  const b = used();
  rows.push({ old: b.old_space - a.old_space, large: b.large_object_space - a.large_object_space });
}
// (the first 20 keystrokes left out: the optimising compiler's; a keystroke whose old space shrank had a full collection)
const ok = rows.slice(20).filter((r) => r.old >= 0 && r.large >= 0);
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const kb = (x) => (x / 1024).toFixed(0);
console.log(
  `${path.basename(ROOT)}, node ${process.execArgv.join(' ') || '(no flags)'}: ${ok.length} keystrokes without a full collection; ` +
    `per keystroke into the old generation ${kb(mean(ok.map((r) => r.old + r.large)))} KB mean ` +
    `(old space ${kb(mean(ok.map((r) => r.old)))} mean / ${kb(median(ok.map((r) => r.old)))} median, large objects ${kb(mean(ok.map((r) => r.large)))} mean)`,
);
