// `npm run eval:clean` (also part of `npm run eval`): tadqiq on CORRECT text must stay quiet and fix-all must
// change no letter and no digit. Lints and fixes every article of ../shared/unlabelled/ant-news.txt.gz (10,113
// clean published news articles) and every corpus clean.txt, and reports
//   - damage-rule findings per 1,000 articles (per rule), with examples (server/src/testing/cleanText.ts says which rules
//     claim damage; tatweel, presentation-form and bidi-control findings are counted apart: those characters are
//     really in published text);
//   - every fix-all edit that changes a letter or a digit once tatweel, invisible controls, spaces and
//     punctuation are dropped and presentation forms folded (target: none). Diacritics are left out of that comparison (a moved mark is not a changed letter); diacritic findings still count as findings.
// Options: --limit N (first N articles), --examples N (per rule, default 5), --json FILE, --held-out (only the
// odd-numbered articles, which scripts/build-attested.mjs does not mine).
// Reads the third-party text at run time only; prints short excerpts to the terminal (none of the corpus test split,
// which is measured, never read), writes no text to the repo.
import * as fs from 'fs';
import * as path from 'path';
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, readUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const limit = Number(opt('--limit', Infinity));
const examplesPer = Number(opt('--examples', 5));
const shared = path.resolve(process.env.TADQIQ_SHARED ?? path.join('..', 'shared'));
const gz = unlabelledPath(shared);
const core = await loadCore();
const { CHARACTER_RULES, DAMAGE_RULES, letterSkeleton } = core;

/** Articles of the unlabelled file: `# DOCNO` then title and paragraphs. */
function unlabelled() {
  const text = readUnlabelled(gz);
  if (text === null) return [];
  const all = core.splitArticles(text);
  // --held-out: the odd-numbered articles only (scripts/build-attested.mjs mines the even-numbered ones)
  return (args.includes('--held-out') ? all.filter((_, i) => i % 2 === 1) : all).slice(0, limit);
}
function corpusClean() {
  const out = [];
  for (const split of ['dev', 'test']) {
    const dir = path.join(shared, 'corpus', split);
    if (!fs.existsSync(dir)) continue;
    for (const id of fs.readdirSync(dir).sort()) out.push({ id: `${split}/${id}`, text: fs.readFileSync(path.join(dir, id, 'clean.txt'), 'utf8') });
  }
  return out;
}

function excerpt(text, start, end) {
  const a = Math.max(0, start - 25), b = Math.min(text.length, end + 25);
  return text.slice(a, start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, b);
}

/** The corpus test split is measured, never read: its documents are counted, their text is not printed. */
const shown = (d) => !d.id.startsWith('test/');

function guard(name, docs) {
  const perRule = {};
  const charRule = {};
  const examples = {};
  let findings = 0;
  let changedDocs = 0;
  const changes = [];
  const changesByRule = {};
  const t0 = Date.now();
  for (const d of docs) {
    const { findings: fs_ } = core.lintText(d.text, {});
    for (const f of fs_) {
      if (CHARACTER_RULES.has(f.ruleId)) charRule[f.ruleId] = (charRule[f.ruleId] ?? 0) + 1;
      if (!DAMAGE_RULES.has(f.ruleId)) continue;
      findings++;
      perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
      const ex = (examples[f.ruleId] ??= []);
      if (ex.length < examplesPer) ex.push(`${d.id}: ${shown(d) ? excerpt(d.text, f.start, f.end).replace(/\n/g, '⏎') : '(test split: counted, not shown)'}`);
    }
    // fix-all: which preferred fixes change letters or digits? Check each finding's preferred fix alone.
    const fixed = core.fixAll(d.text, {}).text;
    if (letterSkeleton(fixed) !== letterSkeleton(d.text)) {
      changedDocs++;
      for (const f of fs_) {
        const p = f.fixes.find((x) => x.preferred);
        if (!p) continue;
        const before = d.text.slice(Math.min(...p.edits.map((e) => e.start)), Math.max(...p.edits.map((e) => e.end)));
        let after = d.text;
        for (const e of [...p.edits].sort((a, b) => b.start - a.start)) after = after.slice(0, e.start) + e.newText + after.slice(e.end);
        if (letterSkeleton(after) !== letterSkeleton(d.text)) {
          changesByRule[f.ruleId] = (changesByRule[f.ruleId] ?? 0) + 1;
          if (changes.length < 40) changes.push(`${f.ruleId} ${d.id}: ${shown(d) ? `${excerpt(d.text, f.start, f.end).replace(/\n/g, '⏎')}  →  ${p.title}` : '(test split: counted, not shown)'}`);
        }
      }
    }
  }
  const per1000 = docs.length ? (1000 * findings) / docs.length : 0;
  console.log(`\n== ${name}: ${docs.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`damage-rule findings: ${findings} (${per1000.toFixed(2)} per 1,000 documents; target ≤ 5) ${JSON.stringify(perRule)}`);
  for (const [r, ex] of Object.entries(examples)) for (const e of ex) console.log(`  ${r}: ${e}`);
  console.log(`character findings (characters really in the source; fixes change no letter): ${JSON.stringify(charRule)}`);
  console.log(`fix-all changed letters or digits in ${changedDocs} documents (target: 0); preferred fixes that do, per rule: ${JSON.stringify(changesByRule)}`);
  for (const c of changes) console.log(`  ${c}`);
  return { documents: docs.length, findings, per1000, perRule, characterFindings: charRule, changedDocs, changesByRule };
}

const result = {};
const u = unlabelled();
if (u.length) result.unlabelled = guard(`unlabelled news (ant-news.txt.gz${args.includes('--held-out') ? ', odd-numbered articles: not mined' : ''})`, u);
else console.log(`clean-guard: ${gz} not found; skipped`);
const c = corpusClean();
if (c.length) result.corpusClean = guard('corpus clean.txt (dev + test)', c);
const json = opt('--json', null);
if (json) fs.writeFileSync(json, JSON.stringify(result, null, 2));
