/**
 * split-word — a spurious space inside a word, left by the justification gaps of a PDF (pdftotext turns
 * kashida stretches and inter-glyph gaps into spaces): `تمو يل` for `تمويل`, `ال أول` for `الأول`,
 * `ف إن ه` for `فإنه`, `دائم ًا` for `دائمًا`.
 *
 * Per line, the Arabic tokens separated only by spaces are segmented by dynamic programming: a group of
 * 2–4 neighbouring tokens may be joined when the joined form is a word of the lexicon and its pieces are
 * not all words themselves (precision first: `في ما`, `عبد الله` stay apart); the segmentation that
 * leaves the fewest pieces unable to stand alone wins, then the one with the fewest joins, then (an exact tie
 * between a join and leaving its first piece alone while the next pieces join: `وتق ول أوساط`) the join whose word
 * correct news writes at least four times as often (وتقول, not ولأوساط). A piece that
 * starts with a haraka (`ًا`) cannot start a word, so it always joins the token before it.
 * Not joined: single letters that do not spell a short word (`م د`, million dinars), a lone letter drawn
 * out with tatweel or right after a number (`1446ه\u0640`, `175 م`: abbreviations), and pieces glued to `%`/`!`
 * kashida glyphs (the word goes on past the glyph).
 * Fix (preferred): delete the spaces; the title previews the joined word.
 *
 * Correct text is full of short pieces that are no fragments (measured on 10,113 clean news articles): Arabic
 * spellings of Latin letters and acronyms (`إل جي`, `إتش تي سي`, `إف بي آي`), a proclitic or `ال<U+0640>` glued to
 * a number (`ب30`، `تعود ل800`، `في ال<U+0640> 18`), chains of abbreviations (`370 م د في`), units (`20 كغ من`).
 * None of these is joined. And a split word is never alone: justification splits many words of a document
 * (measured: 3 to 300 per 1,000 words on the corpus's extractions), or its line shows a PDF route's signs
 * (text/damage.ts), or a fifth of the text's lines do (an extraction). Joins on lines without signs are reported only when there are at least MIN_JOINS_UNSIGNED
 * of them and MIN_JOIN_DENSITY per 1,000 tokens of those lines: a long correct text (a book, a collection of
 * articles) gathers a few names the lexicon does not know, at under 1 per 1,000 words, and stays quiet. The
 * rare-word pass (below) likewise needs a density, not only a count.
 */
import { foldKey, isFunctionShort, isWordKey } from '../../lexicon/index';
import { pairHash, storedCount } from '../../lexicon/pairs';
import { Span } from '../../lexicon/tokens';
import { isAnyDigit } from '../../text/arabic';
import { isBidiControl, joiningForm, joinsNext, printedKashidaRunBefore, printedKashidaRunEnd } from '../../text/charclass';
import { memoBudget, ownCopy } from '../../text/strings';
import { onRelease } from '../../text/memos';
import { defineRule } from '../../types';
import type { Rule, RuleFinding } from '../../types';
import { LONE_WAW_MAX, WAW_RATIO, MIN_JOINS_UNSIGNED, MIN_JOIN_DENSITY, RARE_JOIN_EVIDENCE, SHORT_JOIN_DENSITY, SHORT_JOIN_EVIDENCE, SegmentOptions, Tok, TokInfo, UNIT_ABBREVIATIONS, WAW_KEY, afterDigit, bare, gapOkAt, letterNameInfo, nothingButSpaces, rareShortInfo, spacesOnly, tokInfo } from './pieces';
import { DENSE_DENSITY, PROCLITIC_PIECE, segmentRun } from './segment';

/**
 * Is the outside of a piece at `pos` (looking left when dir = -1) a word boundary: line edge, space or
 * punctuation — not the `%`/`!` kashida glyphs that some fonts extract inside a word (بال\u0640%%\u0640تي)?
 */
function outerOk(text: string, pos: number, dir: -1 | 1, line: Span): boolean {
  let i = dir < 0 ? pos - 1 : pos;
  while (i >= line.start && i < line.end && isBidiControl(text.charCodeAt(i))) i += dir;
  if (i < line.start || i >= line.end) return true;
  const c = text.charCodeAt(i);
  if (c === 0x25 || c === 0x21 || c === 0xfffd || c === 0x0640) return false;
  // (nor a kashida glyph printed as a digit, `#`, `$` or `&`: extraction-junk's, ملي#ار)
  return dir > 0 ? printedKashidaRunEnd(text, i) < 0 : !printedKashidaRunBefore(text, i + 1);
}

/** Letters that, alone at a line's edge, are no piece of a word cut at the break (see lineEdgeTears). */
const NOT_EDGE_PIECE = new Set(['\u0622', '\u0623', '\u0625', '\u0627', '\u0629', '\u0648', '\u0649', '\u064a'].map((c) => foldKey(c)));

/**
 * The pieces of one letter at a line's edge that complete the word cut at the line break (`ان ت` ⏎ `ونس`: PDFium's pieces of a LibreOffice line, nearly every line break inside a word): cut-word joins them across
 * the break, and joined to their neighbour on the line too they would glue three pieces (`انتونس`): such a join is
 * offered, not applied by fix-all. The start of a line's first token, and minus the end of a line's last token, when it
 * is such a piece.
 */
function lineEdgeTears(text: string, doc: { lines: readonly Span[]; lineTokens(i: number): readonly Span[] }): Set<number> {
  const out = new Set<number>();
  const short = (x: string) => {
    const k = foldKey(x);
    // (not an alef — `للدعم` ⏎ `ا لاقتصادي` is the article split, `منطلق ا` ⏎ `وضاع` a word's end split off — nor و,
    // the conjunction, nor ة ى ي, a word's end split off)
    return k !== null && k.length === 1 && !NOT_EDGE_PIECE.has(k);
  };
  // (only in a draft whose line breaks are mostly inside words: a third of them at least, three at least — a justified
  // extraction's splits, `ب يت` opening a line after a whole word, are split-word's: measured on the round trip's
  // split-dense and split-sparse drafts, which lost 3 and 2 points without this)
  let breaks = 0;
  let tears = 0;
  for (let li = 1; li < doc.lines.length; li++) {
    const a = doc.lineTokens(li - 1);
    const b = doc.lineTokens(li);
    if (a.length === 0 || b.length === 0) continue;
    const last = a[a.length - 1];
    const first = b[0];
    // (the head ends its line and the tail opens the next: nothing but spaces beside them)
    if (!nothingButSpaces(text, last.end, doc.lines[li - 1].end) || !nothingButSpaces(text, doc.lines[li].start, first.start)) continue;
    breaks++;
    const ta = text.slice(last.start, last.end);
    const tb = text.slice(first.start, first.end);
    const key = foldKey(ta + tb);
    if (key === null || !isWordKey(key)) continue;
    const sa = short(ta);
    const sb = short(tb);
    if (sa || sb || !tokInfo(ta).likely || !tokInfo(tb).likely) tears++;
    // (and a piece the lexicon does not take for a word, `التصدي للج` ⏎ `ذور`: in such a draft the head of the word cut
    // at the break, not the tail of its neighbour on the line — routes6, PDFium's shredded lines)
    if (sb || !tokInfo(tb).likely) out.add(first.start);
    if (sa || !tokInfo(ta).likely) out.add(-last.end);
  }
  if (tears < 3 || tears * 3 < breaks) out.clear();
  return out;
}

/** The article's alef alone, after at most one proclitic (`ا`, `وا`, `فا`, `با`, `كا`). */
const ARTICLE_ALEF = /^[\u0648\u0641\u0628\u0643]?\u0627$/;

/**
 * The article's alef set apart from its lam by a space (`ا لكبيرة` for الكبيرة): the alef alone (after at most one
 * proclitic) with a space, a line's start, a quote or a bracket before it, one space after it and a word opening with
 * lam, when the two make a word or the second is none, and the word before does not end with that alef (`جد ا` is
 * جدا when news writes it). Absolute positions (at 0).
 */
/**
 * At a line's start, a lone alef may be the tail of the word that ends the line before, cut at the break: `ودعمه` ⏎
 * `ا لتكون` is ودعمها لتكون — cut-word's join, not the article's (line LI's first token, the alef TA).
 */
function alefEndsWordAbove(text: string, doc: { lines: readonly Span[]; lineTokens(i: number): readonly Span[] }, li: number, ta: string): boolean {
  if (li === 0) return false;
  const up = doc.lineTokens(li - 1);
  const last = up.length ? up[up.length - 1] : null;
  const lk = last !== null && last.end === doc.lines[li - 1].end ? foldKey(text.slice(last.start, last.end) + ta) : null;
  return lk !== null && isWordKey(lk);
}

/** The starts of the lone alefs opening a line that are the tail of the word ending the line before (alefEndsWordAbove). */
function alefTailsAtBreaks(text: string, doc: { lines: readonly Span[]; lineTokens(i: number): readonly Span[] }): Set<number> {
  const out = new Set<number>();
  for (let li = 1; li < doc.lines.length; li++) {
    const first = doc.lineTokens(li)[0];
    if (first === undefined || first.end - first.start !== 1 || text.charCodeAt(first.start) !== 0x0627) continue;
    if (alefEndsWordAbove(text, doc, li, '\u0627')) out.add(first.start);
  }
  return out;
}

function articleAlefJoins(text: string, doc: { lines: readonly Span[]; lineTokens(i: number): readonly Span[] }): Found[] {
  const out: Found[] = [];
  for (let li = 0; li < doc.lines.length; li++) {
    const spans = doc.lineTokens(li);
    for (let i = 0; i + 1 < spans.length; i++) {
      const a = spans[i];
      const b = spans[i + 1];
      // (the lam and two letters at least: `يجمعهم ا لا` is يجمعهما لا split, no article)
      if (a.end - a.start > 2 || b.end - b.start < 3 || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x20 || text.charCodeAt(b.start) !== 0x0644) continue;
      const ta = text.slice(a.start, a.end);
      if (!ARTICLE_ALEF.test(ta) || (a.start > 0 && !/[\s"«(]/.test(text[a.start - 1]))) continue;
      const tb = text.slice(b.start, b.end);
      const word = ta + tb;
      const wk = foldKey(word);
      const ib = tokInfo(tb);
      if (wk === null || ib.markLed || (!isWordKey(wk) && ib.likely)) continue;
      if (ta.length === 1 && i > 0 && spans[i - 1].end === a.start - 1) {
        const pk = foldKey(text.slice(spans[i - 1].start, spans[i - 1].end) + ta);
        if (pk !== null && storedCount(pairHash(pk)) >= 2) continue;
      }
      if (ta.length === 1 && i === 0 && alefEndsWordAbove(text, doc, li, ta)) continue;
      const tok = (sp: Span, t: string) => {
        const info = tokInfo(t);
        return { start: sp.start, end: sp.end, text: info.text, key: info.key, likely: info.likely, markLed: info.markLed, gapOk: true, abbreviation: false, info };
      };
      out.push({ pieces: [tok(a, ta), tok(b, tb)], word, at: 0 });
    }
  }
  return out;
}

/** A join: its pieces, at `at` + their offsets (a line's joins are remembered relative to it, and shared). */
interface Found {
  pieces: readonly Tok[];
  word: string;
  at: number;
}

/**
 * segmentLine's joins by the line's text and the pass, relative to the line's start (a pure function of the line):
 * a draft checked again after an edit (core/incremental.ts runs this rule on the whole draft) segments only the lines
 * that changed. One memo per option set ([rare][waw]), keyed by the line's text (a lookup by a slice of the draft copies
 * nothing), each bounded like INFO.
 */
const LINES: ReadonlyArray<Map<string, Found[]>> = [new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map()];
const LINES_MAX = 20_000;
/** The characters of the lines each memo of LINES holds (bounded by memoBudget too). */
const LINES_CHARS = [0, 0, 0, 0, 0, 0, 0, 0];
onRelease('split-word.LINES', () => {
  for (const memo of LINES) memo.clear();
  LINES_CHARS.fill(0);
});

/** A join's pieces relative to `d` (the line's start). */
function relative(f: Found, d: number): Found {
  // (remembered past the check: the pieces' texts are own copies, not slices holding the draft)
  return { word: ownCopy(f.word), pieces: f.pieces.map((p) => ({ ...p, text: ownCopy(p.text), start: p.start + f.at - d, end: p.end + f.at - d })), at: 0 };
}

/** Where a join starts and ends in the text. */
const startOf = (j: Found) => j.at + j.pieces[0].start;
const endOf = (j: Found) => j.at + j.pieces[j.pieces.length - 1].end;

function segmentLineMemo(text: string, line: Span, spans: readonly Span[], infos: TokInfo[], opts: SegmentOptions, found: Found[], torn?: TornSet): void {
  // (a line with torn halves of reversed runs: segmented without the memo — the halves are the document's reading, not
  // the line's text alone; few lines)
  if (torn !== undefined && hasTorn(spans, torn)) {
    segmentLine(text, line, spans, infos, opts, found, torn);
    return;
  }
  // (the key: the line's text; a prefix naming the options made a new string of every line at every lookup, a copy of
  // the whole draft at each keystroke of the language server. Kept, it is a copy of its own: a slice would hold the draft)
  const m = (opts.dense ? 4 : 0) + (opts.rare ? 2 : 0) + (opts.waw ? 1 : 0);
  const memo = LINES[m];
  const slice = text.slice(line.start, line.end);
  let rel = memo.get(slice);
  if (rel === undefined) {
    const out: Found[] = [];
    segmentLine(text, line, spans, infos, opts, out);
    rel = out.map((f) => relative(f, line.start));
    if (memo.size >= LINES_MAX || LINES_CHARS[m] + slice.length > memoBudget(text.length)) {
      memo.clear();
      LINES_CHARS[m] = 0;
    }
    memo.set(ownCopy(slice), rel);
    LINES_CHARS[m] += slice.length;
  }
  // (the remembered pieces themselves, placed by `at`: not copied at every check of the line)
  for (const f of rel) found.push({ pieces: f.pieces, word: f.word, at: line.start });
}

/** The torn halves of words cut by reversed runs (doc.runs.torn): where they start and where they end. */
interface TornSet {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

const isTorn = (sp: Span, torn: TornSet) => torn.starts.has(sp.start) || torn.ends.has(sp.end);

function hasTorn(spans: readonly Span[], torn: TornSet): boolean {
  for (const sp of spans) if (isTorn(sp, torn)) return true;
  return false;
}

/** The joins of one line (its tokens and their infos) in one pass, appended to `found`. */
function segmentLine(text: string, line: Span, spans: readonly Span[], infos: TokInfo[], opts: SegmentOptions, found: Found[], torn?: TornSet): void {
  // the line's presentation forms were shaped (some initial or medial form): their joining shapes say which seams were
  // drawn apart
  let shaped = false;
  for (let i = line.start; i < line.end && !shaped; i++) {
    const c = text.charCodeAt(i);
    shaped = c >= 0xfb50 && c <= 0xfefc && joinsNext(joiningForm(c));
  }
  if (shaped) opts = { ...opts, shaped };
  const toks: Tok[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    const info = infos[i];
    const s = info.text;
    // a lone letter drawn out with tatweel (ه\u0640) or right after a number (1446 ه، 175 م د) is an abbreviation
    // (و after a number is the conjunction)
    // (not a letter that spells a function word with the lone letter after it: `2016 ع ن تعيين` is عن)
    let abbreviation =
      info.key !== null && info.key.length === 1 && (s.indexOf('\u0640') >= 0 || (info.key !== WAW_KEY && afterDigit(text, sp.start, line.start) && !spellsFunctionWord(text, spans, infos, i)));
    // a short token drawn out with a final tatweel before a number, a quote or a name (ال<U+0640> 18، ب<U+0640>"…") or a
    // proclitic glued to a number (ب30، ل800): never part of a join
    if (!abbreviation && info.key !== null && info.key.length <= 3 && (s.charCodeAt(s.length - 1) === 0x0640 || (sp.end < line.end && isAnyDigit(text.charCodeAt(sp.end)) && PROCLITIC_PIECE.test(bare(s)))))
      abbreviation = true;
    // a unit after a number (20 كغ) and a letter after an abbreviation letter (370 م د) are abbreviations
    if (!abbreviation && info.key !== null && info.key.length <= 3 && UNIT_ABBREVIATIONS.has(bare(s)) && (afterDigit(text, sp.start, line.start) || (i > 0 && toks[i - 1].abbreviation && spacesOnly(text, spans[i - 1].end, sp.start))))
      abbreviation = true;
    // in a draft full of splits, a letter or a unit after a number that makes with the next piece a word news writes
    // often is that word's head (`5 م ليون` مليون, `3 أ لف` ألف, `20 ب المائة` بالمائة; `175 م د` stays: مد is rare)
    if (abbreviation && opts.dense && s.indexOf('\u0640') < 0 && numberWordHead(text, spans, infos, i)) abbreviation = false;
    toks[i] = {
      start: sp.start,
      end: sp.end,
      text: s,
      key: info.key,
      likely: info.likely || abbreviation,
      abbreviation,
      markLed: info.markLed,
      // a tatweel at the gap is deliberate (ه<U+0640> after a year, ب<U+0640> before a quote, a dash): never join across it
      gapOk: gapOkAt(text, spans, i),
      info,
    };
  }
  markAcronyms(toks);
  // a torn half of a word cut by reversed runs is no piece of its neighbours, nor their context (the word before a
  // pair): the runs before and after it are segmented apart (runs8: `معر ض` left unjoined beside a torn tail)
  if (torn !== undefined)
    for (let i = 0; i < toks.length; i++)
      if (isTorn(spans[i], torn)) {
        toks[i].gapOk = false;
        if (i > 0) toks[i - 1].gapOk = false;
      }
  let r = 0;
  while (r < toks.length) {
    let e = r;
    while (e + 1 < toks.length && toks[e].gapOk) e++;
    if (e > r) {
      const run = toks.slice(r, e + 1);
      for (const j of segmentRun(run, opts)) {
        const pieces = run.slice(j.from, j.to + 1);
        if (!outerOk(text, pieces[0].start, -1, line) || !outerOk(text, pieces[pieces.length - 1].end, 1, line)) continue;
        found.push({ pieces, word: j.word, at: 0 });
      }
    }
    r = e + 1;
  }
}

/** News writes the word tokens i and i + 1 make (a space apart) this often at least: a number's word (مليون 439 times,
 *  مليار 94, بالمائة 439), not a unit after it (مد 14, ممن 30). */
const NUMBER_WORD_SEEN = 60;

function numberWordHead(text: string, spans: readonly Span[], infos: TokInfo[], i: number): boolean {
  const next = infos[i + 1];
  // (the next piece a letter too: `2500 ط ن` is a unit, طن, not a word's head)
  if (next === undefined || next.key === null || next.key.length < 2 || !gapOkAt(text, spans, i)) return false;
  const key = foldKey(infos[i].text + next.text);
  return key !== null && isWordKey(key) && storedCount(pairHash(key)) >= NUMBER_WORD_SEEN;
}

/** Token i and the next, one letter each and a space apart, spell a function word of two letters (عن، في، من). */
function spellsFunctionWord(text: string, spans: readonly Span[], infos: TokInfo[], i: number): boolean {
  const next = infos[i + 1];
  return next !== undefined && next.key !== null && next.key.length === 1 && gapOkAt(text, spans, i) && isFunctionShort(infos[i].text + next.text);
}

/** Runs of two or more letter names joined by spaces, one of them unambiguous, are acronyms: never joined. */
function markAcronyms(toks: Tok[]): void {
  let i = 0;
  while (i < toks.length) {
    const kind = letterNameInfo(toks[i].info, true);
    if (kind === 0) {
      i++;
      continue;
    }
    // the run of letter names from i; the acronym is its part from the first to the last unambiguous name
    let e = i;
    let first = kind === 2 ? i : -1;
    let last = first;
    let sure = kind === 2 ? 1 : 0;
    while (e + 1 < toks.length && toks[e].gapOk) {
      const k = letterNameInfo(toks[e + 1].info, false);
      if (k === 0) break;
      e++;
      if (k === 2) {
        sure++;
        if (first < 0) first = e;
        last = e;
      }
    }
    if (sure >= 2) for (let m = first; m <= last; m++) toks[m].abbreviation = toks[m].likely = true;
    i = e + 1;
  }
}

export const splitWord: Rule = defineRule({
  id: 'split-word',
  title: { en: 'Word split by a space', ar: 'كلمة فصلتها مسافة' },
  description: {
    en: 'Flags words split in two by a spurious space, as PDF justification gaps leave them (تمو يل for تمويل), when the joined form is a word and the pieces are not; the fix joins them.',
    ar: 'ينبّه إلى الكلمات التي قسمتها مسافة زائدة كما تخلّفها فراغات المحاذاة في ملفات PDF (تمو يل بدل تمويل)، إذا كان الموصول كلمة والأجزاء ليست كذلك؛ والإصلاح يصلها.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'paragraph',
  options: {},
  messages: {
    split: {
      en: 'Word split by a space: “{shown}” reads as “{word}”.',
      ar: 'كلمة فصلتها مسافة: «{shown}» صوابها «{word}».',
    },
    join: {
      en: 'Join: “{word}”',
      ar: 'وصل: «{word}»',
    },
  },
  check({ text, doc, message }) {
    // Pass 1: joins with a fragment that cannot stand alone. When a document has many (a justified PDF
    // extraction), pass 2 also joins rare short words into long ones (يس تطيع → يستطيع).
    // Line by line; of a line's tokens only their infos are kept for pass 2 (memoised objects: one reference a token,
    // made again at every check of an edited paragraph before). A line whose pieces all stand alone at no cost
    // in a pass (every token a likely word; for pass 2 also no rare short word) gives no join in it and
    // is not segmented (most lines of a clean text).
    // Pass 2 replaces pass 1 when pass 1 has found RARE_JOIN_EVIDENCE joins at MIN_JOIN_DENSITY per 1,000 tokens
    // of the draft or more, or SHORT_JOIN_EVIDENCE at SHORT_JOIN_DENSITY (a short draft) (the whole draft's counts: Document.count/decide; a line's segmentation is remembered by
    // its text, so the lines are not segmented twice over a lint and its re-checks).
    const pass1Joins: Found[] = [];
    // the lines to segment again once the draft's evidence is in (plain: every piece stands alone — segmented only in a
    // draft full of splits, where `بين هم` may be بينهم)
    const lines: Array<{ line: Span; li: number; plain: boolean; infos: TokInfo[] }> = [];
    let lone = 0;
    // (the words led by و: a draft that writes و apart on purpose leads few words with it)
    let wawLed = 0;
    const PASS1 = { rare: false, waw: false };
    // the first and last words of a line whose runs came out reversed, and the halves torn inside it, are the halves of
    // a torn word (lexicon/runs.ts): not pieces of their neighbours, nor their context — nor evidence of a draft full of splits
    const torn = doc.runs.torn;
    // (only on a line whose reorder fix-all applies are the halves' neighbours segmented apart: on a line whose order is
    // only offered the halves may be no halves — a split draft's line edge — and the round trip's split drafts lost joins)
    const kept: typeof torn = [];
    // (torn holds the halves line by line, in the order of the repairs: one walk over both)
    const repairs = doc.runs.repairs;
    let ri = 0;
    for (const t of torn) {
      while (ri < repairs.length && !(repairs[ri].start <= t.start && t.end <= repairs[ri].end)) ri++;
      if (ri === repairs.length) break;
      if (repairs[ri].preferred) kept.push(t);
    }
    const tornSet: TornSet | undefined = kept.length ? { starts: new Set(kept.map((r) => r.start)), ends: new Set(kept.map((r) => r.end)) } : undefined;
    const starts = new Set(torn.map((r) => r.start));
    const ends = new Set(torn.map((r) => r.end));
    // a line counts as signed when it shows signs itself or the text is mostly an extraction
    const signs = doc.damage;
    const signedAt = (pos: number) => signs.mostly || signs.lineAt(pos);
    let tokensSoFar = 0;
    let unsignedTokens = 0;
    for (let li = 0; li < doc.lines.length; li++) {
      const line = doc.lines[li];
      const spans = doc.lineTokens(li);
      tokensSoFar += spans.length;
      if (!signedAt(line.start)) unsignedTokens += spans.length;
      if (spans.length < 2 || doc.isVisualLine(line.start, line.end)) continue;
      const infos: TokInfo[] = new Array(spans.length);
      let pass1 = false;
      let pass2 = false;
      for (let i = 0; i < spans.length; i++) {
        const sp = spans[i];
        const info = tokInfo(text.slice(sp.start, sp.end));
        infos[i] = info;
        // a lone letter may be an abbreviation (likely) or a fragment: decided when the tokens are built
        if (info.markLed || !info.likely || info.key === null || info.key.length === 1) pass1 = true;
        else if (!pass2 && info.key.length <= 4 && rareShortInfo(info)) pass2 = true;
        if (info.key === WAW_KEY && gapOkAt(text, spans, i)) lone++;
        else if (info.key !== null && info.key.length >= 3 && info.key.charCodeAt(0) === WAW_KEY!.charCodeAt(0)) wawLed++;
      }
      if (!(pass1 || pass2)) {
        lines.push({ line, li, plain: true, infos });
        continue;
      }
      if (pass1) segmentLineMemo(text, line, spans, infos, PASS1, pass1Joins, tornSet);
      lines.push({ line, li, plain: false, infos });
    }
    const notTorn = (j: Found) => !starts.has(startOf(j)) && !ends.has(endOf(j));
    // the draft is full of splits (a justified extraction) when its pass-1 joins are many and dense: the whole draft's
    // counts when the engine checks it chunk by chunk (Document.count/decide)
    const counted = torn.length ? pass1Joins.filter(notTorn) : pass1Joins;
    doc.count('split-word.joins', counted.length);
    // (the joins that are justification splits: not a haraka set off by a space, `عرضا ً`, diacritic spacing — a draft
    // full of those is no draft full of splits)
    let splits = 0;
    for (const j of counted) if (!j.pieces.every((p, m) => m === 0 || p.markLed)) splits++;
    doc.count('split-word.splits', splits);
    doc.count('split-word.tokens', tokensSoFar);
    doc.count('split-word.lone', lone);
    doc.count('split-word.wawLed', wawLed);
    const certain =
      lines.length > 0 &&
      doc.decide((total) => {
        const joins = total('split-word.joins');
        const tokens = total('split-word.tokens');
        // (a short draft's joins: justification splits only — a paragraph of harakat set off by spaces, `عرضا ً`, is none)
        const splits = total('split-word.splits');
        return (joins >= RARE_JOIN_EVIDENCE && joins * 1000 >= MIN_JOIN_DENSITY * tokens) || (splits >= SHORT_JOIN_EVIDENCE && splits * 1000 >= SHORT_JOIN_DENSITY * tokens);
      });
    let joins = pass1Joins;
    if (certain) {
      const dense = doc.decide((total) => total('split-word.splits') * 1000 >= DENSE_DENSITY * total('split-word.tokens'));
      const opts = { rare: true, waw: doc.decide((total) => total('split-word.lone') <= LONE_WAW_MAX || (dense && total('split-word.lone') * WAW_RATIO <= total('split-word.wawLed'))), dense };
      joins = [];
      // (each line's token infos as the first pass read them)
      for (const { line, li, plain, infos } of lines) {
        if (plain && !dense) continue;
        segmentLineMemo(text, line, doc.lineTokens(li), infos, opts, joins, tornSet);
      }
    }
    if (torn.length) joins = joins.filter(notTorn);
    // correct text: a name or a typo, not justification damage (see the header)
    let unsigned = 0;
    for (const j of joins) if (!signedAt(startOf(j))) unsigned++;
    doc.count('split-word.unsigned', unsigned);
    doc.count('split-word.unsignedTokens', unsignedTokens);
    if (
      unsigned > 0 &&
      doc.decide((total) => total('split-word.unsigned') < MIN_JOINS_UNSIGNED || total('split-word.unsigned') * 1000 < MIN_JOIN_DENSITY * total('split-word.unsignedTokens'))
    )
      joins = joins.filter((j) => signedAt(startOf(j)));
    // the article's alef set apart from its lam (`ا لكبيرة`, `وا لكرامة`): Chrome's viewer (PDFium) on Chromium's PDFs,
    // where the lam opens a ligature; no clean news writes it (0 in 10,113 articles) — joined in any draft, and a join
    // the segmentation made with that alef (`المدن ا` → `المدنا`) gives way to it; one that opens with that alef and
    // goes on past the lam's piece (`ا لحضو ر` → `الحضور`, a draft split densely) is the longer reading and stays
    const alefJoins = articleAlefJoins(text, doc);
    if (alefJoins.length) {
      const alefAt = new Set(alefJoins.map((j) => j.pieces[0].start));
      joins = joins.filter((j) => {
        const i = j.pieces.findIndex((p) => alefAt.has(j.at + p.start));
        return i === -1 || (i === 0 && j.pieces.length > 2);
      });
      const longer = new Set(joins.map(startOf).filter((at) => alefAt.has(at)));
      joins = [...joins, ...alefJoins.filter((j) => !longer.has(j.pieces[0].start))].sort((a, b) => startOf(a) - startOf(b));
    }
    // (nor is a join that opens with a lone alef ending the word of the line before: cut-word joins it there — in a
    // draft not full of splits; in one that is, the alef opens the article: the round trip's split-dense drafts)
    if (joins.length && !certain) {
      const tails = alefTailsAtBreaks(text, doc);
      if (tails.size) joins = joins.filter((j) => !tails.has(startOf(j)));
    }
    // (a join whose piece at a line's edge completes the word cut at the break is only offered: cut-word's join)
    const edges = joins.length ? lineEdgeTears(text, doc) : null;
    const out: RuleFinding[] = [];
    for (const j of joins) {
      const { pieces, word, at } = j;
      const start = startOf(j);
      const end = endOf(j);
      const edits = [];
      for (let p = 0; p + 1 < pieces.length; p++) edits.push({ start: at + pieces[p].end, end: at + pieces[p + 1].start, newText: '' });
      const shown = text.slice(start, end);
      out.push({
        start,
        end,
        message: message('split', { shown, word }),
        fixes: [{ title: message('join', { word }), edits, preferred: !edges?.size || (!edges.has(start) && !edges.has(-end)) }],
      });
    }
    return out;
  },
});
