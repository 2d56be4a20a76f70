// `node scripts/numeral-heldout.mjs [--set numerals|numerals-N] [--tune] [--json OUT] [--damage visual|forms|visual-forms] [--summary]` (after
// `npm run -s build`): scores the missing-numeral rule on the HELD-OUT sets of test/numerals/ (see
// test/numerals/README.md; do not tune the rule on them). --damage puts every sentence through PDF damage first, by
// the functions of server/src/testing/pdfDamage.ts that scripts/numeral-roundtrip.mjs uses too (the gap is kept by a
// marker through the damage); --summary prints the scores only, no sentence.
//   - heldout-gaps.ar.txt: one sentence a line with exactly one `[]` where a number was dropped. `[]` is replaced
//     by the empty string (what the extraction leaves) and the line is linted with only missing-numeral; the gap is
//     found when some finding's range lies within 2 UTF-16 units of the gap position.
//   - heldout-negatives.ar.txt: correct sentences; any missing-numeral finding on a line is a false alarm.
// A trailing ` # tag` on a line is stripped and used for per-construction counts; blank lines and lines starting
// with `#` are skipped; `\uXXXX` escapes in the text are unescaped. A measurement, not a test: always exits 0.
import * as fs from 'fs';
import { loadCore } from './core-bundle.mjs';
import { loadSentences, markFindings as mark } from './sentence-sets.mjs';

const RULE = 'missing-numeral';
const NEAR = 2;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const damage = args.includes('--damage') ? args[args.indexOf('--damage') + 1] : 'none';
const summaryOnly = args.includes('--summary');
// --set numerals-2: the second held-apart set (test/numerals-2/, written by session 5 before it tuned; same format)
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'numerals';
if (!/^numerals(-\d+)?$/.test(set)) throw new Error(`--set ${set}: numerals or numerals-N`);
const dir = new URL(`../test/${set}/`, import.meta.url);
// --tune: the set's tuning files (tune-gaps.ar.txt, tune-negatives.ar.txt) instead of its held-out ones
const prefix = args.includes('--tune') ? 'tune' : 'heldout';


const load = (name) => loadSentences(new URL(name, dir));

const show = (s) => s.replace(/ {2,}/g, (m) => '·'.repeat(m.length));
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');

async function main() {
  const core = await loadCore();
  if (!core.pdfDamage.DAMAGES.includes(damage)) throw new Error(`--damage ${damage}: one of ${core.pdfDamage.DAMAGES.join(', ')}`);
  const lint = (text) => core.lintText(text, { only: [RULE] }).findings.filter((f) => f.ruleId === RULE);

  const gapsFile = load(`${prefix}-gaps.ar.txt`);
  const negFile = load(`${prefix}-negatives.ar.txt`);
  const warnings = [...gapsFile.warnings, ...negFile.warnings];

  // --- gaps ---
  const perTagGaps = {};
  const missed = [];
  const strayOnGapLines = [];
  let found = 0;
  let gaps = 0;
  for (const g of gapsFile.items) {
    let pos = g.text.indexOf('[]');
    if (pos < 0 || g.text.indexOf('[]', pos + 1) >= 0) { warnings.push(`${prefix}-gaps.ar.txt:${g.line}: needs exactly one []`); continue; }
    // the gap as a marker through the damage (none: the text as written, without the marker)
    const { text, marks } = core.pdfDamage.damageMarked(g.text.slice(0, pos) + core.pdfDamage.MARK + g.text.slice(pos + 2), damage);
    pos = marks[0];
    const fs_ = lint(text);
    const near = (f) => Math.max(0, f.start - pos, pos - f.end) <= NEAR;
    const hit = fs_.some(near);
    const stray = fs_.filter((f) => !near(f));
    gaps++;
    const t = (perTagGaps[g.tag] ??= { found: 0, total: 0 });
    t.total++;
    if (hit) { found++; t.found++; } else missed.push({ line: g.line, tag: g.tag, text: show(text.slice(0, pos) + '‸' + text.slice(pos)) });
    if (stray.length) strayOnGapLines.push({ line: g.line, tag: g.tag, text: show(mark(text, stray)) });
  }

  // --- negatives ---
  const perTagNeg = {};
  const alarms = [];
  for (const n of negFile.items) {
    if (n.text.includes('[]')) warnings.push(`${prefix}-negatives.ar.txt:${n.line}: a negative holds []`);
    const text = core.pdfDamage.damage(n.text, damage);
    const fs_ = lint(text);
    const t = (perTagNeg[n.tag] ??= { alarms: 0, total: 0 });
    t.total++;
    if (fs_.length) { t.alarms++; alarms.push({ line: n.line, tag: n.tag, findings: fs_.length, text: show(mark(text, fs_)) }); }
  }
  const negatives = negFile.items.length;

  // --- report ---
  console.log(`missing-numeral held-out sets (test/${set}/): ${gaps} gap lines, ${negatives} negative lines${damage !== 'none' ? `, damaged: ${damage}` : ''}`);
  for (const w of warnings) console.log(`  warning: ${w}`);
  console.log(`\nrecall: ${found}/${gaps} = ${pct(found, gaps)}   (found = a finding within ${NEAR} chars of the gap)`);
  console.log(`false-alarm rate: ${alarms.length}/${negatives} = ${pct(alarms.length, negatives)}   (negative lines with any finding)`);
  console.log(`gap lines with an extra finding away from the gap: ${strayOnGapLines.length}`);

  if (!summaryOnly) details();
  function details() {
    console.log('\nper construction (gaps): found/total');
    for (const [tag, t] of Object.entries(perTagGaps).sort()) console.log(`  ${tag.padEnd(16)} ${t.found}/${t.total}`);
    console.log('per construction (negatives): alarms/total');
    for (const [tag, t] of Object.entries(perTagNeg).sort()) console.log(`  ${tag.padEnd(16)} ${t.alarms}/${t.total}`);

    if (missed.length) {
      console.log(`\nmissed gaps (${missed.length}; ‸ = where the number was, · = a space of a run of spaces):`);
      for (const m of missed) console.log(`  ${String(m.line).padStart(3)} [${m.tag}] ${m.text}`);
    }
    if (alarms.length) {
      console.log(`\nfalse alarms (${alarms.length}; ⟦⟧ = finding):`);
      for (const a of alarms) console.log(`  ${String(a.line).padStart(3)} [${a.tag}] ${a.text}`);
    }
    if (strayOnGapLines.length) {
      console.log(`\nextra findings on gap lines, away from the gap (${strayOnGapLines.length}):`);
      for (const s of strayOnGapLines) console.log(`  ${String(s.line).padStart(3)} [${s.tag}] ${s.text}`);
    }
  }

  if (jsonOut) {
    const summary = {
      rule: RULE, near: NEAR, damage, gaps, negatives,
      found, recall: gaps ? found / gaps : null,
      falseAlarms: alarms.length, falseAlarmRate: negatives ? alarms.length / negatives : null,
      perTagGaps, perTagNeg, missed, alarms, strayOnGapLines, warnings,
    };
    fs.writeFileSync(jsonOut, JSON.stringify(summary, null, 2) + '\n');
    console.log(`\nwrote ${jsonOut}`);
  }
}

// a measurement, not a test: report a crash but still exit 0
try {
  await main();
} catch (e) {
  console.error(`numeral-heldout: could not score: ${e instanceof Error ? e.stack : e}`);
}
process.exitCode = 0;
