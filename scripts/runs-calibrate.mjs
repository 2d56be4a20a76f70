// `node scripts/runs-calibrate.mjs [--half even|even-held] [--limit N] [--cuts 1] [--dump FILE]` (issue 10, session 15):
// how often the run-order search's best order is the right one, by band of its margin over the next best order — the
// apply margin's calibration (MARGIN.second, CLASS.second, MARGIN.edgeSecond). Same lines as runs-diagnose.mjs (same
// seed and sampler). --dump FILE writes one JSON line per damaged line (its texts: the even half only, to /tmp, never
// committed) for the feature study. Prints counts.
import fs from 'fs';
import { loadTs } from './core-bundle.mjs';
import { opt as optOf, runsDamagedLines, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'even');
const limit = Number(opt('--limit', 2000));
const cutsOpt = opt('--cuts', '1');
const dump = half.startsWith('even') ? opt('--dump', '') : '';
const core = await loadTs(
  process.env.TADQIQ_CORE || 'calibrate-core',
  "export * from './server/src/testing/cleanText'; export * as damage from './server/src/testing/damage'; export { reversedRunRepairs, RUNS_TRACE, MARGIN, CLASS } from './server/src/core/lexicon/runs';",
);
core.RUNS_TRACE.on = true;
const D = core.damage;
const rand = D.seeded(Number(opt('--seed', 20261206)));
const paragraphs = wrappedParagraphs(core, half, limit, rand);
const bands = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.5, 4, 5, 6, 8, Infinity];
const tab = bands.slice(0, -1).map(() => ({ right: 0, wrong: 0, applied: 0, appliedRight: 0 }));
const noT = (s) => s.replace(/\u0640/g, '');
const out = dump ? fs.openSync(dump, 'w') : null;
let n = 0;
let none = 0;
for (const { ls, i, k, d, dl, text } of runsDamagedLines(paragraphs, D, rand, cutsOpt)) {
  n++;
  const lineStart = dl.slice(0, i).reduce((s, l) => s + l.length + 1, 0);
  const r = core.reversedRunRepairs(text).find((x) => x.start >= lineStart && x.end <= lineStart + d.text.length);
  if (!r) {
    none++;
    continue;
  }
  const right = noT(r.text) === noT(ls[i]);
  const b = bands.findIndex((x, j) => r.margin >= x && r.margin < bands[j + 1]);
  const row = tab[Math.max(0, b)];
  if (right) row.right++;
  else row.wrong++;
  if (r.preferred) {
    row.applied++;
    if (right) row.appliedRight++;
  }
  if (out !== null) fs.writeSync(out, JSON.stringify({ prev: ls[i - 1] ?? null, next: ls[i + 1] ?? null, want: ls[i], got: d.text, rep: r.text, run: r.runnerUp ?? null, right, runRight: r.runnerUp !== undefined && noT(r.runnerUp) === noT(ls[i]), margin: r.margin, score: r.score, preferred: r.preferred, confirmed: r.confirmed, splitEdge: r.splitEdge, cuts: r.cuts, k }) + '\n');
}
console.log(`${half} half, cuts ${cutsOpt}: ${n} lines, no order found ${none}`);
console.log('  margin band     best right  wrong  right %  (applied now: right / all)');
tab.forEach((t, j) => {
  const all = t.right + t.wrong;
  if (all) console.log(`  [${String(bands[j]).padStart(4)}, ${String(bands[j + 1]).padStart(8)})  ${String(t.right).padStart(5)}  ${String(t.wrong).padStart(5)}  ${((t.right / all) * 100).toFixed(1).padStart(6)}  (${t.appliedRight} / ${t.applied})`);
});
