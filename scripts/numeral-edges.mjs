// `node scripts/numeral-edges.mjs [--split dev] [--all] [--show]`: missing-numeral at line edges, measured on the
// corpus's own extracted texts. Each digit run that stands first or last on its line (spaces and bidi controls
// aside: the corpus injector's candidates, tools/build.py) is dropped from the degraded text, one at a time, and the
// text linted: found when a missing-numeral finding lands on that line within one character of where the run was.
// False alarms: findings on the text with that run dropped that the text as it is does not have, elsewhere than the
// gap. --all drops every candidate run, not only those at a line edge. The dev split only (tune there; the test
// split's texts are for the scorer's summary). --list shows every run dropped, found or not.
import * as fs from 'fs';
import * as path from 'path';
import { loadCore } from './core-bundle.mjs';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
if (split !== 'dev') {
  console.error('numeral-edges: dev split only');
  process.exit(2);
}
const all = args.includes('--all');
const show = args.includes('--show');
const list = args.includes('--list');
const corpus = path.resolve(process.env.TADQIQ_CORPUS ?? path.join('..', 'shared', 'corpus'));
const core = await loadCore();
const opts = { only: ['missing-numeral'] };
const CAND = /(?<![^\s\u200e\u200f\u202a-\u202e])[0-9]+(?![^\s\u200e\u200f\u202a-\u202e،,.؛:)(])/g;
const INVIS = /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/;
let cands = 0;
let found = 0;
let alarms = 0;
const byEdge = { start: [0, 0], end: [0, 0], inside: [0, 0] };
for (const id of fs.readdirSync(path.join(corpus, split)).sort()) {
  const text = fs.readFileSync(path.join(corpus, split, id, 'degraded.txt'), 'utf8');
  const base = new Set(core.lintText(text, opts).findings.map((f) => f.start));
  const lines = text.split('\n');
  let off = 0;
  for (const line of lines) {
    if (/[\u0621-\u064a\ufb50-\ufefc]/.test(line)) {
      for (const m of line.matchAll(CAND)) {
        const p = m.index;
        const q = p + m[0].length;
        const edge = INVIS.test(line.slice(0, p)) ? 'start' : INVIS.test(line.slice(q)) ? 'end' : 'inside';
        if (edge === 'inside' && !all) continue;
        const t = text.slice(0, off + p) + text.slice(off + q);
        const fs2 = core.lintText(t, opts).findings;
        const at = off + p;
        const hit = fs2.some((f) => Math.abs(f.start - at) <= 1);
        cands++;
        byEdge[edge][0]++;
        if (hit) {
          found++;
          byEdge[edge][1]++;
        }
        const extra = fs2.filter((f) => Math.abs(f.start - at) > 1 && !base.has(f.start < at ? f.start : f.start + (q - p))).length;
        alarms += extra;
        if (list || (show && (!hit || extra))) console.log(`${hit ? 'HIT ' : 'MISS'}${extra ? ` +${extra}` : ''} ${id} ${edge} ${JSON.stringify(t.slice(Math.max(0, at - 50), at + 50))}`);
      }
    }
    off += line.length + 1;
  }
}
console.log(`${split}: ${found}/${cands} digit runs${all ? '' : ' at a line edge'} found (${((100 * found) / Math.max(1, cands)).toFixed(1)} %); line start ${byEdge.start[1]}/${byEdge.start[0]}, line end ${byEdge.end[1]}/${byEdge.end[0]}${all ? `, inside ${byEdge.inside[1]}/${byEdge.inside[0]}` : ''}; other new findings ${alarms}`);
