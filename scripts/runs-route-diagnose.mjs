// `node scripts/runs-route-diagnose.mjs [--half even|even-held|odd] [--limit N] [--show K] [--cause TEXT]`: why the
// round trip's runs-route lines (damage-roundtrip.mjs: a paragraph through a corpus route — RLE…PDF, punctuation and
// numbers in LRE…PDF, split words, presentation forms, kashida — and one line's runs reversed, 1 cut 70 %, 2 cuts 30 %)
// are or are not restored (issue 10; a tuning aid beside runs-diagnose.mjs, which reads the laboratory's plain lines,
// and runs-corpus-diagnose.mjs, the corpus dev lines). Each damaged line is sorted by cause:
//   restored                       fix-all's line = fix-all's line of the clean paragraph
//   route alone wrong              the paragraph without the cut is not restored either (no run-order repair can help)
//   lines merged                   fix-all changed the paragraph's number of lines: another rule joined the cut line
//                                  with a neighbour across the break (cut-word: a torn half at the line's edge read
//                                  as a word torn across the line break)
//   <pass> > <pass> …              the line's run-order repair at each pass of fix-all until one is preferred (none,
//                                  offered right/wrong, preferred right/wrong: right = the routed line's letters in
//                                  order, spaces, kashida and controls aside); `preferred right` there means the order
//                                  was right and another repair of the line (a split word left apart) spoiled it
// With --edges the causes are also split by where the line stands (first, last, inner, alone). Prints counts; --show
// prints the first K failing lines (--cause: those whose cause contains TEXT) of the even half only — never the held-out
// half, never committed. Use the tables mined without the even-held articles (TADQIQ_HOLD_DATA, half even-held) to
// tune on even text the pair and class tables did not see: on the even half itself they know every line's pairs.
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'even');
const limit = Number(opt('--limit', 2000));
const show = half === 'even' || half === 'even-held' ? Number(opt('--show', 0)) : 0;
const only = opt('--cause', '');
const edges = args.includes('--edges');
const core = await loadCore();
const D = core.damage;
const seed = Number(opt('--seed', 20261206));
const paragraphs = wrappedParagraphs(core, half, limit, D.seeded(seed));
// (runs-route's own generator, as damage-roundtrip.mjs draws it)
const rr = D.seeded(seed + 11);
const bare = (x) => x.replace(/[\u0640\u202a-\u202e\s]/g, '').normalize('NFKC');
const esc = (s) => s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640]/g, (c) => `<${c.charCodeAt(0).toString(16)}>`);
const causes = new Map();
const add = (k) => causes.set(k, (causes.get(k) ?? 0) + 1);
const fixed = new Map();
const fixOf = (t) => fixed.get(t) ?? (fixed.set(t, core.fixAll(t).text), fixed.get(t));
let n = 0;
let shown = 0;
for (const ls of paragraphs) {
  const d = D.routeRuns(ls, rr);
  if (d === null) continue;
  n++;
  const text = d.lines.join('\n');
  const lineOf = (t) => {
    const x = t.split('\n');
    return x.length === ls.length ? x[d.line] : null;
  };
  const want = lineOf(fixOf(ls.join('\n')));
  const got = lineOf(core.fixAll(text).text);
  let cause;
  if (got !== null && got === want) cause = 'restored';
  else if (lineOf(fixOf(d.routed.join('\n'))) !== want) cause = 'route alone wrong';
  else if (got === null) cause = 'lines merged';
  else {
    const passes = [];
    let t = text;
    for (let p = 0; p < 6; p++) {
      const lines = t.split('\n');
      if (lines.length !== ls.length) {
        passes.push('lines merged');
        break;
      }
      const at = lines.slice(0, d.line).reduce((s, l) => s + l.length + 1, 0);
      const r = core.reversedRunRepairs(t).find((x) => x.start >= at && x.end <= at + lines[d.line].length);
      const right = r && bare(r.text) === bare(d.routed[d.line]);
      passes.push(r ? `${r.preferred ? 'preferred' : 'offered'} ${right ? 'right' : 'wrong'}` : 'none');
      if (r?.preferred) break;
      const next = core.fixAll(t, {}, 1).text;
      if (next === t) break;
      t = next;
    }
    cause = passes.filter((x, i, xs) => i === 0 || x !== xs[i - 1]).join(' > ');
  }
  const key = `${d.cuts} cut${d.cuts > 1 ? 's' : ''}: ${cause}`;
  add(key);
  if (edges) add(`${key} [${d.line === 0 && d.line === ls.length - 1 ? 'alone' : d.line === 0 ? 'first' : d.line === ls.length - 1 ? 'last' : 'inner'}]`);
  if (cause !== 'restored' && shown < show && (!only || cause.includes(only))) {
    shown++;
    console.log(`--- ${key}\n  prev:    ${esc(d.lines[d.line - 1] ?? '')}\n  routed:  ${esc(d.routed[d.line])}\n  damaged: ${esc(d.lines[d.line])}\n  next:    ${esc(d.lines[d.line + 1] ?? '')}\n  want:    ${want}\n  got:     ${got ?? '(lines merged)'}`);
  }
}
console.log(`${half} half, runs-route: ${n} paragraphs`);
for (const [k, v] of [...causes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${k.padEnd(52)} ${String(v).padStart(5)}  ${((v / n) * 100).toFixed(1)} %`);
