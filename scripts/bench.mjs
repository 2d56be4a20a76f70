// `npm run bench`: how fast is a full lint of 1 MB of Arabic? Everything side by side in one run:
// each rule alone, all rules, fix-all, and a reference scan (the corpus baseline's three character-class
// regexes) that bounds what "reading the text once" costs. Median of several runs, after warm-up.
import * as fs from 'fs';
import * as path from 'path';
import { loadCore } from './core-bundle.mjs';
import { devCorpusText } from './bench-texts.mjs';

const core = await loadCore();
const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Synthetic draft: sentences written for tadqiq (not from the corpus) with the defects it looks for.
const T = '\u0640';
const sentences = [
  `أعلنت وزارة الزر${T}${T}اعة يوم الإثنين عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية.`,
  'وقالت الوزيرة ليلى حداد إن الخطة ستنطلق مطلع العام المقبل بميزانية قدرها 40 مليون دينار.',
  'ويرى محللون أن الخطة تأتي متأخرة، فيما أكد رئيس الاتحاد سامي نادر أنها خطوة في الاتجاه الصحيح.',
  `وأوضحت حداد أن التسجيل سيبدأ ب${T}«منصة رقمية» في 1446ه${T} وأن نحو  ألف مزارع في  ولايات سيستفيدون.`,
  '\u202bقالت مصادر مطلعة إن \ufee3\ufeb0\ufe8d\ufeae\ufecb\ufef4\ufee6 المنطقة يطالبون بتمديد المهلة.\u202c',
  'وأضافت أن الحكومة ستراجع الأسعار كل ستة أشهر، وأن نسبة الدعم قد تصل إلى 30% في السنة الأولى.',
];
function synthetic(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length] + (i % 4 === 3 ? '\n\n' : ' ');
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}
const corpusText = devCorpusText;

function time(fn) {
  fn();
  const ts = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

function reference(text) {
  let n = 0;
  for (const re of [/\u0640+/g, /[\ufb50-\ufdff\ufe70-\ufefc]+/g, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g]) n += (text.match(re) ?? []).length;
  return n;
}

const adversarialOnly = process.argv.includes('--adversarial');
const inputs = adversarialOnly ? [] : [['synthetic draft', synthetic(MB)]];
const real = adversarialOnly ? null : corpusText(MB);
if (real) inputs.push(['corpus dev (degraded, repeated)', real]);

for (const [name, text] of inputs) {
  const mb = Buffer.byteLength(text) / MB;
  console.log(`\n${name}: ${mb.toFixed(2)} MB, ${text.length} UTF-16 units, ${text.split('\n').length} lines; median of ${RUNS} runs`);
  const rows = [];
  rows.push(['reference scan (3 regexes, baseline)', time(() => reference(text)), reference(text)]);
  for (const rule of core.RULES) {
    let n = 0;
    const ms = time(() => (n = core.lintText(text, { only: [rule.id] }).findings.length));
    rows.push([`rule ${rule.id}`, ms, n]);
  }
  let all = 0;
  rows.push(['all rules (lintText)', time(() => (all = core.lintText(text).findings.length)), all]);
  rows.push(['fix-all (to a fixed point)', time(() => core.fixAll(text)), '']);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'what'.padEnd(width)}  ${'ms'.padStart(8)}  ${'MB/s'.padStart(8)}  ${'× ref'.padStart(7)}  findings`);
  const ref = rows[0][1];
  for (const [what, ms, n] of rows) {
    console.log(`${what.padEnd(width)}  ${ms.toFixed(1).padStart(8)}  ${(mb / (ms / 1000)).toFixed(1).padStart(8)}  ${(ms / ref).toFixed(1).padStart(7)}  ${n}`);
  }
  const target = 50 * mb;
  const allMs = rows.find((r) => r[0].startsWith('all rules'))[1];
  console.log(`target ~${target.toFixed(0)} ms for all rules: ${allMs <= target ? 'met' : `missed by ${(allMs / target).toFixed(1)}×`}`);
}

// Adversarial inputs (server/src/testing/adversarial.ts, the same as server/src/core/adversarial.test.ts at
// full size): every rule, lint and fix-all, one timed run each after a warm-up on a slice. Heap: heapUsed
// after a gc (run with --expose-gc, as `npm run bench` does) before the input, after lint + fix-all with
// their results still referenced, and after they are dropped. "× draft" compares the cost per MB with the
// synthetic draft's (all rules).
{
  const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;
  const heap = () => {
    if (gc) gc();
    return process.memoryUsage().heapUsed / MB;
  };
  const draft = synthetic(MB);
  const draftMsPerMB = time(() => core.lintText(draft)) / (Buffer.byteLength(draft) / MB);
  console.log(`\nadversarial inputs: all rules, one run each (after a warm-up on the first 64 Ki units)${gc ? '' : ' — no --expose-gc: heap figures include garbage'}`);
  console.log(`synthetic draft for comparison: ${draftMsPerMB.toFixed(1)} ms per MB (all rules)`);
  // (one function call per input: its results die when it returns, so the heap after it shows what stays)
  const measure = (text) => {
    const h0 = heap();
    let t0 = process.hrtime.bigint();
    const lint = core.lintText(text);
    const lintMs = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    const fixed = core.fixAll(text);
    const fixMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const h1 = heap();
    return { h0, lintMs, fixMs, n: lint.findings.length, passes: fixed.passes, held: h1 - h0, fails: lint.failures.map((f) => f.ruleId).join(',') };
  };
  const rows = [];
  for (const { name, text } of core.adversarialInputs(1)) {
    const mb = Buffer.byteLength(text) / MB;
    core.lintText(text.slice(0, 65536));
    const m = measure(text);
    const kept = heap() - m.h0;
    rows.push([name, mb, m.lintMs, m.fixMs, m.n, m.passes, m.held, kept, m.lintMs / mb / draftMsPerMB, m.fails]);
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'input'.padEnd(width)}  ${'MB'.padStart(6)}  ${'lint ms'.padStart(8)}  ${'fix ms'.padStart(8)}  ${'findings'.padStart(8)}  ${'passes'.padStart(6)}  ${'heap Δ MB'.padStart(9)}  ${'kept MB'.padStart(7)}  ${'× draft'.padStart(7)}  failures`);
  for (const [name, mb, lintMs, fixMs, n, passes, held, kept, ratio, fails] of rows) {
    console.log(`${name.padEnd(width)}  ${mb.toFixed(2).padStart(6)}  ${lintMs.toFixed(1).padStart(8)}  ${fixMs.toFixed(1).padStart(8)}  ${String(n).padStart(8)}  ${String(passes).padStart(6)}  ${held.toFixed(1).padStart(9)}  ${kept.toFixed(1).padStart(7)}  ${ratio.toFixed(1).padStart(7)}  ${fails || '-'}`);
  }
  console.log('heap Δ: heapUsed growth with the lint and fix-all results still referenced; kept: after they are dropped (caches)');
}
