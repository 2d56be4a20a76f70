// `node scripts/claims-roundtrip.mjs [--limit N] [--half even|odd]`: unattributed-claim under PDF damage. Lints
// clean articles of ../shared/unlabelled, then the same articles damaged as PDF extraction damages them —
// presentation forms, kashida glyphs inside words, lines in visual order — and reports the share of the clean
// findings (by line) found again on the damaged text. Reads the third-party text at run time; prints numbers only.
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const limit = Number(opt('--limit', 3000));
const half = opt('--half', 'odd');
const core = await loadCore();
const articles = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => i % 2 === (half === 'even' ? 0 : 1)).slice(0, limit);
let seed = 20261206;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const damages = {
  forms: (t) => core.toPresentationForms(t),
  kashida: (t) => t.replace(/([\u0621-\u064a]{2})([\u0621-\u064a]{2,})/g, (m, a, b) => (rand() < 0.3 ? `${a}!!${b}` : m)),
  visual: (t) => t.split('\n').map((l) => [...l].reverse().join('')).join('\n'),
};
const linesOf = (text, fs_) => {
  const idx = new core.LineIndex(text);
  return new Set(fs_.filter((f) => f.ruleId === 'unattributed-claim').map((f) => idx.position(f.start).line));
};
const clean = articles.map((a) => linesOf(a.text, core.lintText(a.text, { only: ['unattributed-claim'] }).findings));
const total = clean.reduce((n, s) => n + s.size, 0);
console.log(`unattributed-claim round trip (${half} half, ${articles.length} articles): ${total} claim lines on clean text`);
for (const [name, fn] of Object.entries(damages)) {
  let kept = 0;
  let extra = 0;
  articles.forEach((a, i) => {
    const d = fn(a.text);
    const got = linesOf(d, core.lintText(d, { only: ['unattributed-claim'] }).findings);
    for (const l of clean[i]) if (got.has(l)) kept++;
    for (const l of got) if (!clean[i].has(l)) extra++;
  });
  console.log(`  ${name.padEnd(8)} kept ${kept}/${total} = ${(kept / Math.max(1, total)).toFixed(3)}; new lines flagged ${extra}`);
}
