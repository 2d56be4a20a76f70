/**
 * broken-fragment — pieces of right-to-left text that an extractor put in the wrong order or tore apart,
 * below the level of a whole line (reversed-line) or a word (split-word):
 *
 *  1. Punctuation on the wrong side of a number or Latin word (`في ،2016` for `في 2016،`, `عاموس .6-`
 *     for `عاموس-6.`). pdftotext wraps every left-to-right piece of an RTL line in LRE…PDF
 *     (U+202A…U+202C) and writes its contents in visual order, so the neutral characters inside come out
 *     reversed around the number. Flagged when reversing the pieces of the embedding (digit and Latin
 *     runs kept whole) changes the order of its non-space characters; fix: that reversal, preferred when
 *     the embedding holds a number or Latin word and no bracket (some routes also mirror brackets), or is
 *     a straight quote and one clause mark (`" ،` → `، "`), or is a number in brackets whose opening
 *     bracket stayed before the embedding (`) (2000` → `(2000) `, both brackets mirrored). With one number
 *     in the embedding the edits go around it, so reversed-digits can reverse it in the same pass.
 *  2. A word that lost the ال + alef part of a lam-alef ligature (`لطارات` for `الإطارات`, `لنتاج` for
 *     `الإنتاج`; pdftotext on some LuaLaTeX fonts): a token starting with ل that is no word while ال +
 *     alef + the rest is. When it opens a line and the previous line ends with the torn-off alef pieces
 *     (`… ا إ`), the preferred fix moves them back (ال + that alef); when the *next* line ends with them
 *     (pdftotext emits the tail of such a line as the line before it), they go into this word
 *     (alefIntoPrevLine); otherwise the readings with ا, أ, إ
 *     are offered (the lexicon does not tell hamza forms apart) and none is preferred.
 *  3. The alef pieces of such ligatures left orphaned at the end of a run (`ا إ`, `أ`): flagged; the
 *     repair of 2. moves them back when it can tell where they go (its fix sits on the alef's finding when
 *     the word it completes is no torn ال word of its own: `الدولة أ` + `لسهم` → `لأسهم`).
 *  4. Runs of a line in reverse order with the words at their edges cut (see reversedRuns).
 */
import { foldKey, isAttested, isFunctionWord, isLikelyWord, isWord } from '../lexicon/index';
import { Span } from '../lexicon/tokens';
import { isAnyDigit, isArabicLetter, isLatinLetter, isPresentationForm } from '../text/arabic';
import type { Document } from '../document';
import { nonSpace, pieces } from '../text/embedding';
import type { Finding, Fix, Rule } from '../types';
import { t } from '../types';

const LRE = 0x202a;
const PDF = 0x202c;

const isBracket = (p: string) => p.length === 1 && '()[]{}«»'.includes(p);

/**
 * The reorder as edits around the embedding's one number (`: 2202` → `2202 :`), when it has exactly one: the
 * digits are left to reversed-digits, whose edit would overlap a rewrite of the whole embedding and be
 * dropped from the same fix-all pass. `fixed` holds the same number once.
 */
function aroundNumber(ps: string[], fixed: string, s: number, e: number): Array<{ start: number; end: number; newText: string }> | null {
  let k = -1;
  for (let i = 0; i < ps.length; i++) {
    if (!isAnyDigit(ps[i].charCodeAt(0))) continue;
    if (k >= 0) return null;
    k = i;
  }
  if (k < 0) return null;
  const num = ps[k];
  const at = fixed.indexOf(num);
  if (at < 0 || fixed.indexOf(num, at + 1) >= 0) return null;
  const numStart = s + 1 + ps.slice(0, k).join('').length;
  return [
    { start: s + 1, end: numStart, newText: fixed.slice(0, at) },
    { start: numStart + num.length, end: e + 1, newText: fixed.slice(at + num.length) },
  ];
}

/**
 * `)` right before the embedding (LRE at s) whose pieces are one `(`, one number and at most spaces and one
 * full stop or comma: the number's brackets, both mirrored by the extraction.
 */
function bracketedNumber(text: string, s: number, ps: string[]): boolean {
  if (s < 1 || text[s - 1] !== ')') return false;
  let open = 0;
  let num = 0;
  for (const p of ps) {
    if (p === '(') open++;
    else if (isAnyDigit(p.charCodeAt(0))) num++;
    else if (p.trim() !== '' && !(p.length === 1 && '.،'.includes(p))) return false;
  }
  return open === 1 && num === 1;
}

/**
 * A straight double quote and one sentence or clause mark (`" ،`, `".`, `" :`): the embedding is the visual
 * order of the mark and the quote, so the reversal is the reading order (`قوله، "لقد`, `معهم." ويؤكد`).
 */
function quoteAndStop(ns: string[]): boolean {
  return ns.length === 2 && ns.includes('"') && ns.some((p) => p.length === 1 && '.،:؛,'.includes(p));
}

function neutralOrder(text: string, locale: 'ar' | 'en', severity: Finding['severity'], out: Finding[]): void {
  for (let s = text.indexOf('\u202A'); s >= 0; s = text.indexOf('\u202A', s + 1)) {
    // the matching PDF on the same line, no nested embedding inside
    let e = s + 1;
    while (e < text.length && e - s < 200) {
      const c = text.charCodeAt(e);
      if (c === PDF || c === 0x0a || c === 0x0d || (c >= 0x202a && c <= 0x202e && c !== PDF)) break;
      e++;
    }
    if (e >= text.length || text.charCodeAt(e) !== PDF) continue;
    const inner = text.slice(s + 1, e);
    let hasArabic = false;
    for (let i = 0; i < inner.length; i++) if (isArabicLetter(inner.charCodeAt(i)) || isPresentationForm(inner.charCodeAt(i))) hasArabic = true;
    if (hasArabic) continue;
    const ps = pieces(inner);
    const ns = nonSpace(ps);
    if (ns.length < 2) continue;
    const rev = [...ps].reverse();
    const nsRev = nonSpace(rev);
    if (nsRev.join('\u0000') === ns.join('\u0000')) continue;
    // with no digit or Latin piece (a quote and a comma) the order is a guess: flagged, fix not preferred
    const strong =
      ps.some((p) => isAnyDigit(p.charCodeAt(0)) || isLatinLetter(p.charCodeAt(0))) || quoteAndStop(ns);
    const brackets = ps.some(isBracket);
    // `… )` + LRE ` (2000` PDF: a number in brackets whose opening bracket stayed in the RTL text before the
    // embedding, both brackets mirrored: `(2000) `
    const wrapped = bracketedNumber(text, s, ps);
    const fixed = wrapped ? rev.map((p) => (p === '(' ? ')' : p)).join('') : rev.join('');
    out.push({
      ruleId: 'broken-fragment',
      start: s + 1,
      end: e,
      severity,
      message: t(locale, {
        en: `Punctuation on the wrong side (right-to-left extraction order): “${inner.trim()}” reads “${fixed.trim()}”.`,
        ar: `علامة ترقيم في غير موضعها (ترتيب استخراج معكوس): «${inner.trim()}» صوابها «${fixed.trim()}».`,
      }),
      fixes: [
        {
          title: t(locale, { en: `Reorder: “${fixed.trim()}”`, ar: `إعادة الترتيب: «${fixed.trim()}»` }),
          // the closing PDF goes too: the embedding now holds logical text and must not be read as visual
          // again (fix-all stays idempotent); the bidi-control rule removes the opening LRE
          edits: [
            ...(wrapped ? [{ start: s - 1, end: s, newText: '(' }] : []),
            ...(aroundNumber(ps, fixed, s, e) ?? [{ start: s + 1, end: e + 1, newText: fixed }]),
          ],
          preferred: wrapped || (strong && !brackets),
        },
      ],
    });
  }
}

const LAM = '\u0644';
const ALEF_FORMS = ['\u0627', '\u0623', '\u0625', '\u0622'];

interface Tk {
  start: number;
  end: number;
  text: string;
}

/** A lone alef (any hamza form), as a token: a piece of a torn lam-alef ligature. */
function isAlefPiece(w: string): boolean {
  return w.length === 1 && ALEF_FORMS.includes(w.normalize('NFKC'));
}

/** The trailing group of alef pieces of a line (`ا إ`), if the line ends with one (before PDF/space). */
function orphanGroup(text: string, spans: readonly Span[], lineEnd: number): Tk[] {
  const group: Tk[] = [];
  for (let k = spans.length - 1; k >= 0 && group.length < 2; k--) {
    const sp = spans[k];
    if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) break;
    const tk: Tk = { start: sp.start, end: sp.end, text: text[sp.start] };
    // only spaces and bidi controls after it
    let p = tk.end;
    const limit = group.length ? group[0].start : lineEnd;
    while (p < limit && (text.charCodeAt(p) === 0x20 || (text.charCodeAt(p) >= 0x202a && text.charCodeAt(p) <= 0x202e))) p++;
    if (p < limit) break;
    group.unshift(tk);
  }
  return group;
}

/** Restorations of a token that lost ال + alef (لطارات → الإطارات), one per alef form that gives a word. */
function ligatureRepairs(w: string): string[] {
  const base = w.normalize('NFKC');
  if (!base.startsWith(LAM) || base.startsWith(LAM + LAM)) return [];
  const rest = base.slice(1);
  // the lexicon folds hamza: one answer for all alef forms, offered as plain alef, hamza above, below
  return isWord('\u0627' + LAM + '\u0627' + rest) ? ['\u0627', '\u0623', '\u0625'].map((a) => '\u0627' + LAM + a + rest) : [];
}

interface LamToken {
  /** isWord of the token. */
  word: boolean;
  /** ligatureRepairs of the token (shared: read only), computed on first use. */
  repairs: readonly string[] | undefined;
}
const lamTokens = new Map<string, LamToken | null>();

/** What ligatureFragments asks of a lam-initial token (null: no key or under 3 letters), cached per token. */
function lamToken(w: string): LamToken | null {
  let v = lamTokens.get(w);
  if (v === undefined) {
    const key = foldKey(w);
    v = key === null || key.length < 3 ? null : { word: isWord(w), repairs: undefined };
    if (lamTokens.size >= 50_000) lamTokens.clear();
    lamTokens.set(w, v);
  }
  return v;
}

/** Whether only spaces and bidi controls lie in [from, to). */
function onlyBlank(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && (c < 0x202a || c > 0x202e)) return false;
  }
  return true;
}

interface PrevLine {
  toks: readonly Span[];
  end: number;
  /** the line's first token when it starts with lam, with the index in `out` of its finding (-1: none) */
  first: { tk: Tk; outIdx: number; fixed: boolean } | null;
  /** its trailing alef pieces were already put back into the line before it */
  claimed: boolean;
}

/**
 * Some extractions (pdftotext on LuaLaTeX fonts) emit the tail of a line that holds a lam-alef ligature as
 * a line of its own *before* it: the line ends with the alef piece (`… المواد ا أ`, `… خ ا`) and the
 * previous line opens with the lam and the rest of the word (`لولية …`, `لل …`). The word is the piece
 * before the alef (when it is no word of its own) + ل + that alef + the rest: `ا`+`ل`+`أ`+`ولية`, or,
 * after a whole word, ل + alef + the rest (`الدولة أ` + `لسهم` → `لأسهم`). Only when the lexicon knows it.
 */
function alefIntoPrevLine(text: string, toks: readonly Span[], lineEnd: number, first: Tk): { word: string; delStart: number; delEnd: number } | null {
  const n = toks.length;
  const a = toks[n - 1];
  if (a.end - a.start !== 1 || !isAlefPiece(text[a.start]) || !onlyBlank(text, a.end, lineEnd)) return null;
  const base = first.text.normalize('NFKC');
  // (a function word of 3+ letters opening the line — لكن، لماذا، لذلك — is no torn word; لك and لل may be)
  if (!base.startsWith(LAM) || base.length < 2 || (base.length >= 3 && isFunctionWord(base))) return null;
  const rest = base.slice(1);
  const alef = text[a.start].normalize('NFKC');
  const p = n >= 2 && onlyBlank(text, toks[n - 2].end, a.start) ? toks[n - 2] : null;
  const back = (q: number): number => {
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    return q;
  };
  if (p !== null && p.end - p.start <= 12) {
    const pt = text.slice(p.start, p.end).normalize('NFKC');
    const w = pt + LAM + alef + rest;
    if (isWord(w)) return { word: w, delStart: back(p.start), delEnd: a.end };
    if (!isWord(pt)) return null;
  }
  const w = LAM + alef + rest;
  return isWord(w) ? { word: w, delStart: back(a.start), delEnd: a.end } : null;
}

function ligatureFragments(doc: Document, locale: 'ar' | 'en', severity: Finding['severity'], out: Finding[]): void {
  const text = doc.text;
  let prev: PrevLine | null = null;
  const orphanFindings: Array<{ tk: Tk; fix?: Fix }> = [];
  const signed = doc.damage.any;
  for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    // (tokens without bangs hold no `!`: a token's text is its slice, taken only for the few tokens looked at)
    const toks = doc.lineTokens(li);
    if (toks.length === 0) continue;
    if (doc.isVisualLine(line.start, line.end)) {
      prev = null;
      continue;
    }
    // this line's trailing alef piece belongs to the word that opens the previous line
    let claimed = false;
    let keepBefore = line.end;
    let alefFix: { at: number; fix: Fix } | null = null;
    if (prev && prev.first && !prev.first.fixed) {
      const pf = prev.first;
      const r = alefIntoPrevLine(text, toks, line.end, pf.tk);
      if (r !== null) {
        const fix: Fix = {
          title: t(locale, { en: `Restore: “${r.word}”`, ar: `استعادة: «${r.word}»` }),
          edits: [
            { start: pf.tk.start, end: pf.tk.end, newText: r.word },
            { start: r.delStart, end: r.delEnd, newText: '' },
          ],
          preferred: true,
        };
        // the fix goes on the torn word when it lost ال + alef (or already has a finding), else on the alef
        // piece's finding
        const f: Finding | null =
          pf.outIdx >= 0 || (r.word.length === pf.tk.text.normalize('NFKC').length + 2 && r.word.startsWith('\u0627' + LAM)) ? {
            ruleId: 'broken-fragment',
            start: pf.tk.start,
            end: pf.tk.end,
            severity,
            message: t(locale, {
              en: `“${pf.tk.text}” lost the lam-alef ligature piece that the extraction left at the end of the next line: “${r.word}”.`,
              ar: `فقدت «${pf.tk.text}» جزء اللام ألف الذي تركه الاستخراج في آخر السطر التالي: «${r.word}».`,
            }),
            fixes: [fix],
          } : null;
        if (f === null) alefFix = { at: r.delEnd - 1, fix };
        else if (pf.outIdx >= 0) out[pf.outIdx] = f;
        else out.push(f);
        claimed = true;
        keepBefore = r.delStart;
      }
    }
    let first: PrevLine['first'] = null;
    {
      const c0 = text.charCodeAt(toks[0].start);
      if (c0 === 0x0644 || (c0 >= 0xfedd && c0 <= 0xfee0)) first = { tk: { start: toks[0].start, end: toks[0].end, text: text.slice(toks[0].start, toks[0].end) }, outIdx: -1, fixed: false };
    }
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].start >= keepBefore) break;
      const c0 = text.charCodeAt(toks[k].start);
      if (c0 !== 0x0644 && (c0 < 0xfedd || c0 > 0xfee0)) continue; // starts with lam (or its presentation forms)
      const tk: Tk = { start: toks[k].start, end: toks[k].end, text: text.slice(toks[k].start, toks[k].end) };
      const lt = lamToken(tk.text);
      if (lt === null) continue;
      // the first word of a line whose previous line ends with the torn-off alef pieces: put them back
      // (even when the torn word reads as a word too: لنتاج is ل + نتاج)
      const group = k === 0 && prev && !prev.claimed ? orphanGroup(text, prev.toks, prev.end) : [];
      const alef = group.length ? group[group.length - 1].text.normalize('NFKC') : null;
      if (alef === null && lt.word) continue;
      // a function word of 3+ letters opening a line (لكن، لماذا، لذلك) is no torn word, whatever the line
      // before ends with
      if (alef !== null && tk.text.length >= 3 && isFunctionWord(tk.text)) continue;
      const reps = (lt.repairs ??= ligatureRepairs(tk.text));
      if (reps.length === 0) continue;
      if (alef !== null) {
        const word = '\u0627' + LAM + alef + tk.text.normalize('NFKC').slice(1);
        let delStart = group[0].start;
        while (delStart > 0 && text.charCodeAt(delStart - 1) === 0x20) delStart--;
        if (k === 0 && first) first.fixed = true;
        out.push({
          ruleId: 'broken-fragment',
          start: tk.start,
          end: tk.end,
          severity,
          message: t(locale, {
            en: `“${tk.text}” lost the ال and alef of a lam-alef ligature, left at the end of the previous line: “${word}”.`,
            ar: `فقدت «${tk.text}» الألف واللام وألف اللام ألف، وقد بقيت في آخر السطر السابق: «${word}».`,
          }),
          fixes: [
            {
              title: t(locale, { en: `Restore: “${word}”`, ar: `استعادة: «${word}»` }),
              edits: [
                { start: delStart, end: group[group.length - 1].end, newText: '' },
                { start: tk.start, end: tk.end, newText: word },
              ],
              // with both pieces (ا أ) the letters only move; with one piece the article's ا, lost with the
              // ligature, is restored (the one letter a repair adds: order.property.test.ts). A line of
              // correct text does not end on a lone alef before a lam word that reads as ال + alef + rest
              preferred: true,
            },
          ],
        });
        continue;
      }
      // a guess with no structure behind it: only in text that shows a PDF route's signs (in correct text
      // لوبن، لوس أنجليس، لبشار are names and ل + a name)
      if (!signed || isAttested(tk.text)) continue;
      if (k === 0 && first) first.outIdx = out.length;
      out.push({
        ruleId: 'broken-fragment',
        start: tk.start,
        end: tk.end,
        severity,
        message: t(locale, {
          en: `“${tk.text}” looks like a word that lost the ال and alef of a lam-alef ligature in extraction: “${reps[0]}”?`,
          ar: `تبدو «${tk.text}» كلمة فقدت الألف واللام وألف اللام ألف في الاستخراج: «${reps[0]}»؟`,
        }),
        fixes: reps.map((r) => ({
          title: t(locale, { en: `Restore: “${r}”`, ar: `استعادة: «${r}»` }),
          edits: [{ start: tk.start, end: tk.end, newText: r }],
        })),
      });
    }
    // lone alef pieces at the end of the line or of an RTL run (before PDF)
    for (const sp of toks) {
      if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) continue;
      let p = sp.end;
      while (p < line.end && text.charCodeAt(p) === 0x20) p++;
      if (p >= line.end || text.charCodeAt(p) === PDF) orphanFindings.push({ tk: { start: sp.start, end: sp.end, text: text[sp.start] }, fix: alefFix && alefFix.at === sp.start ? alefFix.fix : undefined });
    }
    prev = { toks, end: line.end, first, claimed };
  }
  for (const { tk, fix } of orphanFindings) {
    // no fix of its own: the repair of the next line's word moves it back when it can tell where it goes
    out.push({
      ruleId: 'broken-fragment',
      start: tk.start,
      end: tk.end,
      severity,
      message: t(locale, {
        en: 'A lone alef at the end of a line: a piece of a lam-alef ligature that the extraction tore off its word.',
        ar: 'ألف منفردة في آخر السطر: جزء من لام ألف انتزعه الاستخراج من كلمته.',
      }),
      fixes: fix ? [fix] : [],
    });
  }
}

const MAX_RUN_TOKENS = 40;

interface RunTok {
  start: number;
  end: number;
  text: string;
  likely: boolean;
}

/**
 * 4. Runs of a line emitted in reverse order, the words that straddled the run boundaries cut in two
 * (arabic-defects.md §2): `عين في المناطق الريفية ة جديدة لدعم المزار أعلنت الحكومة اليوم عن خط`. The line's
 * tokens (spaces between them only, ≤ 40) are cut into 2 or 3 runs at token boundaries, the runs put in
 * reverse order, and the two tokens that meet at every new boundary must make one word (≥ 3 letters, no
 * function word among the halves). Accepted when the order leaves fewer fragments than the line has (at
 * least one), and — with two runs — the healed word had a fragment for a half. The fix is preferred only
 * when one order alone heals best (two runs never: every rotation heals the same word). Bounded: the
 * outer boundaries are tested first (O(n) lookups), lines of ≤ 40 tokens.
 */
function reversedRuns(doc: Document, locale: 'ar' | 'en', severity: Finding['severity'], out: Finding[]): void {
  const text = doc.text;
  for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    const spans = doc.lineTokens(li);
    if (spans.length < 4 || spans.length > MAX_RUN_TOKENS) continue;
    // only Arabic tokens and single spaces: a plain line
    let plain = true;
    for (let k = 0; k + 1 < spans.length && plain; k++) if (spans[k + 1].start - spans[k].end !== 1 || text.charCodeAt(spans[k].end) !== 0x20) plain = false;
    if (!plain) continue;
    // a line without a fragment is left as it is (most lines): counted before any token is built
    let fragments = 0;
    for (const x of spans) if (!isLikelyWord(text.slice(x.start, x.end))) fragments++;
    if (fragments < 1 || doc.isVisualLine(line.start, line.end)) continue;
    const toks: RunTok[] = spans.map((x) => {
      const w = text.slice(x.start, x.end);
      return { start: x.start, end: x.end, text: w, likely: isLikelyWord(w) };
    });
    const n = toks.length;
    /** Can a and b, meeting at a new run boundary, be the two halves of one word? */
    const halves = (a: RunTok, b: RunTok): string | null => {
      if (isFunctionWord(a.text) || isFunctionWord(b.text)) return null;
      // a head drawn out with a final tatweel (القمة ال<U+0640>28، تقدر ب<U+0640>80) is written so on purpose
      if (a.text.charCodeAt(a.text.length - 1) === 0x0640) return null;
      const joined = a.text + b.text;
      const k = foldKey(joined);
      return k !== null && k.length >= 3 && isWord(joined) ? joined : null;
    };
    let best: { words: string[]; left: number; ties: number } | null = null;
    const consider = (cuts: number[]) => {
      // the runs in reverse order, read in place: run r (0 = first in the new order) is the token range
      // [bounds[R - 1 - r], bounds[R - r]); words not healed are tokens, whose likeliness is known
      const bounds = [0, ...cuts, n];
      const R = bounds.length - 1;
      const words: string[] = [];
      let left = 0;
      let lastLikely = true;
      let fragmentJoin = false;
      for (let r = 0; r < R; r++) {
        const from = bounds[R - 1 - r];
        const to = bounds[R - r];
        let m = from;
        if (r > 0) {
          const ia = bounds[R - r + 1] - 1; // the last token of the run before
          const j = heal(ia, from);
          if (j === null) return; // every new boundary must heal a cut word
          if (!toks[ia].likely || !toks[from].likely) fragmentJoin = true;
          if (!lastLikely) left--;
          words[words.length - 1] = j;
          lastLikely = isLikelyWord(j);
          if (!lastLikely) left++;
          m = from + 1;
        }
        for (; m < to; m++) {
          words.push(toks[m].text);
          lastLikely = toks[m].likely;
          if (!lastLikely) left++;
        }
      }
      // two runs: the healed word must have been a fragment; three: two healed boundaries suffice
      if (R === 2 && !fragmentJoin) return;
      if (left >= fragments) return;
      if (!best || left < best.left) best = { words, left, ties: 0 };
      else if (left === best.left) best.ties++;
    };
    // the outer boundaries (last token + a run start, a run end + first token) are O(n) pairs: test them
    // first, so the O(n²) middle boundaries are only looked up behind two healed outer ones
    const memo = new Map<number, string | null>();
    const heal = (i: number, j: number) => {
      const key = i * 64 + j;
      if (!memo.has(key)) memo.set(key, halves(toks[i], toks[j]));
      return memo.get(key)!;
    };
    // two runs [0,c1)[c1,n) → [c1,n)[0,c1): the boundary is last + first token, whatever c1
    if (heal(n - 1, 0) !== null) for (let c1 = 1; c1 < n; c1++) consider([c1]);
    // three runs [0,c1)[c1,c2)[c2,n) → [c2,n)[c1,c2)[0,c1): boundaries last + toks[c1], toks[c2-1] + first
    const endsFirst: number[] = [];
    for (let c2 = 2; c2 < n; c2++) if (heal(c2 - 1, 0) !== null) endsFirst.push(c2);
    if (endsFirst.length) {
      for (let c1 = 1; c1 < n - 1; c1++) {
        if (heal(n - 1, c1) === null) continue;
        // (a middle run of one token would be healed on both sides: its token would be taken twice and the
        // word healed before it dropped — found by order.property.test.ts)
        for (const c2 of endsFirst) if (c2 > c1 + 1) consider([c1, c2]);
      }
    }
    const b = best as { words: string[]; left: number; ties: number } | null;
    if (!b) continue;
    // several orders heal as well (two runs always do: any rotation): flag, offer the first, prefer none
    const certain = b.ties === 0;
    const fixed = b.words.join(' ');
    const s0 = toks[0].start;
    const e0 = toks[n - 1].end;
    const preview = fixed.length > 40 ? fixed.slice(0, 40) + '…' : fixed;
    out.push({
      ruleId: 'broken-fragment',
      start: s0,
      end: e0,
      severity,
      message: t(locale, {
        en: 'The pieces of this line are in reverse order and the words at their edges are cut in two (PDF extraction).',
        ar: 'أجزاء هذا السطر بترتيب معكوس والكلمات على حدودها مقطوعة (من الاستخراج من PDF).',
      }),
      fixes: [
        {
          title: t(locale, { en: `Reorder the pieces: “${preview}”`, ar: `إعادة ترتيب الأجزاء: «${preview}»` }),
          edits: [{ start: s0, end: e0, newText: fixed }],
          preferred: certain,
        },
      ],
    });
  }
}

export const brokenFragment: Rule = {
  id: 'broken-fragment',
  title: { en: 'Broken right-to-left fragment', ar: 'جزء مكسور من نص عربي' },
  description: {
    en: 'Flags pieces of Arabic text that PDF extraction put in the wrong order or tore apart: punctuation on the wrong side of a number, words that lost the ال and alef of a lam-alef ligature, and the orphaned alef pieces.',
    ar: 'ينبّه إلى أجزاء النص العربي التي رتّبها الاستخراج من PDF ترتيبًا خاطئًا أو مزّقها: علامات ترقيم في غير جهتها من العدد، وكلمات فقدت ألف اللام ولام ألف، وقطع الألف اليتيمة.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  options: {},
  check({ text, doc, locale, severity }) {
    const out: Finding[] = [];
    neutralOrder(text, locale, severity, out);
    ligatureFragments(doc, locale, severity, out);
    reversedRuns(doc, locale, severity, out);
    return out;
  },
};
