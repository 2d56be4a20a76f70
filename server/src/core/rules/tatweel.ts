/**
 * tatweel — stray U+0640 (kashida) stretching a word: `الجم<U+0640><U+0640>اعة`, `ق<U+0640>ال`.
 *
 * One finding per word, covering the word; fixes: remove it from this word (preferred). The
 * language server adds "on this line" and "in the document" from the same preferred fixes.
 *
 * Not flagged (arabic-defects.md §1):
 *  - `ه<U+0640>` after a year: `1437ه<U+0640>`, `1437 ه<U+0640>` (Hijri abbreviation);
 *  - a clitic detached before a quote, bracket, Latin word, digit or colon: `ب<U+0640>«…»`,
 *    `ال<U+0640>"بيت"`, `ب<U+0640> 25`, `ل<U+0640> CNN`, `ب<U+0640>:`, also across the spaces and bidi controls PDF
 *    extraction puts there (`ب<U+0640> <LRE> 25<PDF>`, presentation forms `ﺍﻟ<U+0640><LRE>12`) and in a line in
 *    visual order, where it reads `<U+0640>ب` after the number (`10 <U+0640>ب`); likewise before a number in words
 *    (`ب<U+0640> مليار`, `ب<U+0640> ثلاثة`), an approximator with digits after it (`ب<U+0640> أكثر من 12`) and a
 *    word holding a quote (`ل<U+0640> و"ات"`);
 *  - the article so detached but glued to the word before it, a missing space (`يفوقال<U+0640>15`);
 *  - a clitic set off by tatweel before a name (`ب<U+0640>أكودة`: not a word of the lexicon) in text with no PDF signs;
 *  - words in the `allow` option, compared with the tatweel kept.
 * A tatweel standing alone between spaces used as a dash is reported by `tatweel-dash` instead.
 */
import { isAnyDigit, isArabicLetter, isArabicWordChar, isLatinLetter, isSpace, TATWEEL } from '../text/arabic';
import { isWord } from '../lexicon/index';
import { isBidiControl, isKashidaGlyph } from '../text/charclass';
import { foldLooseString } from '../text/fold';
import { KASHIDA_GLYPH_RE, nextOf } from '../text/scan';
import { defineRule } from '../types';
import type { Document } from '../document';
import type { Rule, RuleContext, RuleFinding } from '../types';

/** Clitic prefixes that are written detached with a tatweel: (و|ف)? (ب|ل|ك)? (ال|ل)? — at least one. */
const CLITIC = /^(?:[وف]?[بلك]?(?:ال|ل)?|[وف])$/;
/** What may follow a detached clitic: quotes, brackets, Latin letters, digits, colon. */
function opensForeign(c: number): boolean {
  return (
    isAnyDigit(c) ||
    isLatinLetter(c) ||
    c === 0x3a /* : */ ||
    c === 0xab /* « */ ||
    c === 0xbb /* » (mirrored input) */ ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x7b ||
    c === 0x2d /* - */
  );
}

interface Word {
  start: number;
  end: number;
}

/** The word (maximal run of Arabic word characters) around each tatweel, visited once each. */
function* wordsWithTatweel(text: string): Generator<Word> {
  let from = 0;
  for (;;) {
    const k = text.indexOf('\u0640', from);
    if (k < 0) return;
    let s = k;
    while (s > 0 && isArabicWordChar(text.charCodeAt(s - 1))) s--;
    let e = k + 1;
    while (e < text.length && isArabicWordChar(text.charCodeAt(e))) e++;
    yield { start: s, end: e };
    from = e;
  }
}

function hasLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isArabicLetter(text.charCodeAt(i)) || text.charCodeAt(i) >= 0xfb50) return true;
  return false;
}

/** An opener of a left-to-right run (LRE, LRO, LRI): what follows it is a number or Latin text. */
function opensLtr(c: number): boolean {
  return c === 0x202a || c === 0x202d || c === 0x2066;
}

/**
 * Does a number, quote, bracket, Latin word or left-to-right embedding come next, looking from `p` in direction
 * `dir` past spaces and bidi controls? (What a detached clitic may stand before: ب<U+0640> 25، ب<U+0640> \u202A 25\u202C.)
 */
function foreignNext(text: string, p: number, dir: 1 | -1): boolean {
  for (; p >= 0 && p < text.length; p += dir) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) continue;
    if (isBidiControl(c)) {
      if (dir === 1 && opensLtr(c)) return true;
      continue;
    }
    return opensForeign(c);
  }
  return false;
}

/**
 * A number written in words: what a detached clitic sets off as it sets off digits (ب<U+0640> مليار, ب<U+0640> ثلاثة,
 * ب<U+0640> عشرات). Loosely folded (text/fold.ts): hamza seats read as alef or yeh, ة as ه.
 */
const NUMBER_WORD =
  /^(?:مليار|مليارات|مليون|ملايين|الف|الاف|مايه|ميه|ميات|مايتين|ميتين|عشرات|بضع|بضعه|اثن(?:ين|ان)|اثنت(?:ين|ان)|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|ثمان|تسع|تسعه|عشر|عشره|(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)|نصف|ربع|ثلث)$/;
/** Words that put a number a word or two further on: ب<U+0640> أكثر من 12، ل<U+0640> حوالي 300. */
const APPROXIMATOR = /^(?:اكثر|اقل|حوالي|نحو|قرابه|زهاء|ما)$/;

/**
 * Does a number in words, an approximator with digits close after it, or a word holding a quote (و"ات": how
 * Tunisian news abbreviates its agency) come next, from `p` past spaces and bidi controls? A detached clitic stands
 * before these as before digits.
 */
function numberOrQuotedNext(text: string, p: number): boolean {
  while (p < text.length && (isSpace(text.charCodeAt(p)) || isBidiControl(text.charCodeAt(p)))) p++;
  let end = p;
  while (end < text.length && isArabicWordChar(text.charCodeAt(end))) end++;
  const word = foldLooseString(text.slice(p, end));
  if (word === '') return false;
  if (NUMBER_WORD.test(word)) return true;
  const c = end < text.length ? text.charCodeAt(end) : 0;
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab) return true; // و"ات"
  if (!APPROXIMATOR.test(word)) return false;
  // a digit within the next two words (أكثر من 12، ما يقارب 300، حوالي 40)
  let words = 0;
  for (let q = end; q < text.length && q < end + 24; q++) {
    const d = text.charCodeAt(q);
    if (isAnyDigit(d)) return true;
    if (isSpace(d)) {
      if (q > end && !isSpace(text.charCodeAt(q - 1)) && ++words > 2) return false;
    } else if (!isArabicWordChar(d) && !isBidiControl(d)) return false;
  }
  return false;
}

/** Legitimate uses of a tatweel at the end of a short word (or at its start, in a line in visual order). */
function isLegitimate(doc: Document, w: Word, allow: ReadonlySet<string>): boolean {
  const text = doc.text;
  const word = text.slice(w.start, w.end);
  if (allow.has(word)) return true;
  // (the letters class stops before U+0640, which lies inside U+0621–064A: `ب<U+0640><U+0640>` has the stem ب;
  // presentation forms are read as their letters: ﺍﻟ<U+0640> is ال<U+0640>)
  const m = /^([\u0621-\u063F\u0641-\u064A\uFB50-\uFDFF\uFE70-\uFEFC]+)\u0640+$/.exec(word);
  // a line in visual order writes ب<U+0640> as <U+0640>ب, the number before it: `0،6<U+0640><U+0640><U+0640>ب`, `10 <U+0640>ب`
  const v = m ? null : /^\u0640+([\u0621-\u063F\u0641-\u064A\uFB50-\uFDFF\uFE70-\uFEFC]+)$/.exec(word);
  if (v) {
    const stem = [...v[1].normalize('NFKC')].reverse().join('');
    return CLITIC.test(stem) && foreignNext(text, w.start - 1, -1);
  }
  if (!m) return unsignedCliticJoin(doc, word);
  const stem = m[1].normalize('NFKC');
  // Hijri year: digits, optional spaces, then ه<U+0640>
  if (stem === 'ه') {
    let p = w.start - 1;
    while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
    if (p >= 0 && isAnyDigit(text.charCodeAt(p))) return true;
  }
  if (CLITIC.test(stem)) return foreignNext(text, w.end, 1) || numberOrQuotedNext(text, w.end);
  // the article glued to the word before it (a missing space, another slip): `يفوقال<U+0640>15`
  return stem.length > 3 && stem.endsWith('ال') && isWord(stem.slice(0, -2)) && foreignNext(text, w.end, 1);
}

/**
 * A clitic set off from a name by tatweel — `ب<U+0640>أكودة`, `ل<U+0640>ميسي` — the one tatweel run of the
 * word, right after the clitic, before a word the lexicon does not know: newsrooms write it so before names. In text with no PDF
 * route's signs (text/damage.ts) it is deliberate; in an extracted document, justification puts tatweel
 * anywhere, there too, and it is flagged.
 */
function unsignedCliticJoin(doc: Document, word: string): boolean {
  const m = /^([\u0621-\u063F\u0641-\u064A]+)\u0640+([\u0621-\u063F\u0641-\u064A\u064B-\u065F]+)$/.exec(word);
  if (!m || !CLITIC.test(m[1]) || m[2].length < 2) return false;
  // before a word of the lexicon (ل<U+0640>بيع، ال<U+0640>قرض) the tatweel sets nothing off: a stretch
  if (isWord(m[2])) return false;
  // nor inside a word that reads whole (ك<U+0640>لمة → كلمة, و<U+0640>ردة → وردة): clitic-like first letters
  if (isWord(m[1] + m[2])) return false;
  return !doc.damage.any;
}

function tatweelEdits(text: string, s: number, e: number) {
  const edits = [];
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== TATWEEL) continue;
    let j = i;
    while (j < e && text.charCodeAt(j) === TATWEEL) j++;
    edits.push({ start: i, end: j, newText: '' });
    i = j;
  }
  return edits;
}

export const tatweel: Rule = defineRule({
  id: 'tatweel',
  title: { en: 'Stray tatweel', ar: 'تطويل زائد' },
  description: {
    en: 'Flags tatweel (kashida, U+0640) stretching a word, as left by PDF justification; legitimate uses (ه\u0640 after a year, ب\u0640 before a quote, Latin word or number) are kept.',
    ar: 'ينبّه إلى التطويل (الكشيدة U+0640) داخل الكلمات كما تخلّفه محاذاة ملفات PDF، ويستثني الاستعمالات المشروعة (ه\u0640 بعد السنة، ب\u0640 قبل علامة تنصيص أو كلمة لاتينية أو رقم).',
  },
  // The repaired view reads tatweel and kashida glyphs itself (view.ts: a glyph run is dropped with the controls
  // around it, between two letters); this rule's repair removes the glyphs only and would leave an empty
  // embedding that reads as a dropped number.
  repairsView: false,
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {
    kashidaGlyphs: {
      type: 'boolean',
      default: true,
      description: {
        en: 'Also flag the kashida glyphs some PDF extractors write inside words instead of tatweel (`!`, `%`, U+FFFD between two letters).',
        ar: 'التنبيه أيضًا إلى رموز الكشيدة التي تكتبها بعض أدوات الاستخراج داخل الكلمات بدل التطويل (! و% وU+FFFD بين حرفين).',
      },
    },
    allow: {
      type: 'string[]',
      default: [],
      description: {
        en: 'Words written with tatweel that are never flagged (e.g. an abbreviation your newsroom uses).',
        ar: 'كلمات مكتوبة بالتطويل لا يُنبَّه عليها (مثل اختصار تستعمله غرفة الأخبار).',
      },
    },
  },
  messages: {
    stray: {
      en: 'Stray tatweel in “{fixed}”: justification stretching does not belong in the text.',
      ar: 'تطويل زائد في «{fixed}»: مطّ المحاذاة لا مكان له في النص.',
    },
    removeTatweel: {
      en: 'Remove tatweel: “{fixed}”',
      ar: 'حذف التطويل: «{fixed}»',
    },
    kashidaGlyph: {
      en: 'Kashida glyph inside “{word}”: a justification stretch extracted as a symbol.',
      ar: 'رمز كشيدة داخل «{word}»: مطّ محاذاة استُخرج رمزًا.',
    },
    removeKashidaGlyph: {
      en: 'Remove the kashida glyph: “{word}”',
      ar: 'حذف رمز الكشيدة: «{word}»',
    },
  },
  check({ text, doc, options, message }) {
    const allow = new Set(options.allow);
    const out: RuleFinding[] = [];
    for (const w of wordsWithTatweel(text)) {
      if (!hasLetter(text, w.start, w.end)) continue; // a lone tatweel: tatweel-dash
      if (isLegitimate(doc, w, allow)) continue;
      const word = text.slice(w.start, w.end);
      const fixed = word.replace(/\u0640+/g, '');
      out.push({
        start: w.start,
        end: w.end,
        message: message('stray', { fixed }),
        fixes: [
          {
            title: message('removeTatweel', { fixed }),
            edits: tatweelEdits(text, w.start, w.end),
            preferred: true,
          },
        ],
      });
    }
    if (options.kashidaGlyphs !== false) kashidaGlyphs(text, message, out);
    return out;
  },
});

const isEmbeddingControl = (c: number) => c >= 0x202a && c <= 0x202e;

/**
 * Kashida glyphs: justification stretches that an extractor wrote as `!`, `%` or U+FFFD (sometimes
 * wrapped in LRE…PDF) between two letters of one word. Only the glyphs are removed; the letters and
 * any embedding controls (bidi-control's business) stay.
 */
function kashidaGlyphs(text: string, message: RuleContext['message'], out: RuleFinding[]): void {
  const n = text.length;
  // (from one glyph to the next: a native scan, text/scan.ts)
  for (let i = nextOf(KASHIDA_GLYPH_RE, text, 0); i >= 0 && i < n; i = nextOf(KASHIDA_GLYPH_RE, text, i + 1)) {
    let s = i;
    while (s > 0 && (isKashidaGlyph(text.charCodeAt(s - 1)) || isEmbeddingControl(text.charCodeAt(s - 1)))) s--;
    let e = i;
    while (e < n && (isKashidaGlyph(text.charCodeAt(e)) || isEmbeddingControl(text.charCodeAt(e)))) e++;
    i = e;
    if (s === 0 || e >= n || !isArabicWordChar(text.charCodeAt(s - 1)) || !isArabicWordChar(text.charCodeAt(e))) continue;
    const edits = [];
    for (let k = s; k < e; k++) {
      if (!isKashidaGlyph(text.charCodeAt(k))) continue;
      let j = k;
      while (j < e && isKashidaGlyph(text.charCodeAt(j))) j++;
      edits.push({ start: k, end: j, newText: '' });
      k = j;
    }
    let ws = s;
    while (ws > 0 && isArabicWordChar(text.charCodeAt(ws - 1))) ws--;
    let we = e;
    while (we < n && isArabicWordChar(text.charCodeAt(we))) we++;
    const word = (text.slice(ws, s) + text.slice(e, we)).replace(/\u0640+/g, '');
    out.push({
      start: s,
      end: e,
      message: message('kashidaGlyph', { word }),
      fixes: [{ title: message('removeKashidaGlyph', { word }), edits, preferred: true }],
    });
  }
}

export const tatweelDash: Rule = defineRule({
  id: 'tatweel-dash',
  title: { en: 'Tatweel used as a dash', ar: 'تطويل مستعمل شَرطةً' },
  description: {
    en: 'Flags a tatweel standing alone between words, used as a dash; a real dash (–) belongs there.',
    ar: 'ينبّه إلى تطويل منفرد بين الكلمات مستعمل شَرطةً، ومكانه الشَّرطة (–).',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    dash: {
      en: 'Tatweel used as a dash: use a real dash (–).',
      ar: 'تطويل مستعمل شَرطةً: استعمل الشَّرطة (–).',
    },
    replaceWithDash: {
      en: 'Replace with a dash (–)',
      ar: 'استبدال بشَرطة (–)',
    },
  },
  check({ text, message }) {
    const out: RuleFinding[] = [];
    const re = /\u0640+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
      const after = e < text.length ? text.charCodeAt(e) : 0x20;
      if (isArabicWordChar(before) || isArabicWordChar(after)) continue;
      out.push({
        start: s,
        end: e,
        message: message('dash'),
        fixes: [
          {
            title: message('replaceWithDash'),
            edits: [{ start: s, end: e, newText: '\u2013' }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
});
