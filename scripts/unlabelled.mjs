// Shared by the scripts that mine or measure on ../shared/unlabelled/ant-news.txt.gz (clean-guard, the round trips,
// build-attested, build-numeral-context): where the file is, reading it, and the `--name value` options they take.
// The text is third-party: read at run time, never written into the repository.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** The value after `name` in `args`, or `dflt`. */
export const opt = (args, name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

/** The path of the unlabelled news file under a shared folder (default: $TADQIQ_SHARED, then ../shared). */
export function unlabelledPath(shared = process.env.TADQIQ_SHARED ?? path.join('..', 'shared')) {
  return path.resolve(shared, 'unlabelled', 'ant-news.txt.gz');
}

/** The file's text, or null when it is not there. */
export function readUnlabelled(gz) {
  return fs.existsSync(gz) ? zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8') : null;
}

/** The file's text, or exit 2 with one clear message (for scripts that cannot go on without it). */
export function requireUnlabelled(gz, hint = 'set TADQIQ_SHARED') {
  const text = readUnlabelled(gz);
  if (text === null) {
    console.error(`${gz} not found (${hint})`);
    process.exit(2);
  }
  return text;
}

/** Every HELD-th even article is left out of tables mined with `--hold` (build-pairs, build-class-grams): half
 *  `even-held` reads those, to tune on even text the tables did not see (as the odd half is not seen). */
export const HELD = 8;
export const heldOut = (i) => i % 2 === 0 && (i / 2) % HELD === HELD - 1;

/**
 * Paragraphs of one half's articles (`even`: what mined data comes from; `odd`: held out), each of at least 60
 * characters with Arabic letters, set in lines of 55–89 characters as a PDF would (`core` from core-bundle.mjs,
 * `rand` a seeded generator), at most `limit` of them, after the first `skip` such paragraphs.
 */
export function wrappedParagraphs(core, half, limit, rand, skip = 0) {
  const articles = core.splitArticles(requireUnlabelled(unlabelledPath())).filter((_, i) => (half === 'even-held' ? heldOut(i) : i % 2 === (half === 'even' ? 0 : 1)));
  const paragraphs = [];
  let seen = 0;
  for (const a of articles) {
    for (const p of a.text.split('\n')) {
      if (p.length < 60 || !/[\u0621-\u064a]/.test(p)) continue;
      if (seen++ < skip) continue;
      paragraphs.push(core.damage.wrapParagraph(p, 55 + Math.floor(rand() * 35)));
      if (paragraphs.length >= limit) return paragraphs;
    }
  }
  return paragraphs;
}

/**
 * Word-form counts of the even-numbered articles (the odd half stays held out): how often each form is written and in
 * how many articles. A form is a run of Arabic letters, marks and tatweel, with the marks and tatweel dropped.
 * (build-attested, build-lamalef)
 */
export function evenHalfWordCounts(articles) {
  const count = new Map();
  const docs = new Map();
  let read = 0;
  articles.forEach((a, i) => {
    if (i % 2 !== 0) return;
    read++;
    const seen = new Set();
    for (const m of a.text.matchAll(/[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u064b-\u065f\u0640]+/g)) {
      const w = m[0].replace(/[\u064b-\u065f\u0670\u0640]/g, '');
      if (!w) continue;
      count.set(w, (count.get(w) ?? 0) + 1);
      if (!seen.has(w)) {
        seen.add(w);
        docs.set(w, (docs.get(w) ?? 0) + 1);
      }
    }
  });
  return { count, docs, read };
}

/**
 * The round trip's runs damage, one line a paragraph (runs-diagnose.mjs, runs-calibrate.mjs): a line of 30 characters
 * or more drawn at random, its runs reversed with k cuts (`cutsOpt` a number or '1-3'); yields the line's index, the
 * damage (D.reverseRuns's answer), the damaged lines and their text.
 */
export function* runsDamagedLines(paragraphs, D, rand, cutsOpt) {
  for (const ls of paragraphs) {
    const cand = ls.map((_, i) => i).filter((i) => ls[i].length >= 30);
    if (!cand.length) continue;
    const i = cand[Math.floor(rand() * cand.length)];
    if (!D.canReverseRuns(ls[i])) continue;
    const k = cutsOpt === '1-3' ? 1 + Math.floor(rand() * 3) : Number(cutsOpt);
    const d = D.reverseRuns(ls[i], k, rand, 0);
    if (!d) continue;
    const dl = ls.slice();
    dl[i] = d.text;
    yield { ls, i, k, d, dl, text: dl.join('\n') };
  }
}
