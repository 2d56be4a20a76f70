/**
 * Torn words: pieces of one word split by a space in text extracted from PDF, joined back in the claim tokeniser's
 * token arrays before the analysis (by hashes first; near cues, with the word list).
 */
import { isFunctionWord, isListedForm, isWord, MAX_FORM } from '../../lexicon';
import { healed, outweighsTail } from '../../lexicon/tears';
import type { Lexicon } from './lexicon';
import { hashFolded, hashJoin, isDropped, K, key, Tokens } from './tokens';

/**
 * Words split by a space in text extracted from PDF (أك دت، مص ادر، تقار ير، إخبار ية، ال مصادر، حد يثة):
 *  1. by hashes only (no string is built): two short adjacent pieces whose join is a cue word (verb, source
 *     noun, a word of a phrase) or that end in a lone nisba suffix, neither a known word itself; and a lone
 *     article (ال، وال، بال، لل …), which never stands alone, with the word after it;
 *  2. in a text where step 1 found torn words, near a cue (a few words around a trigger, where the parser will
 *     look), two pieces the
 *     word list (lexicon/) reads as one word when they are not both words themselves (دراسة حد يثة، المح للين).
 */
export function joinSplitWords(T: Tokens, lex: Lexicon): void {
  const text = T.text;
  let torn = 0; // pairs joined: the sign that this text went through justification and extraction
  T.compactJoin((i) => {
    if (T.k[i] !== K.Word || T.k[i + 1] !== K.Word) return false;
    const la = T.fl[i];
    const lb = T.fl[i + 1];
    if (la > 4 && lb > 3) return false; // (neither an article nor a short piece: most pairs)
    if (T.s[i + 1] - T.e[i] > 2 || !isGap(text, T.e[i], T.s[i + 1])) return false;
    if (la <= 4 && ARTICLES.has(key(T.h[i]))) return ++torn > 0;
    // the article torn after its alef, which joins no letter after it (رجحت ا لمصادر → رجحت المصادر, not the dual رجحتا:
    // claims8, corpus-like pdftotext lines); a bare alef (not أ, folded alike: أ ف ب) never stands alone
    if (lb === 1 && tornArticle(T, i + 1)) return false;
    if (la === 1 && tornArticle(T, i)) return ++torn > 0;
    if ((la > 3 && lb > 3) || la + lb < 4) return false;
    const ka = key(T.h[i]);
    const kb = key(T.h[i + 1]);
    // (a function word is never a piece; a piece that is itself a cue may be: عل ماء → علماء)
    if (lex.functionSurface.has(ka) || lex.functionSurface.has(kb)) return false;
    if (lex.joinSurface.has(key(hashJoin(T.h[i], T.h[i + 1], lb)))) return ++torn > 0;
    return lb <= 3 && SUFFIX_PIECES.has(kb) && !lex.knownSurface.has(ka) && !lex.knownSurface.has(kb) && ++torn > 0;
  });
  // 2. only in a text with torn words (step 1 joined some) — or in a short one (a sentence, a headline: a torn word
  // there may be the only one, and the pass costs a few lookups): a long clean text pays nothing more
  if (torn === 0 && T.n > SHORT_TEXT) return;
  // 2. near cues only: the word list is asked about a few pairs per cue, not about every word of the text; the
  // pairs to join are found first, and the tokens compacted only when there is one (most texts: none)
  const n = T.n;
  let join: Uint8Array | null = null;
  let from = 0; // first pair not judged yet (windows overlap: each pair is judged once)
  for (let t = 0; t < n; t++) {
    if (T.k[t] !== K.Word) continue;
    // (around a trigger — a reporting verb or a phrase — only: its subject is within the window after it or the
    // few words before it; one bit-array read per word)
    if (!lex.triggers.has(key(T.h[t]))) continue;
    const end = Math.min(n - 1, t + NEAR_AFTER);
    for (let i = Math.max(from, t - NEAR_BEFORE); i < end; i++) {
      if (shouldJoinNearCue(T, lex, i)) {
        join ??= new Uint8Array(n);
        join[i] = 1;
        i++; // (i + 1 is taken)
      }
    }
    from = Math.max(from, end);
  }
  if (join === null) return;
  const j = join;
  T.compactJoin((i) => j[i] === 1);
}

/** Two pieces near a cue that read as one word (see joinSplitWords). Ordered so that most pairs leave after one lookup. */
function shouldJoinNearCue(T: Tokens, lex: Lexicon, i: number): boolean {
  if (T.k[i] !== K.Word || T.k[i + 1] !== K.Word) return false;
  const gap = T.s[i + 1] - T.e[i];
  if (gap < 1 || gap > 2) return false;
  const la = T.fl[i];
  const lb = T.fl[i + 1];
  if (la < 2 || lb < 2 || la + lb > MAX_FORM) return false;
  // a cue, whatever its pieces are (المح للين → المحللين: the word list reads both pieces as words); otherwise the
  // word list is asked only when a piece is short, as one piece of a torn word nearly always is
  const cue = lex.joinSurface.has(key(hashJoin(T.h[i], T.h[i + 1], lb)));
  if (!cue && la > 3 && lb > 3) return false;
  if (!isGap(T.text, T.e[i], T.s[i + 1])) return false;
  const fa = lex.functionSurface.has(key(T.h[i]));
  const fb = lex.functionSurface.has(key(T.h[i + 1]));
  if (cue) {
    // with a first piece that is also a function word only when the second is no listed form (الأ نباء → الأنباء:
    // الا is إلا) or one news hardly writes beside the word the two make (مع لومات → معلومات: لومات is listed);
    // a function word after the piece only when the lexicon confirms the tear — the piece before it is no word news
    // writes (الأها لي → الأهالي), not الخبير أن (الخبيران)
    if (fb) return healed(piece(T, i), piece(T, i + 1))?.confirmed === true;
    if (!fa) return true;
    const b = piece(T, i + 1);
    return !isListedForm(b) || outweighsTail(piece(T, i), b);
  }
  if (fa || fb || lex.knownSurface.has(key(T.h[i])) || lex.knownSurface.has(key(T.h[i + 1]))) return false;
  const a = piece(T, i);
  const b = piece(T, i + 1);
  if (isFunctionWord(a) || isFunctionWord(b) || !isWord(a + b)) return false;
  // (the word list reads many pieces as words with clitics — اركين، المش — so the forms themselves decide)
  return !(isListedForm(a) && isListedForm(b));
}

/** A bare alef at word token i, then (after a space) a word of three letters or more that starts with ل: ا لمصادر. */
function tornArticle(T: Tokens, i: number): boolean {
  return i + 1 < T.n && T.e[i] - T.s[i] === 1 && T.text.charCodeAt(T.s[i]) === 0x0627 && T.k[i + 1] === K.Word && T.fl[i + 1] >= 3 && T.s[i + 1] - T.e[i] <= 2 && T.text.charCodeAt(T.s[i + 1]) === 0x0644;
}

/** The text of word token i for the word list: a token already joined over a gap without the gap. */
function piece(T: Tokens, i: number): string {
  const raw = T.text.slice(T.s[i], T.e[i]);
  return raw.indexOf(' ') < 0 ? raw : raw.replace(/ +/g, '');
}

/** Tokens (words and punctuation) of a text short enough for step 2 without a torn word found by step 1. */
const SHORT_TEXT = 80;

/** Words looked at around a cue for pieces to join: before it and after it. */
const NEAR_BEFORE = 6;
const NEAR_AFTER = 9;
/** A lone article, with و/ف and ب/ك/ل before it: ال، وال، فال، بال، كال، لل، وبال، ولل. */
const ARTICLES = new Set(['\u0627\u0644', '\u0648\u0627\u0644', '\u0641\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0644\u0644', '\u0648\u0628\u0627\u0644', '\u0648\u0644\u0644', '\u0641\u0644\u0644'].map((x) => key(hashFolded(x))));

/** Nisba endings left alone by a split (إخبار ية): never words on their own. */
const SUFFIX_PIECES = new Set(['\u064a\u0647', '\u064a', '\u064a\u0648\u0646', '\u064a\u064a\u0646', '\u064a\u0627\u062a'].map((w) => key(hashFolded(w))));

function isGap(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && !isDropped(c)) return false;
  }
  return e > s;
}

