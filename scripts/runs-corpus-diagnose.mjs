// `TADQIQ_CORPUS=DIR node scripts/runs-corpus-diagnose.mjs [--split dev] [--show 1]` (issue 10, session 15): the loss
// budget of the corpus's `reversed-runs` lines, in runs-diagnose --budget's classes: restored (fix-all's line reads as
// clean.txt, eval.mjs's measure, diacritics ignored); not flagged (no order found on the line); right order found
// but not applied (why: margin, score, junction, split edge); wrong start (the same torn words healed elsewhere);
// torn word or cuts wrong; right order applied but the line still wrong (other damage on it, or another rule's edit).
// Prints counts (--show 1: the lines too, dev only — never the test split's text, never committed).
import fs from 'fs';
import path from 'path';
import { loadCore } from './core-bundle.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const split = opt('--split', 'dev');
const show = split === 'dev' && opt('--show', '') === '1';
const corpus = process.env.TADQIQ_CORPUS || '/work/shared/corpus';
const core = await loadCore();
const byLineFix = core.ruleIds().filter((x) => x !== 'broken-paragraph' && x !== 'cut-word');
const norm = (s) =>
  s.normalize('NFKC').replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0640\ufffd]/g, '')
    .replace(/\(cid:\d+\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const segs = (line) => norm(line.replace(/ {3,}/g, '\u0001')).split('\u0001').map((x) => x.trim()).filter(Boolean);
const causes = new Map();
const add = (k) => causes.set(k, (causes.get(k) ?? 0) + 1);
let n = 0;
for (const id of fs.readdirSync(path.join(corpus, split)).sort()) {
  const dir = path.join(corpus, split, id);
  const ann = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'));
  const runs = ann.filter((a) => a.subtype === 'reversed-runs');
  if (!runs.length) continue;
  const deg = fs.readFileSync(path.join(dir, 'degraded.txt'), 'utf8');
  const clean = norm(fs.readFileSync(path.join(dir, 'clean.txt'), 'utf8'));
  const lines = deg.split('\n');
  let fixed = core.fixAll(deg, { only: byLineFix }).text.split('\n');
  if (fixed.length !== lines.length) fixed = core.fixAll(deg, { only: byLineFix.filter((x) => x !== 'diacritic') }).text.split('\n');
  const reps = core.reversedRunRepairs(deg);
  for (const a of runs) {
    n++;
    const li = a.line - 1;
    const lineStart = lines.slice(0, li).reduce((s, l) => s + l.length + 1, 0);
    const r = reps.find((x) => x.start >= lineStart && x.end <= lineStart + lines[li].length);
    const good = fixed.length === lines.length && segs(fixed[li]).every((s) => clean.includes(s));
    const want = norm(a.expected);
    let cause;
    if (good) cause = 'restored';
    else if (!r) cause = 'not flagged';
    else if (norm(r.text) === want) cause = r.preferred ? 'right order applied, line still wrong (other damage / another edit)' : `right order not applied: ${r.splitEdge ? 'split edge' : !r.confirmed ? 'junction not confirmed' : r.score < core.MARGIN.prefer ? 'score below prefer' : 'margin low'}`;
    else {
      const words = (t) => new Set(norm(t).split(' '));
      const w = words(a.expected);
      const same = norm(r.text).split(' ').every((x) => w.has(x)) && r.cuts === a.cuts;
      cause = `${same ? 'wrong start' : r.cuts !== a.cuts ? 'wrong number of cuts' : 'torn word judged wrong'} (${r.preferred ? 'applied' : 'offered'})`;
    }
    add(`${cause} [${a.cuts} cut${a.cuts > 1 ? 's' : ''}]`);
    if (show && cause !== 'restored') console.log(`--- ${id}:${a.line} ${cause} cuts ${a.cuts} score ${r?.score?.toFixed(2)} margin ${r?.margin?.toFixed(2)}\n  prev: ${lines[li - 1] ?? ''}\n  want: ${a.expected}\n  got:  ${a.text}\n  rep:  ${r?.text ?? ''}\n  fix:  ${fixed[li]}\n  next: ${lines[li + 1] ?? ''}`);
  }
}
console.log(`${split}: ${n} reversed-runs lines`);
for (const [k, v] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(80)} ${v}`);
