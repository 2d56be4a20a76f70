// `node scripts/claims-heldout.mjs [--set claims|claims-2] [--verbose] [--json OUT]`: unattributed-claim on the HELD-OUT
// sentences of test/claims/ or test/claims-2/ (see their README.md; never tune the rule on them), undamaged and through each PDF damage of
// server/src/testing/claimDamage.ts.
//   - heldout-claims.ar.txt: one unattributed claim a line; found = at least one unattributed-claim finding.
//   - heldout-named.ar.txt: named, anaphoric or unsourced sentences; any finding on a line is a false alarm.
// Each sentence is linted alone. A trailing ` # tag` names the shape (per-tag counts undamaged); `\uXXXX` escapes
// are unescaped; blank lines and `#` lines are skipped. A measurement, not a test: always exits 0.
import * as fs from 'fs';
import { loadCore } from './core-bundle.mjs';
import { loadSentences, markFindings as mark } from './sentence-sets.mjs';

const RULE = 'unattributed-claim';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
// --set claims-2: the second held-out set (session 14); --set claims-3: document-shaped items (session 15), same format
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'claims';
if (!/^claims(-\d+)?$/.test(set)) throw new Error(`--set ${set}: claims or claims-N`);
const bundle = await loadCore();
const core = { lintText: bundle.lintText, damage: bundle.claimDamage, DAMAGES: bundle.CLAIM_DAMAGES };

export const load = (name) => loadSentences(new URL(`../test/${set}/${name}`, import.meta.url)).items;
const claims = load('heldout-claims.ar.txt');
const named = load('heldout-named.ar.txt');
const lint = (t) => core.lintText(t, { only: [RULE] }).findings.filter((f) => f.ruleId === RULE);

const rows = [];
const result = { claims: claims.length, named: named.length, damages: {} };
for (const name of ['none', ...core.DAMAGES]) {
  const dmg = (t) => (name === 'none' ? t : core.damage(name, t));
  const missed = claims.filter((c) => lint(dmg(c.text)).length === 0);
  const alarms = named.map((n) => ({ ...n, fs: lint(dmg(n.text)) })).filter((n) => n.fs.length > 0);
  const recall = (claims.length - missed.length) / claims.length;
  rows.push({ name, found: claims.length - missed.length, recall, alarms: alarms.length });
  result.damages[name] = { found: claims.length - missed.length, recall: +recall.toFixed(3), falseAlarms: alarms.length, missedLines: missed.map((m) => m.line), alarmLines: alarms.map((a) => a.line) };
  if (name === 'none') {
    const perTag = {};
    for (const c of claims) (perTag[c.tag] ??= { found: 0, total: 0 }).total++;
    for (const c of claims) if (!missed.includes(c)) perTag[c.tag].found++;
    result.perTag = perTag;
  }
  if (verbose && (missed.length || alarms.length)) {
    console.log(`--- ${name}`);
    for (const m of missed) console.log(`  missed  ${m.line}: ${m.text}`);
    for (const a of alarms) console.log(`  alarm   ${a.line}: ${mark(dmg(a.text), a.fs)}`);
  }
}
const base = rows[0].recall;
console.log(`unattributed-claim held-out set test/${set}/: ${claims.length} claims, ${named.length} named/quiet sentences (each linted alone)`);
console.log('damage          found   recall   Δ vs none   false alarms');
for (const r of rows) console.log(`${r.name.padEnd(14)} ${String(r.found).padStart(4)}/${claims.length}   ${r.recall.toFixed(3)}   ${(r.name === 'none' ? '' : ((r.recall - base) * 100).toFixed(1).padStart(6) + ' pt').padEnd(9)}   ${r.alarms}/${named.length}`);
console.log('undamaged recall per shape: ' + Object.entries(result.perTag).map(([t, v]) => `${t} ${v.found}/${v.total}`).join(', '));
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2) + '\n');
