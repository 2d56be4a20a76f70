// `node scripts/claims-double.mjs [--half even|odd] [--limit N] [--verbose N]`: unattributed-claim on double-spaced drafts
// (issue 9). Each article of one half of ../shared/unlabelled is set in lines as a justified PDF sets them (55–89
// characters) and linted twice: as a typed draft, its paragraphs one blank line apart (what the sentences should be),
// and double-spaced as pdftotext writes a third of the corpus's drafts, a blank line between every two lines
// (text/doubleSpacing.ts reads them). A claim line of the first is kept when the second flags the same set line; new =
// set lines flagged only double-spaced. Reads the third-party text at run time; prints numbers (and with --verbose N,
// N lost/new lines to the terminal). claims-route.mjs's routes double and double-plain compare with the lines run
// together instead (no paragraph breaks at all).
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';
const args = process.argv.slice(2);
const half = optOf(args, '--half', 'even');
const core = await loadCore();
const D = core.damage;
const arts = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => i % 2 === (half === 'even' ? 0 : 1)).slice(0, Number(optOf(args, '--limit', 2500)));
const rand0 = D.seeded(20261207);
const verbose = Number(optOf(args, '--verbose', 0));
let total = 0, kept = 0, extra = 0; const shown = [];
for (const a of arts) {
  const paras = a.text.split('\n').filter((p) => p.trim()).map((p) => D.wrapParagraph(p, 55 + Math.floor(rand0() * 35)));
  const lines = paras.flat();
  // line index of each set line in A (paragraphs apart: one blank line between paragraphs) and in B (blank line between every two lines)
  const A = paras.map((p) => p.join('\n')).join('\n\n');
  const B = lines.join('\n\n');
  const lineOfA = [];
  let k = 0;
  for (const p of paras) {
    for (let i = 0; i < p.length; i++) lineOfA.push(k++);
    k++;
  }
  const idxA = new core.LineIndex(A), idxB = new core.LineIndex(B);
  const fa = new Set(core.lintText(A, { only: ['unattributed-claim'] }).findings.map((f) => lineOfA.indexOf(idxA.position(f.start).line)));
  const fb = new Set(core.lintText(B, { only: ['unattributed-claim'] }).findings.map((f) => idxB.position(f.start).line >> 1));
  total += fa.size;
  for (const l of fa) if (fb.has(l)) kept++; else if (shown.length < verbose) shown.push('lost ' + lines.slice(Math.max(0, l - 1), l + 2).join(' / ').slice(0, 300));
  for (const l of fb) if (!fa.has(l)) { extra++; if (shown.length < verbose) shown.push('new  ' + lines.slice(Math.max(0, l - 1), l + 2).join(' / ').slice(0, 300)); }
}
console.log(`${half}: claim lines with paragraphs apart ${total}; double-spaced kept ${kept} (${(kept / total).toFixed(3)}), new ${extra}`);
for (const s of shown) console.log(s);
