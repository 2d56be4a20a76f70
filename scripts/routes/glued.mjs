// `node scripts/routes/glued.mjs [--work DIR] [--routes a,b] [--extractors a,b] [--show]`
// The glued class of issue 10 (routes13): damaged lines whose letters are their source span's cut into k pieces, read
// in reverse order and glued head to tail (LibreOffice's kashida-justified runs through pdf.js), counted by k, by where
// the cuts fall (inside words or at spaces: the latter are word-order lines, wordOrder.ts), by whether a kashida glyph
// stands at every cut, and by what eval-routes says of them (restored / flagged / missed); and what
// lexicon/gluedPieces.ts reads for each line with 3+ pieces, every cut inside a word (right / wrong / none, preferred or
// offered). Reads the damage files of the last eval-routes run (run it on the tuned articles only: 1-20). Numbers only,
// unless --show (the lines on the terminal: third-party text, never to be committed).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { opt as optOf } from '../unlabelled.mjs';
import { loadTs } from '../core-bundle.mjs';
import { PRINTED_KASHIDA } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const work = path.resolve(opt('--work', process.env.TADQIQ_ROUTES_WORK ?? path.join(os.tmpdir(), 'tadqiq-routes')));
const routes = opt('--routes', 'lo-odt,lo-docx,lo-odt-2col,lo-docx-2col').split(',');
const extractors = opt('--extractors', 'pdfjs').split(',');
const show = args.includes('--show');
const g = await loadTs('routes-glued', "export { gluedPiecesRepair } from './server/src/core/lexicon/gluedPieces';");

/** Kashida glyphs (C0 controls, U+FFFE, tatweel, printed characters) out; spaces collapsed. */
const clean = (s) =>
  s
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\u0640]/g, '')
    .replace(/(?<=[\u0620-\u064a])[!+]+(?=[\u0620-\u064a])/g, '')
    .replace(PRINTED_KASHIDA, '')
    .replace(/\s+/g, ' ')
    .trim();
const same = (a, b) => a.replace(/[\u0000-\u0008\u000b-\u001f\ufffe]/g, '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The fewest pieces of `got` (spaces aside) that, read in reverse, spell `src`; their cuts (positions without spaces). */
function pieces(got, src) {
  const a = got.replace(/ /g, '');
  const b = src.replace(/ /g, '');
  if (a.length !== b.length) return null;
  const n = a.length;
  const best = new Array(n + 1).fill(Infinity);
  const prev = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let j = 0; j < n; j++) {
    if (best[j] === Infinity) continue;
    for (let len = 1; j + len <= n; len++) {
      if (a.slice(n - j - len, n - j) !== b.slice(j, j + len)) continue;
      if (best[j] + 1 < best[j + len]) {
        best[j + len] = best[j] + 1;
        prev[j + len] = j;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const cuts = [];
  for (let j = n; j > 0; j = prev[j]) if (j < n) cuts.push(n - j);
  return { k: best[n], cuts: cuts.sort((x, y) => x - y) };
}

const counts = new Map();
const bump = (k) => counts.set(k, (counts.get(k) ?? 0) + 1);
const EDGES = { before: () => undefined, after: () => undefined };
for (const r of routes) {
  for (const x of extractors) {
    const file = path.join(work, 'damage', `${r}--${x}.txt`);
    if (!fs.existsSync(file)) continue;
    for (const e of fs.readFileSync(file, 'utf8').split(/\n(?=\S)/)) {
      const head = /^(\S+) (\S+?),/.exec(e);
      const got = /\n {2}got: (.*)/.exec(e)?.[1];
      const src = /\n {2}src: (.*)/.exec(e)?.[1];
      // (lines of a unit of several: their span is not theirs alone)
      if (!head || head[2] === 'clean' || got === undefined || src === undefined || /\n {2}unit:/.test(e)) continue;
      const G = clean(got);
      const d = pieces(G, clean(src));
      if (!d || d.k < 2) continue;
      const at = [];
      for (let i = 0, q = 0; i < G.length; i++) if (G[i] !== ' ') at[q++] = i;
      const inside = d.cuts.filter((c) => G[at[c] - 1] !== ' ').length;
      const state = / restored/.test(e.split('\n')[0]) ? 'restored' : / missed/.test(e.split('\n')[0]) ? 'missed' : 'flagged';
      const k = d.k >= 3 ? '3+' : '2';
      bump(`pieces ${k}: lines`);
      bump(`pieces ${k}: ${state}`);
      if (inside < d.cuts.length) {
        bump(`pieces ${k}: a cut at a space`);
        continue;
      }
      bump(`pieces ${k}, every cut inside a word: lines`);
      if (/[\u0000-\u0008\u000b-\u001f\ufffe]/.test(got)) bump(`pieces ${k}, every cut inside a word: a kashida glyph in the line`);
      if (d.k < 3) continue;
      const res = g.gluedPiecesRepair(got, EDGES);
      const verdict = res === null ? 'none' : `${same(res.text, src) ? 'right' : 'wrong'} ${res.preferred ? 'preferred' : 'offered'}`;
      bump(`pieces 3+, every cut inside a word: gluedPieces ${verdict}`);
      if (show) console.log(`${head[1]} ${r}--${x} k=${d.k} ${verdict} (${state})\n  got: ${G}\n  src: ${clean(src)}${res ? `\n  new: ${clean(res.text)}` : ''}`);
    }
  }
}
console.log(`glued pieces, ${routes.join(', ')} × ${extractors.join(', ')} (${work}):`);
for (const [k, v] of [...counts].sort()) console.log(`  ${k}: ${v}`);
