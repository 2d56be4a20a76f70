// `node scripts/claims-route.mjs [--half even|odd] [--limit N] [--seed S] [--verbose N] [--route a,b]`: unattributed-claim through
// the corpus's routes on whole articles. Each article of one half of ../shared/unlabelled is set in lines as a
// justified PDF sets them (55–89 characters), then every line goes through one route per article, as the corpus's
// drafts were made: `pdftotext` (the line in RLE…PDF, embedded punctuation and numbers, split words, kashida, some
// presentation forms: testing/routeRuns.ts routeLine), `visual` (reportlab/mutool: presentation forms, each line in
// visual order), `runs` (pdftotext with one line in four of each paragraph cut into runs out of order, as
// inject_runs.py cuts), `double` (pdftotext with a blank line between every two lines, as a third of the corpus's drafts
// come out: their sentences run on across the blank lines) and `double-plain` (the blank lines alone). The set lines undamaged are linted too; a claim line is a line of the set article with a
// finding, kept when the damaged article has a finding on the same line; new = lines flagged only when damaged.
// Reads the third-party text at run time; prints numbers (and with --verbose N, N lost/new lines to the terminal).
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => optOf(args, n, d);
const half = opt('--half', 'odd');
const limit = Number(opt('--limit', 2500));
const verbose = Number(opt('--verbose', 0));
const core = await loadCore();
const D = core.damage;
const arts = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => i % 2 === (half === 'even' ? 0 : 1)).slice(0, limit);
const RULE = 'unattributed-claim';
const linesOf = (text) => {
  const idx = new core.LineIndex(text);
  return new Set(core.lintText(text, { only: [RULE] }).findings.filter((f) => f.ruleId === RULE).map((f) => idx.position(f.start).line));
};
/** Routes that put a blank line between every two lines: line l of the set article is line 2l of the damaged one. */
const DOUBLE = new Set(['double', 'double-plain']);
const only = opt('--route', '');
const routes = {
  pdftotext: (lines, rand) => {
    const r = D.pickRoute(rand);
    return lines.map((l) => D.routeLine(l, r, rand).text);
  },
  visual: (lines) => lines.map((l) => D.visualOrder(D.presentationForms(l))),
  runs: (lines, rand) => {
    const r = D.pickRoute(rand);
    return lines.map((l) => {
      const x = D.routeLine(l, r, rand);
      if (rand() >= 0.25) return x.text;
      return D.cutRuns(x.text, x.keep, rand)?.text ?? x.text;
    });
  },
  double: (lines, rand) => {
    const r = D.pickRoute(rand);
    return lines.map((l) => D.routeLine(l, r, rand).text);
  },
  'double-plain': (lines) => lines,
};
const set = [];
const rand0 = D.seeded(Number(opt('--seed', 20261207)));
for (const a of arts) {
  const lines = [];
  for (const p of a.text.split('\n')) if (p.trim()) lines.push(...D.wrapParagraph(p, 55 + Math.floor(rand0() * 35)));
  set.push(lines);
}
const clean = set.map((lines) => linesOf(lines.join('\n')));
const total = clean.reduce((n, s) => n + s.size, 0);
console.log(`unattributed-claim through corpus routes (${half} half, ${arts.length} articles set in lines): ${total} claim lines undamaged`);
for (const [name, fn] of Object.entries(routes)) {
  if (only && !only.split(',').includes(name)) continue;
  const rand = D.seeded(7);
  const sep = DOUBLE.has(name) ? '\n\n' : '\n';
  let kept = 0;
  let extra = 0;
  const shown = [];
  set.forEach((lines, k) => {
    const dmg = fn(lines, rand);
    const got = DOUBLE.has(name) ? new Set([...linesOf(dmg.join(sep))].map((l) => l >> 1)) : linesOf(dmg.join(sep));
    for (const l of clean[k]) if (got.has(l)) kept++; else if (shown.length < verbose) shown.push(`  lost ${lines.slice(Math.max(0, l - 1), l + 2).join(' / ')}`);
    for (const l of got) if (!clean[k].has(l)) { extra++; if (shown.length < verbose) shown.push(`  new  ${lines.slice(Math.max(0, l - 1), l + 2).join(' / ')}`); }
  });
  console.log(`  ${name.padEnd(10)} kept ${kept}/${total} = ${(kept / total).toFixed(3)}; new lines flagged ${extra}`);
  for (const s of shown) console.log(s);
}
