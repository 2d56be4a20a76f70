/**
 * missing-numeral — a number that is not there: `في  دول` (في 5 دول), `عام ،` (عام 2016،),
 * `بنسبة %`, `حوالي شخصا`, `يوم الأحد جويلية`, or the empty left-to-right embedding
 * `\u202A \u202C` that pdftotext leaves where it had wrapped digits (arabic-defects.md §3).
 *
 * Precision first: a gap is reported only with evidence on top of its shape. A double space alone
 * is no evidence (justified PDF lines are full of them); it needs a counted noun, unit or month
 * after it, or a year word, month, approximator or preposition before it. A single space needs
 * a construction that is ungrammatical without a number: an approximator or a preposition before
 * an accusative counted noun (`حوالي شخصا`), a weekday right before a month, `بالمائة` or `%` after
 * a word that is not a number, a preposition before punctuation (`إلى .`), `في عام ،`,
 * `عدد لسنة`, `بين و2016`.
 *
 * Evidence mined from correct news (context.data.ts, scripts/build-numeral-context.mjs): how
 * often a number follows a word and precedes the next. In a single-spaced draft a double space between two
 * words is itself a sign, and the mined context decides it (noisy-or ≥ SLOT_SINGLE_SPACED for words the lists
 * do not know, ≥ SLOT_KNOWN for words they know); a space before punctuation after a word that a number follows
 * in most of its uses (≥ SLOT_BEFORE_PUNCT) is one too, and so is a double space between two words that correct news
 * writes with a number between them at least as often as not (pairShare ≥ PAIR_SHARE). In justified text (over 10 %
 * of its gaps double), a double space says nothing and is judged as a single one, unless the pair is near certain
 * (≥ PAIR_SHARE_JUSTIFIED).
 *
 * The rule reads the repaired view (core/view.ts, `view: 'repaired'`): controls, tatweel and kashida glyphs dropped
 * (an empty LTR embedding kept: it is evidence), presentation forms read as letters, lines in visual order
 * (character-reversed, as mutool/pdfminer extract RTL PDFs) read backwards; the engine maps the gap back to its
 * point in the text. A visual-order line the shared test leaves alone is still caught by the rule's own vote (frequent
 * words and the article ال read forwards and backwards) and read backwards. On a line in visual order the finding has
 * no placeholder edit (it would read backwards once the line is repaired; the view drops such an insertion, and the
 * rule does not write one either): reversed-line repairs the line, then the placeholder lands at the gap.
 *
 * The finding is a zero-width range at the gap. Fixes (neither is preferred: fix-all never invents
 * a number nor inserts markers):
 *  1. insert a placeholder snippet `${1:رقم}` at the gap (`[رقم؟]` where snippets are unsupported);
 *  2. mark as intended: the `tadqiq.markReviewed` command with a key built from the words around
 *     the gap (`reviewKey`); the rule stays quiet on reviewed keys (RuleContext.reviewed).
 *
 * Performance: one pass over the text with a character-class table; words are hashed while they
 * are scanned (folded code units) and looked up in an integer-keyed map of lexicon flags, verified
 * by comparing the folded units, so no string is built for ordinary words. Lexicons:
 * lexicons.data.ts (flags in lexicon.ts).
 */
import { numberBeforePunctOdds, PUNCT_BETWEEN_ODDS } from './between';
import { defineRule } from '../../types';
import type { Finding, Rule } from '../../types';
import { LineScanner } from './evidence';
import { COUNT_HEAD, LONE_CLITIC, RANK_NOUN_NOEND } from './shapes';
import { contextForm } from './slot';
import { eventBefore } from './events';
import { B_PREP, B_YEARINTRO, lexiconFlags } from './lexicon';
import { isClosingPunct, isWordUnit } from './line';
import { CLITIC_RATIO, numberRatio, numberShare, SLOT_BEFORE_PUNCT, SLOT_BEFORE_PUNCT_FEW, SLOT_BEFORE_PUNCT_GLUED, WAW_RATIO } from './context';
import { MESSAGES, RULE_ID } from './findings';

export { numberShare, slotScore } from './context';
export { PLACEHOLDER_PLAIN, PLACEHOLDER_SNIPPET, REVIEW_COMMAND, reviewKey, RULE_ID } from './findings';


/**
 * How the draft sets its closing punctuation (، . ؛ : ! ?) after a word: glued to it (the norm) or after a space (a
 * house style of some Maghreb newsrooms). In a draft that glues at least 90 % of it (of 5 or more marks), a space before
 * punctuation is rare and says more: a word a number follows in 30 % of its uses is enough (بحلول عام ،، سنة .);
 * in one that spaces it, or with too few marks to tell, three quarters — but half in a draft of fewer than 5 marks that
 * glues them all (a one-sentence draft: helpers.ts punctBar, for a month or year word only). Counted per text (additive: the incremental
 * checker sums its chunks' counts), decided on the whole draft's totals.
 */
function punctuationCounts(text: string): [glued: number, spaced: number] {
  let glued = 0;
  let spaced = 0;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isClosingPunct(c) || c === 0x22 || c === 0x27) continue;
    if (isWordUnit(text.charCodeAt(i - 1))) glued++;
    else if (text.charCodeAt(i - 1) === 0x20 && i >= 2 && isWordUnit(text.charCodeAt(i - 2))) {
      // (not after a word a number follows in many of its uses, سنة ، فيفري .: that space may be the trace of a number
      // that went, and a draft that lost a few must not look as if it spaced its punctuation)
      let k = i - 2;
      while (k > 0 && isWordUnit(text.charCodeAt(k - 1))) k--;
      // (nor after a noun of rank that never ends a phrase without its number: احتل المرتبة ،; nor after a word the
      // word pairs of correct news read far better before a number and the mark than before the mark: في صيف ،)
      // (nor after a word that introduces a year, without the article: في شتاء .; nor after the word عدد or حصيلة counts:
      // بلغ عدد الضحايا ،)
      const w = text.slice(k, i - 1);
      const wb = lexiconFlags(w)[1];
      // (session 14: or two or three words before, the head of a construct, بلغ عدد أعضاء المجلس .)
      let counted = false;
      for (let back = 0, h = k; back < 3 && !counted; back++) {
        let e = h;
        while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
        if (e === h) break;
        let g = e;
        while (g > 0 && isWordUnit(text.charCodeAt(g - 1)) && e - g <= 8) g--;
        if (g === e) break;
        counted = COUNT_HEAD.test(contextForm(text.slice(g, e)));
        h = g;
      }
      // (session 15: nor after an event's noun or name, بكأس العرب .: events.ts; its words one space apart)
      const words = [contextForm(w)];
      for (let h = k; words.length < 4 && h > 1 && text.charCodeAt(h - 1) === 0x20 && isWordUnit(text.charCodeAt(h - 2)); ) {
        let g = h - 1;
        while (g > 0 && isWordUnit(text.charCodeAt(g - 1))) g--;
        words.push(contextForm(text.slice(g, h - 1)));
        h = g;
      }
      // (nor after العام that منذ, بحلول or حتى governs: منذ العام .)
      const event = eventBefore(words);
      if ((event && (event !== 2 || c !== 0x2e)) || (words[0] === '\u0627\u0644\u0639\u0627\u0645' && words.length > 1 && /^[\u0648\u0641]?(?:\u0645\u0646\u0630|\u0628\u062d\u0644\u0648\u0644|\u062d\u062a\u064a)$/.test(words[1]))) continue;
      if (numberShare(w, 1) < SLOT_BEFORE_PUNCT_GLUED && !RANK_NOUN_NOEND.test(contextForm(w)) && numberBeforePunctOdds(w, c) < PUNCT_BETWEEN_ODDS && !(wb & B_YEARINTRO && !(wb & B_PREP)) && !counted) spaced++;
    }
  }
  return [glued, spaced];
}

/**
 * How many double spaces between two Arabic words the text has (exactly two spaces: a stretched or aligned run is
 * something else) and how many Arabic words (session 16). In a draft that otherwise uses single spaces a double space
 * between two words is itself a sign that something was dropped there (issue 11): the draft-level decision loneDoubles
 * below. Counted per text (additive), decided on the whole draft's totals.
 */
function doubleSpaces(text: string): [doubles: number, words: number] {
  let doubles = 0;
  let words = 0;
  const re = /[\u0621-\u064a]+(  (?=[\u0621-\u064a]))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    words++;
    if (m[1] !== undefined) doubles++;
  }
  return [doubles, words];
}

/** Are the draft's double spaces between words lone (at most one, or one in LONE_DOUBLE_WORDS words or fewer)? */
export const LONE_DOUBLE_WORDS = 100;
function loneDoubleSpaces(doubles: number, words: number): boolean {
  return doubles <= 1 || doubles * LONE_DOUBLE_WORDS <= words;
}

/** Does the draft space its punctuation as a house style (of 5 marks or more, over 10 % after a space)? */
function punctuationSpaced(glued: number, spaced: number): boolean {
  // (a draft too short to tell: as many of its marks spaced as glued, قضى سنة ، ثم عاد .)
  return glued + spaced >= 5 ? spaced * 10 > glued + spaced : spaced > 0 && spaced >= glued;
}

/** The share of "a number follows" a word needs for `word ،` to be a gap, by the draft's punctuation counts. */
function punctuationBar(glued: number, spaced: number): number {
  if (glued + spaced >= 5) return spaced * 10 <= glued + spaced ? SLOT_BEFORE_PUNCT_GLUED : SLOT_BEFORE_PUNCT;
  // (a short draft that glues every mark it has, the traces aside: half way, تأسس الحزب في شهر مارس ، وفق بيانه.)
  return glued > 0 && spaced === 0 ? SLOT_BEFORE_PUNCT_FEW : SLOT_BEFORE_PUNCT;
}

/**
 * How many lone proclitics (ل، ب، ك، ال… standing alone before a word, without tatweel) the text has, counted up to 3:
 * at most two in the whole draft and each one says something (a slip, or a number that went: ل2000 سنة); a PDF
 * extraction that tears words leaves them by the dozen.
 */
/** How many words glued to the conjunction و the text has (وقال، والتقى…), counted up to 3: a draft with none writes
 *  too little to tell whether it glues its و. */
function gluedWaw(text: string): number {
  let count = 0;
  const re = /(?:^|[\s(])\u0648[\u0621-\u064a]{3,}/g;
  while (count < 3 && re.exec(text)) count++;
  return count;
}

function loneClitics(text: string): [clitics: number, waw: number] {
  let count = 0;
  let waw = 0;
  const re = /(?:^|[\s(])([\u0621-\u064a]{1,4}) (?=([\u0621-\u064a][\u0621-\u064a\u0640\u064b-\u065f]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // (not one before a noun a number counts: that one may be the trace of a number that went, ل سنة، و قنوات, and
    // must not make the others look like a house style)
    if (m[1] === '\u0648') {
      if (waw <= 2 && numberRatio(m[2], 2) < WAW_RATIO) waw++;
    } else if (count <= 2 && LONE_CLITIC.test(m[1]) && numberRatio(m[2], 2) < CLITIC_RATIO) count++;
    if (count > 2 && waw > 2) break;
    re.lastIndex = m.index + m[0].length;
  }
  return [count, waw];
}

/** How many lines end in a space after a word or punctuation (`بالسجن ⏎`), counted up to 3: at most two in the whole
 *  draft and each one may be the trace of a number that went at the line's end; a draft that wraps with spaces has
 *  them by the dozen. */
function trailingLines(text: string): number {
  let count = 0;
  const re = /[^\s] +(?:\r?\n|$)/g;
  while (count < 3 && re.exec(text)) count++;
  return count;
}

/** How many lines start with one or two spaces before a word (` هجرية، وبعدها`), counted up to 3: at most two in the
 *  whole draft and each one may be the trace of a number that went at the line's start; a draft that indents its lines
 *  has them by the dozen. */
function leadingLines(text: string): number {
  let count = 0;
  const re = /(?:^|\n)[\u200e\u200f\u202a-\u202e\u2066-\u2069]* {1,2}[\u0621-\u064a]/g;
  while (count < 3 && re.exec(text)) count++;
  return count;
}

export const missingNumeral: Rule = defineRule({
  id: RULE_ID,
  title: { en: 'Missing number', ar: 'رقم ناقص' },
  description: {
    en: 'Finds places where a number dropped out of the text (PDF extraction, font fallback): a gap before a counted noun, unit or month, after a year word, an empty left-to-right embedding, “بنسبة %”. Offers a placeholder to type the number; never invents one.',
    ar: 'يكشف المواضع التي سقط منها رقم (استخراج من PDF أو خط بديل): فراغ قبل معدود أو وحدة أو شهر، أو بعد «عام/سنة»، أو تضمين فارغ من اليسار إلى اليمين، أو «بنسبة %». يقترح موضعًا لكتابة الرقم ولا يخترع رقمًا أبدًا.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  // (neighbours: a gap at a line's edge looks at the nearest line facing it, across blank lines, for the number:
  // ` ، وطالب` after `سنة 2011`)
  reach: 'neighbours',
  neverPreferred: true,
  view: 'repaired',
  options: {},
  messages: MESSAGES,
  check({ text, doc, locale, severity, reviewed }) {
    const out: Finding[] = [];
    // in justified text (text/spacing.ts: over 10 % of the gaps double; the whole draft's answer when the engine checks
    // one chunk of it) a double space says little. How the draft sets its punctuation and how many lone clitics it
    // has are the whole draft's too: this text's counts go into its tallies, the decisions are taken on their totals
    // (Document.count/decide; the incremental checker sums the chunks' parts).
    const [glued, spaced] = punctuationCounts(text);
    doc.count('missing-numeral.punct-glued', glued);
    doc.count('missing-numeral.punct-spaced', spaced);
    const [clitics, waw] = loneClitics(text);
    doc.count('missing-numeral.lone-clitics', clitics);
    doc.count('missing-numeral.lone-waw', waw);
    doc.count('missing-numeral.glued-waw', gluedWaw(text));
    doc.count('missing-numeral.trailing', trailingLines(text));
    doc.count('missing-numeral.leading', leadingLines(text));
    const [doubles, words] = doubleSpaces(text);
    doc.count('missing-numeral.doubles', doubles);
    doc.count('missing-numeral.words', words);
    // (each decided once, and only when a gap depends on it: a chunk no gap of which does, does not depend on the totals)
    let bar: number | undefined;
    let rare: boolean | undefined;
    let wawRare: boolean | undefined;
    const beforePunct = () => (bar ??= doc.decide((total) => punctuationBar(total('missing-numeral.punct-glued'), total('missing-numeral.punct-spaced'))));
    const cliticsRare = () => (rare ??= doc.decide((total) => total('missing-numeral.lone-clitics') <= 2));
    let spacedStyle: boolean | undefined;
    const punctSpaced = () => (spacedStyle ??= doc.decide((total) => punctuationSpaced(total('missing-numeral.punct-glued'), total('missing-numeral.punct-spaced'))));
    const wawIsRare = () => (wawRare ??= doc.decide((total) => total('missing-numeral.lone-waw') <= 2 && total('missing-numeral.glued-waw') >= 3));
    let trailRare: boolean | undefined;
    const trailingRare = () => (trailRare ??= doc.decide((total) => total('missing-numeral.trailing') <= 2));
    let leadRare: boolean | undefined;
    const leadingRare = () => (leadRare ??= doc.decide((total) => total('missing-numeral.leading') <= 2));
    let bare: boolean | undefined;
    const bareMarks = () => (bare ??= doc.decide((total) => total('missing-numeral.punct-glued') === 0 && total('missing-numeral.punct-spaced') === 0));
    // (session 16: a lone و is no house style where the draft has at most two and glues its و or its punctuation — a
    // one-sentence draft has too few و to tell, and a spaced full stop is then the sign of a draft that spaces, حجز 40 كلغ
    // من الكوكايين و أسلحة متنوعة .)
    let wawNoStyle: boolean | undefined;
    const wawUnstyled = () => (wawNoStyle ??= wawIsRare() || (doc.decide((total) => total('missing-numeral.lone-waw') <= 2) && !punctSpaced()));
    // (session 16: the draft's double spaces between words are lone; never in justified or double-spaced text)
    let lone: boolean | undefined;
    const loneDoubles = () => (lone ??= doc.singleSpaced && !doc.doubleSpaced && doc.decide((total) => loneDoubleSpaces(total('missing-numeral.doubles'), total('missing-numeral.words'))));
    const scanner = new LineScanner(text, locale, severity, reviewed, out, !doc.singleSpaced, beforePunct, cliticsRare, wawIsRare, punctSpaced, trailingRare, (step) => doc.beyond(step), leadingRare, bareMarks, wawUnstyled, loneDoubles);
    const n = text.length;
    let lineStart = 0;
    for (;;) {
      scanner.startLine();
      const lineEnd = scanner.tokenize(lineStart);
      scanner.analyse();
      if (lineEnd >= n) break;
      lineStart = lineEnd + 1;
    }
    return out;
  },
});
