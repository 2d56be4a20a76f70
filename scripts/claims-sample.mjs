// `node scripts/claims-sample.mjs --half even|odd [--seed S] [--flagged N] [--quiet N] [--out FILE] [--diff FILE]`:
// unattributed-claim on one half of ../shared/unlabelled (even: may be tuned on; odd: held out, measure only). Prints
// a seeded random sample of flagged sentences (to judge precision by hand) and of quiet sentences that carry a
// reporting or belief verb or a source phrase (to judge recall by hand). `--out FILE` keeps every sentence's findings
// (outside the repository: the text is third-party) so that `--diff FILE` lists the sentences gained and lost by a
// later build. Excerpts go to the terminal or /tmp only, never into the repository.
import * as fs from 'fs';
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => optOf(args, n, d);
const half = opt('--half', 'even');
let seed = Number(opt('--seed', 12));
const nFlagged = Number(opt('--flagged', 150));
const nQuiet = Number(opt('--quiet', 150));
const core = await loadCore();
const arts = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
// reporting and belief verbs in their common forms, source phrases, source nouns (a broad net: most hits are named)
const CUE = new RegExp(
  [
    '(?:^|[\\s،(«"])(?:و|ف)?(?:قال|قالت|قالوا|يقول|تقول|يقولون|أكد|أكدت|أكدوا|يؤكد|تؤكد|أفاد|أفادت|يفيد|تفيد|أشار|أشارت|يشير|تشير',
    '|ذكر|ذكرت|أوضح|أوضحت|اعتبر|اعتبرت|يعتبر|يرى|ترى|يرون|رأى|توقع|توقعت|يتوقع|تتوقع|رجح|رجحت|يرجح|ترجح|اعتقد|يعتقد|تعتقد',
    '|كشف|كشفت|أضاف|أضافت|نفى|نفت|زعم|زعمت|يزعم|ادعى|ادعت|أورد|أوردت|نقل|نقلت|أفادت|حذر|حذرت|لفت|لفتت|صرح|صرحت',
    '|بحسب|حسب|وفق|وفقا|نقلا|مصدر|مصادر|تقارير|أنباء|معلومات|يقال|قيل|يشاع|مراقبون|مراقبين|محللون|محللين|خبراء|شهود|سكان|مواطنون)(?=[\\s،.:"»]|$)',
  ].join(''),
  'u',
);
const rows = [];
let n = 0;
for (const a of arts) {
  const text = a.text;
  const fs_ = core.lintText(text, { only: ['unattributed-claim'] }).findings.filter((f) => f.ruleId === 'unattributed-claim');
  n += fs_.length;
  const sre = /[^.!?؟\n]+[.!?؟]*/gu;
  let m;
  while ((m = sre.exec(text))) {
    const s = m[0].trim();
    if (s.length < 20) continue;
    const hits = fs_.filter((f) => f.start < m.index + m[0].length && f.end > m.index);
    rows.push({ id: a.id, s, marks: hits.map((f) => text.slice(f.start, f.end)) });
  }
}
const flagged = rows.filter((r) => r.marks.length);
const quiet = rows.filter((r) => !r.marks.length && CUE.test(r.s));
console.log(`${half} half: ${arts.length} articles, ${n} findings, ${flagged.length} flagged sentences, ${quiet.length} quiet sentences with a cue`);
const pick = (xs, k) => { const c = [...xs]; const out = []; while (out.length < k && c.length) out.push(c.splice(Math.floor(rand() * c.length), 1)[0]); return out; };
if (opt('--diff', null)) {
  const old = JSON.parse(fs.readFileSync(opt('--diff', null), 'utf8'));
  const key = (r) => `${r.id}\t${r.s}`;
  const before = new Map(old.filter((r) => r.marks.length).map((r) => [key(r), r.marks]));
  const now = new Map(flagged.map((r) => [key(r), r.marks]));
  for (const [k, v] of now) if (!before.has(k)) console.log(`+\t[${v.join(' | ')}]\t${k.split('\t')[1].slice(0, 300)}`);
  for (const [k, v] of before) if (!now.has(k)) console.log(`-\t[${v.join(' | ')}]\t${k.split('\t')[1].slice(0, 300)}`);
} else {
  pick(flagged, nFlagged).forEach((f, i) => console.log(`F${i + 1}\t[${f.marks.join(' | ')}]\t${f.s.slice(0, 300)}`));
  pick(quiet, nQuiet).forEach((q, i) => console.log(`Q${i + 1}\t${q.s.slice(0, 300)}`));
}
if (opt('--out', null)) fs.writeFileSync(opt('--out', null), JSON.stringify(rows));
