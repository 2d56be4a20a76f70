// `npm run bench` (second part): the CLI as a user runs it, whole processes side by side in one run, printed as
// ratios (issue 13). Every command runs once per round, rounds interleaved, and the median of the rounds is kept
// (the machine may be shared: read the ratios, not the milliseconds).
//
//   floor     a node process that only reads the file and counts its characters
//   tadqiq    bin/tadqiq.js lint --format json FILE (stdout to /dev/null), 1 MB and 4 MB
//   start-up  `tadqiq rules` and `tadqiq lint` of a one-line file
//   hunspell  hunspell -l -d ar FILE (Debian hunspell + hunspell-ar); cspell with @cspell/dict-ar; textlint with
//             three language-neutral rules — installed by scripts/bench-setup.sh into scripts/bench-tools/ (not
//             tadqiq dependencies); a comparator that is not installed is skipped, and the bench says so
//   many files  tadqiq lint --format json DIR on 10,000 drafts made at run time from ../shared/unlabelled (one
//             article per file, in a temporary folder, deleted afterwards), one thread and every core
//
// The 1 MB input is the corpus dev split's degraded drafts repeated, as scripts/bench.mjs builds it.
//   node scripts/bench-cli.mjs [--runs N] [--skip-many] [--files N] [--skip-slow] [--slow-limit SECONDS]
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { opt, readUnlabelled, unlabelledPath } from './unlabelled.mjs';
import { devCorpusText } from './bench-texts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, 'scripts', 'bench-tools');
const TADQIQ = path.join(ROOT, 'bin', 'tadqiq.js');
const args = process.argv.slice(2);
const RUNS = Number(opt(args, '--runs', process.env.BENCH_CLI_RUNS ?? 5));
const FILES = Number(opt(args, '--files', 10000));
const MB = 1024 * 1024;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-bench-cli-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const corpusText = devCorpusText;

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || null;

/**
 * CPU time (user + system, ms) of the children this process has waited for, from /proc/self/stat (Linux; 10 ms
 * ticks): a shared machine stretches the wall clock, much less the CPU a process uses. undefined elsewhere.
 */
function childCpu() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 16 and 17 of stat (cutime, cstime), counted after the ")" that ends field 2
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** One timed run: wall and CPU milliseconds, exit code, stdout to /dev/null (or a file), stderr kept for errors. */
function once(cmd, argv, { cwd = tmp, env = {}, stdout = 'ignore', timeout } = {}) {
  const fd = stdout === 'ignore' ? 'ignore' : fs.openSync(stdout, 'w');
  const c0 = childCpu();
  const t0 = process.hrtime.bigint();
  // (tadqiq's code cache in a folder of the bench's own, made by the warm-up round: a build elsewhere on the machine
  // that shares ~/.cache/tadqiq drops this build's cache, and a run that makes it again is no start-up a user sees)
  const r = spawnSync(cmd, argv, { cwd, env: { ...process.env, NO_COLOR: '1', TADQIQ_CACHE_DIR: path.join(tmp, 'code-cache'), ...env }, stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 28, timeout, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c1 = childCpu();
  if (fd !== 'ignore') fs.closeSync(fd);
  return { ms, cpu: c0 === undefined || c1 === undefined ? undefined : c1 - c0, code: r.status, err: r.stderr?.toString() ?? '', error: r.error };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs every case once per round, `runs` rounds (after one warm-up round); the median of each. */
function rounds(cases, runs) {
  for (const c of cases) {
    const r = once(c.cmd, c.argv, c.opts);
    if (r.error || (c.ok && !c.ok(r.code))) {
      c.skip = `failed: ${r.error?.message ?? `exit ${r.code}`} ${r.err.split('\n')[0]}`;
    }
    c.times = [];
    c.cpus = [];
  }
  for (let i = 0; i < runs; i++)
    for (const c of cases) {
      if (c.skip) continue;
      const r = once(c.cmd, c.argv, c.opts);
      c.times.push(r.ms);
      if (r.cpu !== undefined) c.cpus.push(r.cpu);
    }
  for (const c of cases) {
    c.ms = c.skip ? undefined : median(c.times);
    c.cpu = c.skip || c.cpus.length === 0 ? undefined : median(c.cpus);
  }
  return cases;
}

const nproc = os.availableParallelism?.() ?? os.cpus().length;
console.log(`\nCLI, whole processes (${new Date().toISOString().slice(0, 10)}; ${nproc} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(`median of ${RUNS} interleaved rounds after a warm-up round; stdout to /dev/null`);

const text1 = corpusText(MB);
if (!text1) {
  console.log('no ../shared/corpus/dev: CLI bench skipped');
  process.exit(0);
}
const f1 = path.join(tmp, 'drafts-1mb.txt');
const f4 = path.join(tmp, 'drafts-4mb.txt');
const tiny = path.join(tmp, 'tiny.txt');
fs.writeFileSync(f1, text1);
fs.writeFileSync(f4, corpusText(4 * MB));
fs.writeFileSync(tiny, 'قال الوزير إن الخطة ستنطلق العام المقبل.\n');
const count = path.join(tmp, 'count.js');
fs.writeFileSync(count, "const t = require('fs').readFileSync(process.argv[2], 'utf8'); let n = 0; for (let i = 0; i < t.length; i++) n++; process.stdout.write(n + '\\n');\n");

const node = process.execPath;
const lintOk = (c) => c === 0 || c === 1;
const cases = [
  { name: 'node -e 0 (an empty node process)', cmd: node, argv: ['-e', '0'] },
  { name: 'floor: read 1 MB and count characters', cmd: node, argv: [count, f1] },
  { name: 'tadqiq rules (start-up)', cmd: node, argv: [TADQIQ, 'rules'] },
  { name: 'tadqiq lint, one-line file (start-up)', cmd: node, argv: [TADQIQ, 'lint', tiny], ok: lintOk },
  { name: 'tadqiq lint --format json, 1 MB', cmd: node, argv: [TADQIQ, 'lint', '--format', 'json', f1], ok: lintOk },
  { name: 'tadqiq lint --format json, 4 MB', cmd: node, argv: [TADQIQ, 'lint', '--format', 'json', f4], ok: lintOk },
];
const hunspell = which('hunspell');
const hunspellAr = hunspell && ['/usr/share/hunspell/ar.dic', '/usr/share/myspell/dicts/ar.dic'].some((f) => fs.existsSync(f));
const skipped = [];
if (hunspell && hunspellAr) cases.push({ name: 'hunspell -l -d ar, 1 MB', cmd: hunspell, argv: ['-l', '-d', 'ar', f1], ok: (c) => c === 0 });
else skipped.push(`hunspell -l -d ar: ${hunspell ? 'no Arabic dictionary (hunspell-ar)' : 'not installed'} — run scripts/bench-setup.sh`);
const bin = (name) => path.join(TOOLS, 'node_modules', '.bin', name);
// cspell and textlint take minutes on 1 MB: one timed run each (no warm-up), after the rounds, with a time limit.
const slow = [];
if (fs.existsSync(bin('cspell')) && fs.existsSync(path.join(TOOLS, 'node_modules', '@cspell', 'dict-ar'))) {
  slow.push({ name: 'cspell (@cspell/dict-ar), 1 MB, one run', cmd: bin('cspell'), argv: ['lint', '--no-progress', '--no-summary', '--no-cache', '--root', path.parse(f1).root, '--config', path.join(TOOLS, 'cspell.json'), f1], opts: { cwd: TOOLS }, ok: (c) => c === 0 || c === 1 });
} else skipped.push('cspell with @cspell/dict-ar: not installed — run scripts/bench-setup.sh');
if (fs.existsSync(bin('textlint'))) {
  slow.push({ name: 'textlint (3 rules), 1 MB, one run', cmd: bin('textlint'), argv: ['--config', path.join(TOOLS, '.textlintrc.json'), '--format', 'json', f1], opts: { cwd: TOOLS }, ok: (c) => c === 0 || c === 1 });
} else skipped.push('textlint: not installed — run scripts/bench-setup.sh');
if (args.includes('--skip-slow')) {
  for (const c of slow) skipped.push(`${c.name}: --skip-slow`);
  slow.length = 0;
}

rounds(cases, RUNS);
const LIMIT = Number(opt(args, '--slow-limit', 900)) * 1000;
for (const c of slow) {
  const r = once(c.cmd, c.argv, { ...c.opts, timeout: LIMIT });
  if (r.error || !c.ok(r.code)) c.skip = r.error?.code === 'ETIMEDOUT' || r.code === null ? `over ${LIMIT / 1000} s: stopped` : `failed: exit ${r.code} ${r.err.split('\n')[0]}`;
  else {
    c.ms = r.ms;
    c.cpu = r.cpu;
  }
  cases.push(c);
}
const width = Math.max(...cases.map((c) => c.name.length));
const cpuText = (c) => (c.cpu === undefined ? '' : `  ${c.cpu.toFixed(0).padStart(7)} ms CPU`);
console.log(`${''.padEnd(width)}  ${'wall'.padStart(10)}  ${'CPU (user+sys)'.padStart(14)}`);
for (const c of cases) console.log(`${c.name.padEnd(width)}  ${c.skip ? c.skip : `${c.ms.toFixed(0).padStart(7)} ms${cpuText(c)}`}`);
for (const s of skipped) console.log(`${'skipped'.padEnd(width)}  ${s}`);

const ms = (prefix) => cases.find((c) => c.name.startsWith(prefix))?.ms;
const cpu = (prefix) => cases.find((c) => c.name.startsWith(prefix))?.cpu;
const ratio = (label, prefixA, prefixB, target, better) => {
  const show = (v) => (v === undefined || Number.isNaN(v) ? '—' : v.toFixed(2));
  const wall = ms(prefixA) / ms(prefixB);
  const byCpu = cpu(prefixA) / cpu(prefixB);
  const met = (v) => (better === 'low' ? v <= target : v >= target);
  if (Number.isNaN(wall)) return console.log(`  ${label}: not measured`);
  console.log(`  ${label}: ${show(wall)} wall, ${show(byCpu)} CPU (target ${better === 'low' ? '≤' : '≥'} ${target}: ${met(wall) ? 'met' : 'missed'} on the wall clock${Number.isNaN(byCpu) ? '' : `, ${met(byCpu) ? 'met' : 'missed'} in CPU time`})`);
};
console.log('ratios:');
ratio('tadqiq 1 MB ÷ floor', 'tadqiq lint --format json, 1 MB', 'floor', 3, 'low');
ratio('tadqiq 4 MB ÷ tadqiq 1 MB', 'tadqiq lint --format json, 4 MB', 'tadqiq lint --format json, 1 MB', 4.5, 'low');
ratio('hunspell ÷ tadqiq (1 MB)', 'hunspell', 'tadqiq lint --format json, 1 MB', 10, 'high');
ratio('cspell ÷ tadqiq (1 MB)', 'cspell', 'tadqiq lint --format json, 1 MB', 1, 'high');
ratio('textlint ÷ tadqiq (1 MB)', 'textlint', 'tadqiq lint --format json, 1 MB', 1, 'high');
console.log(`  start-up: rules ${ms('tadqiq rules')?.toFixed(0)} ms, lint of one line ${ms('tadqiq lint, one-line')?.toFixed(0)} ms (target ≤ 80 ms; an empty node process: ${ms('node -e 0')?.toFixed(0)} ms)`);

// Many files: one article of the unlabelled news per file, 100 folders.
if (!args.includes('--skip-many')) {
  const news = readUnlabelled(unlabelledPath(path.join(ROOT, '..', 'shared')));
  if (!news) console.log('\nmany files: ../shared/unlabelled/ant-news.txt.gz not found: skipped');
  else {
    const articles = news.split(/^# .*\n/m).filter((a) => a.trim());
    const dir = path.join(tmp, 'drafts');
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const sub = path.join(dir, String(i % 100).padStart(2, '0'));
      if (i < 100) fs.mkdirSync(sub, { recursive: true });
      const a = articles[i % articles.length];
      fs.writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.txt`), a);
      bytes += Buffer.byteLength(a);
    }
    const many = [
      { name: 'tadqiq lint --format json DIR, 1 thread', cmd: node, argv: [TADQIQ, 'lint', '--format', 'json', dir], opts: { env: { TADQIQ_JOBS: '1' }, stdout: path.join(tmp, 'many-1.json') }, ok: lintOk },
      { name: `tadqiq lint --format json DIR, ${nproc} threads (default)`, cmd: node, argv: [TADQIQ, 'lint', '--format', 'json', dir], opts: { stdout: path.join(tmp, 'many-n.json') }, ok: lintOk },
    ];
    const manyRuns = Math.max(1, Math.min(RUNS, 3));
    console.log(`\nmany files: ${FILES} drafts, ${(bytes / MB).toFixed(1)} MB (articles of ../shared/unlabelled, one per file); median of ${manyRuns}`);
    rounds(many, manyRuns);
    const w = Math.max(...many.map((c) => c.name.length));
    for (const c of many) {
      if (c.skip) console.log(`${c.name.padEnd(w)}  ${c.skip}`);
      else console.log(`${c.name.padEnd(w)}  ${c.ms.toFixed(0).padStart(7)} ms  ${(FILES / (c.ms / 1000)).toFixed(0).padStart(6)} files/s  ${(bytes / MB / (c.ms / 1000)).toFixed(2).padStart(6)} MB/s${cpuText(c)}`);
    }
    const same = fs.readFileSync(path.join(tmp, 'many-1.json')).equals(fs.readFileSync(path.join(tmp, 'many-n.json')));
    console.log(`threads ÷ 1 thread: ${(many[0].ms / many[1].ms).toFixed(2)}× faster; output identical: ${same ? 'yes' : 'NO'}`);
  }
}
