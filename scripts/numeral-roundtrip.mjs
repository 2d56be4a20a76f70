// `node scripts/numeral-roundtrip.mjs [--half even|odd] [--limit N] [--justified] [--damage visual|forms|visual-forms]`: a round trip for missing-numeral
// on correct news (../shared/unlabelled): drop numbers from clean articles as PDF extraction does (the digits go,
// the spaces around them stay: `في 5 دول` → `في  دول`, `عام 2016،` → `عام ،`), lint, and count the gaps found and
// the false alarms elsewhere. --justified also doubles a third of the other spaces of each article, as justified
// PDF lines do (those double spaces are no gaps). --half picks the even (tuning) or odd (held-out) articles.
// Reads the third-party text at run time; prints numbers only (and with --show, a few excerpts to the terminal).
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, requireUnlabelled, unlabelledPath } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'odd');
const limit = Number(opt('--limit', 2000));
const justified = args.includes('--justified');
// --damage visual|forms|visual-forms: the lines also come out in visual order (characters reversed, as mutool writes
// them), in presentation forms (as PDF glyphs), or both: the gaps should be found as on clean lines. The damage is
// server/src/testing/pdfDamage.ts's, the same as scripts/numeral-heldout.mjs --damage applies.
const damage = opt('--damage', 'none');
const show = Number(opt('--show', 0));
// --typos R: also double a share R of the other single spaces between two Arabic words, as typing slips do in a
// draft (not as justification does: R is small, so the draft stays single-spaced); a finding at such a space is a
// false alarm of its own kind, reported apart ("typo double spaces flagged").
const typos = Number(opt('--typos', 0));
const TYPO = '\uE001';
// --wrap W: each paragraph wrapped at W columns, a blank line after every line (pdftotext's output of the corpus's
// pages): numbers dropped at a line's edge leave a space at its end or start, and the number that stays on the line
// facing them is across a blank line; recall is also reported for the gaps at a line's edge alone.
const wrap = Number(opt('--wrap', 0));
// --edges: --show shows the gaps missed at a line's edge only
const edgesOnly = args.includes('--edges');
// --stray (with --wrap): one line of each article that lost no number at its edges also ends in a space, and another
// starts with one, as a slip of the hand or of the extractor leaves them; a finding there is a false alarm of its own
// kind, reported apart ("stray edge spaces flagged")
const stray = args.includes('--stray');
const STRAY = '\uE002';
let straySpaces = 0, strayFlagged = 0;
const core = await loadCore();
if (!core.pdfDamage.DAMAGES.includes(damage)) throw new Error(`--damage ${damage}: one of ${core.pdfDamage.DAMAGES.join(', ')}`);
const all = core.splitArticles(requireUnlabelled(unlabelledPath()));
const articles = all.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1)).slice(0, limit);

// a deterministic PRNG (the same damage every run)
let seed = 20261206;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

let edgeGaps = 0, edgeFound = 0;
let gaps = 0, found = 0, falseAlarms = 0, words = 0, typoSpaces = 0, typoFlagged = 0;
const missed = [], alarms = [];
for (const a of articles) {
  // drop a third of the digit runs that stand between Arabic words, spaces and punctuation; a private-use marker
  // keeps the place of each gap through the justification below, then goes
  const { MARK } = core.pdfDamage;
  const marked = a.text.replace(/(?<=[\u0621-\u064a\s(])[0-9]+(?:[.,][0-9]+)*(?=[\s،.,؛:)%\u0621-\u064a])/g, (m) => (rand() < 1 / 3 ? MARK : m));
  const typoed = typos ? marked.replace(/(?<=[\u0621-\u064a]) (?=[\u0621-\u064a])/g, () => (rand() < typos ? ' ' + TYPO + ' ' : ' ')) : marked;
  let wrapped = wrap ? typoed.split('\n').map((p) => core.damage.wrapParagraph(p, wrap).join('\n\n')).join('\n\n') : typoed;
  if (wrap && stray) {
    const ls = wrapped.split('\n');
    const plain = ls.map((l, i) => (l.trim() && !l.includes(MARK) && /[\u0621-\u064a]$/.test(l) && /^[\u0621-\u064a]/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (plain.length >= 2) {
      const e = plain[Math.floor(rand() * plain.length)];
      let b = plain[Math.floor(rand() * plain.length)];
      if (b === e) b = plain[(plain.indexOf(e) + 1) % plain.length];
      ls[e] = ls[e] + ' ' + STRAY;
      ls[b] = STRAY + ' ' + ls[b];
      wrapped = ls.join('\n');
    }
  }
  const damaged = core.pdfDamage.damageMarked(wrapped, damage, { justified, rand });
  // the typo markers go too; each one's place kept, and the gaps' places moved back past them
  const typoAt = [];
  let text = damaged.text;
  let positions = damaged.marks;
  const strayAt = [];
  // a marker character taken out of the text: where each stood (in the text without them), the gaps' positions moved
  const takeOut = (marker, at) => {
    let out = '';
    let from = 0;
    const removed = [];
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
      out += text.slice(from, i);
      at.push(out.length);
      removed.push(i);
      from = i + 1;
    }
    out += text.slice(from);
    text = out;
    positions = positions.map((p) => p - removed.filter((r) => r < p).length);
  };
  if (stray && text.includes(STRAY)) takeOut(STRAY, strayAt);
  if (typos) takeOut(TYPO, typoAt);
  words += (text.match(/[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]+/g) ?? []).length;
  const fs_ = core.lintText(text, { only: ['missing-numeral'] }).findings;
  const used = new Set();
  for (const p of positions) {
    gaps++;
    const hit = fs_.findIndex((f, i) => !used.has(i) && Math.abs(f.start - p) <= 2);
    const lineStart = text.lastIndexOf('\n', p - 1) + 1;
    const lineEnd = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
    const edge = !text.slice(lineStart, p).trim() || !text.slice(p, lineEnd).trim();
    if (edge) edgeGaps++;
    if (hit >= 0) {
      found++;
      if (edge) edgeFound++;
      used.add(hit);
    } else if (missed.length < show && (edge || !edgesOnly)) missed.push(text.slice(Math.max(0, p - 30), p) + '⟦⟧' + text.slice(p, p + 30));
  }
  straySpaces += strayAt.length;
  for (const p of strayAt) {
    const hit = fs_.findIndex((f, i) => !used.has(i) && Math.abs(f.start - p) <= 2);
    if (hit >= 0) {
      strayFlagged++;
      used.add(hit);
      if (alarms.length < show) alarms.push('(stray) ' + text.slice(Math.max(0, p - 30), p) + '⟦⟧' + text.slice(p, p + 30));
    }
  }
  typoSpaces += typoAt.length;
  for (const p of typoAt) {
    const hit = fs_.findIndex((f, i) => !used.has(i) && Math.abs(f.start - p) <= 2);
    if (hit >= 0) {
      typoFlagged++;
      used.add(hit);
      if (alarms.length < show) alarms.push('(typo) ' + text.slice(Math.max(0, p - 30), p) + '⟦⟧' + text.slice(p, p + 30));
    }
  }
  fs_.forEach((f, i) => {
    if (used.has(i)) return;
    falseAlarms++;
    if (alarms.length < show) alarms.push(text.slice(Math.max(0, f.start - 30), f.start) + '⟦⟧' + text.slice(f.start, f.start + 30));
  });
}
console.log(`missing-numeral round trip (${half} half, ${articles.length} articles, ${justified ? 'justified' : 'single-spaced'}${damage !== 'none' ? `, ${damage}` : ''}): ` +
  `recall ${found}/${gaps} = ${(found / Math.max(1, gaps)).toFixed(3)}; false alarms ${falseAlarms} (${((1000 * falseAlarms) / Math.max(1, words)).toFixed(2)} per 1,000 words)` +
  (wrap ? `; wrapped at ${wrap}, gaps at a line's edge ${edgeFound}/${edgeGaps} = ${(edgeFound / Math.max(1, edgeGaps)).toFixed(3)}` : '') +
  (stray ? `; stray edge spaces flagged ${strayFlagged}/${straySpaces} = ${((100 * strayFlagged) / Math.max(1, straySpaces)).toFixed(2)} %` : '') +
  (typos ? `; typo double spaces flagged ${typoFlagged}/${typoSpaces} = ${((100 * typoFlagged) / Math.max(1, typoSpaces)).toFixed(2)} %` : ''));
for (const m of missed) console.log('  missed:', m.replace(/\n/g, '⏎'));
for (const m of alarms) console.log('  alarm :', m.replace(/\n/g, '⏎'));
