/**
 * The lexicon's reading of a torn word — the head at the end of one run and the tail at the start of another, when a
 * line's runs came out in reverse order (runs.ts) — and the weights of the run-order search. A tear is confirmed when
 * the two make a word and one half is no word news writes alone (or a pronoun or plural ending), only allowed when
 * both halves are words (المهرج|ان), and no tear beside a frequent function word (من إلى). Pure; the readings are
 * remembered per (head, tail), bounded.
 */
import { foldKey, isAttested, isFunctionWord, isLikelyWord, isWordKey } from './index';
import { pairHash, storedCount } from './pairs';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

/** Tuned on the corpus dev split and the even half of ../shared/unlabelled (scripts/damage-roundtrip.mjs). */
export const MARGIN = {
  /** Per lexicon-confirmed tear (a non-word half healed into a word); +2 when news writes the word, +1 when a half is
   *  no word at all. */
  tear: 2,
  /** Per tear whose halves are both words (the lexicon allows it, does not confirm it). */
  weakTear: 1,
  /** Per cut at a junction the extractor glued (runs.ts splitGlued): the token it undoes is no word. */
  glue: 2,
  /** Per junction that is a space (a cut between words: nothing confirms it). */
  space: -3,
  /** Per cut (fewer cuts explain the line more simply). */
  cut: -1,
  /** The best order's score (tears, cuts and the pairs it makes minus those it breaks) must reach this to be offered … */
  flag: 2,
  /** … by this much, and the next best order by `second`, to be preferred (1.75: on the even half, the most repairs
   *  whose wrong reorders of one-cut lines stay at the rate before the compact pair table, 3.2 %). */
  prefer: 2,
  second: 1.75,
  /** An order whose every junction is a tear, one at least confirmed and the others allowed by the lexicon (both
   *  halves words: المهرج|ان), is preferred when it beats the next best by this much (the pairs confirm the rest). */
  weakSecond: 2,
  /** … and by this much more when the order is of one cut and heals the line's first or last word (one run a piece
   *  of a single word, runs.ts): the margin of a start decision is least trustworthy there. Session 10 (issue 10), even
   *  half's one-cut lines (restored / wrong reorders of 1,887; 2 and 3 cuts unchanged but for one wrong 2-cut order
   *  fewer): 0: 1,191 / 40, 1: 1,191 / 34, 2: 1,191 / 29, 4: 1,191 / 29, never: 1,188 / 29. The laboratory's and the
   *  corpus's cuts never fall within 8 characters of a line's ends (damage.ts cutPoints, inject_runs.py), so such a right
   *  order is rare there and costs nothing; LibreOffice's runs do cut edge words (the routes, tuned articles 1–20: one
   *  edge order restored before is now only offered, one wrong reorder is gone). A score penalty on such orders
   *  instead (the others then win with wider margins) restored more in the laboratory (odd half runs-1 51.0 → 52.5 %)
   *  but reordered a real LibreOffice line wrongly: not kept. */
  edgeSecond: 2,
  /** Per bracket or quotation mark out of place in an order, beyond the fewest any order of the line has (runsMarks.ts). */
  marks: 3,
  /** Per junction that joins two halves of a word the lexicon does not know (a name: بيلا|روسكو, فيرا|نكو — one half
   *  never written alone in news), in an order of 3 cuts and more whose other tears the lexicon confirms (runs.ts). */
  fragTear: -4,
  /** The confirmed tears such an order needs beside it. */
  fragConfirmed: 2,
  fragOther: 2,
  fragNonJoin: 1,
};

/** A likely word (lexicon/index.ts) that correct news writes as a word of its own (pairs.ts: seen twice or more). */
export function newsWord(w: string): boolean {
  if (!isLikelyWord(w)) return false;
  const k = foldKey(w);
  return k !== null && storedCount(pairHash(k)) > 0;
}

/** A joined word written this many times more often than its rarer half confirms the tear. */
const RARER = 4;

/**
 * Is `head + tail` a word correct news writes at least RARER times as often as `tail` alone? Then a function word
 * before the tail is the start of that word torn off (مع|لومات of معلومات: لومات is a listed form news hardly writes;
 * not لا|حظ, حظ is written alone). For joins of a known word's pieces (the claim tokeniser's torn cue words).
 */
export function outweighsTail(head: string, tail: string): boolean {
  const k = foldKey(head + tail);
  const tk = foldKey(tail);
  if (k === null || tk === null) return false;
  const nk = storedCount(pairHash(k));
  return nk > 0 && nk >= RARER * storedCount(pairHash(tk));
}

/** Seen this often alone in correct news, a function word is a word of its own, not half of one. */
const FREQUENT_FUNCTION = 100;

/** A function word that correct news writes alone again and again (من، كما، لم; not بي or لي, mostly parts of names). */
export function frequentFunctionWord(w: string): boolean {
  // (فى, على written with a final ى as Egyptian print writes them, are the function words في, على)
  if (!isFunctionWord(w) && !isFunctionWord(w.replace(/\u0649$/, '\u064a'))) return false;
  const k = foldKey(w);
  return k !== null && storedCount(pairHash(k)) >= FREQUENT_FUNCTION;
}

/** Function words seen this often are words of their own whatever follows (من، في، على). */
const COMMONEST = 1000;

/** Pronoun and plural endings: a line of correct text does not start with one standing alone (دور|ها, المهاجر|ين). */
const BOUND_TAILS = new Set(['ه', 'ها', 'نا', 'ني', 'ين', 'ون', 'ات', 'تين', 'تان']);

export type Heal = { word: string; confirmed: boolean; weight: number; fragment?: boolean } | null;
/** healed per (head, tail) (a pure function of them; bounded). */
const healCache = releasable('tears.healCache', new Map<string, Heal>());

/** Forgets the remembered readings (tools that change MARGIN between two readings: runs.ts forgetRunLines). */
export function forgetTears(): void {
  healCache.clear();
}

/**
 * A tear healed: the word the head and the tail make, when the lexicon knows it (else null); whether it confirms the
 * tear (see heal2) or only allows it (both halves words news writes: المهرج|ان); and its weight in an order's score.
 */
export function healed(head: string, tail: string): Heal {
  if (!head || !tail) return null;
  const ck = head + '\u0000' + tail;
  let v = healCache.get(ck);
  if (v === undefined) {
    v = heal2(head, tail);
    if (healCache.size >= 50_000) healCache.clear();
    healCache.set(ownCopy(ck), v);
  }
  return v;
}

/** The lexicon's reading of a tear (head + tail): the word, whether it confirms the tear, its weight; null when the two make no word (diagnostics). */
export function tearReading(head: string, tail: string): Heal {
  return healed(head, tail);
}

function heal2(head: string, tail: string): Heal {
  // (a head of one letter — a lone alef at the end of a line — is no piece of a run: a run holds two letters at least)
  const hk = foldKey(head);
  if (hk === null || hk.length < 2) return null;
  const tk = foldKey(tail);
  if (tk === null) return null;
  // a tail drawn out with a final tatweel is a clitic detached on purpose before a quote or a number (ب<U+0640>"…"، ل<U+0640> 25)
  if (tail.charCodeAt(tail.length - 1) === 0x0640) return null;
  const w = head + tail;
  const k = foldKey(w);
  if (k === null || k.length < 3) return null;
  if (!(isWordKey(k) || isAttested(w))) return null;
  const bound = BOUND_TAILS.has(tail.replace(/[\u064b-\u0652\u0640]/g, ''));
  // a function word beside a word (من إلى، أن هبطت، ماهية كما): two words, whatever the lexicon's clitic analysis
  // makes of them joined. A head the word list does not know but news writes alone is a word there too, and a
  // function word joined into a word news never writes is the function word after a name (بورو ماركت|إن). But after
  // a function word less common than the commonest (not من، في), a tail news never writes alone, three letters at
  // least, that makes with it a word news writes is the rest of that word (الا|فتتاح; not من|تصفه, a word split in
  // the source itself).
  const tailAlone = storedCount(pairHash(hk)) >= COMMONEST || storedCount(pairHash(tk)) > 0 || tk.length < 3 || storedCount(pairHash(k)) === 0;
  // the other half written alone far more rarely than the word the two make (مهرج|ان of مهرجان، الأقس|ام، والعا|لم):
  // the function word is the end of that word, not a word beside it — or its start, after a function word less
  // common than the commonest (من|تصفه is a word split in the source as often as a tear: منتصفه)
  const nk = storedCount(pairHash(k));
  const restOf = (x: string): boolean => nk > 0 && nk >= RARER * storedCount(pairHash(foldKey(x)!));
  // (a pronoun ending after a function word is one word: عدد|ها، من|ها)
  const headFn = !bound && frequentFunctionWord(head) && (isLikelyWord(tail) || frequentFunctionWord(tail)) && tailAlone && !(storedCount(pairHash(hk)) < COMMONEST && restOf(tail));
  const tailFn = !bound && frequentFunctionWord(tail) && (isLikelyWord(head) || frequentFunctionWord(head) || storedCount(pairHash(hk)) > 0 || storedCount(pairHash(k)) === 0) && !restOf(head);
  // (a word news writes joined after a word that is no function word — سليم|ان، وألو|ان — is allowed, never
  // confirmed: the pairs and the other tears of the line decide)
  if (headFn || tailFn) return !headFn && !frequentFunctionWord(head) && storedCount(pairHash(k)) > 0 ? { word: w, confirmed: false, weight: MARGIN.weakTear } : null;
  // the evidence: a half that is no word at all (المدار|س), a half that correct news never writes alone (الث، تدر،
  // وي: the word list knows rare forms of almost any letters), a pronoun ending, and a joined word that news writes
  // (a half the word list does not know but news writes alone — سات of نايل سات, a name — is not broken)
  const broken = (!isLikelyWord(head) && storedCount(pairHash(hk)) === 0) || (!isLikelyWord(tail) && storedCount(pairHash(tk)) === 0);
  const unused = broken || !newsWord(head) || !newsWord(tail) || bound;
  // a joined word that news never writes (ساتبي: the clitic analysis accepts it) confirms only when neither half is
  // written alone either
  const nw = storedCount(pairHash(k));
  const written = nw > 0;
  // both halves written alone, but far more rarely than the word they make (المهر|جان, الان|تشار)
  const rarer = written && nw >= RARER * Math.min(storedCount(pairHash(hk)), storedCount(pairHash(tk)));
  const confirmed = broken || (written ? unused || rarer : !newsWord(head) && !newsWord(tail));
  const weight = confirmed ? MARGIN.tear + (written ? 2 : 0) + (broken ? 1 : 0) : MARGIN.weakTear;
  return { word: w, confirmed, weight };
}

/** The letters of the halves fragmentJoin joins: two at least each, five together (shorter pieces are too often
 *  words of their own or clitics). */
const MIN_FRAGMENT = 2;
const MIN_FRAGMENT_WORD = 5;
const MAX_FRAGMENT = 6;
const NON_JOINING = new Set([...'اأإآدذرزوؤءةى'].map((x) => foldKey(x) ?? x));
const ARTICLES = new Set(['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل'].map((x) => foldKey(x)));

/**
 * Two halves of a word the lexicon does not know (a name torn by a run boundary: بيلا|روسكو، فيرا|نكو), read
 * where the lexicon cannot heal them: one half never written alone in news nor attested, neither a frequent function
 * word. Never confirmed: runs.ts joins such halves only inside an order whose other tears the lexicon confirms.
 */
export function fragmentJoin(head: string, tail: string): Heal {
  const hk = foldKey(head);
  const tk = foldKey(tail);
  if (hk === null || tk === null || hk.length < MIN_FRAGMENT || tk.length < MIN_FRAGMENT || hk.length + tk.length < MIN_FRAGMENT_WORD) return null;
  // (a half longer than a name's piece is a word glued to another by the extractor, runsChunks.ts splitGlued; a bare
  // article is a word split inside the line, split-word's: ال زمن)
  if (hk.length > MAX_FRAGMENT || tk.length > MAX_FRAGMENT || ARTICLES.has(hk)) return null;
  if (tail.charCodeAt(tail.length - 1) === 0x0640) return null;
  const none = (w: string, k: string) => !isAttested(w) && storedCount(pairHash(k)) === 0;
  // (one half no word news writes, the other no word news writes either or of two letters: a glued token read as a
  // word, مقابل|ه, is no such half)
  const hn = none(head, hk);
  const tn = none(tail, tk);
  if (!(hn && (tn || tk.length <= MARGIN.fragOther)) && !(tn && (hn || hk.length <= MARGIN.fragOther))) return null;
  if (frequentFunctionWord(head) || frequentFunctionWord(tail)) return null;
  // (a run ends inside a word where its glyphs do not join the next: after ا د ذ ر ز و ء ة ى)
  if (MARGIN.fragNonJoin > 0 && !NON_JOINING.has(hk.charAt(hk.length - 1))) return null;
  return { word: head + tail, confirmed: false, weight: MARGIN.fragTear, fragment: true };
}
