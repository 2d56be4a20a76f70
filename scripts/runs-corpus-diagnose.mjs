// `TADQIQ_CORPUS=../shared/corpus node scripts/runs-corpus-diagnose.mjs [--show]`: why the corpus dev split's
// reversed-runs lines are or are not repaired exactly (issue 10; a tuning aid beside scripts/runs-diagnose.mjs). For
// each line, fix-all pass by pass: the run-order repair of the line in each pass (none, an order only offered, an order
// preferred; right or wrong against the annotation's `expected`, diacritics, tatweel and controls aside — wrong: the start,
// the number of cuts or a torn word —), and whether
// fix-all's line reads as clean.txt does, as scripts/eval.mjs compares it. Dev only (the test split is measured, never
// read line by line); --show prints the lines.
import * as fs from 'fs';
import * as path from 'path';
import { loadCore } from './core-bundle.mjs';

const args = process.argv.slice(2);
const show = args.includes('--show');
if (args.includes('--split') && args[args.indexOf('--split') + 1] !== 'dev') {
  console.error('runs-corpus-diagnose: dev only (the test split is measured, never read line by line)');
  process.exit(2);
}
const corpus = path.resolve(process.env.TADQIQ_CORPUS ?? path.join('..', 'shared', 'corpus'));
const core = await loadCore();
const only = core.ruleIds().filter((x) => x !== 'broken-paragraph' && x !== 'cut-word');
const esc = (s) => s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640\u0000-\u001f\ufffe]/g, (c) => `<${c.charCodeAt(0).toString(16)}>`);
// as scripts/eval.mjs compares a line (diacritics ignored)
const norm = (s) =>
  s
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0640\ufffd]/g, '')
    .replace(/\(cid:\d+\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const bare = (s) => norm(s).replace(/ /g, '');
/** Why an order is wrong, sorted as scripts/runs-diagnose.mjs sorts the laboratory's: it undoes another number of
 *  cuts than the annotation's; or every word it heals is written whole in `expected` — the start is wrong —; or it
 *  heals a torn word wrongly. (The healed words read in the damaged `text`: head before a junction, tail after it.) */
function wrongKind(r, text, a) {
  if (r.cuts !== a.cuts) return 'wrong number of cuts';
  const letters = (w) => w.replace(/[^\u0621-\u064a]/g, '');
  const words = new Set(norm(a.expected).split(' ').map(letters));
  const healed = r.junctions.map(([h, t]) => {
    let x = r.start + h;
    while (x > r.start && text[x - 1] !== ' ') x--;
    let y = r.start + t;
    while (y < r.end && text[y] !== ' ') y++;
    return letters(norm(text.slice(x, r.start + h) + text.slice(r.start + t, y)));
  });
  return healed.every((w) => words.has(w)) ? 'wrong start' : 'torn word judged wrong';
}
const causes = new Map();
const dir = path.join(corpus, 'dev');
for (const id of fs.readdirSync(dir).sort()) {
  const ann = JSON.parse(fs.readFileSync(path.join(dir, id, 'annotations.json'), 'utf8'));
  const rr = ann.filter((a) => a.subtype === 'reversed-runs');
  if (!rr.length) continue;
  const deg = fs.readFileSync(path.join(dir, id, 'degraded.txt'), 'utf8');
  const clean = norm(fs.readFileSync(path.join(dir, id, 'clean.txt'), 'utf8'));
  const fixed = core.fixAll(deg, { only }).text.split('\n');
  for (const a of rr) {
    const passes = [];
    let text = deg;
    for (let p = 0; p < 6; p++) {
      const lines = text.split('\n');
      const at = lines.slice(0, a.line - 1).reduce((s, l) => s + l.length + 1, 0);
      const r = core.reversedRunRepairs(text).find((x) => x.start >= at && x.end <= at + lines[a.line - 1].length);
      const right = r && bare(r.text) === bare(a.expected);
      passes.push(r ? `${r.preferred ? 'preferred' : 'offered'} ${right ? 'right' : `wrong (${wrongKind(r, text, a)})`}${r.preferred ? '' : ` (score ${r.score.toFixed(2)}, margin ${r.margin.toFixed(2)})`}` : 'none');
      if (r?.preferred) break;
      const next = core.fixAll(text, { only }, 1).text;
      if (next === text) break;
      text = next;
    }
    const exact = clean.includes(norm(fixed[a.line - 1]));
    // (grouped without the scores, repeated passes once)
    const cause = exact ? 'exact' : passes.map((x) => x.replace(/ \(score.*\)$/, '')).filter((x, i, xs) => i === 0 || x !== xs[i - 1]).join(' → ');
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    console.log(`${id} L${a.line} (${a.cuts} cut${a.cuts > 1 ? 's' : ''}): ${exact ? 'exact' : 'not exact'}; the line's repair by pass: ${passes.join(' → ')}`);
    if (show) console.log(`  damaged:  ${esc(deg.split('\n')[a.line - 1])}\n  expected: ${esc(a.expected)}\n  fix-all:  ${esc(fixed[a.line - 1])}`);
  }
}
console.log('\nby cause:');
for (const [k, v] of [...causes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(3)}  ${k}`);
