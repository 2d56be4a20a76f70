/**
 * diacritic — harakat damaged by extraction or typing:
 *
 * 1. A haraka detached from its letter. PDF extractors (pdftotext on word-processor PDFs) insert a
 *    space at a mark glyph, and depending on the font put the mark after its letter (`تفسيرا ً`,
 *    `ع ُرفت` for `تفسيراً`, `عُرفت`) or before it (`ال ُمح ّبون`, `با ٍق`, `ع اد ًة` for `المُحبّون`,
 *    `باقٍ`, `عادةً`); a mark can also end up at a word start (`ُع رضت` for `عُرضت`). The rule decides
 *    which letter the mark belongs to:
 *    - nothing to carry it after it (space, punctuation, line end) → the letter before the space;
 *    - no letter before it (line start, after an opening bracket or quote, or after a space that
 *      follows no Arabic letter) → the letter after it;
 *    - tanwin before a letter that continues the word → the letter before (tanwin ends a word);
 *    - tanwin before a word-final letter other than alef/alef maksura → that letter (`با ٍق`);
 *    - otherwise (a mark between two letters, or tanwin before a final alef) it depends on the
 *      extractor, so the rule reads the document: marks seen stranded after a space with nothing
 *      after them say "after its letter", tanwin before a final letter and word-initial marks say
 *      "before its letter". So does the word itself where news tells (`lexicon/markPlace.ts`): a form
 *      news writes vocalised with the mark on one of the two letters (`تص ُّرف`: تصرّف), else, for a
 *      shadda, the letters around each of the two (a letter context mined from the shadda words of the
 *      unlabelled news' even half, one side three times likelier). The majority decides the preferred fix;
 *      on a tie (a draft with one such mark and no evidence) the fix that moves nothing is preferred: the
 *      inserted space goes and the mark stays where it was written (either fix removes the same space, so
 *      the letters come back right whichever letter the mark was typed on). A tanwin before a final alef
 *      goes after the alef unless the draft says "after its letter" (news writes اً five times as often
 *      as ًا). Letters that cannot carry the mark decide it and count as evidence: ا and ى carry no haraka
 *      and ة no shadda or sukun (`الخاص ّة`, `كا ُنت`), the article's lam no vowel or shadda (`ال ّشمس`,
 *      `ال ُمنتشرة`, after a proclitic too: `وال ّشمس`; not the relative pronouns), a word's first letter
 *      no shadda or sukun (`و ّقعت`).
 *    The fix removes the inserted space and moves the mark next to its letter; it never changes a
 *    letter. Two exceptions keep the space. Between two words of the lexicon that make none together
 *    with the mark glued to the second (`تونسي ُيدعى`: the damma of يُدعى set before its word's first
 *    letter; an extractor that sets a word-final mark after its letter leaves a space on both sides of
 *    it) the space is a word boundary: the mark goes to the second word's first letter, the space stays.
 *    And a mark before a one-letter chunk after a space
 *    (`ثم ُع رضت`) moves onto that letter and the space before it stays (it separates words; the
 *    split inside the word is the split-word rule's business) — unless the word before and that
 *    letter make a word of the lexicon (`رد ّه`: the space tore the word's last letter off). Only harakat, maddah, hamza above/below and superscript alef are treated; Quranic
 *    annotation marks (U+06D6–06ED), which legitimately stand after a space, are not.
 * 2. The same haraka twice on one letter (`بَّّ`) → remove the repetition.
 * 3. Shadda with sukun on one letter (`دّْ`) → remove the sukun (preferred) or the shadda.
 * 4. Harakat alone on a line of their own (PDFium and pdf.js emit a mark glyph as a text item of its own, which can
 *    land on a line apart): its letter cannot be known, so the line is removed (preferred) — the text reads as it
 *    would without that one haraka, and no letter changes.
 * 5. Harakat one letter early (Chrome's viewer, PDFium: `مكّلف` for `مكلّف`): when the document proves it
 *    (`../lexicon/earlyMarks`: marks where none can be, and none where an early extractor never leaves one), every
 *    word whose harakat all sit between its letters gets them moved one letter later; only marks move.
 *
 * Correct vocalised text (full tashkeel, Quranic-style text, tanwin before or after alef: `كتابًا`,
 * `كتاباً`) has every mark right after a letter or another mark and is never flagged.
 */
import { isArabicMark, isArabicWordChar, isLineBreak, isSpace, TATWEEL } from '../text/arabic';
import { isDetachableMark, isInvisibleControl, isMarkCarrier, isTanwin } from '../text/charclass';
import { earlyMarkEvidence, earlyProven } from '../lexicon/earlyMarks';
import { shaddaSide, writesMarkOn } from '../lexicon/markPlace';
import { isWord, MAX_FORM } from '../lexicon/index';
import { defineRule } from '../types';
import type { Edit, Fix, Locale, Rule, RuleContext, RuleFinding } from '../types';
import { t } from '../types';

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08CA-\u08E1\u08E3-\u08FF]+/g;

const SHADDA = 0x0651;
const SUKUN = 0x0652;
const DOTTED_CIRCLE = '\u25CC';

const MARK_NAMES: Record<number, { en: string; ar: string }> = {
  0x064b: { en: 'fathatan', ar: 'تنوين الفتح' },
  0x064c: { en: 'dammatan', ar: 'تنوين الضم' },
  0x064d: { en: 'kasratan', ar: 'تنوين الكسر' },
  0x064e: { en: 'fatha', ar: 'الفتحة' },
  0x064f: { en: 'damma', ar: 'الضمة' },
  0x0650: { en: 'kasra', ar: 'الكسرة' },
  0x0651: { en: 'shadda', ar: 'الشدة' },
  0x0652: { en: 'sukun', ar: 'السكون' },
  0x0653: { en: 'maddah', ar: 'المدة' },
  0x0654: { en: 'hamza above', ar: 'الهمزة العلوية' },
  0x0655: { en: 'hamza below', ar: 'الهمزة السفلية' },
  0x0670: { en: 'superscript alef', ar: 'الألف الخنجرية' },
};

function markNames(s: string, locale: Locale): string {
  const names: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const n = MARK_NAMES[s.charCodeAt(i)];
    if (n) names.push(t(locale, n));
  }
  return names.join(locale === 'ar' ? ' و' : ' + ');
}

function isOpeningPunct(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x22 || c === 0x27 || c === 0x2d;
}

/** Previous index skipping invisible controls (bounded), or -1. */
function prevVisible(text: string, i: number): number {
  let p = i - 1;
  let n = 0;
  while (p >= 0 && n < 8 && isInvisibleControl(text.charCodeAt(p))) {
    p--;
    n++;
  }
  return p;
}
function nextVisible(text: string, i: number): number {
  let p = i;
  let n = 0;
  while (p < text.length && n < 8 && isInvisibleControl(text.charCodeAt(p))) {
    p++;
    n++;
  }
  return p;
}

function isLetterLike(c: number): boolean {
  return isMarkCarrier(c) && c !== TATWEEL;
}

const enum Kind {
  /** attach to the letter before the space: delete the space */
  Before = 1,
  /** move after the next letter */
  After = 2,
  /** depends on the document's mode */
  Ambiguous = 3,
  /** tanwin before final alef: both valid; mode decides, default After (news writes اً five times as often as ًا) */
  TanwinAlef = 4,
  /** tanwin before a letter that continues a word: the tanwin ends the word before; the space stays after it */
  TanwinEnd = 5,
  /** fathatan and the alef it sits on moved across the word space (`منتج ًامن` for `منتجاً من`, PDFium) */
  TanwinAlefMoved = 6,
}

interface Detached {
  /** cluster */
  ms: number;
  me: number;
  /** inserted spaces [ss, se) before the cluster (empty when none) */
  ss: number;
  se: number;
  /** letter before (index) or -1 */
  a: number;
  /** letter after (index) or -1 */
  b: number;
  kind: Kind;
  /** moving the mark to the next letter keeps the space before it (a one-letter chunk: `ثم ُع رضت`) */
  keepSpace?: boolean;
  /** the space separates two words (`تونسي ُيدعى`): either fix moves the mark and keeps the space */
  twoWords?: boolean;
}

/** The tallies of the whole draft (Document.count): early-marks evidence, and marks set before or after their letter. */
const EARLY = 'diacritic.early';
const STRONG = 'diacritic.early.strong';
const WEAK = 'diacritic.early.weak';
const ON_TIME = 'diacritic.onTime';
const BEFORE = 'diacritic.before';
const AFTER = 'diacritic.after';

export const diacritic: Rule = defineRule({
  id: 'diacritic',
  title: { en: 'Damaged diacritics', ar: 'تشكيل تالف' },
  description: {
    en: 'Flags harakat detached from their letter by PDF extraction (a mark after a space, at a word start, or alone on a line), the same haraka twice on one letter, and shadda with sukun; fixes reattach the mark or remove the extra one.',
    ar: 'ينبّه إلى الحركات المنفصلة عن حروفها بسبب استخراج النص من PDF (حركة بعد مسافة أو في أول الكلمة أو وحدها في سطر)، وتكرار الحركة نفسها على حرف واحد، واجتماع الشدة والسكون؛ ويعيد الحركة إلى حرفها أو يحذف الزائد.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  // (the majority votes, early marks and the side marks are set on, are the whole draft's: tallies, Document.count/decide)
  reach: 'paragraph',
  options: {},
  messages: {
    removeSukun: {
      en: 'Remove the sukun: “{fixed}”',
      ar: 'حذف السكون: «{fixed}»',
    },
    removeShadda: {
      en: 'Remove the shadda: “{fixed}”',
      ar: 'حذف الشدة: «{fixed}»',
    },
    shaddaSukun: {
      en: 'Shadda with sukun on one letter in “{letter}”: a doubled letter cannot also be silent.',
      ar: 'شدة وسكون على حرف واحد في «{letter}»: الحرف المشدّد لا يكون ساكنًا.',
    },
    removeRepeated: {
      en: 'Remove the repeated mark: “{fixed}”',
      ar: 'حذف الحركة المكررة: «{fixed}»',
    },
    repeated: {
      en: 'The same diacritic twice on one letter in “{letter}” ({names}).',
      ar: 'الحركة نفسها مكررة على حرف واحد في «{letter}» ({names}).',
    },
    attachBefore: {
      en: 'Attach to the letter before: “{fixed}”',
      ar: 'وصلها بالحرف السابق: «{fixed}»',
    },
    attachAfter: {
      en: 'Attach to the letter after: “{fixed}”',
      ar: 'وصلها بالحرف اللاحق: «{fixed}»',
    },
    attachWordBefore: {
      en: 'Attach to the word before: “{fixed}”',
      ar: 'وصلها بالكلمة السابقة: «{fixed}»',
    },
    lone: {
      en: 'Diacritic “{shown}” ({names}) alone on its line, torn from its letter by PDF extraction: which letter it belongs to cannot be known.',
      ar: 'حركة «{shown}» ({names}) وحدها في سطر، فصلها استخراج النص من PDF عن حرفها: لا يُعرف الحرف الذي تعود إليه.',
    },
    removeLone: {
      en: 'Remove the line with the lone diacritic',
      ar: 'حذف السطر الذي فيه الحركة وحدها',
    },
    early: {
      en: 'Harakat one letter early in “{word}”: this text puts each mark on the letter before its own, as Chrome’s PDF viewer copies it.',
      ar: 'حركات متقدمة حرفًا في «{word}»: هذا النص يضع كل حركة على الحرف الذي قبل حرفها، كما ينسخه عارض PDF في كروم.',
    },
    moveLater: {
      en: 'Move the marks one letter later: “{fixed}”',
      ar: 'نقل الحركات حرفًا إلى الأمام: «{fixed}»',
    },
    detached: {
      en: 'Detached diacritic “{shown}” ({names}): separated from its letter, as PDF extraction leaves it.',
      ar: 'حركة منفصلة «{shown}» ({names}): انفصلت عن حرفها كما يحدث عند استخراج النص من PDF.',
    },
  },
  check({ text, doc, locale, message }) {
    const out: RuleFinding[] = [];
    const detached: Detached[] = [];
    let before = 0; // evidence: extractor puts marks before their letter
    let after = 0; // evidence: extractor puts marks after their letter (with a space)

    // harakat one letter early, when the document proves it (the whole draft's counts: Document.count/decide): those
    // words are this finding's, not the others'
    const evidence = earlyMarkEvidence(text);
    doc.count(EARLY, evidence.early);
    doc.count(STRONG, evidence.strong);
    doc.count(WEAK, evidence.weak);
    doc.count(ON_TIME, evidence.onTime);
    const proven = evidence.candidates > 0 && doc.decide((total) => earlyProven(total(EARLY), total(STRONG), total(WEAK), total(ON_TIME)));
    const early = proven ? evidence.words() : [];
    for (const w of early) {
      out.push({
        start: w.start,
        end: w.end,
        message: message('early', { word: text.slice(w.start, w.end) }),
        fixes: [{ title: message('moveLater', { fixed: w.newText }), edits: [{ start: w.start, end: w.end, newText: w.newText }], preferred: true }],
      });
    }
    let ei = 0;

    MARKS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARKS.exec(text))) {
      const ms = m.index;
      const me = ms + m[0].length;
      while (ei < early.length && early[ei].end <= ms) ei++;
      if (ei < early.length && early[ei].start <= ms) continue;
      const p = prevVisible(text, ms);
      const pc = p >= 0 ? text.charCodeAt(p) : -1;

      if (pc >= 0 && (isMarkCarrier(pc) || isArabicMark(pc))) {
        const f = clusterFinding(text, p, ms, me, locale, message);
        if (f) out.push(f);
        continue;
      }
      if (!isDetachableMark(text.charCodeAt(ms))) continue;

      // alone on its line (spaces aside): its letter cannot be known; the line goes
      const lone = loneLine(text, ms, me);
      if (lone) {
        const cluster = text.slice(ms, me);
        out.push({
          start: ms,
          end: me,
          message: message('lone', { shown: DOTTED_CIRCLE + cluster, names: markNames(cluster, locale) }),
          fixes: [{ title: message('removeLone'), edits: [lone], preferred: true }],
        });
        continue;
      }

      // what follows the cluster
      const n = nextVisible(text, me);
      const nextIsLetter = n < text.length && isLetterLike(text.charCodeAt(n));

      if (pc >= 0 && isSpace(pc)) {
        let ss = p;
        while (ss > 0 && p - ss < 3 && isSpace(text.charCodeAt(ss - 1))) ss--;
        const a = prevVisible(text, ss);
        const ac = a >= 0 ? text.charCodeAt(a) : -1;
        if (ac >= 0 && (isMarkCarrier(ac) || isArabicMark(ac))) {
          // case a: letter, space(s), mark
          if (!nextIsLetter) {
            after++;
            detached.push({ ms, me, ss, se: p + 1, a, b: -1, kind: Kind.Before });
            continue;
          }
          const bc = text.charCodeAt(n);
          let q = n + 1;
          while (q < text.length && isArabicMark(text.charCodeAt(q))) q++;
          const bFinal = q >= text.length || !isArabicWordChar(text.charCodeAt(q)) || text.charCodeAt(q) === TATWEEL;
          let kind: Kind;
          if (hasTanwin(text, ms, me)) {
            if (!bFinal && bc === 0x0627 && movedAlef(text, a, q, ms, me)) kind = Kind.TanwinAlefMoved;
            else if (!bFinal) kind = Kind.TanwinEnd;
            else if (bc === 0x0627 || bc === 0x0649) kind = Kind.TanwinAlef;
            else {
              kind = Kind.After;
              before++;
            }
          } else if (cannotCarry(bc, text, ms, me)) {
            kind = Kind.Before;
            after++;
          } else if (cannotCarry(ac, text, ms, me) || articleLam(text, a, n, ms, me) || firstLetterDouble(text, a, ms, me)) {
            kind = Kind.After;
            before++;
          } else kind = Kind.Ambiguous;
          const two = kind === Kind.Ambiguous && !bFinal && twoWords(text, a, n);
          if (two) {
            // two words with the mark glued to the second (`تونسي ُيدعى`): an extractor that sets marks after their
            // letter leaves a space on both sides of a word-final one (`حيث ُ تحبس`); glued to the next word's first
            // letter, the mark is that letter's, set before it
            kind = Kind.After;
            before++;
          } else if (kind === Kind.Ambiguous) {
            // the word as news writes it: the mark on the letter after the space (`تص ُّرف`: تصرّف) says "before its
            // letter", on the letter before it says "after"
            const ev = placeEvidence(text, a, n, ms, me);
            if (ev > 0) before++;
            else if (ev < 0) after++;
          }
          detached.push({ ms, me, ss, se: p + 1, a, b: n, kind, keepSpace: two || (kind === Kind.Ambiguous && bFinal && !joinsWord(text, a, n)), twoWords: two });
          continue;
        }
        // a space that follows no Arabic letter: a word boundary
        if (nextIsLetter) {
          before++;
          detached.push({ ms, me, ss: ms, se: ms, a: -1, b: n, kind: Kind.After });
        }
        continue;
      }
      if (pc < 0 || isLineBreak(pc) || isOpeningPunct(pc)) {
        if (nextIsLetter) {
          before++;
          detached.push({ ms, me, ss: ms, se: ms, a: -1, b: n, kind: Kind.After });
        }
      }
      // after a digit, a Latin letter or a symbol: not ours
    }

    // (the evidence of the marks set apart elsewhere counts too: the whole draft's majority)
    doc.count(BEFORE, before);
    doc.count(AFTER, after);
    const mode: Kind | 0 = detached.length === 0 ? 0 : doc.decide((total) => (total(BEFORE) > total(AFTER) ? Kind.After : total(AFTER) > total(BEFORE) ? Kind.Before : 0));
    for (const d of detached) out.push(detachedFinding(text, d, mode, locale, message));
    out.sort((x, y) => x.start - y.start);
    return out;
  },
});

/**
 * Can the letter c not carry the marks [ms, me) (no tanwin among them)? ا and ى carry no haraka, ة no shadda or
 * sukun. Before such a letter the marks are the letter before's (`الخاص ّة` for `الخاصّة`); after it, the letter
 * after's (`كا ُنت`) — whatever the extractor does elsewhere, and evidence of what it does.
 */
function cannotCarry(c: number, text: string, ms: number, me: number): boolean {
  if (c === 0x0627 || c === 0x0649) return true;
  if (c !== 0x0629) return false;
  for (let i = ms; i < me; i++) {
    const m = text.charCodeAt(i);
    if (m === SHADDA || m === SUKUN) return true;
  }
  return false;
}

/** The relative pronouns whose lam news writes with a shadda (`الّذي`, `الّتي`), the article's letters included. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي']);
/** The one-letter proclitics that can stand before the article (`وال`, `بال`, `فال`, `كال`). */
const isArticleProclitic = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0643;

/**
 * Is the letter at `a` the lam of the article (`ال` at a word's start or after one or two proclitics: `وال`, `فبال`) and
 * the marks [ms, me) anything but a sukun (`ال ّشمس` for `الشّمس`, `ال ُمنتشرة` for `المُنتشرة`)? The
 * article's lam is never doubled and carries no vowel: the marks are the letter's after the space (`b`). Not in the
 * relative pronouns, whose lam news writes doubled (`ال ّذي`: الّذي).
 */
function articleLam(text: string, a: number, b: number, ms: number, me: number): boolean {
  if (text.charCodeAt(a) !== 0x0644 || a < 1) return false;
  if (text.charCodeAt(a - 1) !== 0x0627) return false;
  let p = a - 2;
  for (let k = 0; k < 2 && p >= 0 && isArticleProclitic(text.charCodeAt(p)); k++) p--;
  if (p >= 0 && isArabicWordChar(text.charCodeAt(p))) return false;
  let vowel = false;
  for (let i = ms; i < me; i++) if (text.charCodeAt(i) !== SUKUN) vowel = true;
  if (!vowel) return false;
  // the word after the article (its letters, marks left out; bounded): two letters at least (`ال ّي` is no article)
  // and not a relative pronoun's
  let w = 'ال';
  for (let i = b; i < text.length && w.length < 9; i++) {
    const c = text.charCodeAt(i);
    if (isArabicMark(c)) continue;
    if (!isArabicWordChar(c)) break;
    w += text[i];
  }
  return w.length >= 4 && !RELATIVES.has(w);
}

/**
 * Is the letter at `a` a word's first letter (a chunk of one letter: `و ّقعت`, `خ ّير`) and the marks [ms, me) a shadda
 * or a sukun? No word opens with a doubled or a silent letter: the marks are the next letter's.
 */
function firstLetterDouble(text: string, a: number, ms: number, me: number): boolean {
  if (a > 0 && isArabicWordChar(text.charCodeAt(a - 1))) return false;
  for (let i = ms; i < me; i++) {
    const c = text.charCodeAt(i);
    if (c === SHADDA || c === SUKUN) return true;
  }
  return false;
}

/**
 * Does the word ending at `a` with the one letter at `b` after it make a word of the lexicon (`الخاص ّة`, `رد ّه`:
 * the space split the word's last letter off)? Then the mark's space goes too. When it does not (`ثم ُع رضت`), the
 * letter starts the next chunk of a split word and the space before it stays. The scan back is bounded.
 */
function joinsWord(text: string, a: number, b: number): boolean {
  return isWord(text.slice(wordStart(text, a), a + 1) + text[b]);
}

/** Where the word whose last character is at `a` starts (bounded scan back). */
function wordStart(text: string, a: number): number {
  let ws = a;
  while (ws > 0 && a - ws < MAX_FORM && isArabicWordChar(text.charCodeAt(ws - 1))) ws--;
  return ws;
}

/**
 * Are the word ending at `a` and the one starting at `b` two words of the lexicon that make none together
 * (`تونسي ُيدعى`: the damma of يُدعى set before its word's first letter)? Then the space between them is a word
 * boundary, not one the extractor inserted. The scans are bounded.
 */
function twoWords(text: string, a: number, b: number): boolean {
  const ws = wordStart(text, a);
  let we = b;
  while (we < text.length && we - b < MAX_FORM && isArabicWordChar(text.charCodeAt(we))) we++;
  const left = text.slice(ws, a + 1);
  const right = text.slice(b, we);
  return left.length >= 2 && right.length >= 2 && isWord(left) && isWord(right) && !isWord(left + right);
}

/**
 * Which letter does news write the marks [ms, me) on, in the word the space between the letters at `a` and `b` cut
 * (`تص ُّرف`)? 1: the letter at `b` (the extractor set the mark before its letter), -1: the letter at `a`, 0: neither
 * or both, as `lexicon/markPlace.ts` reads the forms news writes. The word reaches across other marks set off the
 * same way (`ال ُمح ّبون`); its other marks are left out. The scans are bounded.
 */
function placeEvidence(text: string, a: number, b: number, ms: number, me: number): number {
  let ws = a;
  for (;;) {
    while (ws > 0 && a - ws < MAX_FORM && isArabicWordChar(text.charCodeAt(ws - 1))) ws--;
    // another mark set off before its letter: `ال ُمح` — the word goes on before the space
    let s = ws;
    while (s > 0 && ws - s < 2 && isSpace(text.charCodeAt(s - 1)) && !isLineBreak(text.charCodeAt(s - 1))) s--;
    if (s === ws || s === 0 || !isArabicMark(text.charCodeAt(ws)) || !isLetterLike(text.charCodeAt(s - 1)) || a - s >= MAX_FORM) break;
    ws = s;
  }
  let we = b;
  for (;;) {
    while (we < text.length && we - b < MAX_FORM && isArabicWordChar(text.charCodeAt(we))) we++;
    let s = we;
    while (s < text.length && s - we < 2 && isSpace(text.charCodeAt(s)) && !isLineBreak(text.charCodeAt(s))) s++;
    if (s === we || s >= text.length || !isArabicMark(text.charCodeAt(s)) || s - b >= MAX_FORM) break;
    let q = s;
    while (q < text.length && isArabicMark(text.charCodeAt(q))) q++;
    if (q >= text.length || !isLetterLike(text.charCodeAt(q))) break;
    we = s;
  }
  let letters = '';
  let ia = -1;
  let ib = -1;
  for (let i = ws; i < we; i++) {
    if (i >= ms && i < me) continue;
    const c = text.charCodeAt(i);
    if (!isLetterLike(c)) continue;
    if (i === a) ia = letters.length;
    if (i === b) ib = letters.length;
    letters += text[i];
  }
  if (ia < 0 || ib < 0 || letters.length < 2) return 0;
  const marks = text.slice(ms, me);
  const onB = writesMarkOn(letters, ib, marks);
  const onA = writesMarkOn(letters, ia, marks);
  if (onB !== onA) return onB ? 1 : -1;
  // a word news does not write vocalised: where its shadda goes by the letters around it
  return !onA && marks.includes('\u0651') ? shaddaSide(letters, ia, ib) : 0;
}

/**
 * Fathatan before an alef that opens the rest of a word (`منتج ًامن`): did the pair `اً` of the word before move across
 * the word space, as PDFium copies it? Yes when the word before with an alef is a word of the lexicon (منتجا) and so is
 * what follows the alef (من, from `q`), and the marks [ms, me) are fathatan alone. Bounded scans.
 */
function movedAlef(text: string, a: number, q: number, ms: number, me: number): boolean {
  if (me - ms !== 1 || text.charCodeAt(ms) !== 0x064b) return false;
  let e = q;
  while (e < text.length && e - q < MAX_FORM && isArabicWordChar(text.charCodeAt(e))) e++;
  const rest = text.slice(q, e);
  const left = text.slice(wordStart(text, a), a + 1);
  return left.length >= 2 && rest.length >= 2 && isWord(left + '\u0627') && isWord(rest);
}

/** What may stand beside the marks on a line of their own: spaces (a line with anything else is not removed). */
const isBlank = (c: number): boolean => c === 0x20 || c === 0xa0;

/**
 * When the marks [ms, me) stand alone on their line (nothing else but spaces), the edit that
 * removes the line with one of its breaks (the one after it; for the last line, the one before it), else null.
 * Bounded: the scans stop at the first other character.
 */
function loneLine(text: string, ms: number, me: number): Edit | null {
  let ls = ms;
  while (ls > 0 && isBlank(text.charCodeAt(ls - 1))) ls--;
  if (ls > 0 && !isLineBreak(text.charCodeAt(ls - 1))) return null;
  let le = me;
  while (le < text.length && isBlank(text.charCodeAt(le))) le++;
  if (le < text.length && !isLineBreak(text.charCodeAt(le))) return null;
  if (le < text.length) {
    const br = text.charCodeAt(le) === 0x0d && text.charCodeAt(le + 1) === 0x0a ? 2 : 1;
    return { start: ls, end: le + br, newText: '' };
  }
  if (ls === 0) return { start: 0, end: le, newText: '' };
  const br = ls >= 2 && text.charCodeAt(ls - 2) === 0x0d && text.charCodeAt(ls - 1) === 0x0a ? 2 : 1;
  // (the last line, after an empty one: it goes alone, the empty line's break stays — the edit stays in its paragraph,
  // which is checked alone as it is in the whole draft: core/incremental.ts)
  if (ls - br === 0 || isLineBreak(text.charCodeAt(ls - br - 1))) return { start: ls, end: le, newText: '' };
  return { start: ls - br, end: le, newText: '' };
}

function hasTanwin(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isTanwin(text.charCodeAt(i))) return true;
  return false;
}

/** Duplicate harakat and shadda + sukun in the marks [ms, me) of the letter at `carrier` (or its earlier marks). */
function clusterFinding(text: string, carrier: number, ms: number, me: number, locale: Locale, message: RuleContext['message']): RuleFinding | null {
  if (me - ms < 2) return null;
  let seen = 0;
  const dups: number[] = [];
  let shadda = -1;
  let sukun = -1;
  for (let i = ms; i < me; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x064b || c > 0x0652) continue;
    const bit = 1 << (c - 0x064b);
    if (seen & bit) {
      dups.push(i);
      continue;
    }
    seen |= bit;
    if (c === SHADDA) shadda = i;
    if (c === SUKUN) sukun = i;
  }
  const both = shadda >= 0 && sukun >= 0;
  if (dups.length === 0 && !both) return null;
  // the carrier letter: step back over marks
  let start = carrier;
  while (start > 0 && isArabicMark(text.charCodeAt(start))) start--;
  const del = (idx: number[]): Edit[] => idx.sort((x, y) => x - y).map((i) => ({ start: i, end: i + 1, newText: '' }));
  const preview = (idx: number[]) => {
    const set = new Set(idx);
    let s = '';
    for (let i = start; i < me; i++) if (!set.has(i)) s += text[i];
    return s;
  };
  const fixes: Fix[] = [];
  let text2: string;
  if (both) {
    const a = [...dups, sukun];
    const b = [...dups, shadda];
    fixes.push({ title: message('removeSukun', { fixed: preview(a) }), edits: del(a), preferred: true });
    fixes.push({ title: message('removeShadda', { fixed: preview(b) }), edits: del(b) });
    text2 = message('shaddaSukun', { letter: text.slice(start, me) });
  } else {
    const names = markNames(dups.map((i) => text[i]).join(''), locale);
    fixes.push({
      title: message('removeRepeated', { fixed: preview(dups) }),
      edits: del(dups),
      preferred: true,
    });
    text2 = message('repeated', { letter: text.slice(start, me), names });
  }
  return { start, end: me, message: text2, fixes };
}

function detachedFinding(text: string, d: Detached, mode: Kind | 0, locale: Locale, message: RuleContext['message']): RuleFinding {
  const cluster = text.slice(d.ms, d.me);
  // (two words: the mark goes to the end of the word before, the space stays)
  const toBefore: Edit[] = d.twoWords
    ? [
        { start: d.ss, end: d.ss, newText: cluster },
        { start: d.ms, end: d.me, newText: '' },
      ]
    : [{ start: d.ss, end: d.se, newText: '' }];
  const toAfter: Edit[] = [
    { start: d.keepSpace ? d.ms : d.ss, end: d.me, newText: '' },
    { start: d.b + 1, end: d.b + 1, newText: cluster },
  ];
  // the words around, for previews
  let ws = d.a >= 0 ? d.a : d.ms;
  while (ws > 0 && isArabicWordChar(text.charCodeAt(ws - 1))) ws--;
  let we = d.b >= 0 ? d.b + 1 : d.me;
  while (we < text.length && isArabicWordChar(text.charCodeAt(we))) we++;
  const preview = (edits: Edit[]) => {
    let s = '';
    let pos = ws;
    for (const e of edits) {
      s += text.slice(pos, e.start) + e.newText;
      pos = e.end;
    }
    return s + text.slice(pos, we);
  };
  const toEnd: Edit[] = [
    { start: d.ss, end: d.ss, newText: cluster },
    { start: d.ms, end: d.me, newText: '' },
  ];
  const beforeFix = (preferred: boolean): Fix => ({
    title: message('attachBefore', { fixed: preview(toBefore) }),
    edits: toBefore,
    ...(preferred ? { preferred } : {}),
  });
  const afterFix = (preferred: boolean): Fix => ({
    title: message('attachAfter', { fixed: preview(toAfter) }),
    edits: toAfter,
    ...(preferred ? { preferred } : {}),
  });
  let fixes: Fix[];
  switch (d.kind) {
    case Kind.TanwinAlefMoved: {
      // (the alef and its fathatan go back to the word before, the space after them: اً as news writes it)
      const moved: Edit[] = [{ start: d.ss, end: d.b + 1, newText: '\u0627' + cluster + ' ' }];
      fixes = [
        { title: message('attachWordBefore', { fixed: preview(moved) }), edits: moved, preferred: true },
        { title: message('attachWordBefore', { fixed: preview(toEnd) }), edits: toEnd },
      ];
      break;
    }
    case Kind.TanwinEnd:
      fixes = [
        {
          title: message('attachWordBefore', { fixed: preview(toEnd) }),
          edits: toEnd,
          preferred: true,
        },
      ];
      break;
    case Kind.Before:
      fixes = d.b >= 0 ? [beforeFix(true), afterFix(false)] : [beforeFix(true)];
      break;
    case Kind.After:
      fixes = d.a >= 0 ? [afterFix(true), beforeFix(false)] : [afterFix(true)];
      break;
    case Kind.TanwinAlef:
      // (news writes tanwin after a final alef five times as often as before it: اً 1,048, ًا 208 in the unlabelled
      // articles; so does an extractor that sets marks before their letter, as most do)
      fixes = mode === Kind.Before ? [beforeFix(true), afterFix(false)] : [afterFix(true), beforeFix(false)];
      break;
    default:
      // (a tie: the fix that moves nothing — only the inserted space goes, the mark stays where it was written — unless
      // that would glue a word onto a one-letter chunk, `ثم ُع رضت`, whose other fix keeps the word space)
      fixes =
        mode === Kind.After || (mode === 0 && d.keepSpace && !d.twoWords) ? [afterFix(true), beforeFix(false)] : [beforeFix(true), afterFix(false)];
  }
  const shown = DOTTED_CIRCLE + cluster;
  return {
    start: d.a >= 0 ? d.a : d.ms,
    end: d.b >= 0 ? d.b + 1 : d.me,
    message: message('detached', { shown, names: markNames(cluster, locale) }),
    fixes,
  };
}
