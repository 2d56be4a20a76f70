// Where a `tadqiq lint` run's time goes (issue 13): the CLI as the bench runs it (bin/tadqiq.js: its code cache and V8
// flags), under `node --cpu-prof`, RUNS times after a warm-up run that makes the code cache; the profiles summed and
// printed as shares of the main thread's samples (the machine may be shared: read the shares, not the milliseconds):
//   - self time by function (its name and the source file esbuild's `// path` comments in dist/cli.js place it in),
//   - self time by source file,
//   - time under each rule's check (inclusive: the document's analyses a rule asks for first are counted under it).
// The input: the 1 MB bench input (scripts/bench-texts.mjs, the corpus dev split's drafts repeated; never committed), a
// one-line file (--input tiny), or a FILE. Build first (npm run -s build).
//   node scripts/profile-cli.mjs [--input 1mb|tiny|FILE] [--runs N] [--top N] [--format json|text|sarif]
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { opt } from './unlabelled.mjs';
import { devCorpusText } from './bench-texts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const input = opt(args, '--input', '1mb');
const RUNS = Number(opt(args, '--runs', input === 'tiny' ? 8 : 1));
const TOP = Number(opt(args, '--top', 40));
const format = opt(args, '--format', 'json');
const BUNDLE = path.join(ROOT, 'dist', 'cli.js');
if (!fs.existsSync(BUNDLE)) {
  console.error('profile-cli: build first (npm run -s build)');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-profile-cli-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
let file = input;
if (input === '1mb') {
  const text = devCorpusText(1024 * 1024);
  if (!text) {
    console.error('profile-cli: no ../shared/corpus/dev for the 1 MB input');
    process.exit(2);
  }
  file = path.join(tmp, 'drafts-1mb.txt');
  fs.writeFileSync(file, text);
} else if (input === 'tiny') {
  file = path.join(tmp, 'tiny.txt');
  fs.writeFileSync(file, 'قال الوزير إن الخطة ستنطلق العام المقبل.\n');
}

const profiles = path.join(tmp, 'profiles');
const cache = path.join(tmp, 'code-cache');
fs.mkdirSync(cache, { mode: 0o700 });
const run = (prof) =>
  spawnSync(process.execPath, [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`, '--cpu-prof-interval', input === 'tiny' ? '100' : '1000'] : []), path.join(ROOT, 'bin', 'tadqiq.js'), 'lint', '--format', format, file], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NO_COLOR: '1', TADQIQ_CACHE_DIR: cache },
  });
run(false);
for (let i = 0; i < RUNS; i++) run(true);

// the source file of each line of the bundle
const fileAt = [];
{
  let cur = '(bundle)';
  for (const line of fs.readFileSync(BUNDLE, 'utf8').split('\n')) {
    const m = /^\/\/ ((?:server|node_modules)\/\S+)$/.exec(line);
    if (m) cur = m[1].replace(/^server\/src\//, '');
    fileAt.push(cur);
  }
}
const inBundle = (cf) => cf.url.endsWith('/dist/cli.js');
const label = (cf) => `${cf.functionName || '(anonymous)'} ${inBundle(cf) ? fileAt[cf.lineNumber] ?? '?' : cf.url ? cf.url.replace(/^.*\//, 'node:') : ''}`.trim();
const where = (cf) => (inBundle(cf) ? fileAt[cf.lineNumber] ?? '?' : cf.url ? 'node internals' : cf.functionName);

const self = new Map();
const byFile = new Map();
const rules = new Map();
let total = 0;
const add = (m, k, t) => m.set(k, (m.get(k) ?? 0) + t);
const files = fs.existsSync(profiles) ? fs.readdirSync(profiles) : [];
for (const f of files) {
  const p = JSON.parse(fs.readFileSync(path.join(profiles, f), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < p.samples.length; i++) {
    const t = p.timeDeltas[i] ?? 0;
    const leaf = byId.get(p.samples[i]).callFrame;
    if (leaf.functionName === '(idle)') continue;
    total += t;
    add(self, label(leaf), t);
    add(byFile, where(leaf), t);
    const seen = new Set();
    for (let x = p.samples[i]; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame;
      if (cf.functionName !== 'check' || !inBundle(cf)) continue;
      const rule = fileAt[cf.lineNumber] ?? '?';
      if (!seen.has(rule)) add(rules, rule, t);
      seen.add(rule);
    }
  }
}
const show = (title, m, n) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`);
};
console.log(`tadqiq lint --format ${format} ${input === '1mb' || input === 'tiny' ? input : file}: ${files.length} profile(s), ${(total / 1000 / Math.max(1, files.length)).toFixed(0)} ms sampled a run (load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`);
show('self time by function', self, TOP);
show('self time by source file', byFile, Math.min(TOP, 30));
show("under each rule's check (inclusive)", rules, 30);
