/**
 * unattributed-claim — a claim whose source is vague (ويرى محللون، أفادت تقارير إعلامية),
 * anonymous (مصدر مطلع، مسؤول رفض الكشف عن اسمه، أحد السكان) or impersonal (يُعتقد أن، يُقال،
 * من المعروف أن، تشير التقديرات). Named sources (قال وزير الخارجية سامي نادر، بحسب تقرير رويترز)
 * and anaphoric ones (وأضاف، وقالوا، a surname already named) stay quiet.
 *
 * How it works, per sentence (text/sentences.ts), in one left-to-right pass over the words:
 *  1. a claim clause starts at a reporting/belief verb in any of its forms (claims/verbs.ts), a
 *     source phrase (بحسب، وفقا ل\u0640، نقلا عن …, claims/phrases.ts) or an impersonal phrase;
 *  2. its subject is searched after the verb (verb–subject order, skipping time adverbs, "في تصريح
 *     ل\u0640…" and addressee phrases ل\u0640…), else just before it (subject–verb order, with agreement:
 *     مصادر … ذكرت، خبراء … يرون), else it is a pronoun (anaphoric, quiet) — or, for يُعتقد/يُقال,
 *     nobody (impersonal);
 *  3. the subject noun phrase is classified with the noun lexicons (claims/nouns.ts): only vague,
 *     anonymous and impersonal sources are reported; anything not recognised is quiet, so an
 *     unknown name is never flagged.
 * The range is the clause's verb (or source phrase) and subject, not the sentence.
 *
 * Fixes, none preferred (fix-all never touches claims): insert "[من؟]" after the clause; replace
 * the vague attribution with a snippet "بحسب ${1:المصدر}"; "mark as reviewed" (a command, no
 * edits: the editor stores `reviewedKey(sentence)` in `.tadqiq/reviewed.json`, and sentences
 * whose key is in `RuleContext.reviewed` or in the `reviewed` option are skipped).
 *
 * Linear: every look-ahead and look-behind is bounded by a constant number of words.
 */
import { spanIndexAt, splitSentences, type Span } from '../text/sentences';
import type { Finding, Fix, Locale, Rule } from '../types';
import { COMMANDS } from '../../shared/vocabulary';
import { lexiconFor, type Lexicon, type NounGender, type NounInfo, type VerbInfo } from './claims/lexicon';
import { hashDropFirst, hashFolded, hashJoin, isDropped, K, key, KeySet, Tokens, type Tok } from './claims/tokens';

export const RULE_ID = 'unattributed-claim';
/** The marker the writer resolves later. */
export const WHO_MARKER = '[من؟]';

export type ClaimClass = 'vague' | 'anonymous' | 'impersonal' | 'named' | 'anaphoric';

export interface Claim {
  cls: ClaimClass;
  /** The range reported: verb (or source phrase) and subject. */
  start: number;
  end: number;
  /** The subject's range, when there is an explicit one. */
  subject?: { start: number; end: number };
  /** How the clause was found. */
  cue: 'verb' | 'source-phrase' | 'impersonal-phrase' | 'headline';
  /** The sentence the clause belongs to. */
  sentence: Span;
  /** The subject refers back to an earlier unnamed source (المصدر ذاته). */
  refersBack?: boolean;
  /** For the snippet fix: the range that "بحسب المصدر" can replace, and whether a comma must follow. */
  replace?: { start: number; end: number; comma: boolean };
}

// ---------------------------------------------------------------------------------------------
// Tokens

// ---------------------------------------------------------------------------------------------
// Reviewed keys

/**
 * The key "mark as reviewed" stores for a sentence: diacritics, tatweel, bidi and zero-width
 * characters removed, presentation forms mapped to letters (NFKC), "[من؟]" markers removed,
 * whitespace collapsed to one space and trimmed. Stable across re-extraction and the marker fix.
 */
export function reviewedKey(sentence: string): string {
  if (typeof sentence !== 'string') return '';
  if (isOwnKey(sentence)) return sentence;
  // Runs of characters kept as they are are copied with one slice each (not one concatenation per
  // character: that made thousands of short-lived strings per sentence).
  let out = '';
  let space = false;
  let run = -1; // start of the pending run of unchanged characters, or -1
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const pres = (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
    const dropped = isDropped(c);
    const marker = !dropped && c === 0x5b && sentence.startsWith(WHO_MARKER, i);
    const blank = c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85;
    if (!dropped && !marker && !blank && !pres) {
      if (run < 0) {
        // a run starts: the space before it, if any (the previous run was flushed when the space was seen)
        if (space && out.length > 0) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += sentence.slice(run, i);
      run = -1;
    }
    if (dropped) continue;
    if (marker) {
      i += WHO_MARKER.length - 1;
      space = true;
      continue;
    }
    if (blank) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += nfkc(c);
  }
  if (run >= 0) out += sentence.slice(run);
  return out;
}

/**
 * Is the sentence its own key: nothing to drop or map, single spaces between words only (U+0020,
 * none at the ends)? Most sentences are: then no string is built at all.
 */
function isOwnKey(sentence: string): boolean {
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || sentence.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    if (c < 0x20 || c === 0xa0 || c === 0x85) return false;
    if (c >= 0x0600 && (isDropped(c) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029)) return false;
    if (c === 0x5b && sentence.startsWith(WHO_MARKER, i)) return false;
  }
  return true;
}

/** NFKC of one presentation form, made once per character (not a string and a normalisation per occurrence). */
const NFKC_CACHE = new Map<number, string>();
function nfkc(c: number): string {
  let v = NFKC_CACHE.get(c);
  if (v === undefined) {
    v = String.fromCharCode(c).normalize('NFKC');
    NFKC_CACHE.set(c, v);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Analysis

const CONJ = new Set(['\u0648', '\u0641']); // و ف
/** A quotation or bracket after a noun names it: موقع "فيسبوك"، صحيفة «الشروق». */
const QUOTE_OPENERS = '"«“\'(';

interface NP {
  start: number; // token index
  end: number; // exclusive token index
  cls: ClaimClass | 'other';
  gender: NounGender | 'any';
  /** First token is definite (ال) — for the anonymity upgrade. */
  definite: boolean;
  refersBack?: boolean;
  /** Head in \u0640ين (sound plural or dual, accusative/genitive): the object of a transitive verb. */
  accusative?: boolean;
}

interface NounHit {
  info: NounInfo;
  key: string;
  definite: boolean;
  prep: boolean;
  conj: boolean;
}

interface VerbHit {
  info: VerbInfo;
  conj: boolean;
  enclitic: boolean;
}

/** A reporting verb form with its clitics: و/ف, future س, an object pronoun (ذكره، أكدته، ذكروه). */
function lookupVerb(w: string, lex: Lexicon): VerbHit | null {
  if (lex.functionWords.has(w)) return null;
  const conjOk = w.length > 2 && CONJ.has(w[0]);
  return (
    verbForm(w, false, lex) ??
    (conjOk ? verbForm(w.slice(1), true, lex) : null) ??
    (futureOk(w) ? verbForm(w.slice(1), false, lex) : null) ??
    (conjOk && futureOk(w.slice(1)) ? verbForm(w.slice(2), true, lex) : null)
  );
}
/** سيقول، ستكشف: a future prefix on a present form. */
function futureOk(c: string): boolean {
  return c.length > 3 && c[0] === '\u0633' && (c[1] === '\u064a' || c[1] === '\u062a');
}
function verbForm(c: string, conj: boolean, lex: Lexicon): VerbHit | null {
  const hit = lex.verbs.get(c);
  if (hit) return { info: hit, conj, enclitic: false };
  for (const suf of ENCLITICS) {
    if (c.length > suf.length + 1 && c.endsWith(suf)) {
      const base = c.slice(0, -suf.length);
      const h = lex.verbs.get(base) ?? (base.endsWith('\u0648') ? lex.verbs.get(base + '\u0627') : undefined);
      if (h) return { info: h, conj, enclitic: true };
    }
  }
  return null;
}
const ENCLITICS = ['\u0647\u0645\u0627', '\u0647\u0645', '\u0647\u0627', '\u0647'];

/** A source noun with its clitics: و/ف, then ب/ل/ك, then ال (لل، بال، كال). */
function lookupNoun(w: string, lex: Lexicon): NounHit | null {
  if (lex.functionWords.has(w)) return null;
  return nounWithPrefixes(w, false, lex) ?? (w.length > 3 && CONJ.has(w[0]) ? nounWithPrefixes(w.slice(1), true, lex) : null);
}
/** The noun b, or b after ال / لل / بال، كال / ب، ل، ك (tried in that order); no arrays per lookup. */
function nounWithPrefixes(b: string, conj: boolean, lex: Lexicon): NounHit | null {
  let info = lex.nouns.get(b);
  if (info) return { info, key: b, definite: false, prep: false, conj };
  let core: string;
  if (b.startsWith('\u0627\u0644') && b.length > 3 && (info = lex.nouns.get((core = b.slice(2))))) return { info, key: core, definite: true, prep: false, conj };
  if (b.startsWith('\u0644\u0644') && b.length > 3 && (info = lex.nouns.get((core = b.slice(2))))) return { info, key: core, definite: true, prep: true, conj };
  if ((b.startsWith('\u0628\u0627\u0644') || b.startsWith('\u0643\u0627\u0644')) && b.length > 4 && (info = lex.nouns.get((core = b.slice(3))))) return { info, key: core, definite: true, prep: true, conj };
  if ((b[0] === '\u0628' || b[0] === '\u0644' || b[0] === '\u0643') && b.length > 3 && (info = lex.nouns.get((core = b.slice(1))))) return { info, key: core, definite: false, prep: true, conj };
  return null;
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

/**
 * Words split by a space in text extracted from PDF (أك دت، مص ادر، تقار ير، إخبار ية): two short
 * adjacent pieces whose join is a cue word (verb or source noun) or that end in a lone nisba
 * suffix are read as one word. Neither piece may be a known word itself. Hashes only: no string
 * is built for the pieces.
 */
function joinSplitWords(T: Tokens, lex: Lexicon): void {
  const text = T.text;
  T.compactJoin((i) => {
    if (T.k[i] !== K.Word || T.k[i + 1] !== K.Word) return false;
    const la = T.fl[i];
    const lb = T.fl[i + 1];
    if ((la > 3 && lb > 3) || la + lb < 4 || T.s[i + 1] - T.e[i] > 2 || !isGap(text, T.e[i], T.s[i + 1])) return false;
    if (lex.knownSurface.has(key(T.h[i])) || lex.knownSurface.has(key(T.h[i + 1]))) return false;
    if (lb <= 3 && SUFFIX_PIECES.has(key(T.h[i + 1]))) return true;
    return lex.cueSurface.has(key(hashJoin(T.h[i], T.h[i + 1], lb)));
  });
}

/** Nisba endings left alone by a split (إخبار ية): never words on their own. */
const SUFFIX_PIECES = new Set(['\u064a\u0647', '\u064a', '\u064a\u0648\u0646', '\u064a\u064a\u0646', '\u064a\u0627\u062a'].map((w) => key(hashFolded(w))));

function isGap(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && !isDropped(c)) return false;
  }
  return e > s;
}

class Analyser {
  readonly toks: Tokens;
  // Memos by token index: slot i holds 1 + the index of the result in the list, 0 when not computed
  // (a typed array instead of a Map keyed by token: no hashing, no growing table on long texts).
  private readonly nounSlot: Int32Array;
  private readonly nounRes: Array<NounHit | null> = [];
  private readonly verbSlot: Int32Array;
  private readonly verbRes: Array<VerbHit | null> = [];
  readonly consumed: Uint8Array;

  constructor(
    readonly text: string,
    readonly lex: Lexicon,
  ) {
    this.toks = new Tokens(text);
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
    if (this.kind(i) !== K.Word || !this.lex.triggers.has(key(this.toks.h[i]))) return null;
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
    if (w.length > 3 && CONJ.has(w[0]) && !this.lex.adjectives.has(w)) {
      const rest = w.slice(1);
      if (rest.startsWith('\u0627\u0644') || this.isAdjectiveWord(rest)) w = rest;
    }
    if (w.startsWith('\u0627\u0644') && w.length > 3) return { core: w.slice(2), definite: true };
    return { core: w, definite: false };
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
   * The noun phrase starting at token j (within [., end)), classified. Returns null when j does not
   * start a noun phrase (function word, punctuation, verb).
   */
  np(j: number, end: number, allowPrep: boolean, seen: SeenWords, depth = 0): NP | null {
    if (j >= end || depth > 3) return null;
    const kd = this.kind(j);
    if (kd === K.Latin) return { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };
    if (kd === K.Number) {
      const inner = this.np(j + 1, end, false, seen, depth + 1);
      if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous')) return { ...inner, start: j, cls: 'vague' };
      return null;
    }
    if (kd !== K.Word) return null;
    const w = this.toks.w(j);
    const bw = this.bare(j)!;
    if (this.lex.complementisers.has(w) || this.lex.functionWords.has(w) || this.lex.functionWords.has(bw)) return null;
    if (this.verb(j)) return null;

    // named-source exemptions
    if (this.matchesNamed(j, end)) return { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };

    // vague pronouns: البعض، كثيرون، آخرون
    if (this.lex.vaguePronouns.has(bw) || this.lex.vaguePronouns.has(w)) return { start: j, end: j + 1, cls: 'vague', gender: 'pl-h', definite: false };

    // one of: أحد المسؤولين، إحدى الموظفات
    if (this.lex.oneOf.has(bw)) {
      if (this.kind(j + 1) !== K.Word || this.isStop(j + 1, end)) return null;
      const inner = this.np(j + 1, end, false, seen, depth + 1);
      let e = inner && inner.cls !== 'other' && inner.cls !== 'named' ? inner.end : Math.max(j + 2, this.chain(j + 1, end));
      e = this.extendAdjectives(e, end, true);
      return { start: j, end: e, cls: 'anonymous', gender: bw === 'احدي' ? 'f' : 'm', definite: false };
    }

    // quantifiers: بعض العلماء، عدد من الخبراء
    if (this.lex.quantifiers.has(bw) || (bw.startsWith('\u0627\u0644') && this.lex.quantifiers.has(bw))) {
      let k = j + 1;
      if (this.word(k) === '\u0645\u0646') k++;
      const inner = this.np(k, end, false, seen, depth + 1);
      if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
        return { start: j, end: inner.end, cls: inner.cls === 'impersonal' ? 'vague' : inner.cls, gender: inner.gender === 'pl-n' ? 'pl-n' : 'pl-h', definite: false };
      }
      if (bw === '\u0628\u0639\u0636' && !inner) return null;
      return null;
    }

    const hit = this.noun(j, allowPrep);
    if (!hit) return this.otherNP(j, end, seen);
    const info = hit.info;
    let k = j + 1;
    // two-word heads: وسائل إعلام، مواقع التواصل
    if (info.second) {
      const nw = this.word(k);
      if (nw !== null && info.second.includes(nw)) k++;
      else if (!info.single) return this.otherNP(j, end, seen);
    }
    // false friends: مصادر الطاقة، مصدر قلق، دوائر انتخابية
    const ff = this.lex.falseFriends.get(hit.key);
    if (ff) {
      const c = this.core(k);
      // the next word, also after ل/ب/لل (مصادر للطاقة، مصدر لقلق)
      const cc = c ? c.core : '';
      const bare2 = cc.startsWith('\u0644\u0644') ? cc.slice(2) : /^[\u0644\u0628]/.test(cc) ? cc.slice(1) : '';
      if (c && (ff.has(cc) || (bare2 && ff.has(bare2)))) return { start: j, end: k + 1, cls: 'other', gender: 'any', definite: hit.definite };
    }
    const headEnd = k;
    const cat = info.cat;
    const definite = hit.definite;
    let genitiveAt = -1;
    let genitiveVague = false;
    // a construct genitive right after the head (خبراء الاقتصاد، تقارير وسائل الإعلام، مسؤول الاتصال)
    const soundPlural = /(?:ون|ين)$/.test(hit.key) && cat !== 'doc-pl';
    if (!definite && !soundPlural && k < end && !this.isStop(k, end)) {
      const c = this.core(k);
      if (c && c.definite && !this.isAdjectiveWord(c.core)) {
        genitiveAt = k;
        k = Math.max(k + 1, this.chain(k, end));
      } else if (this.kind(k) === K.Latin) {
        genitiveAt = k;
      } else if (cat === 'doc-pl' || cat === 'doc-sg') {
        // a vague source as genitive: تقارير وسائل الإعلام، تقرير مصادر أمنية
        const inner = this.np(k, end, false, seen, depth + 1);
        if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
          genitiveAt = k;
          genitiveVague = true;
          k = inner.end;
        }
      }
    }
    let anonymousAdj = false;
    let refersBack = false;
    // adjectives, coordinated adjectives, a place/institution (في وزارة الداخلية، من الشرطة)
    let guard = 0;
    while (k < end && guard++ < 10) {
      if (this.kind(k) !== K.Word) break;
      const tw = this.toks.w(k);
      const c = this.core(k)!;
      if (this.lex.anonymousAdjectives.has(c.core)) {
        anonymousAdj = true;
        k++;
        continue;
      }
      if (/^(?:ذاته|ذاتها|نفسه|نفسها|ذاتهم|انفسهم|ذاتهما|عينه|عينها)$/.test(tw)) {
        refersBack = true;
        k++;
        continue;
      }
      if (this.isAdjective(k, definite || genitiveAt >= 0) || this.isAdjective(k, definite)) {
        k++;
        continue;
      }
      // غير + adjective: أنباء غير مؤكدة، مصادر غير رسمية
      if (tw === '\u063a\u064a\u0631' && k + 1 < end && this.isAdjective(k + 1, definite)) {
        k += 2;
        continue;
      }
      if (this.lex.subjectPrepositions.has(tw) && k + 1 < end) {
        const e2 = this.chain(k + 1, end);
        if (e2 > k + 1) {
          k = this.extendAdjectives(e2, end, true);
          continue;
        }
      }
      break;
    }
    const npEnd = k;
    const g = info.gender;
    const accusative = !hit.definite && /ين$/.test(hit.key) && (cat === 'person-pl' || cat === 'source-sg');
    const out = (cls: NP['cls']): NP => ({ start: j, end: npEnd, cls, gender: g, definite: definite || genitiveAt >= 0, refersBack, accusative });
    switch (cat) {
      case 'source-sg':
        return out('anonymous');
      case 'source-pl':
      case 'person-pl':
      case 'pron':
        return out(anonymousAdj ? 'anonymous' : 'vague');
      case 'person-sg': {
        if (definite || (genitiveAt === headEnd && !this.isAdjectiveWord(this.core(headEnd)!.core))) return { ...out('anaphoric'), cls: this.nameFollows(npEnd, end) ? 'named' : 'anaphoric' };
        if (this.nameFollows(npEnd, end) && this.endsDefinite(npEnd)) return out('named');
        return out(anonymousAdj ? 'anonymous' : 'vague');
      }
      case 'doc-sg': {
        if (genitiveVague) return out('vague');
        if (definite) return out('anaphoric');
        if (genitiveAt >= 0 || this.isPunct(npEnd, QUOTE_OPENERS)) return out('named');
        // only adjectives after it, and then a stop: بحسب تقرير إعلامي، كشفت دراسة حديثة أن
        if (this.isStop(npEnd, end) || this.isPunct(npEnd)) {
          // a place phrase after a document names it (تقرير من البنك الدولي)
          for (let x = headEnd; x < npEnd; x++) if (this.lex.subjectPrepositions.has(this.toks.tok(x).w)) return out('named');
          return out('vague');
        }
        return out('named');
      }
      case 'doc-pl': {
        if (definite) {
          if (k < end && this.word(k) !== null && this.lex.relatives.has(this.word(k)!)) return out('other');
          return out(refersBack ? 'vague' : 'impersonal');
        }
        if (genitiveAt >= 0) {
          const inner = this.np(genitiveAt, end, false, seen, depth + 1);
          if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) return { ...out('vague'), end: Math.max(npEnd, inner.end) };
          return out('named');
        }
        return out(anonymousAdj ? 'anonymous' : 'vague');
      }
    }
    return null;
  }

  private extendAdjectives(k: number, end: number, definite: boolean): number {
    while (k < end && this.kind(k) === K.Word && (this.isAdjective(k, definite) || this.isAdjective(k, !definite))) k++;
    return k;
  }

  private endsDefinite(k: number): boolean {
    const c = this.core(k - 1);
    return !!c && c.definite;
  }

  /** A name right after a noun phrase: an unknown word that is not a function word or a verb. */
  nameFollows(k: number, end: number): boolean {
    if (k >= end) return false;
    const kd = this.kind(k);
    if (kd === K.Latin) return true;
    if (kd !== K.Word) return false;
    const w = this.toks.w(k);
    if (this.lex.functionWords.has(w) || this.lex.complementisers.has(w) || this.lex.adverbs.has(w) || this.verb(k)) return false;
    if (this.noun(k, true)) return false;
    if (w.startsWith('\u0627\u0644') && !this.isAdjectiveWord(w.slice(2))) return false; // a definite word: not a first name
    return !this.lex.subjectPrepositions.has(w);
  }

  /** An unrecognised subject: named (titled person, name, institution) or anaphoric (seen before). */
  private otherNP(j: number, end: number, seen: SeenWords): NP {
    const c = this.core(j)!;
    const cls: ClaimClass = seen.has(c.core, j) && !this.lex.titles.has(this.word(j)!) ? 'anaphoric' : 'named';
    return { start: j, end: j + 1, cls, gender: 'any', definite: c.definite };
  }

  private matchesNamed(j: number, end: number): boolean {
    const w0 = this.word(j);
    const b0 = this.bare(j);
    if (!(w0 !== null && this.lex.namedFirst.has(w0)) && !(b0 !== null && this.lex.namedFirst.has(b0))) return false;
    for (const phrase of this.lex.namedSources) {
      if (j + phrase.length > end) continue;
      let ok = true;
      for (let x = 0; x < phrase.length && ok; x++) {
        const w = x === 0 ? this.bare(j) : this.word(j + x);
        const p = phrase[x];
        ok = w === p || (x === 0 && w !== null && (w === 'ال' + p || this.word(j) === p));
      }
      if (ok) return true;
    }
    return false;
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

function conjLen(a: Analyser, i: number): number {
  const w = a.word(i);
  if (w === null || w.length < 3 || !CONJ.has(w[0])) return 0;
  const rest = w.slice(1);
  // a conjunction when what follows is a known cue
  if (a.lex.verbs.has(rest) || a.lex.sourcePhrases.some((p) => p[0] === rest) || a.lex.nouns.has(rest) || a.lex.impersonalVerbs.has(rest) || a.verb(i)?.conj || a.noun(i, true)?.conj) return 1;
  return 0;
}

function agrees(v: VerbInfo, g: NounGender | 'any'): boolean {
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
function hasPassiveMark(text: string, tk: Tok, conj: number): boolean {
  return marksAfterLetter(text, tk, conj).includes('\u064f');
}
/** A fatha on the prefix letter (يَعتقد): active. */
function hasActiveMark(text: string, tk: Tok, conj: number): boolean {
  return marksAfterLetter(text, tk, conj).includes('\u064e');
}

export interface AnalyseOptions {
  vagueNouns?: readonly string[];
  verbs?: readonly string[];
  namedSources?: readonly string[];
  reviewed?: ReadonlySet<string>;
  /** Also return the quiet clauses (named, anaphoric); off for the rule, which only reports the others. */
  quiet?: boolean;
}

/** All claim clauses of a text, quiet classes included (named, anaphoric). */
export function analyseClaims(text: string, opts: AnalyseOptions = {}): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lex = lexiconFor({ vagueNouns: opts.vagueNouns, verbs: opts.verbs, namedSources: opts.namedSources });
  const a = new Analyser(text, lex);
  const toks = a.toks;
  const sentences = splitSentences(text);
  const claims: Claim[] = [];
  const pusher = new Pusher(a, claims, !!opts.quiet);
  let ti = 0;
  let prevStart = 0;
  for (const sent of sentences) {
    while (ti < toks.n && toks.s[ti] < sent.start) ti++;
    const a0 = ti;
    while (ti < toks.n && toks.s[ti] < sent.end) ti++;
    const b = ti;
    if (a0 >= b) continue;
    analyseSentence(a, sent, a0, b, opts.quiet ? new SeenWords(a, prevStart) : NO_SEEN, pusher);
    prevStart = a0;
  }
  claims.sort((x, y) => x.start - y.start || x.end - y.end);
  if (opts.reviewed && opts.reviewed.size > 0) {
    // only sentences with a claim get a key
    const keys = new Map<number, boolean>();
    return claims.filter((c) => {
      let r = keys.get(c.sentence.start);
      if (r === undefined) {
        r = opts.reviewed!.has(reviewedKey(text.slice(c.sentence.start, c.sentence.end)));
        keys.set(c.sentence.start, r);
      }
      return !r;
    });
  }
  return claims;
}

/**
 * Words of the previous and the current sentence, for anaphora (a surname named earlier): looked
 * up on demand, at most `WINDOW` words back, so a sentence costs nothing unless a subject needs it.
 */
class SeenWords {
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

/** Token index of an anonymity clause (رفض الكشف عن اسمه) in [a0, b), or -1. */
function anonymityMarker(a: Analyser, a0: number, b: number): number {
  const T = a.toks;
  const hashes = a.lex.anonymityObjectHashes;
  for (let x = a0; x < b; x++) {
    if (T.k[x] !== K.Word || !hashes.has(key(T.h[x]))) continue;
    const w = a.word(x);
    if (w === null || !a.lex.anonymityObjects.has(w)) continue;
    for (let y = x - 1; y >= Math.max(a0, x - 4); y--) {
      const v = a.bare(y);
      if (v !== null && a.lex.anonymityVerbs.has(v)) return y;
    }
  }
  return -1;
}
/** When quiet clauses are not wanted, named vs. anaphoric does not matter: skip the look-back. */
const NO_SEEN = { has: () => false } as unknown as SeenWords;

/**
 * Adds the claims of the current sentence (upgraded to anonymous after an anonymity clause, quiet
 * classes dropped unless wanted). One per analysis, reset for each sentence: no closure per sentence.
 */
class Pusher {
  private sent: Span = { start: 0, end: 0 };
  private a0 = 0;
  private b = 0;
  private anonymityAt = -2; // not computed yet
  constructor(
    private readonly a: Analyser,
    private readonly claims: Claim[],
    private readonly quiet: boolean,
  ) {}
  reset(sent: Span, a0: number, b: number): void {
    this.sent = sent;
    this.a0 = a0;
    this.b = b;
    this.anonymityAt = -2;
  }
  readonly push: Push = (c, np) => {
    const a = this.a;
    let cls = c.cls;
    if (this.anonymityAt === -2 && np) this.anonymityAt = anonymityMarker(a, this.a0, this.b);
    const anonymityAt = this.anonymityAt;
    // anonymity clause after an indefinite subject: anonymous
    if (np && anonymityAt >= 0 && anonymityAt >= np.start && (cls === 'vague' || (cls === 'named' && !np.definite && a.kind(np.start) === K.Word))) cls = 'anonymous';
    if (!this.quiet && cls !== 'vague' && cls !== 'anonymous' && cls !== 'impersonal') return;
    c.cls = cls;
    (c as Claim).sentence = this.sent;
    this.claims.push(c as Claim);
  };
}

function analyseSentence(a: Analyser, sent: Span, a0: number, b: number, seen: SeenWords, pusher: Pusher): void {
  const toks = a.toks;
  const lex = a.lex;
  pusher.reset(sent, a0, b);
  const push = pusher.push;
  let forced = -1; // a phrase start found by looking back from its second word
  let backDone = -1;
  for (let i = a0; i < b; i++) {
    // the fast path: one hash lookup per word
    if (toks.k[i] !== K.Word || a.consumed[i]) continue;
    if (i !== forced) {
      if (!lex.triggers.has(key(toks.h[i])) && !(i === a0 && colonAhead(a, i, b))) continue;
      // a phrase whose first word is common is triggered by its second word: start there
      if (i > a0 && backDone !== i && !a.consumed[i - 1] && toks.k[i - 1] === K.Word && (a.matchPhrase(lex.impersonalPhrases, i - 1, b) > 0 || a.matchPhrase(lex.sourcePhrases, i - 1, b) > 0)) {
        backDone = i;
        forced = i - 1;
        i -= 2;
        continue;
      }
    }
    const tkS = toks.s[i];

    // 1. impersonal phrases: من المعروف أن
    const ip = a.matchPhrase(lex.impersonalPhrases, i, b);
    if (ip > 0) {
      const cj = conjLen(a, i);
      let rEnd = toks.e[ip - 1];
      let comma = true;
      const nx = a.word(ip);
      if (nx !== null && lex.complementisers.has(nx) && isBareComplementiser(nx)) rEnd = toks.e[ip];
      else comma = false;
      push({ cls: 'impersonal', start: tkS, end: toks.e[ip - 1], cue: 'impersonal-phrase', replace: comma ? { start: tkS + cj, end: rEnd, comma: true } : undefined }, null);
      for (let x = i; x < ip; x++) a.consumed[x] = 1;
      i = ip - 1;
      continue;
    }

    // 2. source phrases: بحسب، وفقا ل\u0640، نقلا عن
    const sp = a.matchPhrase(lex.sourcePhrases, i, b);
    if (sp > 0) {
      let j = sp;
      if (a.word(j) === '\u0644') j++; // "ل\u0640 " detached
      const wj = a.word(j);
      const isMa = wj === '\u0645\u0627' || /ما$/.test(a.bare(i) ?? '') && /^(?:حسبما|وفقما|بحسبما)$/.test(a.bare(i) ?? '');
      if (wj === '\u0645\u0627' || isMa) {
        let v = wj === '\u0645\u0627' ? j + 1 : j;
        if (a.word(v) === '\u0642\u062f') v++;
        if (a.verb(v) || lex.impersonalVerbs.has(a.bare(v) ?? '')) {
          analyseVerb(a, sent, v, a0, b, seen, push, i);
          for (let x = i; x <= v; x++) a.consumed[x] = 1;
          i = v;
          continue;
        }
      }
      const np = a.np(j, b, true, seen);
      if (np) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        const cls = np.cls;
        if (cls !== 'other') {
          const cj = conjLen(a, i);
          push(
            {
              cls,
              start: tkS,
              end: toks.e[np.end - 1],
              subject: { start: toks.s[np.start], end: toks.e[np.end - 1] },
              cue: 'source-phrase',
              refersBack: np.refersBack,
              replace: { start: tkS + cj, end: toks.e[np.end - 1], comma: false },
            },
            np,
          );
        }
        i = np.end - 1;
      }
      continue;
    }

    // 3. reporting verbs
    if (a.verb(i) || lex.impersonalVerbs.has(a.bare(i) ?? '')) {
      const prev = i > a0 ? a.word(i - 1) : null;
      if (prev !== null && lex.nonClaimBeforeVerb.has(prev)) continue;
      analyseVerb(a, sent, i, a0, b, seen, push, -1);
      continue;
    }

    // 4. headline: "مصادر: …" at the start of a sentence
    if (i === a0) {
      const np = a.np(i, b, false, seen);
      // A lone singular genre word before a colon is a label ("تقرير: …", "دراسة: …" = "Report: …"), not a source.
      const label = np !== null && np.end - np.start === 1 && HEADLINE_LABELS.has(a.bare(np.start) ?? '');
      if (np && !label && (np.cls === 'vague' || np.cls === 'anonymous') && a.isPunct(np.end, ':')) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        push({ cls: np.cls, start: tkS, end: toks.e[np.end - 1], subject: { start: tkS, end: toks.e[np.end - 1] }, cue: 'headline' }, np);
        i = np.end - 1;
        continue;
      }
    }
  }
}

/** Genre labels that open a headline with a colon. */
const HEADLINE_LABELS = new Set(
  ['تقرير', 'دراسة', 'تحقيق', 'تحليل', 'حوار', 'بيان', 'استطلاع', 'متابعة'].flatMap((w) => [w, w.replace(/\u0629$/, '\u0647')]), // tokens may come with ة folded to ه
);

/** A colon within the next few words (a headline "مصادر: …"). */
function colonAhead(a: Analyser, i: number, b: number): boolean {
  for (let k = i + 1; k < Math.min(b, i + 8); k++) if (a.kind(k) === K.Punct) return a.toks.w(k) === ':';
  return false;
}

function isBareComplementiser(w: string): boolean {
  return w === '\u0627\u0646' || w === '\u0628\u0627\u0646';
}
type Push = (c: Omit<Claim, 'sentence'>, np: NP | null) => void;

/**
 * For a claim from verb v (or the phrase at phraseStart) ending before token endTok: the range the
 * snippet can replace, through a bare complementiser (أن، إن، بأن، إلى أن). (A function, not a
 * closure made per verb.)
 */
function replaceThrough(a: Analyser, v: number, phraseStart: number, replStart: number, endTok: number): Claim['replace'] {
  const toks = a.toks;
  if (phraseStart >= 0) return { start: replStart, end: toks.e[endTok - 1], comma: false };
  let k = endTok;
  if (a.word(k) === '\u0627\u0644\u064a' && a.word(k + 1) !== null && isBareComplementiser(a.word(k + 1)!)) k++;
  const w = a.word(k);
  if (w !== null && isBareComplementiser(w) && !a.verb(v)?.enclitic) return { start: replStart, end: toks.e[k], comma: true };
  if (a.isPunct(k, ':')) return { start: replStart, end: toks.e[k], comma: true };
  return undefined;
}

function analyseVerb(a: Analyser, sent: Span, v: number, a0: number, b: number, seen: SeenWords, push: Push, phraseStart: number): void {
  const toks = a.toks;
  const lex = a.lex;
  const vt = toks.tok(v);
  const vinfo = a.verb(v);
  const bare = a.bare(v) ?? '';
  const cj = conjLen(a, v);
  const startTok = phraseStart >= 0 ? phraseStart : v;
  const start = toks.s[startTok];
  const replStart = toks.s[startTok] + (phraseStart >= 0 ? conjLen(a, phraseStart) : cj);

  // impersonal verbs: يقال، قيل — and any present form with a damma on the prefix (يُتوقع)
  const passiveMark = vinfo?.info.present && !lex.connectorVerbs.has(bare) ? hasPassiveMark(a.text, vt, cj) : false;
  if (lex.impersonalVerbs.has(bare) || lex.impersonalVerbs.has(vt.w) || passiveMark) {
    push({ cls: 'impersonal', start, end: vt.e, cue: 'verb', replace: replaceThrough(a, v, phraseStart, replStart, v + 1) }, null);
    a.consumed[v] = 1;
    return;
  }
  if (!vinfo) return;

  let subj = subjectAfter(a, v, b, seen);
  // حذّر مسؤولين: the \u0640ين form after a transitive verb is its object; the subject is a pronoun
  if (subj && subj.accusative && vinfo.info.transitive && subj.start === v + 1) subj = null;
  // a verb with a second, non-reporting sense needs its complement (أضافه مسؤولون إلى القائمة: no claim)
  if (vinfo.info.complement && !complementAhead(a, subj ? subj.end : v + 1, b)) return;
  if (subj) {
    for (let x = subj.start; x < subj.end; x++) a.consumed[x] = 1;
    // نقل X عن Y: when Y is vague, the claim rests on Y; one finding from the verb to Y
    if (vinfo.info.via && viaSource(a, sent, subj.end, b, seen, push, v, startTok)) return;
    push(
      {
        cls: subj.cls === 'other' ? 'named' : subj.cls,
        start,
        end: toks.e[subj.end - 1],
        subject: { start: toks.s[subj.start], end: toks.e[subj.end - 1] },
        cue: phraseStart >= 0 ? 'source-phrase' : 'verb',
        refersBack: subj.refersBack,
        replace: replaceThrough(a, v, phraseStart, replStart, subj.end),
      },
      subj,
    );
    return;
  }
  // no subject after the verb
  const next = a.word(v + 1);
  if (lex.ambiguousPassive.has(bare) && next !== null && lex.complementisers.has(next) && !hasActiveMark(a.text, vt, cj) && phraseStart < 0) {
    push({ cls: 'impersonal', start, end: vt.e, cue: 'verb', replace: replaceThrough(a, v, phraseStart, replStart, v + 1) }, null);
    return;
  }
  if (phraseStart < 0) {
    const before = subjectBefore(a, v, a0, vinfo.info, seen);
    if (before) {
      for (let x = before.start; x < before.end; x++) a.consumed[x] = 1;
      const s0 = toks.s[before.start];
      const cjS = conjLen(a, before.start);
      let rep: Claim['replace'];
      const w = a.word(v + 1);
      if (w !== null && isBareComplementiser(w) && !vinfo.enclitic) rep = { start: s0 + cjS, end: toks.e[v + 1], comma: true };
      push({ cls: before.cls as ClaimClass, start: s0, end: vt.e, subject: { start: s0, end: toks.e[before.end - 1] }, cue: 'verb', refersBack: before.refersBack, replace: rep }, before);
      return;
    }
  }
  if (vinfo.info.via && viaSource(a, sent, v + 1, b, seen, push, v, startTok)) return;
  push({ cls: 'anaphoric', start, end: vt.e, cue: phraseStart >= 0 ? 'source-phrase' : 'verb' }, null);
}

/** A complementiser (أن، إن، بأن …), a colon or a quotation within a few words from `from`. */
function complementAhead(a: Analyser, from: number, b: number): boolean {
  for (let k = from; k < Math.min(b, from + 8); k++) {
    if (a.kind(k) === K.Punct) {
      const w = a.toks.w(k);
      if (w === ':' || QUOTE_OPENERS.includes(w)) return true;
      if (w === '،' || w === ',') continue;
      return false;
    }
    const w = a.word(k);
    if (w !== null && a.lex.complementisers.has(w)) return true;
  }
  return false;
}

/** نقل … عن X: a vague X is the real source. */
function viaSource(a: Analyser, sent: Span, from: number, b: number, seen: SeenWords, push: Push, v: number, startTok: number): boolean {
  for (let k = from; k < Math.min(b, from + 6); k++) {
    if (a.isPunct(k)) return false;
    if (a.word(k) === '\u0639\u0646') {
      const np = a.np(k + 1, b, false, seen);
      if (np && (np.cls === 'vague' || np.cls === 'anonymous' || np.cls === 'impersonal')) {
        for (let x = np.start; x < np.end; x++) a.consumed[x] = 1;
        const toks = a.toks;
        push({ cls: np.cls as ClaimClass, start: toks.s[startTok], end: toks.e[np.end - 1], subject: { start: toks.s[np.start], end: toks.e[np.end - 1] }, cue: 'verb', refersBack: np.refersBack }, np);
        return true;
      }
      return false;
    }
  }
  return false;
}

/** The explicit subject after a verb (verb–subject order), or null. */
function subjectAfter(a: Analyser, v: number, b: number, seen: SeenWords): NP | null {
  const lex = a.lex;
  const toks = a.toks;
  let j = v + 1;
  let sawPP = false;
  const limit = Math.min(b, v + 10);
  while (j < limit) {
    const kd = a.kind(j);
    if (kd === K.Punct || kd < 0) return null;
    if (kd === K.Latin) return sawPP ? null : { start: j, end: j + 1, cls: 'named', gender: 'any', definite: true };
    if (kd === K.Number) {
      const np = a.np(j, b, false, seen);
      return np && !sawPP ? np : null;
    }
    const w = a.toks.w(j);
    const bw = a.bare(j)!;
    if (lex.adverbs.has(w) || lex.pronounPPs.has(w)) {
      j++;
      continue;
    }
    if (w === '\u0641\u064a' && a.word(j + 1) !== null && lex.statementNouns.has(a.core(j + 1)!.core)) {
      j += 2;
      sawPP = true;
      continue;
    }
    if (w === '\u0645\u0646' && /^(?:جهته|جهتها|جهتهم|ناحيته|ناحيتها|جانبه|جانبها)$/.test(a.word(j + 1) ?? '')) {
      j += 2;
      continue;
    }
    if (lex.complementisers.has(w) || lex.functionWords.has(w) || lex.functionWords.has(bw) || a.verb(j)) return null;
    // an addressee written ل\u0640«…» or ل\u0640 "…": skip the quotation
    if (w === '\u0644' && a.isPunct(j + 1, QUOTE_OPENERS)) {
      const close = closingQuote(a, j + 1, limit + 6);
      if (close < 0) return null;
      sawPP = true;
      j = close + 1;
      continue;
    }
    // an addressee: لرويترز، للصحفيين، لوكالة الأنباء
    if (w.length > 2 && w[0] === '\u0644' && !lex.functionWords.has(w) && !w.startsWith('\u0644\u0627') && !w.startsWith('\u0644\u0645') && !w.startsWith('\u0644\u0646')) {
      if (w.startsWith('\u0644\u0644') || a.noun(j, true)?.prep || lookAheadVague(a, j + 1, limit, seen)) {
        sawPP = true;
        j++;
        continue;
      }
    }
    const np = a.np(j, b, false, seen);
    if (!np) return null;
    if (sawPP) {
      if (np.cls === 'vague' || np.cls === 'anonymous' || np.cls === 'impersonal') return np;
      // still inside the addressee phrase (لوكالة فرانس برس): keep looking
      j = np.end;
      continue;
    }
    return np;
  }
  return null;
}

/** Index of the punctuation token closing the quotation opened at token i (within a few words), or -1. */
function closingQuote(a: Analyser, i: number, limit: number): number {
  const open = a.toks.tok(i).w;
  const close = open === '«' ? '»' : open === '“' ? '”' : open === '(' ? ')' : open;
  for (let k = i + 1; k < Math.min(limit, a.toks.n); k++) if (a.isPunct(k, close)) return k;
  return -1;
}

function lookAheadVague(a: Analyser, from: number, limit: number, seen: SeenWords): boolean {
  for (let k = from; k < limit; k++) {
    if (a.kind(k) === K.Punct) return false;
    const w = a.word(k);
    if (w !== null && (a.lex.complementisers.has(w) || a.verb(k))) return false;
    const np = a.np(k, limit, false, seen);
    if (np && (np.cls === 'vague' || np.cls === 'anonymous')) return true;
  }
  return false;
}

/** A vague subject just before the verb (subject–verb order), agreeing with it, or null. */
function subjectBefore(a: Analyser, v: number, a0: number, vinfo: VerbInfo, seen: SeenWords): NP | null {
  const lex = a.lex;
  let e = v - 1;
  while (e >= a0 && a.word(e) !== null && (lex.auxiliaries.has(a.bare(e)!) || lex.auxiliaries.has(a.word(e)!))) e--;
  if (e < a0 || a.kind(e) === K.Punct) return null;
  for (let h = Math.max(a0, e - 9); h <= e; h++) {
    // only a word that can head a vague subject (one hash lookup) is parsed
    if (a.consumed[h] || a.kind(h) !== K.Word || !lex.headSurface.has(key(a.toks.h[h]))) continue;
    const np = a.np(h, e + 1, false, seen);
    if (!np || np.end !== e + 1) continue;
    if (np.cls !== 'vague' && np.cls !== 'anonymous') continue;
    if (!agrees(vinfo, np.gender)) continue;
    return np;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The rule

/** (One language built, here and in fixesFor: both would double what a finding allocates.) */
function messageFor(locale: Locale, c: Claim, subject: string): string {
  const s = subject;
  switch (c.cls) {
    case 'anonymous':
      return locale === 'ar' ? `مصدر مجهول: «${s}» — الادعاء منسوب إلى من لم يُسمَّ${c.refersBack ? ' (إحالة إلى مصدر لم يُسمَّ من قبل)' : ''}. سمِّ المصدر، أو بيّن مسوّغ إخفاء الهوية واعتمده.` : `Anonymous source: “${s}” — the claim rests on someone unnamed${c.refersBack ? ' (it refers back to an unnamed source)' : ''}. Name the source, or state why anonymity is justified and have it approved.`;
    case 'impersonal':
      return locale === 'ar' ? `ادعاء بصيغة المجهول: «${s}» لا ينسب الادعاء إلى أحد. من يقول هذا أو يعتقده؟ سمِّ المصدر.` : `Impersonal claim: “${s}” attributes the claim to no one. Who says or believes this? Name the source.`;
    default:
      return locale === 'ar' ? `مصدر مبهم: «${s}» لا يحدد صاحب الادعاء${c.refersBack ? ' (إحالة إلى مصدر لم يُسمَّ)' : ''}. سمِّ المصدر (شخصًا أو مؤسسة أو وسيلة نشر).` : `Vague source: “${s}” does not say who makes the claim${c.refersBack ? ' (it refers back to an unnamed source)' : ''}. Name the source (person, organisation or publication).`;
  }
}

/** /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/ for one code unit. */
function isBlankOrMark(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const SNIPPET = 'بحسب ${1:المصدر}';
const SNIPPET_PLAIN = 'بحسب [المصدر]';

function fixesFor(text: string, locale: Locale, c: Claim, keyCache: Map<number, string>): Fix[] {
  const fixes: Fix[] = [];
  // 1. [من؟] after the clause, unless it is already there
  // (the next 12 characters, leading blanks and bidi/zero-width marks skipped: no slice, no regex)
  const lim = Math.min(text.length, c.end + 12);
  let p = c.end;
  while (p < lim && isBlankOrMark(text.charCodeAt(p))) p++;
  if (!(p + WHO_MARKER.length <= lim && text.startsWith(WHO_MARKER, p))) {
    const clause = text.slice(c.start, c.end);
    const preview = clause.length > 40 ? '…' + clause.slice(-40) : clause;
    fixes.push({
      title: locale === 'ar' ? `إدراج «${WHO_MARKER}» للكاتب: «${preview} ${WHO_MARKER}»` : `Insert “${WHO_MARKER}” for the writer: «${preview} ${WHO_MARKER}»`,
      edits: [{ start: c.end, end: c.end, newText: ' ' + WHO_MARKER }],
    });
  }
  // 2. replace the vague attribution with a snippet "بحسب ${1:المصدر}"
  if (c.replace && c.replace.end > c.replace.start) {
    const comma = c.replace.comma ? '،' : '';
    let old = text.slice(c.replace.start, c.replace.end);
    if (old.length > 50) old = old.slice(0, 24) + '…' + old.slice(-24);
    fixes.push({
      title: locale === 'ar' ? `استبدال «${old}» بعبارة «${SNIPPET_PLAIN}${comma}»` : `Replace «${old}» with «${SNIPPET_PLAIN}${comma}»`,
      edits: [{ start: c.replace.start, end: c.replace.end, newText: SNIPPET + comma }],
      snippet: true,
      plainText: SNIPPET_PLAIN + comma,
    });
  }
  // 3. mark as reviewed (one key per sentence, however many claims it has)
  let k = keyCache.get(c.sentence.start);
  if (k === undefined) {
    k = reviewedKey(text.slice(c.sentence.start, c.sentence.end));
    keyCache.set(c.sentence.start, k);
  }
  fixes.push({
    title: locale === 'ar' ? 'تعليم الجملة بأنها رُوجعت (لن يُنبَّه عليها، وتُحفظ في .tadqiq/reviewed.json)' : 'Mark this sentence as reviewed (stays quiet, shared through .tadqiq/reviewed.json)',
    edits: [],
    command: { id: COMMANDS.markReviewed, args: [k] },
  });
  return fixes;
}

const strList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

export const unattributedClaim: Rule = {
  id: RULE_ID,
  title: { en: 'Unattributed claim', ar: 'ادعاء غير منسوب' },
  description: {
    en: 'Flags claims whose source is vague (ويرى محللون، أفادت تقارير), anonymous (مصدر مطلع، مسؤول رفض الكشف عن اسمه) or impersonal (يُعتقد أن، من المعروف أن); named and anaphoric sources stay quiet.',
    ar: 'ينبّه إلى الادعاءات المنسوبة إلى مصدر مبهم (ويرى محللون، أفادت تقارير) أو مجهول (مصدر مطلع، مسؤول رفض الكشف عن اسمه) أو بصيغة المجهول (يُعتقد أن، من المعروف أن)، ولا ينبّه إلى المصادر المسمّاة أو المحال إليها.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  neverPreferred: true,
  // a claim is language: read the draft as it will read once repaired (PDF damage, visual-order lines)
  view: 'repaired',
  options: {
    vagueNouns: {
      type: 'string[]',
      default: [],
      description: {
        en: 'Extra vague source nouns (indefinite form, e.g. "متابعون"); plural unless clearly singular.',
        ar: 'أسماء مصادر مبهمة إضافية (بصيغة النكرة، مثل «متابعون»)؛ تُعدّ جمعًا ما لم تكن مفردة بوضوح.',
      },
    },
    verbs: {
      type: 'string[]',
      default: [],
      description: {
        en: 'Extra reporting verbs: "past|present" (e.g. "ألمح|يلمح") or one third-person masculine form; feminine, plural and clitic forms are derived.',
        ar: 'أفعال إسناد إضافية: «ماضٍ|مضارع» (مثل «ألمح|يلمح») أو صيغة الغائب المذكر؛ تُشتق صيغ المؤنث والجمع والضمائر المتصلة.',
      },
    },
    namedSources: {
      type: 'string[]',
      default: [],
      description: {
        en: 'Subjects that count as named although they start with a vague noun (e.g. "خبراء الأمم المتحدة").',
        ar: 'فواعل تُعدّ مسمّاة وإن بدأت باسم مبهم (مثل «خبراء الأمم المتحدة»).',
      },
    },
    reviewed: {
      type: 'string[]',
      default: [],
      description: {
        en: 'Sentences marked as reviewed (keys from reviewedKey); usually filled from .tadqiq/reviewed.json.',
        ar: 'جمل عُلّمت بأنها رُوجعت (مفاتيح reviewedKey)؛ تُملأ عادة من .tadqiq/reviewed.json.',
      },
    },
  },
  check({ text, options, locale, severity, reviewed }) {
    const keys = new Set<string>(reviewed ?? []);
    for (const k of strList(options.reviewed)) keys.add(k);
    const claims = analyseClaims(text, {
      vagueNouns: strList(options.vagueNouns),
      verbs: strList(options.verbs),
      namedSources: strList(options.namedSources),
      reviewed: keys,
    });
    const out: Finding[] = [];
    const keyCache = new Map<number, string>();
    for (const c of claims) {
      if (c.cls !== 'vague' && c.cls !== 'anonymous' && c.cls !== 'impersonal') continue;
      const subject = text.slice(c.start, c.end);
      out.push({
        ruleId: RULE_ID,
        start: c.start,
        end: c.end,
        severity,
        message: messageFor(locale, c, subject.length > 60 ? subject.slice(0, 60) + '…' : subject),
        fixes: fixesFor(text, locale, c, keyCache),
      });
    }
    return out;
  },
};
