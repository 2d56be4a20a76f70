// `node scripts/damage-roundtrip.mjs [--half odd|even] [--limit N] [--min N] [--seed S]` (part of `npm run eval`): the damage
// laboratory's round trip. Clean paragraphs of ../shared/unlabelled are set in lines as a justified PDF sets them
// (server/src/testing/damage.ts), one line of each is damaged, and fix-all runs on the paragraph: a paragraph is
// restored when fix-all gives exactly what it gives on the clean paragraph (letters and order). Per damage:
//   runs-1 … runs-5          runs out of order (issue 10), 1 to 5 cuts inside words, as inject_runs.py cuts
//   runs-kashida             the same (1–3 cuts) on a line drawn out with justification kashida
//   runs-between             2 cuts, one of them between words (nothing confirms that junction: flag-only)
//   runs-paragraph           every line of the paragraph that can be cut, 1–3 cuts each (the neighbours damaged too)
//   runs-route               inject_runs.py's cut (1 cut 70 %, 2 cuts 30 %) on a line of a paragraph that went through a
//                            corpus route (RLE…PDF, embedded punctuation and numbers, split words, forms, kashida)
//   runs-glued               1–3 cuts inside words, the runs joined with no space at half the junctions (one at
//                            least), as pdf.js gives LibreOffice's runs (lexicon/runs.ts splitGlued)
//   tatweel, forms, visual   stray tatweel, presentation forms, a line in visual order (numbers, Latin runs and
//                            lam-alef ligatures kept in their order, as the corpus's reversed lines are)
//   junk                     kashida glyphs as control characters in 1-3 words of a line (extraction-junk)
//   word-visual              a line as pdftotext -raw writes it: words reversed, each in its own RLE…PDF (reversed-line)
//   pdfjs-forms              a Chromium line read by pdf.js in a presentation-form font: visual order, plain-letter
//                            runs (lam-alef ligatures, some alef/teh/dal/reh glyphs) reversed in place (reversed-line)
//   pdfjs-items              a Chromium line read by pdf.js in a plain-letter font: its text items (Arabic runs cut
//                            at every number and Latin run) left to right (reversed-line, lexicon/itemOrder.ts)
//   pdfjs-marks              the same in a font that draws the hamza of أ and إ as a glyph of its own (Amiri): the
//                            runs cut at every hamza alef, an item of its own (`ٔا`), left to right (pdfjsMarkItems)
//   pdfjs-item-lines         every line of the paragraph with a number, Latin run or bracket as pdf.js gives Chromium's
//                            items (pdfjsItemLines: brackets cut out too), two lines at least
//   pdfjs-lo-quotes          every line with one quotation as pdf.js gives LibreOffice's (loQuoteLines): the pieces cut
//                            at the spaces beside the quotes left to right, the quotes after them (`" "`)
//   pdfjs-glued              LibreOffice's runs as pdf.js gives a kashida-justified line: 2–6 cuts inside words, the
//                            runs in reverse order glued head to tail, a C0 kashida glyph at each junction in half the
//                            lines (reversed-line, lexicon/gluedPieces.ts)
//   pdfjs-form-items         pdfjs-forms as pdf.js's text items give it (pdfjsFormItems): a mark between the plain letters
//                            and a presentation form inside the reversed item, an isolated lam-alef as alef, space, lam
// and per paragraph (issue 10, the character-level part):
//   glued                    every number between two Arabic words loses its spaces (rtl-spacing)
//   torn-line                the last word of a line cut inside, its tail opening the next line (cut-word); line
//                            breaks read as spaces when compared
//   torn-first-letter        the last word of a line (4 letters at least) cut after its first letter (PDFium cuts anywhere)
//   torn-mark                the last word of a line cut right after a letter with a haraka, the mark opening the tail
//                            on the next line (PDFium) — both compared as torn-line, line breaks read as spaces
//   torn-shred               every line of the paragraph cut into pieces on lines of their own, in order, inside words
//                            at about one kashida point in four and at a few spaces (PDFium on some kashida-justified
//                            LibreOffice PDFs: cut-word's shredded stretches; damage.ts shredLines), compared as torn-line
//   printed-kashida          the kashida glyphs of every line printed as one character for the paragraph (7 1 0 5 3 # $
//                            &), 1-3 times in 1-3 words of each line, as LibreOffice's PDFs through pdf.js and PDFium
//                            give them (extraction-junk)
//   lone-mark                a haraka torn onto a line of its own (diacritic): it cannot be put back (its letter is
//                            unknown: the line is removed)
//   spaced-mark              every haraka of the paragraph set off by a space after its letter (diacritic)
//   early-mark               every haraka cluster moved onto the letter before its own, one on a word's first letter
//                            before the word, as Chrome's viewer (PDFium) copies them (diacritic, lexicon/earlyMarks.ts;
//                            deterministic: no generator of its own)
//   spaced-mark-before       every haraka set off by a space and put before its letter, as the corpus's extractors do
//                            (34 of the dev split's 37); a paragraph with a single mark gives no evidence of the
//                            extractor, and the rule then offers both fixes and prefers none — so the three also
//                            report the share restored with diacritics ignored
// and, on the clean paragraphs themselves, the lines that get a run-order finding and the paragraphs that get a
// finding of extraction-junk, rtl-spacing or diacritic (target: none); and on lines whose words a justification gap
// split (at both edges, or inside), the run-order repairs fix-all would apply (wrong reorders; target: none).
//   lam-alef                 every lam-alef of the paragraph reversed, as some fonts' ligature is copied (reversed-lam-alef;
//                            deterministic: no generator of its own)
//   moved-stop               a full stop glued to a word inside a line moved to the line's end, in every line but the
//                            last with one sentence mark, as pdf.js and PDFium give LibreOffice's justified lines
//                            (broken-fragment, lexicon/movedMark.ts; deterministic)
//   split-dense, split-sparse  justification gaps read as spaces inside words (pdftotext, mutool): a quarter of the
//                            words split, and one in sixteen, in a draft of four paragraphs damaged alike (split-word;
//                            damage.ts splitWords)
//   moved-stop-start         the same stop moved to the line's start (`. ` opening it), as PDFium gives them
//                            (broken-fragment, lexicon/movedMark.ts movedMarkStart; deterministic)
//   article-alef             the article's alef of every word opening with الك set apart by a space (`ا لكبيرة`), as
//                            PDFium copies Chromium's PDFs where the lam opens a lam-kaf ligature (split-word; deterministic)
//   torn-tanwin-swap         every line with a word ending with اً before its last split at that tanwin, the pieces in
//                            reverse order (`ً عن الأضرار…` ⏎ `الفنيون بحثا`), as PDFium copies LibreOffice's two-column
//                            lines (cut-word; deterministic; compared as torn-line)
//   gap-marks                in every line, a word's glued full stop or the quotes of a one-word quotation,
//                            moved into a kashida gap of that word, spaced (`ح . وادث`, `الح " " راك ،`), as PDFium
//                            gives LibreOffice's kashida-justified lines (broken-fragment, lexicon/gapMarks.ts)
// --only PREFIX runs only the damages whose name starts with PREFIX (the clean checks always run).
// Tune on --half even (what the mined pairs come from); measure on --half odd (default). Prints numbers only.
import { loadCore } from './core-bundle.mjs';
import { opt as optOf, wrappedParagraphs } from './unlabelled.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => optOf(args, name, dflt);
const half = opt('--half', 'odd');
const limit = Number(opt('--limit', 2000));
/** --only PREFIX: only the damages whose name starts with it (e.g. runs); the clean checks always run. */
const only = opt('--only', '');
const core = await loadCore();
const D = core.damage;
const rand = D.seeded(Number(opt('--seed', 20261206)));
const rand4 = D.seeded(Number(opt('--seed', 20261206)) + 4);
const rand5 = D.seeded(Number(opt('--seed', 20261206)) + 5);
const rand6 = D.seeded(Number(opt('--seed', 20261206)) + 6);
const rand7 = D.seeded(Number(opt('--seed', 20261206)) + 7);
const rand8 = D.seeded(Number(opt('--seed', 20261206)) + 8);
// (runs-glued: a generator of its own, apart from runs-paragraph's)
const rand10 = D.seeded(Number(opt('--seed', 20261206)) + 10);
// (printed-kashida: a generator of its own; runs-route has + 11)
const rand11 = D.seeded(Number(opt('--seed', 20261206)) + 12);
const rand13 = D.seeded(Number(opt('--seed', 20261206)) + 13);
const rand14 = D.seeded(Number(opt('--seed', 20261206)) + 14);
const rand15 = D.seeded(Number(opt('--seed', 20261206)) + 15);
const rand16 = D.seeded(Number(opt('--seed', 20261206)) + 16);
const rand17 = D.seeded(Number(opt('--seed', 20261206)) + 17);
const rand18 = D.seeded(Number(opt('--seed', 20261206)) + 18);
// (gap-marks: a generator of its own)
const rand19 = D.seeded(Number(opt('--seed', 20261206)) + 19);
// (pdfjs-glued: a generator of its own, for its lines too; torn-mark-chain: another)
const rand20 = D.seeded(Number(opt('--seed', 20261206)) + 20);
const rand21 = D.seeded(Number(opt('--seed', 20261206)) + 21);

// paragraphs set in lines (each paragraph its own text: the lines before and after are its context)
const paragraphs = wrappedParagraphs(core, half, limit, rand);
// --min N (default 2000; 0: the first --limit paragraphs only): a damage that does not apply to every paragraph (a
// line too short for 4 cuts, a paragraph with no number or no haraka) goes on into the paragraphs after the first
// --limit ones, set in lines by a generator of their own, until it has damaged N of them or the half ends
const min = Number(opt('--min', 2000));
let extra = null;
function* pool(count) {
  yield* paragraphs;
  if (count() >= min) return;
  extra ??= wrappedParagraphs(core, half, Infinity, D.seeded(Number(opt('--seed', 20261206)) + 9), limit);
  for (const ls of extra) {
    if (count() >= min) return;
    yield ls;
  }
}

const runs = (cuts, opts = {}) => (line) => {
  if (!D.canReverseRuns(line)) return null;
  const r = opts.rand ?? rand;
  const src = opts.kashida ? D.kashidaStretch(line, r) : line;
  const k = typeof cuts === 'number' ? cuts : 1 + Math.floor(r() * 3);
  const d = D.reverseRuns(src, k, r, opts.between ?? 0);
  return d && d.text;
};
const damages = {
  'runs-1': runs(1),
  'runs-2': runs(2),
  'runs-3': runs(3),
  // (runs-4, runs-5: their own generators, so the damages after them keep the samples they had before)
  'runs-4': runs(4, { rand: rand4 }),
  'runs-5': runs(5, { rand: rand5 }),
  'runs-kashida': runs('1-3', { kashida: true }),
  'runs-between': (line) => {
    if (!D.canReverseRuns(line)) return null;
    const d = D.reverseRuns(line, 2, rand, 0.5);
    return d && d.text;
  },
  tatweel: (line) => (line.length >= 30 ? D.strayTatweel(line, rand) : null),
  forms: (line) => (line.length >= 30 ? D.presentationForms(line) : null),
  visual: (line) => (line.length >= 30 ? D.visualOrder(line) : null),
  junk: (line) => (line.length >= 30 ? D.controlJunk(line, rand) : null),
  'word-visual': (line) => (line.length >= 30 && (line.match(/[\u0621-\u064a]{2,}/g) ?? []).length >= 3 ? D.wordLevelVisual(line, rand) : null),
  // (its own generator: the damages before and after it keep their samples)
  'pdfjs-forms': (line) => (line.length >= 30 && D.canPdfjsForms(line) ? D.pdfjsForms(line, rand6) : null),
  'pdfjs-items': (line) => (line.length >= 30 && /[\u0621-\u064a]{2,}/.test(line) ? D.pdfjsItems(line) : null),
  'pdfjs-marks': (line) => (line.length >= 30 && /[\u0623\u0625]/.test(line) ? D.pdfjsMarkItems(line) : null),
  // (its own generator too; a line whose runs all kept their spaces is skipped: that is runs-1 … runs-3)
  'runs-glued': (line) => {
    if (!D.canReverseRuns(line)) return null;
    const k = 1 + Math.floor(rand10() * 3);
    const d = D.reverseRuns(line, k, rand10, 0, 0.5);
    return d && d.text.split(' ').length < line.split(' ').length + k ? d.text : null;
  },
  // (its own generator, for its lines too: the damages before it keep their samples)
  'pdfjs-form-items': (line) => (line.length >= 30 && D.canPdfjsForms(line) ? D.pdfjsFormItems(line, rand18) : null),
  // (its own generator, for its lines too) LibreOffice's runs as pdf.js gives a kashida-justified line: 2–6 cuts inside
  // words, the runs in reverse order glued head to tail, a kashida glyph (a C0 control) at every junction in half the lines
  'pdfjs-glued': (line) => (D.canReverseRuns(line) ? D.gluedRuns(line, rand20) : null),
};
const paragraphDamages = {
  glued: (ls) => D.glueNumbers(ls),
  'lone-mark': (ls) => D.loneDiacritic(ls, rand),
  'spaced-mark': (ls) => D.spacedDiacritic(ls),
  'spaced-mark-before': (ls) => D.spacedDiacriticBefore(ls),
  'early-mark': (ls) => D.earlyHarakat(ls),
  'lam-alef': (ls) => D.reversedLamAlefs(ls),
  'moved-stop': (ls) => D.stopToLineEnd(ls),
  'moved-stop-start': (ls) => D.stopToLineStart(ls),
  // (its own generator; restored: the same text as fix-all of the clean paragraph, line breaks read as spaces)
  'torn-line': (ls) => D.tearAcrossLine(ls, rand8),
  // (its own generator; the paragraph's kashida glyphs printed as one character, as a font prints them)
  'printed-kashida': (ls) => D.printedKashida(ls, rand11),
  // (their own generators: a word torn after its first letter; torn after a letter with a haraka, the mark opening the tail)
  'torn-first-letter': (ls) => D.tearAfterFirstLetter(ls, rand13),
  'torn-mark': (ls) => D.tearAtMark(ls, rand14),
  // (its own generator; every line cut into pieces at kashida points, PDFium's shredded lines; compared as torn-line)
  'torn-shred': (ls) => D.shredLines(ls, rand17),
  // (its own generator; a stop or a one-word quotation moved into a kashida gap of its word, in every line that has one)
  'gap-marks': (ls) => D.gapMarks(ls, rand19),
  // (deterministic: the article's alef of every word opening with الك set apart, `ا لكبيرة`)
  'article-alef': (ls) => D.articleAlefApart(ls),
  // (deterministic: every line split at the tanwin of its first word ending with اً, the pieces in reverse order; compared
  // as torn-line, line breaks read as spaces)
  'torn-tanwin-swap': (ls) => D.tanwinSwapped(ls),
  // (its own generator; a line split at every marked letter, the pieces in reverse order, each marked letter a line of its
  // own with its marks first — PDFium on Chromium's PDFs, cut-word's markChains; compared as torn-line)
  'torn-mark-chain': (ls) => D.markedLetterChain(ls, rand21),
  // (every line with a number, a Latin run or a bracket as Chromium's items through pdf.js, brackets cut out too; two
  // lines at least: the draft's evidence for readings the pairs favour less clearly, reversed-line)
  'pdfjs-item-lines': (ls) => D.pdfjsItemLines(ls),
  // (every line with one quotation as LibreOffice's pieces through pdf.js: the quotes after them, loQuoteLines)
  'pdfjs-lo-quotes': (ls) => D.loQuoteLines(ls),
};
const noMarks = (s) => s.replace(/[\u064b-\u0652\u0670]/g, '');

const fixed = new Map();
const fixOf = (text) => fixed.get(text) ?? (fixed.set(text, core.fixAll(text).text), fixed.get(text));
console.log(`damage round trip (${half} half): ${paragraphs.length} clean paragraphs set in ${paragraphs.reduce((n, p) => n + p.length, 0)} lines`);
let quiet = 0;
let flaggedLines = 0;
for (const ls of paragraphs) {
  const n = core.reversedRunRepairs(ls.join('\n')).length;
  flaggedLines += n;
  if (n === 0) quiet++;
}
console.log(`  clean paragraphs with a run-order finding: ${paragraphs.length - quiet} (${flaggedLines} lines; target 0)`);
const CHAR_LEVEL = new Set(['extraction-junk', 'rtl-spacing', 'diacritic']);
let noisy = 0;
for (const ls of paragraphs) if (core.lintText(ls.join('\n')).findings.some((f) => CHAR_LEVEL.has(f.ruleId))) noisy++;
console.log(`  clean paragraphs with an extraction-junk, rtl-spacing or diacritic finding: ${noisy} (target 0)`);
for (const [name, fn] of Object.entries(damages)) {
  if (!name.startsWith(only)) continue;
  let n = 0;
  let restored = 0;
  let flagged = 0;
  let wrong = 0;
  for (const ls of pool(() => n)) {
    const cand = ls.map((_, i) => i).filter((i) => ls[i].length >= 30);
    if (!cand.length) continue;
    const i = cand[Math.floor((name === 'runs-4' ? rand4 : name === 'runs-5' ? rand5 : name === 'pdfjs-form-items' ? rand18 : name === 'pdfjs-glued' ? rand20 : name.startsWith('pdfjs') ? rand6 : name === 'runs-glued' ? rand10 : rand)() * cand.length)];
    const d = fn(ls[i]);
    if (d === null || d === ls[i]) continue;
    const dl = ls.slice();
    dl[i] = d;
    const text = dl.join('\n');
    n++;
    if (name.startsWith('runs')) {
      const reps = core.reversedRunRepairs(text);
      if (reps.length) flagged++;
      // a preferred order that is not the line's (kashida aside): fix-all reorders it wrongly (worse than a flag)
      const at = dl.slice(0, i).reduce((s, l) => s + l.length + 1, 0);
      if (reps.some((r) => r.preferred && r.start >= at && r.end <= at + d.length && r.text.replace(/\u0640/g, '') !== ls[i].replace(/\u0640/g, ''))) wrong++;
    }
    if (core.fixAll(text).text === fixOf(ls.join('\n'))) restored++;
  }
  const pct = (x) => ((x / Math.max(1, n)) * 100).toFixed(1);
  console.log(`  ${name.padEnd(18)} ${String(n).padStart(5)} paragraphs: restored exactly ${restored} = ${pct(restored)} %${name.startsWith('runs') ? `; line flagged ${pct(flagged)} %; wrong order preferred ${pct(wrong)} %` : ''}`);
}
for (const [name, fn] of Object.entries(paragraphDamages)) {
  if (!name.startsWith(only)) continue;
  let n = 0;
  let restored = 0;
  let letters = 0;
  for (const ls of pool(() => n)) {
    const d = fn(ls);
    if (d === null) continue;
    const text = d.join('\n');
    n++;
    const ws = (x) => (name.startsWith('torn-') ? x.replace(/\s+/g, ' ') : x);
    const out = ws(core.fixAll(text).text);
    const want = ws(fixOf(ls.join('\n')));
    if (out === want) restored++;
    if (noMarks(out) === noMarks(want)) letters++;
  }
  const pct = (x) => ((x / Math.max(1, n)) * 100).toFixed(1);
  console.log(`  ${name.padEnd(18)} ${String(n).padStart(5)} paragraphs: restored exactly ${restored} = ${pct(restored)} %${/mark/.test(name) ? `; diacritics ignored ${letters} = ${pct(letters)} %` : ''}`);
}
// split-dense, split-sparse: justification gaps read as spaces inside words, a quarter of the words split as in the
// corpus's densest drafts, and one in sixteen (their own generators). A draft's splits are a property of the whole
// draft (split-word judges a draft by its density of splits), so each paragraph is judged as the last of four
// paragraphs of one draft, the three before it in the half damaged alike; restored when fix-all gives it exactly what it
// gives the clean paragraph in the clean draft. A paragraph that gets fewer than 3 splits is skipped.
for (const [name, density, r] of [['split-dense', 0.25, rand15], ['split-sparse', 0.06, rand16]]) {
  if (!name.startsWith(only)) continue;
  let n = 0;
  let restored = 0;
  const before = [];
  const last = (text) => text.split('\n\n').at(-1);
  for (const ls of pool(() => n)) {
    const context = before.slice();
    before.push(ls);
    if (before.length > 3) before.shift();
    if (context.length < 3) continue;
    const d = D.splitWords(ls, r, density);
    if (d === null) continue;
    n++;
    const clean = [...context.map((c) => c.join('\n')), ls.join('\n')].join('\n\n');
    const damaged = [...context.map((c) => (D.splitWords(c, r, density, 0) ?? c).join('\n')), d.join('\n')].join('\n\n');
    if (last(core.fixAll(damaged).text) === last(fixOf(clean))) restored++;
  }
  console.log(`  ${name.padEnd(18)} ${String(n).padStart(5)} paragraphs: restored exactly ${restored} = ${((restored / Math.max(1, n)) * 100).toFixed(1)} % (each the last of four paragraphs of a draft damaged alike)`);
}
// runs-paragraph: every line of the paragraph that can be cut has its runs reversed (1–3 cuts each, its own generator),
// as a LibreOffice PDF of a justified paragraph comes out: the neighbours of a damaged line are damaged too. Reported:
// paragraphs restored exactly, damaged lines restored exactly, and damaged lines fix-all changed into another wrong line
if ('runs-paragraph'.startsWith(only) || only === '') {
  let np = 0;
  let pok = 0;
  let nl = 0;
  let lok = 0;
  let wrongLines = 0;
  for (const ls of paragraphs) {
    const dl = ls.slice();
    const dam = [];
    for (let i = 0; i < ls.length; i++) {
      if (!D.canReverseRuns(ls[i])) continue;
      const d = D.reverseRuns(ls[i], 1 + Math.floor(rand7() * 3), rand7, 0);
      if (d) {
        dl[i] = d.text;
        dam.push(i);
      }
    }
    if (dam.length < 2) continue;
    np++;
    const out = core.fixAll(dl.join('\n')).text;
    const want = fixOf(ls.join('\n'));
    if (out === want) pok++;
    const ol = out.split('\n');
    const wl = want.split('\n');
    if (ol.length !== wl.length) continue;
    for (const i of dam) {
      nl++;
      if (ol[i] === wl[i]) lok++;
      else if (ol[i] !== dl[i]) wrongLines++;
    }
  }
  const pct = (x, n) => ((x / Math.max(1, n)) * 100).toFixed(1);
  console.log(`  runs-paragraph ${String(np).padStart(4)} paragraphs (2+ lines damaged): restored exactly ${pok} = ${pct(pok, np)} %; damaged lines ${nl}: restored ${lok} = ${pct(lok, nl)} %, changed into another wrong line ${pct(wrongLines, nl)} %`);
}
// runs-route: the corpus's reversed-runs lines as inject_runs.py made them, on lines that carry a route's other damage
// (server/src/testing/routeRuns.ts: every line of the paragraph through one route — RLE…PDF, punctuation and numbers
// in LRE…PDF, split words, presentation forms, kashida — then one line cut, 1 cut 70 %, 2 cuts 30 %; its own
// generator). Per line, as the corpus eval compares: the damaged line restored exactly (fix-all's line = fix-all's line
// of the clean paragraph); and beside it what the route alone leaves (fix-all's line of the paragraph without the cut
// = that of the clean one: the share no run-order repair can exceed) and the cut line restored as far as the route
// alone is (fix-all's line = fix-all's line without the cut).
if ('runs-route'.startsWith(only) || only === '') {
  const rr = D.seeded(Number(opt('--seed', 20261206)) + 11);
  const t = { 1: [0, 0, 0, 0], 2: [0, 0, 0, 0] };
  let n = 0;
  let wrong = 0;
  const lineOf = (text, i, count) => {
    const ls = text.split('\n');
    return ls.length === count ? ls[i] : null;
  };
  for (const ls of pool(() => n)) {
    const d = D.routeRuns(ls, rr);
    if (d === null) continue;
    n++;
    const text = d.lines.join('\n');
    const want = lineOf(fixOf(ls.join('\n')), d.line, ls.length);
    const got = lineOf(core.fixAll(text).text, d.line, ls.length);
    const alone = lineOf(core.fixAll(d.routed.join('\n')).text, d.line, ls.length);
    const row = t[d.cuts];
    row[0]++;
    if (got !== null && got === want) row[1]++;
    if (alone !== null && alone === want) row[2]++;
    if (got !== null && got === alone) row[3]++;
    const at = d.lines.slice(0, d.line).reduce((s, l) => s + l.length + 1, 0);
    const bare = (x) => x.replace(/[\u0640\u202a-\u202e]/g, '').normalize('NFKC');
    if (core.reversedRunRepairs(text).some((r) => r.preferred && r.start >= at && r.end <= at + d.lines[d.line].length && bare(r.text) !== bare(d.routed[d.line]))) wrong++;
  }
  const pct = (x, m) => ((x / Math.max(1, m)) * 100).toFixed(1);
  const all = [0, 1, 2, 3].map((k) => t[1][k] + t[2][k]);
  console.log(`  runs-route         ${String(n).padStart(5)} paragraphs: cut line restored exactly ${all[1]} = ${pct(all[1], n)} % (1 cut ${pct(t[1][1], t[1][0])} % of ${t[1][0]}, 2 cuts ${pct(t[2][1], t[2][0])} % of ${t[2][0]}); the route alone leaves it right ${pct(all[2], n)} %; restored as far as the route alone ${pct(all[3], n)} %; wrong order preferred ${pct(wrong, n)} %`);
}
// lines whose words a justification gap split (`ال زمن`), at both edges or inside, and no runs out of order: a run-order
// repair fix-all would apply to them is a wrong reorder (target: none)
for (const where of ['edges', 'inner']) {
  let n = 0;
  let reordered = 0;
  for (const ls of paragraphs) {
    const i = Math.floor(rand() * ls.length);
    if (ls[i].length < 30) continue;
    const ws = ls[i].split(' ');
    const idx = where === 'edges' ? [0, ws.length - 1] : ws.map((_, j) => j).filter(() => rand() < 0.25);
    for (const j of idx) {
      if (ws[j].length < 4) continue;
      const at = 1 + Math.floor(rand() * (ws[j].length - 2));
      ws[j] = ws[j].slice(0, at) + ' ' + ws[j].slice(at);
    }
    if (ws.join(' ') === ls[i]) continue;
    const dl = ls.slice();
    dl[i] = ws.join(' ');
    n++;
    if (core.reversedRunRepairs(dl.join('\n')).some((r) => r.preferred)) reordered++;
  }
  console.log(`  words split ${where === 'edges' ? 'at both line edges' : 'inside a line'}: ${reordered} of ${n} paragraphs get a run-order repair fix-all applies (target 0)`);
}
