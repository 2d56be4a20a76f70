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

/** The ordinal adjectives (folded keys of the word pairs' sketch) that follow a noun of rank: الأول … العاشر, الأخير,
 *  masculine and feminine, and الحادي of الحادي عشر. */
let ordinalKeys: string[] | null = null;
const ORDINALS = ['\u0627\u0644\u0623\u0648\u0644', '\u0627\u0644\u0623\u0648\u0644\u0649', '\u0627\u0644\u0623\u062e\u064a\u0631', '\u0627\u0644\u0623\u062e\u064a\u0631\u0629', '\u0627\u0644\u062d\u0627\u062f\u064a', '\u0627\u0644\u062d\u0627\u062f\u064a\u0629'];
for (const o of ['\u062b\u0627\u0646\u064a', '\u062b\u0627\u0644\u062b', '\u0631\u0627\u0628\u0639', '\u062e\u0627\u0645\u0633', '\u0633\u0627\u062f\u0633', '\u0633\u0627\u0628\u0639', '\u062b\u0627\u0645\u0646', '\u062a\u0627\u0633\u0639', '\u0639\u0627\u0634\u0631']) ORDINALS.push('\u0627\u0644' + o, '\u0627\u0644' + o + '\u0629');

/**
 * Is `a` a noun of rank by the word pairs of correct news (session 16): written ORDINAL_USES times or more, and an
 * ordinal adjective right after it in ORDINAL_SHARE of its uses or more (الجولة الأولى، الدفعة الثانية، الشوط الثاني،
 * الدرجة الثالثة)? Where such a noun has neither its ordinal nor anything else after it but two spaces and a preposition,
 * its number went there (الجولة  من, was الجولة 3 من): the mined counterpart of shapes.ts RANK_NOUN.
 */
export function ordinalTaker(a: string): boolean {
  const ka = a.length <= 40 ? foldKey(a) : null;
  if (ka === null) return false;
  const n = storedCount(pairHash(ka));
  if (n < ORDINAL_USES) return false;
  ordinalKeys ??= ORDINALS.map((o) => foldKey(o) ?? '?');
  let o = 0;
  let max = 0;
  for (const k of ordinalKeys) {
    const c = storedCount(pairHash(ka, k));
    o += c;
    if (c > max) max = c;
  }
  // (a count over the word's own is a sketch's collision, and so is one ordinal alone: الاوروبي الحادية, الحر السادسة —
  // the even half's round trip flagged 5 typing slips at --typos 0.05 when one ordinal was enough; the others must
  // make ORDINAL_REST of the uses without the most frequent)
  return o >= ORDINAL_SHARE * n && o <= n && o - max >= ORDINAL_REST * n;
}

/** Uses, and the share of them with an ordinal after, that make a noun of rank (ordinalTaker). */
export const ORDINAL_USES = 20;
export const ORDINAL_SHARE = 0.5;
export const ORDINAL_REST = 0.2;
