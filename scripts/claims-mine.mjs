// `node scripts/claims-mine.mjs [--sample N] [--seed S] [--grep REGEX [--and REGEX2] [--quiet N]] [--unless REGEX] [--limit N]`: unattributed-claim on the EVEN half of
// ../shared/unlabelled/ant-news.txt.gz (the half the rule may be tuned on). Prints the number of findings per 1,000
// articles, a seeded random sample of flagged sentences (to judge precision by hand) and, with --grep, sentences that
// match REGEX but carry no finding (to look for missed claim patterns). Prints excerpts to the terminal only.
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => optOf(args, n, d);
const sample = Number(opt('--sample', 100));
let seed = Number(opt('--seed', 9));
const grep = opt('--grep', null);
const limit = Number(opt('--limit', Infinity));
const core = await loadCore();
const arts = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => i % 2 === 0).slice(0, limit);
const m0 = (x) => x;
const also = opt('--and', null) ? new RegExp(opt('--and', null), 'u') : null; // quiet sentences must match this too
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const flagged = [];
const quiet = [];
const re = grep ? new RegExp(grep, 'u') : null;
const unless = opt('--unless', null) ? new RegExp(opt('--unless', null), 'u') : null; // flagged sentences NOT matching this
let n = 0;
for (const a of arts) {
  const text = a.text;
  const fs_ = core.lintText(text, { only: ['unattributed-claim'] }).findings.filter((f) => f.ruleId === 'unattributed-claim');
  n += fs_.length;
  // sentences: split on . ! ? ؟ and newlines
  const sents = [];
  const sre = /[^.!?؟\n]+[.!?؟]*/gu;
  let m;
  while ((m = sre.exec(text))) sents.push({ start: m.index, end: m.index + m[0].length, s: m[0].trim() });
  for (const s of sents) {
    const hits = fs_.filter((f) => f.start < s.end && f.end > s.start);
    if (hits.length && !(unless && unless.test(m0(s.s)))) flagged.push({ id: a.id, s: s.s, marks: hits.map((f) => text.slice(f.start, f.end)) });
    else if (re && re.test(s.s) && !(also && !also.test(s.s))) quiet.push({ id: a.id, s: s.s });
  }
}
console.log(`even half: ${arts.length} articles, ${n} findings (${(1000 * n / arts.length).toFixed(1)} per 1,000 articles), ${flagged.length} flagged sentences`);
const pick = (xs, k) => { const c = [...xs]; const out = []; while (out.length < k && c.length) out.push(c.splice(Math.floor(rand() * c.length), 1)[0]); return out; };
if (sample > 0) pick(flagged, sample).forEach((f, i) => console.log(`F${i + 1}\t[${f.marks.join(' | ')}]\t${f.s.slice(0, 260)}`));
if (re) { console.log(`\nquiet sentences matching ${grep}: ${quiet.length}`); pick(quiet, Number(opt('--quiet', 60))).forEach((q, i) => console.log(`Q${i + 1}\t${q.s.slice(0, 260)}`)); }
