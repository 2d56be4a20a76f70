/**
 * Harakat one letter early: Chrome's viewer (PDFium) copies a mark glyph before the letter it sits on, so each
 * haraka lands on the letter before its own (`مكّلف` for `مكلّف`, `تعّهدت` for `تعهّدت`, `منتجًا` for `منتجاً`),
 * a word-final one on the letter before the last (`مّر` for `مرّ`), a word-initial one before the word. A mark
 * between two letters is attached to a letter either way, so one word cannot prove it; the document can:
 *
 * - **early evidence**: a mark where no mark can be and where the letter after can carry it — shadda or sukun on
 *   a word's first letter (`مّر`), a haraka other than tanwin on ا or ى (`كاّنت`; not after ل: `فلاّحون` is how
 *   news types the lam's shadda), shadda or sukun on ة, tanwin before the word's last letter when that letter is
 *   not ا or ى (`باٍق`, `عادًة`) — each time with a letter after that can carry the mark (the article's lam is not
 *   evidence: `الّذي`, `الّتي` are written so);
 * - **on-time evidence**: what an early extractor never leaves — a haraka other than tanwin on a word's last
 *   letter (`إنّ`, `يومُ`), tanwin on a last letter that is not ا or ى (`باقٍ`). Tanwin on a last ا or ى
 *   (`جداً`) is neither: it is written so either way and such a word is left as it is;
 * - **the forms news writes** (`lexicon/vocalised.data.ts`, mined from the even half of the unlabelled news): a
 *   word news never writes whose marks one letter later make a form it writes (`تعّهدت` → `تعهّدت`) is early
 *   evidence; a form it writes whose marks one letter later make none is on-time evidence;
 * - **the letters around a shadda** (`lexicon/markPlace.ts`), in a word neither form of which news writes: the letter
 *   after the shadda's three times likelier to carry it is early evidence, its own three times likelier on-time
 *   evidence. A guess from letters: it adds to a proof, it never makes one (a draft whose early words are all such
 *   guesses is not proven: two dialect words, `الزين إلّي فيك`, read early so).
 *
 * One word proves the document alone when it shows a sign no correct word shows and its marks one letter later make a
 * form news writes or the letters confirm (`مّر` → مرّ), and no word says "on time": a draft with a single vocalised
 * word (most news paragraphs with a mark have one).
 *
 * A document with at least MIN_EARLY early words and fewer than one on-time word per ON_TIME_RATIO early ones is
 * read as early: every word but the on-time ones whose harakat all sit after its letters but the last (none after
 * its last letter, none before its first, none of another kind of mark) gets them moved one letter later (tanwin
 * before a last alef onto the alef: `منتجًا` → `منتجاً`). A mark before a word's first letter is the diacritic rule's detached
 * mark, left to it. Only marks move; no letter changes. Linear in the text; never throws.
 */
import { isVocalisedForm, shaddaSide } from './markPlace';
import { isArabicLetter } from '../text/arabic';
import { isTanwin } from '../text/charclass';
import { MARK_CODE_RE, nextOf } from '../text/scan';

/** The vocalised forms news writes (lexicon/vocalised.data.ts, read once by markPlace.ts). */
const listed = isVocalisedForm;

/** Early words needed before a document is read as early. */
export const MIN_EARLY = 2;
/** On-time words allowed: fewer than one per ON_TIME_RATIO early words (a text whose words are put right one quick
 *  fix at a time stays early until most are; the words on time are left as they are). */
export const ON_TIME_RATIO = 3;

const SHADDA = 0x0651;
const SUKUN = 0x0652;

const isHarakaCode = (c: number): boolean => c >= 0x064b && c <= 0x0652;
/** Any Arabic mark (combining), harakat or not. */
export const isMarkCode = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);

export interface EarlyWord {
  /** the word's span, a leading mark included */
  start: number;
  end: number;
  /** the word with each mark one letter later */
  newText: string;
}

interface Cluster {
  /** index of the letter the cluster follows within the word's letters (-1: before the first letter) */
  letter: number;
  marks: string;
}

interface Word {
  start: number;
  end: number;
  letters: number[];
  clusters: Cluster[];
  /** a mark that is not a haraka, or a character that is neither letter nor mark: the word is left alone */
  odd: boolean;
}

/** Early (1), on-time (-1) or no (0) evidence in one word. */
function evidence(text: string, w: Word): number {
  const n = w.letters.length;
  let early = false;
  for (const cl of w.clusters) {
    if (cl.letter < 0) continue;
    const c = text.charCodeAt(w.letters[cl.letter]);
    let tanwin = false;
    let shaddaOrSukun = false;
    for (let i = 0; i < cl.marks.length; i++) {
      const m = cl.marks.charCodeAt(i);
      if (isTanwin(m)) tanwin = true;
      if (m === SHADDA || m === SUKUN) shaddaOrSukun = true;
    }
    const last = cl.letter === n - 1;
    if (last) {
      if (!tanwin) return -1; // a haraka on the last letter: an early extractor never leaves one there
      if (c !== 0x0627 && c !== 0x0649) return -1; // tanwin on a last letter other than ا, ى
      continue;
    }
    const next = text.charCodeAt(w.letters[cl.letter + 1]);
    const nextCanCarry = next !== 0x0627 && next !== 0x0649;
    if (tanwin) {
      // tanwin before the last letter ا or ى is written either way (`كتابًا`, `كتاباً`): no evidence
      if (cl.letter + 1 === n - 1 && !nextCanCarry) continue;
      if (cl.letter + 1 === n - 1) early = true; // `باٍق`, `عادًة`
      continue;
    }
    if (!nextCanCarry) continue;
    if (cl.letter === 0 && shaddaOrSukun) early = true;
    else if ((c === 0x0627 || c === 0x0649) && !tanwin && !(cl.letter > 0 && text.charCodeAt(w.letters[cl.letter - 1]) === 0x0644)) early = true;
    else if (c === 0x0629 && shaddaOrSukun) early = true;
  }
  // the forms news writes: only words with a haraka other than tanwin (tanwin is written before or after a last alef)
  if (!/[\u064e-\u0652]/.test(text.slice(w.start, w.end))) return early ? 1 : 0;
  const word = text.slice(w.start, w.end);
  const later = shifted(text, w);
  const own = listed(word);
  const moved = later !== null && listed(later);
  // a sign no correct word shows, and the word one letter later is what news writes: strong (`إّن` -> إنّ)
  if (early) return moved || shaddaLater(text, w) > 0 ? STRONG : 1;
  if (own !== moved) return own ? -1 : 1;
  if (own) return 0;
  // neither form written: where news writes a shadda by the letters around it (`الكّتاب`: الكتّاب) — weak, a guess
  // from letters: it adds to a proof, never makes one (two dialect words, `الزين إلّي فيك`, read early so)
  const later2 = shaddaLater(text, w);
  return later2 > 0 ? WEAK : later2;
}

/** Is the word a line of its own, one letter after one or two harakat, the line before ending in an Arabic letter? */
function markedLetterPiece(text: string, w: Word): boolean {
  if (w.odd || w.letters.length !== 1 || w.clusters.length !== 1 || w.clusters[0].letter !== -1 || w.clusters[0].marks.length > 2) return false;
  let s = w.start;
  while (s > 0 && text.charCodeAt(s - 1) === 0x20) s--;
  let e = w.end;
  while (e < text.length && text.charCodeAt(e) === 0x20) e++;
  if (s < 2 || text.charCodeAt(s - 1) !== 0x0a || (e < text.length && text.charCodeAt(e) !== 0x0a && text.charCodeAt(e) !== 0x0d)) return false;
  let p = s - 1;
  if (p > 0 && text.charCodeAt(p - 1) === 0x0d) p--;
  while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
  return p > 0 && isArabicLetter(text.charCodeAt(p - 1));
}

/** Evidence that a word is one whole proof of the document on its own (early, with its later form confirmed). */
const STRONG = 2;
/** Early evidence from the letters around a shadda only: counted, but a proof needs another kind of early word. */
const WEAK = 3;

/**
 * The word's one shadda judged by the letters around it (lexicon/markPlace.ts): 1 when the letter after its own is
 * likelier, -1 when its own is, 0 otherwise or when the word has no shadda or more than one.
 */
function shaddaLater(text: string, w: Word): number {
  let at = -1;
  for (const cl of w.clusters) {
    if (!cl.marks.includes('\u0651')) continue;
    if (at >= 0 || cl.letter < 0) return 0;
    at = cl.letter;
  }
  if (at < 0 || at + 1 >= w.letters.length) return 0;
  let letters = '';
  for (const p of w.letters) letters += text[p];
  return shaddaSide(letters, at, at + 1);
}

/** The word with each cluster one letter later, or null when a cluster would fall off its end. */
function shifted(text: string, w: Word): string | null {
  const after: string[] = w.letters.map(() => '');
  for (const cl of w.clusters) {
    const to = cl.letter + 1;
    if (to >= w.letters.length) return null;
    after[to] += cl.marks;
  }
  let s = '';
  w.letters.forEach((p, i) => (s += text[p] + after[i]));
  return s;
}

/** The words of the text: runs of Arabic letters and marks. */
function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const L = text.length;
  for (;;) {
    // (a word with no mark is nothing this module judges or moves: the next mark is found by a native scan, text/scan.ts,
    // and the words before it are passed over unread — most words of most texts)
    const mark = nextOf(MARK_CODE_RE, text, i);
    if (mark < 0) break;
    // the word holding it starts where its run of letters and marks starts (after the last word built: i ends it)
    i = mark;
    while (i > 0 && (isArabicLetter(text.charCodeAt(i - 1)) || isMarkCode(text.charCodeAt(i - 1)))) i--;
    const w: Word = { start: i, end: i, letters: [], clusters: [], odd: false };
    while (i < L) {
      const d = text.charCodeAt(i);
      if (isArabicLetter(d)) {
        w.letters.push(i);
        i++;
      } else if (isMarkCode(d)) {
        const s = i;
        while (i < L && isMarkCode(text.charCodeAt(i))) i++;
        const marks = text.slice(s, i);
        for (let k = 0; k < marks.length; k++) if (!isHarakaCode(marks.charCodeAt(k))) w.odd = true;
        w.clusters.push({ letter: w.letters.length - 1, marks });
      } else break;
    }
    w.end = i;
    if (w.letters.length === 0) w.odd = true;
    // (a tatweel beside it: a piece of a stretched word, `مك<U+0640>` + `لّف` — its first letter is no word's first letter)
    if ((w.start > 0 && text.charCodeAt(w.start - 1) === 0x0640) || (i < L && text.charCodeAt(i) === 0x0640)) w.odd = true;
    out.push(w);
  }
  return out;
}

/**
 * The evidence of the text for harakat one letter early (its counts: early words, of them strong and weak, on-time
 * words), and the words to fix if the draft proves it (`words()`, in text order). The counts of a draft are the sums of
 * its paragraphs': the diacritic rule tallies them (Document.count) and decides on the whole draft's (`earlyProven`).
 */
export interface EarlyEvidence {
  early: number;
  strong: number;
  weak: number;
  onTime: number;
  /** Words that would be fixed if the draft proves it (an upper bound on `words().length`: 0, none). */
  candidates: number;
  words(): EarlyWord[];
}

export function earlyMarkEvidence(text: string): EarlyEvidence {
  const ws = words(text);
  let early = 0;
  let strong = 0;
  let weak = 0;
  let onTime = 0;
  let candidates = 0;
  const ev = new Int8Array(ws.length);
  ws.forEach((w, i) => {
    // (a line of one letter after its marks, after a line ending in a letter: PDFium's piece of a marked letter, its mark
    // copied first — early evidence, though the word is cut-word's to put back: `المهند` ⏎ `\u064eس` ⏎ …)
    if (markedLetterPiece(text, w)) early++;
    if (w.odd || w.clusters.length === 0 || w.clusters[0].letter < 0) return;
    ev[i] = evidence(text, w);
    if (ev[i] > 0) early++;
    if (ev[i] === STRONG) strong++;
    else if (ev[i] === WEAK) weak++;
    else if (ev[i] < 0) onTime++;
    // (a word on time, one the fixes already put right in a text fixed a word at a time, stays)
    if (ev[i] >= 0) candidates++;
  });
  const fixed = (): EarlyWord[] => {
    const out: EarlyWord[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.odd || w.clusters.length === 0 || w.clusters[0].letter < 0 || ev[i] < 0) continue;
      const s = shifted(text, w);
      if (s === null) continue;
      out.push({ start: w.start, end: w.end, newText: s });
    }
    return out;
  };
  return { early, strong, weak, onTime, candidates, words: fixed };
}

/**
 * Does a draft with these counts read as early? One word proves it alone when it is strong and nothing says "on time"
 * (a draft with a single vocalised word); weak words only add to an early word of another kind.
 */
export function earlyProven(early: number, strong: number, weak: number, onTime: number): boolean {
  return strong > 0 && onTime === 0 ? true : early >= MIN_EARLY && weak < early && onTime * ON_TIME_RATIO < early;
}

/** The words to fix when the text reads as early (empty otherwise), in text order. */
export function earlyMarkWords(text: string): EarlyWord[] {
  const e = earlyMarkEvidence(text);
  return earlyProven(e.early, e.strong, e.weak, e.onTime) ? e.words() : [];
}
