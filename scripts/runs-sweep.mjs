// `node scripts/runs-sweep.mjs [--half even] [--limit N] [--set 'agreeBoth=3,agreePairs=0;…']` (tuning aid for
// lexicon/runs.ts, issue 10; even half only): the run-order search's answer on lines with 1, 2 and 3 cuts (and 2 cuts,
// one of them between words, half the time: `between`) under each
// setting of MARGIN's weights (settings separated by ';'), the remembered answers forgotten between settings. Prints,
// per setting and number of cuts, the lines whose right order is preferred and those whose wrong order is (counts only).
import { loadCore, provideSideTrigrams } from './core-bundle.mjs';
import { opt as optOf, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'even');
if (half !== 'even' && half !== 'even-held') throw new Error('tune on the even half only (even-held: with TADQIQ_HOLD_DATA)');
const limit = Number(opt('--limit', 2000));
const core = await loadCore();
const D = core.damage;
const cases = [];
for (const cuts of [1, 2, 3, 'between']) {
  const rand = D.seeded(Number(opt('--seed', 20261206)) + (cuts === 'between' ? 4 : cuts) * 101);
  for (const ls of wrappedParagraphs(core, half, cuts === 1 ? limit : limit / 2, rand)) {
    const cand = ls.map((_, i) => i).filter((i) => ls[i].length >= 30);
    if (!cand.length) continue;
    const i = cand[Math.floor(rand() * cand.length)];
    if (!D.canReverseRuns(ls[i])) continue;
    const d = cuts === 'between' ? D.reverseRuns(ls[i], 2, rand, 0.5) : D.reverseRuns(ls[i], cuts, rand, 0);
    if (!d) continue;
    const dl = ls.slice();
    dl[i] = d.text;
    cases.push({ cuts, text: dl.join('\n'), at: dl.slice(0, i).reduce((s, l) => s + l.length + 1, 0), len: d.text.length, want: ls[i] });
  }
}
const base = { ...core.MARGIN };
const baseClass = { ...core.CLASS };
const baseTri = { ...core.TRIGRAM };
for (const setting of opt('--set', '').split(';')) {
  Object.assign(core.MARGIN, base);
  Object.assign(core.CLASS, baseClass);
  Object.assign(core.TRIGRAM, baseTri);
  for (const kv of setting.split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    // (CLASS.weight, CLASS.second, CLASS.clip: the class term's, runsClass.ts)
    if (k.startsWith('CLASS.')) core.CLASS[k.slice(6)] = Number(v);
    // (TRIGRAM.clip, TRIGRAM.expect, TRIGRAM.skipClip: the word trigrams', trigrams.ts)
    else if (k.startsWith('TRIGRAM.')) core.TRIGRAM[k.slice(8)] = Number(v);
    else core.MARGIN[k] = Number(v);
  }
  core.forgetRunLines();
  // (the trigram scores remembered under the last setting forgotten: the table handed over again)
  provideSideTrigrams(core);
  const out = {};
  for (const c of cases) {
    const o = (out[c.cuts] ??= { n: 0, right: 0, wrong: 0 });
    o.n++;
    const r = core.reversedRunRepairs(c.text).find((x) => x.start >= c.at && x.end <= c.at + c.len);
    if (r && r.preferred) r.text === c.want ? o.right++ : o.wrong++;
  }
  console.log(`${(setting || 'shipped').padEnd(60)} ${Object.entries(out).map(([k, o]) => `${k} cut: right ${o.right}/${o.n} wrong ${o.wrong}`).join(' | ')}`);
}
