/**
 * The word-level analyser of one text: tokens (tokens.ts) with split words joined, lexicon lookups of verbs
 * and source nouns with their clitics (forms.ts, memoised per token), and the noun-phrase parser that classifies a
 * subject (vague, anonymous, impersonal, named, anaphoric). Every look-around is bounded by a constant.
 */
import type { ClaimClass } from './claim';
import { academicAfter, ACADEMIC, relativeVerb } from './cues';
import { BEFORE_GLUED_MA_KEYS, CONJ, gluedMaVerb, lookupNoun, lookupVerb, quantifierAfterL, type NounHit, type VerbHit } from './forms';
import { joinSplitWords } from './joins';
import type { Lexicon, NounGender, VerbInfo } from './lexicon';
import { hashDropFirst, hashFolded, isDropped, K, key, KeySet, Tokens, type Tok } from './tokens';

/** Articles of foreign titles, as written in Arabic (folded): لو، لا، لي، ذا، دي، دير، دو، إل. */
const FOREIGN_ARTICLES = new Set(['\u0644\u0648', '\u0644\u0627', '\u0644\u064a', '\u0630\u0627', '\u062f\u064a', '\u062f\u064a\u0631', '\u062f\u0648', '\u0627\u0644']);

/** Inquiries (folded lexicon keys): أبحاث، بحوث — definite, the investigation of the case (بيّنت الأبحاث أن …). */
const INQUIRY = new Set(['\u0627\u0628\u062d\u0627\u062b', '\u0628\u062d\u0648\u062b']);
/** Document plurals (folded) vague when indefinite but, definite, the ones the text just gave (الصفحات، القراءات، التحليلات). */
const INDEFINITE_ONLY = new Set(['\u0635\u0641\u062d\u0627\u062a', '\u0642\u0631\u0627\u0621\u0627\u062a', '\u062a\u062d\u0644\u064a\u0644\u0627\u062a']);
const OWNED_BY_PEOPLE = new Set(['\u0634\u0647\u0627\u062f\u0627\u062a', '\u0631\u0648\u0627\u064a\u0627\u062a']); // شهادات، روايات: a genitive after them is their owner, people as often as bodies
/** "Preliminary" (folded, with or without ال): الأولية، أولية; and, after حسب/وفق only, "available" (المتوفرة، المتاحة: حسب المعطيات المتوفرة، لم تسجل إصابات). */
const PRELIMINARY = new Set(['\u0627\u0648\u0644\u064a\u0647', '\u0627\u0644\u0627\u0648\u0644\u064a\u0647']);
const AVAILABLE = new Set(['\u0627\u0644\u0645\u062a\u0648\u0641\u0631\u0647', '\u0627\u0644\u0645\u062a\u0627\u062d\u0647']);

/** Heads of a place phrase that name a research body (folded, without ال): جامعة، معهد، مركز، كلية، مختبر، مستشفى. */
/** Researchers (folded lexicon keys): علماء، باحثون/باحثين/باحثو، باحثات، باحث، باحثة، أطباء. */
const RESEARCHERS = new Set(['\u0639\u0644\u0645\u0627\u0621', '\u0628\u0627\u062d\u062b\u0648\u0646', '\u0628\u0627\u062d\u062b\u064a\u0646', '\u0628\u0627\u062d\u062b\u0648', '\u0628\u0627\u062d\u062b\u064a', '\u0628\u0627\u062d\u062b\u0627\u062a', '\u0628\u0627\u062d\u062b', '\u0628\u0627\u062d\u062b\u0647', '\u0627\u0637\u0628\u0627\u0621']);

/** ب ل ك: a word starting with one may be a prepositional phrase (بوزارة الداخلية), not a construct member. */
const PREP_FIRST = new Set([0x0628, 0x0644, 0x0643]);
export const QUOTE_OPENERS = '"«“\'(';
/** Any quotation mark or bracket: in a line read back from visual order they come mirrored (»…«). */
export const QUOTE_MARKS = '"«»“”\'()';

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
    const bw = quantifierAfterL(w, this.bare(j)!, allowPrep, this.lex);
    if (this.lex.complementisers.has(w) || this.lex.functionWords.has(w) || this.lex.functionWords.has(bw)) return null;
    if (this.verb(j)) return null;
    // "to the effect that" opens the content, not a subject: وكانت أخبار قد راجت مفادها أن …
    if (w === '\u0645\u0641\u0627\u062f\u0647' || w === '\u0645\u0641\u0627\u062f\u0647\u0627') return null;

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
      // no conjunction after a quantifier: عدة وجهات is "several destinations", not و + جهات
      const hk = this.noun(k, false);
      if (hk && this.word(k)!.startsWith('\u0648') && !hk.key.startsWith('\u0648')) return null;
      const inner = this.np(k, end, false, seen, depth + 1);
      if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
        // (the verb agrees with the quantifier or with the noun: أكد عدد من المواقع، أكدت بعض المصادر)
        return { start: j, end: inner.end, cls: inner.cls === 'impersonal' ? 'vague' : inner.cls, gender: 'any', definite: false };
      }
      // "some of the X" never names a source, whoever X is (بعض العاملات، بعض الأطراف، عدد من الأهالي): a definite
      // word after the quantifier, with its adjectives, is a vague subject (its verb decides it is one)
      // — a subject, not a genitive; people (a sound plural: العاملات، المحتجين; a trade's broken plural: الطلبة); عدد/مجموعة … only with من
      const c = this.core(k);
      const construct = bw === '\u0628\u0639\u0636' || bw === '\u0645\u0639\u0638\u0645' || bw === '\u0627\u063a\u0644\u0628' || bw === '\u062c\u0644'; // بعض معظم أغلب جل
      const ofThings = bw === '\u062c\u0645\u0644\u0647' || bw === '\u0645\u062c\u0645\u0648\u0639\u0647'; // جملة، مجموعة: a set of things as often as of people
      if (depth === 0 && !ofThings && c && c.definite && (construct || k > j + 1) && this.kind(k) === K.Word && !this.isStop(k, end) && !this.verb(k) && (/(?:ون|ين|ات)$/.test(c.core) || this.noun(k, false)?.info.indefiniteOnly === true) && !this.isAdjectiveWord(c.core)) {
        return { start: j, end: this.extendAdjectives(k + 1, end, true), cls: 'vague', gender: 'any', definite: false, guessed: true };
      }
      return null;
    }

    // the same source again, written before it: ذات المصدر، نفس المصادر (= المصدر ذاته)
    if (this.lex.same.has(bw) && depth === 0) {
      const c1 = this.core(j + 1);
      const inner = c1 && c1.definite ? this.np(j + 1, end, false, seen, depth + 1) : null;
      if (inner && (inner.cls === 'anonymous' || inner.cls === 'vague' || inner.cls === 'impersonal')) return { ...inner, start: j, refersBack: true, definite: true, back: true };
      if (inner) return { ...inner, start: j, cls: 'anaphoric' };
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
    let construct = false;
    // a construct genitive right after the head (خبراء الاقتصاد، تقارير وسائل الإعلام، مسؤول الاتصال)
    const soundPlural = /(?:ون|ين)$/.test(hit.key) && cat !== 'doc-pl';
    if (!definite && !soundPlural && k < end && !this.isStop(k, end)) {
      const c = this.core(k);
      if (c && c.definite && !this.isAdjectiveWord(c.core)) {
        genitiveAt = k;
        k = Math.max(k + 1, this.chain(k, end));
      } else if (cat === 'person-sg' && this.constructEnd(k, end) > k) {
        // a construct chain after a person: عضو هيئة الحقيقة، عضو تنسيقية اعتصام الكامور (a member of a named body): definite
        genitiveAt = k;
        construct = true;
        k = this.constructEnd(k, end);
      } else if (this.kind(k) === K.Latin) {
        genitiveAt = k;
      } else if (cat === 'doc-pl' || cat === 'doc-sg') {
        // a vague source as genitive: تقارير وسائل الإعلام، تقرير مصادر أمنية
        const inner = this.np(k, end, false, seen, depth + 1);
        if (inner && (inner.cls === 'vague' || inner.cls === 'anonymous' || inner.cls === 'impersonal')) {
          genitiveAt = k;
          genitiveVague = true;
          k = inner.end;
        } else if (c && !info.second && !OWNED_BY_PEOPLE.has(hit.key) && !this.isAdjectiveWord(c.core) && !this.lex.quantifiers.has(c.core) && this.chain(k, end) > k + 1) {
          // whose they are, in construct: تقديرات وزارة الفلاحة (not testimonies: شهادات عائلات الضحايا)
          genitiveAt = k;
          k = this.chain(k, end);
        }
      }
    }
    let anonymousAdj = false;
    let refersBack = false;
    /** A place phrase naming a university, institute or hospital (باحثون من جامعة ليفربول). */
    let academic = false;
    // adjectives, coordinated adjectives, a place/institution (في وزارة الداخلية، من الشرطة)
    let guard = 0;
    let place = false;
    while (k < end && guard++ < 10) {
      if (this.kind(k) !== K.Word) break;
      const tw = this.toks.w(k);
      const c = this.core(k)!;
      // the rest of an institution's name after a place phrase: من الشركة التونسية للكهرباء والغاز، بالوكالة الوطنية للتشغيل
      if (place && tw.length > 4 && tw.startsWith('\u0644\u0644')) {
        k++;
        if (k < end && this.word(k)?.startsWith('\u0648\u0627\u0644')) k++;
        continue;
      }
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
          if (ACADEMIC.has(this.core(k + 1)?.core ?? '')) academic = true;
          k = this.extendAdjectives(e2, end, true);
          place = true;
          continue;
        }
      }
      // بجامعة أكسفورد، بمعهد باستور (the preposition attached)
      if (tw.length > 4 && tw.charCodeAt(0) === 0x0628 && ACADEMIC.has(tw.slice(1)) && k + 1 < end) {
        const e2 = this.chain(k + 1, end);
        if (e2 > k + 1) {
          academic = true;
          k = this.extendAdjectives(e2, end, true);
          continue;
        }
      }
      break;
    }
    const npEnd = k;
    // (a university or institute right after the phrase, its name not a definite chain: من جامعة ليفربول، بجامعة هارفارد)
    if (!academic && k < end && this.kind(k) === K.Word) {
      const tk = this.toks.w(k);
      if ((tk === '\u0645\u0646' || tk === '\u0641\u064a') && k + 1 < end && ACADEMIC.has(this.core(k + 1)?.core ?? '')) academic = true;
      else if (tk.length > 4 && tk.charCodeAt(0) === 0x0628 && ACADEMIC.has(tk.slice(1))) academic = true;
    }
    const g = info.gender;
    // whose it is, in a relative clause (a verb with its pronoun) or after صادرة/صدرت عن: معطيات سجلتها وزارة الداخلية — named unless vague
    const rel = !definite && (cat === 'doc-pl' || cat === 'doc-sg') ? (this.verb(npEnd)?.enclitic || relativeVerb(this, npEnd) ? npEnd + 1 : /^(?:(?:\u0627\u0644)?\u0635\u0627\u062f\u0631\u0647?|\u0635\u062f\u0631\u062a?)$/.test(this.word(npEnd) ?? '') && this.word(npEnd + 1) === '\u0639\u0646' ? npEnd + 2 : -1) : -1;
    if (rel > 0 && !genitiveVague && !['vague', 'anonymous', 'impersonal'].includes(this.np(rel, end, false, seen, depth + 1)?.cls ?? 'named')) return { start: j, end: npEnd, cls: 'named', gender: g, definite: true };
    const accusative = /ين$/.test(hit.key) && (cat === 'person-pl' || cat === 'source-sg');
    // المصدر، المصادر ذاتها: a definite source with nothing but "the same" after it is the source named before
    // (and a bare definite plural of people: وأضاف الباحثون، وأشار الخبراء after a named study are its authors; on the
    // even half of shared/unlabelled nearly every one followed a named source of the same article)
    const back = refersBack || (definite && !anonymousAdj && genitiveAt < 0 && (cat === 'source-sg' || cat === 'source-pl' || (cat === 'person-pl' && npEnd === headEnd)));
    const out = (cls: NP['cls']): NP => ({ start: j, end: npEnd, cls, gender: g, definite: definite || genitiveAt >= 0, refersBack, accusative, back });
    switch (cat) {
      case 'source-sg':
        return out('anonymous');
      case 'source-pl':
      case 'person-pl':
      case 'pron':
        // researchers of a named university or institute: the study is theirs and traceable (علماء من جامعة ليفربول)
        if ((academic || academicAfter(this, headEnd, end)) && RESEARCHERS.has(hit.key)) return out('named');
        // people of a trade, definite or in construct: the people of the story (وقال المحتجون، المحامي فلان، نواب الكتلة)
        if (hit.info.indefiniteOnly && (definite || genitiveAt >= 0)) return out('other');
        // الجهات alone is "the regions" (Maghreb: حسب الجهات "by region"), الأطراف alone the parties named; الجهات الرسمية stays a source
        if (depth === 0 && definite && npEnd === headEnd && (hit.key === '\u062c\u0647\u0627\u062a' || hit.key === '\u0627\u0637\u0631\u0627\u0641')) return out('other');
        return out(anonymousAdj ? 'anonymous' : 'vague');
      case 'person-sg': {
        if ((academic || academicAfter(this, headEnd, end)) && RESEARCHERS.has(hit.key)) return out('named');
        if (definite || construct || (genitiveAt === headEnd && !this.isAdjectiveWord(this.core(headEnd)!.core))) return { ...out('anaphoric'), cls: this.nameFollows(npEnd, end) ? 'named' : 'anaphoric' };
        if (this.nameFollows(npEnd, end) && this.endsDefinite(npEnd)) return out('named');
        return out(anonymousAdj ? 'anonymous' : 'vague');
      }
      case 'doc-sg': {
        if (genitiveVague) return out('vague');
        if (definite) return out('anaphoric');
        // a foreign title with its article: صحيفة لو باريزيان، صحيفة لا ريبوبليكا، مجلة ذا إيكونوميست
        if (FOREIGN_ARTICLES.has(this.word(npEnd) ?? '') && npEnd + 1 < end && this.kind(npEnd + 1) === K.Word && !this.isStop(npEnd + 1, end) && !this.verb(npEnd + 1)) return out('named');
        // … or written joined: صحيفة لوباريزيان، صحيفة لوفيغارو (not ل\u0640 + a noun the lexicons know)
        for (let x = headEnd; x <= npEnd && x < end; x++) if (this.joinedForeignTitle(x)) return out('named');
        if (genitiveAt >= 0 || this.isPunct(npEnd, QUOTE_MARKS)) return out('named');
        // a study in a relative clause of its own: whose it is, when the clause says (دراسة أجراها علماء دنماركيون: the
        // owner, vague — a named one returned above), else unnamed (خلصت دراسة شملت 3 آلاف مسن إلى أن، كشفت دراسة نشرت
        // مؤخرا أن) unless a journal, a university or a name follows in the clause (دراسة نشرت في مجلة "نيتشر")
        if (rel > 0) return out('vague');
        // its owner's, when a pronoun says whose (في بيان لها، تقرير له): the subject's own
        if (OWNER_PRONOUNS.has(this.word(npEnd) ?? '')) return out('anaphoric');
        if (STUDIES.has(hit.key) && STUDY_CLAUSE.has(this.word(npEnd) ?? '')) return out(this.namedInClause(npEnd + 1, end, seen, depth) ? 'named' : 'vague');
        // only adjectives after it, and then a stop: بحسب تقرير إعلامي، كشفت دراسة حديثة أن
        if (this.word(npEnd) === '\u0645\u0646' && this.noun(npEnd + 1, false)?.info.cat === 'doc-sg' && this.np(npEnd + 1, end, false, seen, depth + 1)?.cls === 'named') return out('named');
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
          // … or a participle that says it: المعطيات الصادرة عن المعهد، المعلومات المقدمة من الوزارة
          if (headEnd + 1 < end && ISSUED.has(this.word(headEnd) ?? '') && FROM.has(this.word(headEnd + 1) ?? '')) return out('other');
          // the investigation's own findings: الأبحاث (Maghreb: the police inquiry), المعلومات الأولية — whose they are is known
          // (not التسريبات الأولية: leaks stay impersonal)
          if (!refersBack && (INQUIRY.has(hit.key) || ((hit.key === '\u0645\u0639\u0644\u0648\u0645\u0627\u062a' || hit.key === '\u0645\u0639\u0637\u064a\u0627\u062a') && (this.hasWordIn(headEnd, npEnd, PRELIMINARY) || (allowPrep && this.hasWordIn(headEnd, Math.min(end, headEnd + 1), AVAILABLE)))))) return out('other');
          if (!refersBack && INDEFINITE_ONLY.has(hit.key)) return out('other');
          return out(refersBack ? 'vague' : 'impersonal');
        }
        if (this.isPunct(npEnd, '"\u00ab\u201c')) return out('named');
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

  /** A name, a quotation, a journal or a university within the next eight words (a study's relative clause). */
  private namedInClause(i: number, end: number, seen: SeenWords, depth: number): boolean {
    for (let x = i; x < Math.min(end, i + 8); x++) {
      const kd = this.kind(x);
      if (kd === K.Latin || this.isPunct(x, QUOTE_MARKS)) return true;
      const w = this.word(x);
      if (w === null) continue;
      if (this.lex.complementisers.has(w)) return false;
      const b = w.length > 3 && PREP_FIRST.has(w.charCodeAt(0)) ? w.slice(1) : w;
      if (ACADEMIC.has(b) || JOURNALS.has(b)) return true;
      // an object pronoun, then a definite subject: استطلاع نشر نتائجه البنك العالمي
      if (/\u0647\u0627?$/.test(w) && this.kind(x - 1) === K.Word && this.core(x + 1)?.definite && !this.isAdjectiveWord(this.core(x + 1)!.core)) return true;
      // issued by a body: صدر أمس عن البنك الدولي (not by a vague one: عن مصادر مطلعة)
      if (w === '\u0639\u0646' && this.core(x + 1)?.definite) return !['vague', 'anonymous', 'impersonal'].includes(this.np(x + 1, end, false, seen, depth + 1)?.cls ?? 'named');
    }
    return false;
  }

  /**
   * The end of a construct chain starting at k: up to three indefinite nouns, then definite words (هيئة الحقيقة
   * والكرامة، تنسيقية اعتصام الكامور); k itself when there is none. Not through a word that may be a
   * prepositional phrase (بوزارة) or an adjective of the lists (رفيع المستوى).
   */
  private constructEnd(k: number, end: number): number {
    for (let x = k; x < end && x - k < 3 && this.kind(x) === K.Word && !this.isStop(x, end); x++) {
      const c = this.core(x)!;
      // (a definite word right after the indefinite person is its genitive even when it looks like a nisba adjective:
      // عضو الهيئة العليا — an adjective of an indefinite noun is indefinite)
      if (c.definite) return this.chain(x, end);
      // (not through an anonymity clause: مسؤول أمني رفض الكشف; nisba-looking words may be nouns: هيئة، تنسيقية)
      if (PREP_FIRST.has(c.core.charCodeAt(0)) || this.lex.adjectives.has(c.core) || this.lex.anonymousAdjectives.has(c.core) || this.lex.nonClaimBeforeVerb.has(c.core) || this.lex.anonymityVerbs.has(c.core)) return k;
    }
    return k;
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

/** Participles that say whose a report is, before عن/من (folded): الصادرة، المنشورة، المقدمة (not الواردة من فرنسا: a place). */
/** Studies, reports and surveys (folded) that a relative clause may follow: دراسة، بحث، تقرير، استطلاع. */
const STUDIES = new Set(['\u062f\u0631\u0627\u0633\u0647', '\u0628\u062d\u062b', '\u062a\u0642\u0631\u064a\u0631', '\u0627\u0633\u062a\u0637\u0644\u0627\u0639']);
/** The verb of such a clause (folded): شملت، أجريت، نشرت، صدرت، أعدت، تناولت، استندت (and their masculine). */
const STUDY_CLAUSE = new Set(['\u0634\u0645\u0644\u062a', '\u0634\u0645\u0644', '\u0627\u062c\u0631\u064a\u062a', '\u0627\u062c\u0631\u064a', '\u0646\u0634\u0631\u062a', '\u0646\u0634\u0631', '\u0635\u062f\u0631\u062a', '\u0635\u062f\u0631', '\u0627\u0639\u062f\u062a', '\u0627\u0639\u062f', '\u062a\u0646\u0627\u0648\u0644\u062a', '\u062a\u0646\u0627\u0648\u0644', '\u0627\u0633\u062a\u0646\u062f\u062a', '\u0627\u0633\u062a\u0646\u062f']);
/** ل\u0640 + a pronoun (folded): له، لها، لهم، لهما. */
const OWNER_PRONOUNS = new Set(['\u0644\u0647', '\u0644\u0647\u0627', '\u0644\u0647\u0645', '\u0644\u0647\u0645\u0627']);
/** Journals (folded, without ال): مجلة، دورية، صحيفة — a study published in one is traceable. */
const JOURNALS = new Set(['\u0645\u062c\u0644\u0647', '\u062f\u0648\u0631\u064a\u0647', '\u0635\u062d\u064a\u0641\u0647', '\u0627\u0644\u0645\u062c\u0644\u0647', '\u0627\u0644\u062f\u0648\u0631\u064a\u0647', '\u0627\u0644\u0635\u062d\u064a\u0641\u0647']);
const ISSUED = new Set(['\u0627\u0644\u0635\u0627\u062f\u0631\u0647', '\u0627\u0644\u0645\u0646\u0634\u0648\u0631\u0647', '\u0627\u0644\u0645\u0642\u062f\u0645\u0647']);
const FROM = new Set(['\u0639\u0646', '\u0645\u0646']);
