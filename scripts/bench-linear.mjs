// `npm run bench` (and alone: `node scripts/bench-linear.mjs [--check] [--only NAME]`): the linear-time guards.
// Each pathological input that a unit test feeds to the core (the tests check what it answers, never how fast)
// is run here at size n and k·n in one process; the CPU time of each (median of RUNS or more, the sizes alternated,
// the memos emptied before each run) and the ratio are printed. A linear cost gives a ratio near k,
// a quadratic one k²: a ratio above k^1.5 (half-way, in log scale) is flagged. Only `--check` turns a flag into a
// non-zero exit, so a loaded machine never fails a test: a quadratic regression shows as a ratio.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadTs, provideSideTrigrams } from './core-bundle.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CHECK = process.argv.includes('--check');
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
const RUNS = Number(process.env.BENCH_LINEAR_RUNS ?? 3);

const core = await loadTs(
  process.env.TADQIQ_CORE ? `${process.env.TADQIQ_CORE}-linear` : 'bench-linear',
  [
    "export { fixAll, lintText } from './server/src/core/engine';",
    "export { RULES } from './server/src/core/registry';",
    "export { splitSentences } from './server/src/core/text/sentences';",
    "export { findDirectives } from './server/src/core/suppress';",
    "export { forgetRunLines, reversedRunRepairs } from './server/src/core/lexicon/runs';",
    "export { releaseMemos } from './server/src/core/text/memos';",
    "export { renderReport } from './server/src/core/report';",
    "export { adversarialInputs } from './server/src/testing/adversarial';",
    "export { provideTrigrams } from './server/src/core/lexicon/trigrams';",
  ].join('\n'),
);
provideSideTrigrams(core);
const ALL_IDS = core.RULES.map((r) => r.id);
const only = (id) => ({ only: [id] });

/** CPU milliseconds of fn() (user + system of this process), the memos emptied first (a memo that holds the small
 *  size's lines but not the big one's would read as super-linear). */
function cpuMs(fn) {
  core.forgetRunLines();
  core.releaseMemos();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times run(make(n)) and run(make(k·n)), alternated, RUNS times each or more (up to MAX_RUNS) until the small
 *  size has had MIN_MS in all — short runs are noise; a warm-up at each size first. */
const MIN_MS = 150;
const MAX_RUNS = 15;
function measure(make, run, n, k, runs = RUNS) {
  const small = make(n);
  const big = make(n * k);
  run(small);
  run(big);
  const a = [];
  const b = [];
  for (let i = 0; i < runs || (i < MAX_RUNS && a.reduce((x, y) => x + y, 0) < MIN_MS); i++) {
    a.push(cpuMs(() => run(small)));
    b.push(cpuMs(() => run(big)));
  }
  return { ms: median(a), msBig: median(b), units: [textSize(small), textSize(big)], runs: a.length };
}
const textSize = (x) => (typeof x === 'string' ? x.length : x.size ?? 0);

// ----- the inputs (sentences written for tadqiq; none from the corpus) -----

const words = (count, ws) => Array.from({ length: count }, (_, i) => ws[i % ws.length]).join(' ');

/** What a visual-order extractor does to a logical line (as reversed-line.test.ts writes it). */
function visualOf(logical) {
  const LIG = '\u0001';
  const ligs = [];
  const marked = logical.replace(/\u0644[\u0627\u0623\u0625\u0622]/g, (m) => {
    ligs.push(m);
    return LIG;
  });
  const parts = marked.match(/[0-9]+|[A-Za-z]+(?: [A-Za-z]+)*|[\s\S]/g) ?? [];
  const mirror = { '(': ')', ')': '(', '«': '»', '»': '«' };
  const rev = parts.reverse().map((p) => (p.length === 1 ? mirror[p] ?? p : p)).join('');
  let k = ligs.length;
  return rev.replace(/\u0001/g, () => ligs[--k]);
}
const L2 = 'وقال وزير الفلاحة إن الدعم يشمل القروض الصغيرة والمعدات الحديثة';
const T = '\u0640';

/** [name, make(n) → input, run(input), n, k] — n as the unit test had it (k·n is larger). */
const CASES = [
  ['sentences: «×n then قال.×n (text/sentences.test)', (n) => '«'.repeat(n) + 'قال. '.repeat(n), (t) => core.splitSentences(t), 200_000, 4],
  ['mirrored-bracket: " )"×n (rules/mirrored-bracket.test)', (n) => ' )'.repeat(n) + ' كلمة', (t) => core.lintText(t, only('mirrored-bracket')), 50_000, 4],
  ['suppress: n lines, one unclosed comment', (n) => `${'سطر\n'.repeat(n)}<!--`, (t) => core.findDirectives(t, ALL_IDS), 400_000, 4],
  ['suppress: n opens on one line', (n) => '<!-- '.repeat(n), (t) => core.findDirectives(t, ALL_IDS), 400_000, 4],
  ['suppress: n disable-next-line comments', (n) => '<!-- tadqiq-disable-next-line tatweel -->\n'.repeat(n), (t) => core.findDirectives(t, ALL_IDS), 25_000, 4],
  ['suppress: n closes, then an open', (n) => '-->'.repeat(n) + '<!--', (t) => core.findDirectives(t, ALL_IDS), 1_000_000, 4],
  ['reversed-line: one line of n reversed words', (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'ةموكحلا' : 'نيعرازملا')).join(' '), (t) => core.lintText(t, only('reversed-line')), 10_000, 4],
  ['reversed-line: n visual-order lines', (n) => Array.from({ length: n }, () => visualOf(L2)).join('\n'), (t) => core.lintText(t, only('reversed-line')), 8_000, 4],
  ['split-word: one line of n torn words', (n) => words(n, ['تمو', 'يل', 'في', 'ال', 'أول']), (t) => core.lintText(t, only('split-word')), 10_000, 4],
  ['broken-fragment: one line of n fragments', (n) => words(n, ['عين', 'ة', 'المزار', 'خط', 'لطارات']), (t) => core.lintText(t, only('broken-fragment')), 10_000, 4],
  ['broken-fragment: n lines of 40 fragments', (n) => Array.from({ length: n }, () => words(40, ['عين', 'ة', 'المزار', 'خط', 'في'])).join('\n'), (t) => core.lintText(t, only('broken-fragment')), 600, 4],
  ['reversed-lam-alef: one "word" of n units', (n) => '\u0627\u0625\u0644'.repeat(n / 3), (t) => core.lintText(t, only('reversed-lam-alef')), 300_000, 4],
  ['runs: one line of n fragments (lexicon/runs.test)', (n) => words(n, ['س', 'الريفية', 'المدار', 'خط', 'ة']), (t) => core.reversedRunRepairs(t), 2_000, 4],
  ['runs: n lines of 50 fragments', (n) => Array.from({ length: n }, () => words(50, ['عين', 'ة', 'المزار', 'خط', 'في', 'جديد'])).join('\n'), (t) => core.reversedRunRepairs(t), 4_000, 4],
];

// report.test: the HTML report of n lines with tens of thousands of findings (lint outside the timed part)
{
  const line = `قال الوزي${T}${T}ر إن خ${T}طة الدعم \u202bستنطلق\u202c في  دول`;
  CASES.push([
    'report: renderReport of n lines (report.test)',
    (n) => {
      const text = Array.from({ length: n }, () => line).join('\n');
      return { text, findings: core.lintText(text).findings, size: text.length };
    },
    ({ text, findings }) => core.renderReport(text, findings, { title: 'big.txt' }),
    2_500,
    4,
  ]);
}

// adversarial.test: every adversarial input, all rules and fix-all, at scale s and k·s (the unit test runs scale 1)
{
  const scale = 1 / 16;
  const k = 4;
  const small = core.adversarialInputs(scale, 2 * scale);
  const big = core.adversarialInputs(scale * k, 2 * scale * k);
  small.forEach(({ name }, i) => {
    const label = name.replace(/^[\d.]+( Mi)? (× |of )?|^[\d.]+ MB /, '');
    for (const [what, run] of [
      ['lint', (t) => core.lintText(t, { only: ALL_IDS })],
      ['fix-all', (t) => core.fixAll(t, { only: ALL_IDS })],
    ]) {
      CASES.push([`adversarial ${what}: ${label}`, (n) => (n === 1 ? small[i].text : big[i].text), run, 1, k]);
    }
  });
}

// sarif.test: the CLI's SARIF of a single line of n chunks (tatweel only), in a child process whose own CPU time
// it reports at exit (a preload), less that of a one-line file (start-up)
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-linear-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const preload = path.join(dir, 'cpu.cjs');
  fs.writeFileSync(preload, "process.on('exit', () => { const c = process.cpuUsage(); require('fs').writeSync(2, `\\ntadqiq-cpu-us ${c.user + c.system}\\n`); });\n");
  const chunk = 'أعلنت الحكومة خطة جديدة لدعم المزارعين '.repeat(40) + `الجم${T}اعة `;
  const cliCpu = (file) => {
    const r = spawnSync(process.execPath, ['--require', preload, path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'sarif', '--rules', 'tatweel', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const m = /tadqiq-cpu-us (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`no CPU time from the CLI (exit ${r.status}): ${r.stderr}`);
    return Number(m[1]) / 1000;
  };
  const tiny = path.join(dir, 'tiny.txt');
  fs.writeFileSync(tiny, chunk);
  CASES.push([
    'sarif: CLI lint --format sarif of a single line of n chunks, less start-up (test/sarif.test)',
    (n) => {
      const file = path.join(dir, `line-${n}.txt`);
      fs.writeFileSync(file, chunk.repeat(n));
      return { file, size: chunk.length * n };
    },
    ({ file }) => file,
    Math.ceil((256 * 1024) / chunk.length),
    4,
    RUNS,
    (input) => cliCpu(input.file) - cliCpu(tiny),
  ]);
}

// ----- run -----

console.log(`\nlinear-time guards: CPU ms at n and k·n (median of ${RUNS} runs or more, alternated, after a warm-up), ratio vs k; flagged above k^1.5${CHECK ? ' (--check: a flag fails)' : ''}`);
const rows = [];
let flagged = 0;
for (const [name, make, run, n, k, runs = RUNS, timeOf] of CASES) {
  if (ONLY && !name.includes(ONLY)) continue;
  let m;
  if (timeOf) {
    const small = make(n);
    const big = make(n * k);
    const a = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      a.push(timeOf(small));
      b.push(timeOf(big));
    }
    m = { ms: median(a), msBig: median(b), units: [small.size, big.size], runs };
  } else m = measure(make, run, n, k, runs);
  const ratio = m.msBig / Math.max(m.ms, 0.001);
  // (below a few ms the ratio is noise: not flagged, shown with a ~)
  const tooSmall = m.msBig < 20;
  const flag = !tooSmall && ratio > k ** 1.5;
  if (flag) flagged++;
  rows.push([name, m.units, m.ms, m.msBig, k, ratio, flag ? 'SUPER-LINEAR?' : tooSmall ? '~ (too short to tell)' : '']);
  const r = rows[rows.length - 1];
  console.log(`${r[0].padEnd(96)} ${String(r[1][0]).padStart(9)} → ${String(r[1][1]).padEnd(9)} ${r[2].toFixed(1).padStart(8)} → ${r[3].toFixed(1).padStart(8)} ms  ×${r[5].toFixed(2).padStart(6)} (k=${k}, ${m.runs} runs)  ${r[6]}`);
}
console.log(`${flagged} of ${rows.length} flagged (a linear cost: ×k; quadratic: ×k²)`);
if (CHECK && flagged) process.exitCode = 1;
