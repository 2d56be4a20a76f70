/** missing-numeral: how much better two words read with a number between them than side by side, by the word pairs of
 *  correct news (lexicon/pairs.ts, mined apart from this rule's own tables). */
import { foldKey } from '../../lexicon/fold';
import { pairHash, pairScore, storedCount } from '../../lexicon/pairs';

/**
 * The log-odds of `a # b` against `a b` under the pair statistics of correct news: pmi(a, #) + pmi(#, b) − pmi(a, b)
 * (a bigram model's log P(# | a) + log P(b | #) − log P(b | a), less the constant log P(#), which a threshold
 * absorbs). A pair the table reads badly side by side and well around a number scores high (إلى  حالة، فتح  مراكز);
 * one it reads well side by side scores low (من  الفنانين). 0 where a word has no key.
 */
export function numberBetweenOdds(a: string, b: string): number {
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (ka === null || kb === null) return 0;
  return pairScore(ka, '#') + pairScore('#', kb) - pairScore(ka, kb);
}

/**
 * The bar of the summed log-odds, slot model (context.ts slotOdds) plus numberBetweenOdds, for a double space the slot
 * model alone leaves below its own bar (SLOT_ODDS, -1.5). Tuned on the even half with `--typos 0.01` and the tuning
 * halves of test/numerals-2…5 (session 10): -1.5 found 23 more gaps of 2,183 for 12 more typing slips flagged of
 * 1,132; -0.5, 16 more for 7 more (1.06 % -> 1.68 %); the word pairs alone at 2.0, 10 more for 6 more. Kept at -0.5.
 */
export const BETWEEN_ODDS = -0.5;

/** numberBetweenOdds a word needs after في opening a sentence and two spaces (في  أعلنت: the year went; في  تونس reads
 *  side by side, -4.6). */
export const FI_OPEN_ODDS = -1.5;

/**
 * The log-odds of `a # .` against `a .` (or `،` for a comma or semicolon), the same way: pmi(a, #) + pmi(#, .) −
 * pmi(a, .). A word correct news ends a clause with rarely and has a number after often scores high (في صيف ،، إلى موسم
 * ،، منذ جانفي .); one that ends clauses well scores low (الماضي ،، المدينة .). 0 where the word has no key.
 */
export function numberBeforePunctOdds(a: string, mark: number): number {
  // (a run longer than any word has no key, as in lexicon/pairs.ts: bounded work)
  const ka = a.length <= 40 ? foldKey(a) : null;
  if (ka === null) return 0;
  // (only a word the table holds with a number after it 5 times or more, and no more often than the word itself: the
  // table is a sketch, and a rare word's fingerprint may meet another pair's count, الأرضية، مؤونة)
  const n = storedCount(pairHash(ka));
  const nn = storedCount(pairHash(ka, '#'));
  if (nn < 5 || nn > n) return 0;
  const p = mark === 0x060c || mark === 0x2c || mark === 0x061b || mark === 0x3b ? ',' : '.';
  return pairScore(ka, '#') + pairScore('#', p) - pairScore(ka, p);
}

/**
 * Does correct news never end a clause with word `a` and write a number after it in half its uses or more (the word
 * pairs' sketch: 50 uses or more, none before a full stop or comma)? الدقيقة، الفصل، لنحو: a phrase cannot end on it,
 * so a mark after it, spaced, is where its number went, whatever the draft's length.
 */
export function numberNeverEnds(a: string): boolean {
  const ka = a.length <= 40 ? foldKey(a) : null;
  if (ka === null) return false;
  const n = storedCount(pairHash(ka));
  const nn = storedCount(pairHash(ka, '#'));
  return n >= NEVER_ENDS_USES && nn * 2 >= n && nn <= n && storedCount(pairHash(ka, '.')) === 0 && storedCount(pairHash(ka, ',')) === 0;
}

/** Uses of a word the sketch must hold for numberNeverEnds to speak (a rare word's zero before a mark says little). */
export const NEVER_ENDS_USES = 50;

/** The bar of numberBeforePunctOdds for a space before a comma, full stop or semicolon in a draft that glues its own
 *  punctuation (punct.ts), where the word's own share of numbers after it leaves it below the draft's bar. */
export const PUNCT_BETWEEN_ODDS = 3;

/**
 * How often correct news writes a folded accusative's stem with the article (its tanween alef taken off: وزيرا →
 * الوزير), by the word pairs' sketch (lexicon/pairs.ts): a noun's accusative has it, a name that ends in alef has not
 * (فرنسا، كندا، كوبا: no الفرنس). 0 where the stem has no key.
 */
export function articleCount(form: string): number {
  if (form.length < 4 || form.length > 40) return 0;
  const k = foldKey('\u0627\u0644' + form.slice(0, -1));
  return k === null ? 0 : storedCount(pairHash(k));
}

/** The bar of articleCount for an accusative by shape after a preposition (words.ts): the sketch's counts are
 *  quantised, and a name's stem may meet another word's fingerprint now and then. */
export const ARTICLE_COUNT = 5;
