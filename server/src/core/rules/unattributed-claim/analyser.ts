/**
 * The word-level analyser of one text: tokens (tokens.ts) with split words joined, lexicon lookups of verbs
 * and source nouns with their clitics (forms.ts, memoised per token), words and chains the noun-phrase parser
 * (nounPhrase.ts) reads to classify a subject (vague, anonymous, impersonal, named, anaphoric). Every look-around is
 * bounded by a constant.
 */
import type { ClaimClass } from './claim';
import { BEFORE_GLUED_MA_KEYS, CONJ, gluedMaVerb, lookupNoun, lookupVerb, type NounHit, type VerbHit } from './forms';
import { joinSplitWords } from './joins';
import type { Lexicon, NounGender, VerbInfo } from './lexicon';
import { nounPhrase, QUOTE_MARKS } from './nounPhrase';
import { hashDropFirst, hashFolded, isDropped, K, key, KeySet, Tokens, type Tok } from './tokens';

export const QUOTE_OPENERS = '"«“\'(';
/** Any quotation mark or bracket (nounPhrase.ts). */
export { QUOTE_MARKS };

export interface NP {
  start: number; // token index
  end: number; // exclusive token index
  cls: ClaimClass | 'other';
  gender: NounGender | 'any';
  /** First token is definite (ال) — for the anonymity upgrade. */
  definite: boolean;
  refersBack?: boolean;
  /** Head in \u0640ين (sound plural or dual, accusative/genitive): the object of a transitive verb. */
  accusative?: boolean;
  /** The source named before, again: المصدر، المصادر ذاتها، ذات المصدر (its class is the earlier source's). */
  back?: boolean;
  /** "Some of the X" with an X the lexicons do not know (بعض العاملات): people or things — a source only with a complement. */
  guessed?: boolean;
}

/** Is the last letter of text[s, e) a ta marbuta (ة or its presentation forms)? */
function endsWithTaMarbuta(text: string, s: number, e: number): boolean {
  for (let i = e - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    return c === 0x0629 || c === 0xfe93 || c === 0xfe94;
  }
  return false;
}

/** "His/her/their saying" (folded): قوله، قولها، قولهم، قولهما — what a source quoted via عن said, not a name. */
const SAYING = new Set(['\u0642\u0648\u0644\u0647', '\u0642\u0648\u0644\u0647\u0627', '\u0642\u0648\u0644\u0647\u0645', '\u0642\u0648\u0644\u0647\u0645\u0627']);

export class Analyser {
  // Memos by token index: slot i holds 1 + the index of the result in the list, 0 when not computed
  // (a typed array instead of a Map keyed by token: no hashing, no growing table on long texts).
  private readonly nounSlot: Int32Array;
  private readonly nounRes: Array<NounHit | null> = [];
  private readonly verbSlot: Int32Array;
  private readonly verbRes: Array<VerbHit | null> = [];
  readonly consumed: Uint8Array;

  readonly text: string;
  /** Over the claim view of a text's tokens (tokens.ts: the document's, or the text's tokenised there). */
  constructor(
    readonly toks: Tokens,
    readonly lex: Lexicon,
  ) {
    this.text = toks.text;
    joinSplitWords(this.toks, lex);
    this.consumed = new Uint8Array(this.toks.n);
    this.nounSlot = new Int32Array(this.toks.n);
    this.verbSlot = new Int32Array(this.toks.n);
  }

  /** Kind of token i, or -1 outside the text. */
  kind(i: number): number {
    return i >= 0 && i < this.toks.n ? this.toks.k[i] : -1;
  }

  word(i: number): string | null {
    return this.kind(i) === K.Word ? this.toks.w(i) : null;
  }

  /** The word without a leading و/ف conjunction (when what remains is still a word). */
  bare(i: number): string | null {
    const w = this.word(i);
    if (w === null) return null;
    if (w.length > 2 && CONJ.has(w[0]) && !this.lex.functionWords.has(w) && !this.lex.nouns.has(w)) return w.slice(1);
    return w;
  }

  isPunct(i: number, chars?: string): boolean {
    return this.kind(i) === K.Punct && (!chars || chars.includes(this.toks.w(i)));
  }

  verb(i: number): VerbHit | null {
    // not a surface form of any cue word (one bit-array read): not a verb; no string is made
    if (this.kind(i) !== K.Word) return null;
    if (!this.lex.triggers.has(key(this.toks.h[i]))) return this.kind(i - 1) === K.Word && BEFORE_GLUED_MA_KEYS.has(key(this.toks.h[i - 1])) ? gluedMaVerb(this.toks.w(i), this.word(i - 1), this.lex) : null;
    const slot = this.verbSlot[i];
    if (slot !== 0) return this.verbRes[slot - 1];
    const w = this.toks.w(i);
    let r = lookupVerb(w, this.lex);
    // ة folds to ه: إشارة، إضافة، قدرة are nouns, not أشار/أضاف/قدر with an object pronoun
    if (r && r.enclitic && w.endsWith('\u0647') && endsWithTaMarbuta(this.text, this.toks.s[i], this.toks.e[i])) r = null;
    this.verbRes.push(r);
    this.verbSlot[i] = this.verbRes.length;
    return r;
  }

  /** Noun lexicon hit for token i, with its clitics. `allowPrep`: ب/ل/ك may be attached. */
  noun(i: number, allowPrep: boolean): NounHit | null {
    if (this.kind(i) !== K.Word || !this.lex.cueSurface.has(key(this.toks.h[i]))) return null;
    const slot = this.nounSlot[i];
    let hit: NounHit | null;
    if (slot !== 0) hit = this.nounRes[slot - 1];
    else {
      hit = lookupNoun(this.toks.w(i), this.lex);
      this.nounRes.push(hit);
      this.nounSlot[i] = this.nounRes.length;
    }
    if (hit && hit.prep && !allowPrep) return null;
    return hit;
  }

  /** Core of a word (clitics و/ف, ال stripped) for adjective and exemption checks. */
  core(i: number): { core: string; definite: boolean } | null {
    let w = this.word(i);
    if (w === null) return null;
    let skip = 0; // letters before the word proper (و/ف)
    if (w.length > 3 && CONJ.has(w[0]) && !this.lex.adjectives.has(w)) {
      const rest = w.slice(1);
      if (rest.startsWith('\u0627\u0644') || this.isAdjectiveWord(rest)) {
        w = rest;
        skip = 1;
      }
    }
    // ال is the article, not the أل of ألمانية، ألف، إلغاء (folding made them look alike)
    if (w.startsWith('\u0627\u0644') && w.length > 3 && !this.hamzaAt(i, skip)) return { core: w.slice(2), definite: true };
    return { core: w, definite: false };
  }

  /** Is the letter at position `n` (0-based, marks skipped) of word token i an alef with hamza or madda (أ إ آ)? */
  private hamzaAt(i: number, n: number): boolean {
    const text = this.text;
    let letters = -1;
    for (let x = this.toks.s[i]; x < this.toks.e[i]; x++) {
      const c = text.charCodeAt(x);
      if (isDropped(c)) continue;
      if (++letters === n) return c === 0x0623 || c === 0x0625 || c === 0x0622;
    }
    return false;
  }

  isAdjectiveWord(c: string): boolean {
    if (this.lex.adjectives.has(c) || this.lex.anonymousAdjectives.has(c)) return true;
    if (this.lex.functionWords.has(c) || this.lex.verbs.has(c) || this.lex.complementisers.has(c)) return false;
    // nisba: \u0640ي، \u0640ية، \u0640يون، \u0640يين، \u0640يات، \u0640يان
    if (c.length >= 4 && c.endsWith('\u064a')) return true;
    if (c.length >= 4 && /يه$/.test(c)) return true;
    if (c.length >= 5 && /(?:يون|يين|يات|يان)$/.test(c)) return true;
    return false;
  }

  /** Is token i an adjective (agreeing with a head of this definiteness)? */
  isAdjective(i: number, definiteHead: boolean): boolean {
    const c = this.core(i);
    if (!c || this.verb(i)) return false;
    if (/^(?:لل|بال|كال)/.test(c.core) && c.core.length > 5) return false; // a prepositional phrase: للصحفيين
    if (c.definite !== definiteHead && !(this.lex.adjectives.has(c.core) && !c.definite && (c.core === 'مستوي' || c.core === 'ذاته' || c.core === 'ذاتها' || c.core === 'نفسه' || c.core === 'نفسها'))) {
      // an indefinite head takes indefinite adjectives; "رفيع المستوى" is the exception
      if (!(c.definite && c.core === 'مستوي')) return false;
    }
    return this.isAdjectiveWord(c.core);
  }

  isStop(i: number, end: number): boolean {
    if (i >= end) return true;
    const kd = this.kind(i);
    if (kd === K.Punct) return true;
    if (kd !== K.Word) return false;
    const w = this.toks.w(i);
    return this.lex.functionWords.has(w) || this.lex.complementisers.has(w) || !!this.verb(i) || this.lex.adverbs.has(w);
  }

  /** A chain "indef* def def-adj*" (a construct or a place) starting at i; returns its end. */
  chain(i: number, end: number, maxLen = 4): number {
    let k = i;
    let sawDef = false;
    while (k < end && k - i < maxLen) {
      const kd = this.kind(k);
      if (kd === K.Latin) {
        k++;
        sawDef = true;
        continue;
      }
      if (kd !== K.Word || this.isStop(k, end)) break;
      const c = this.core(k)!;
      if (c.definite) {
        sawDef = true;
        k++;
        continue;
      }
      if (sawDef) break;
      // an indefinite member only before a definite one (وزارة الداخلية)
      const next = this.core(k + 1);
      if (k + 1 < end && next && (next.definite || this.kind(k + 1) === K.Latin) && !this.isStop(k + 1, end)) {
        k++;
        continue;
      }
      break;
    }
    return sawDef ? k : i;
  }

  /**
   * The noun phrase starting at token j (within [., end)), classified (nounPhrase.ts). Returns null when j does not
   * start a noun phrase (function word, punctuation, verb).
   */
  np(j: number, end: number, allowPrep: boolean, seen: SeenWords, depth = 0): NP | null {
    return nounPhrase(this, j, end, allowPrep, seen, depth);
  }

  /** A name right after a noun phrase: an unknown word that is not a function word or a verb. */
  /** A foreign title written with its article joined (لوباريزيان، لاريبوبليكا): not ل\u0640 + a word the lexicons know, nor a nisba. */
  joinedForeignTitle(x: number): boolean {
    const w = this.word(x);
    return w !== null && /^(?:\u0644\u0648|\u0644\u0627|\u0644\u064a)../.test(w) && !/(?:\u064a|\u064a\u0647)$/.test(w) && !this.noun(x, true) && !this.lex.functionWords.has(w) && !this.verb(x);
  }

  /** Is one of the words [from, to) in the (folded) set? */
  hasWordIn(from: number, to: number, set: Set<string>): boolean {
    for (let x = from; x < to; x++) if (set.has(this.word(x) ?? '')) return true;
    return false;
  }

  nameFollows(k: number, end: number): boolean {
    if (k >= end) return false;
    const kd = this.kind(k);
    if (kd === K.Latin) return true;
    if (kd !== K.Word) return false;
    const w = this.toks.w(k);
    if (this.lex.functionWords.has(w) || this.lex.complementisers.has(w) || this.lex.adverbs.has(w) || this.verb(k)) return false;
    if (this.noun(k, true)) return false;
    if (w.startsWith('\u0627\u0644') && !this.isAdjectiveWord(w.slice(2))) return false; // a definite word: not a first name
    // "his saying" after a source quoted via عن: نقلت الإذاعة عن مسؤول في الوزارة قوله إن
    if (SAYING.has(w)) return false;
    // nor the verb of an anonymity clause: عن موظف في الميناء طلب عدم الكشف عن هويته قوله
    for (let x = k + 2; x < Math.min(end, k + 5); x++) if (this.lex.anonymityObjects.has(this.word(x) ?? '')) return false;
    return !this.lex.subjectPrepositions.has(w);
  }

  /** Index after a multi-word phrase matching at i (first word may carry و/ف), or -1. */
  matchPhrase(phrases: string[][], i: number, end: number): number {
    if (this.kind(i) !== K.Word) return -1;
    // most words start no phrase: the hash of the word (and of the word without its و/ف) rejects
    // them before the list is walked, before the word's string is made; a hash collision only
    // walks the list
    const toks = this.toks;
    const len = toks.fl[i];
    const c0 = toks.firstUnit(i);
    const firsts = firstWordKeys(phrases);
    const h = toks.h[i];
    if (!firsts.has(key(h)) && !(len > 2 && (c0 === 0x0648 || c0 === 0x0641) && firsts.has(key(hashDropFirst(h, c0, len))))) return -1;
    const first = toks.w(i);
    // p[0] is the word, or the word without its و/ف (compared in place: no string is made)
    const conj = first.length > 2 && CONJ.has(first[0]);
    for (const p of phrases) {
      if (i + p.length > end) continue;
      const p0 = p[0];
      if (p0 !== first && !(conj && p0.length === first.length - 1 && first.endsWith(p0))) continue;
      let ok = true;
      for (let x = 1; x < p.length && ok; x++) {
        const w = this.word(i + x);
        ok = w === p[x] || (x === p.length - 1 && w !== null && w.startsWith(p[x]) && this.lex.complementisers.has(w.slice(p[x].length)));
      }
      if (ok) return i + p.length;
    }
    return -1;
  }
}

/** Hash keys of the first words of a phrase list (lists come from the cached lexicon: built once per list). */
const FIRST_WORDS = new WeakMap<string[][], KeySet>();
function firstWordKeys(phrases: string[][]): KeySet {
  let set = FIRST_WORDS.get(phrases);
  if (!set) {
    set = new KeySet();
    for (const p of phrases) if (typeof p[0] === 'string') set.add(key(hashFolded(p[0])));
    FIRST_WORDS.set(phrases, set);
  }
  return set;
}

export function conjLen(a: Analyser, i: number): number {
  const w = a.word(i);
  if (w === null || w.length < 3 || !CONJ.has(w[0])) return 0;
  const rest = w.slice(1);
  // a conjunction when what follows is a known cue
  if (a.lex.verbs.has(rest) || a.lex.sourceFirst.has(rest) || a.lex.nouns.has(rest) || a.lex.impersonalVerbs.has(rest) || a.verb(i)?.conj || a.noun(i, true)?.conj) return 1;
  return 0;
}

export function agrees(v: VerbInfo, g: NounGender | 'any'): boolean {
  if (g === 'any' || v.gender === 'du') return true;
  if (v.gender === 'm') return g === 'm';
  if (v.gender === 'f') return g === 'f' || g === 'pl-n';
  return g === 'pl-h';
}

/** The diacritics written right after the n-th letter (0-based) of token tk. */
function marksAfterLetter(text: string, tk: Tok, n: number): string {
  let letters = -1;
  let marks = '';
  for (let i = tk.s; i < tk.e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x0652) {
      if (letters === n) marks += text[i];
      continue;
    }
    if (isDropped(c)) continue;
    letters++;
    if (letters > n) break;
  }
  return marks;
}
/** A damma on the verb's prefix letter (يُعتقد، يُقال, after و/ف): passive. */
export function hasPassiveMark(text: string, tk: Tok, conj: number): boolean {
  return marksAfterLetter(text, tk, conj).includes('\u064f');
}
/** A fatha on the prefix letter (يَعتقد): active. */
export function hasActiveMark(text: string, tk: Tok, conj: number): boolean {
  return marksAfterLetter(text, tk, conj).includes('\u064e');
}
/**
 * Words of the previous and the current sentence, for anaphora (a surname named earlier): looked
 * up on demand, at most `WINDOW` words back, so a sentence costs nothing unless a subject needs it.
 */
export class SeenWords {
  static readonly WINDOW = 200;
  constructor(
    private readonly a: Analyser,
    private readonly from: number,
  ) {}
  has(core: string, before: number): boolean {
    if (before < 0) return false;
    for (let x = Math.max(this.from, before - SeenWords.WINDOW); x < before; x++) {
      if (this.a.kind(x) !== K.Word) continue;
      const c = this.a.core(x);
      if (c && c.core === core) return true;
    }
    return false;
  }
}
