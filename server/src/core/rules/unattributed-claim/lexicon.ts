/**
 * Compiles the claim lexicons (verbs.ts, nouns.ts, phrases.ts, exemptions.ts, grammar.ts) into
 * lookup tables keyed by the *folded* form of a word: diacritics, tatweel and invisible characters
 * dropped, presentation forms mapped to letters, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي.
 * Folding is one code unit to at most two (lam-alef ligatures), so a word's folded form is cheap.
 */
import { ADJECTIVES, ANONYMOUS_ADJECTIVES, DOCUMENT_PLURALS, DOCUMENT_SINGULARS, NOT_PLURAL_FORMS, ONE_OF, PEOPLE_OF_A_TRADE, TRADE_SINGULARS, PERSON_PLURALS, PERSON_SINGULARS, QUANTIFIERS, SOURCE_PLURALS, SOURCE_SINGULARS, TITLES, VAGUE_PRONOUNS } from './data/nouns';
import { AMBIGUOUS_PASSIVE, CONNECTOR_VERBS, IMPERSONAL_VERBS, REPORTING_VERBS, type ReportingVerb } from './data/verbs';
import { ANONYMITY_OBJECTS, ANONYMITY_VERBS, IMPERSONAL_PHRASES, NEWS_OF, OPENING_ONLY_PHRASES, SOURCE_PHRASES } from './data/phrases';
import { FALSE_FRIENDS, NAMED_SOURCES } from './data/exemptions';
import { SAME } from './data/nouns';
import { foldString, hashFolded, hashJoin, isDropped, key, KeySet } from './tokens';
import { type KeyLookup, StoredKeys } from './keycodec';
import { STORED } from './data/keys.data';
import { BUILT_TABLES } from './builtTables';
import { decodeWordTables } from './tables';
import { ADVERBS, AUXILIARIES, COMPLEMENTISERS, FUNCTION_WORDS, NON_CLAIM_BEFORE_VERB, PRONOUN_PPS, RELATIVES, STATEMENT_NOUNS, SUBJECT_PREPOSITIONS } from './data/grammar';

/** Folded form of a string: see tokens.ts. */
export const fold = foldString;
export { isDropped };

export type Gender = 'm' | 'f' | 'pl' | 'du';
export type NounGender = 'm' | 'f' | 'pl-h' | 'pl-n';
export type NounCat = 'person-pl' | 'person-sg' | 'source-sg' | 'source-pl' | 'doc-sg' | 'doc-pl' | 'pron';

export interface VerbInfo {
  gender: Gender;
  present: boolean;
  /** The preposition before the real source, folded (عن، من، الي). */
  via?: string;
  complement?: boolean;
  /** A stance verb: its complement must be أن/إن/بأن within a few words (a quotation or colon is not enough). */
  proposition?: boolean;
  /** A research finding: an indefinite subject only (the definite one follows its study). */
  finding?: boolean;
  transitive?: boolean;
  /** A rumour verb: its subject is a report (data/verbs.ts `report`). */
  report?: boolean;
}

export interface NounInfo {
  cat: NounCat;
  gender: NounGender;
  /** For two-word heads: folded second words that complete this head (with or without ال). */
  second?: string[];
  /** The head is complete on its own (a one-word entry exists). */
  single: boolean;
  /** A source only when indefinite (data/nouns.ts PEOPLE_OF_A_TRADE). */
  indefiniteOnly?: boolean;
}

export interface Lexicon {
  verbs: Map<string, VerbInfo>;
  impersonalVerbs: Set<string>;
  ambiguousPassive: Set<string>;
  connectorVerbs: Set<string>;
  nouns: Map<string, NounInfo>;
  vaguePronouns: Set<string>;
  quantifiers: Set<string>;
  oneOf: Set<string>;
  /** ذات، نفس before a definite source: the same source again (ذات المصدر). */
  same: Set<string>;
  adjectives: Set<string>;
  anonymousAdjectives: Set<string>;
  titles: Set<string>;
  falseFriends: Map<string, Set<string>>;
  namedSources: string[][];
  /** First words of the named sources, with and without ال (a cheap pre-check). */
  namedFirst: Set<string>;
  sourcePhrases: string[][];
  /** First words of the source phrases (conjLen's test, one lookup). */
  sourceFirst: Set<string>;
  impersonalPhrases: string[][];
  /** Last words of impersonal phrases that count only at the start of a sentence (من المتوقع). */
  openingOnly: Set<string>;
  /** Report nouns that make a claim with عن as a headline or nominal clause (أنباء عن …). */
  newsOf: Set<string>;
  anonymityVerbs: Set<string>;
  anonymityObjects: Set<string>;
  complementisers: Set<string>;
  adverbs: Set<string>;
  statementNouns: Set<string>;
  nonClaimBeforeVerb: Set<string>;
  auxiliaries: Set<string>;
  relatives: Set<string>;
  subjectPrepositions: Set<string>;
  functionWords: Set<string>;
  pronounPPs: Set<string>;
  /** Keys (tokens.ts `key`) of every surface form (with clitics) that can start a claim clause. */
  triggers: KeyLookup;
  /** Hashes of verb and source-noun surface forms (a split word is joined only into one of these). */
  cueSurface: KeyLookup;
  /** Hash keys of the complementisers (a scan that makes no string). */
  complementiserKeys: KeySet;
  /** Function words, complementisers and adverbs: never a piece of a split word. */
  functionSurface: KeySet;
  /** cueSurface and the words of the phrases (with و/ف): the words a split is joined back into by hash. */
  joinSurface: KeyLookup;
  /** Hashes of words a split-word piece must not be (grammar words and cue forms). */
  knownSurface: KeyLookup;
  /** Keys of the words that can head a vague subject (source nouns with clitics, quantifiers, أحد, البعض …). */
  headSurface: KeyLookup;
  /** Hashes of the anonymity objects (اسمه، هويته …). */
  anonymityObjectHashes: KeySet;
}

const foldSet = (xs: readonly string[]) => new Set(xs.map(fold).filter((x) => x.length > 0));
const words = (s: string) => s.trim().split(/\s+/).map(fold).filter((x) => x.length > 0);

/** Inflected forms of one reporting verb, with their agreement. */
export function conjugate(v: ReportingVerb): Array<[string, Gender, boolean]> {
  const out: Array<[string, Gender, boolean]> = [];
  const p = v.past?.trim();
  if (p) {
    if (p.endsWith('ى')) {
      const b = p.slice(0, -1);
      out.push([p, 'm', false], [b + 'ت', 'f', false], [b + 'وا', 'pl', false], [b + 'يا', 'du', false], [b + 'تا', 'du', false]);
    } else {
      out.push([p, 'm', false], [p + 'ت', 'f', false], [p + 'وا', 'pl', false], [p + 'ا', 'du', false], [p + 'تا', 'du', false]);
    }
  }
  const s = v.present?.trim();
  if (s && s.length >= 2) {
    const r = s.slice(1);
    if (s.endsWith('ى')) {
      const b = s.slice(0, -1);
      const rb = r.slice(0, -1);
      out.push([s, 'm', true], ['ت' + r, 'f', true], [b + 'ون', 'pl', true], [b + 'وا', 'pl', true], [b + 'يان', 'du', true], ['ت' + rb + 'يان', 'du', true]);
    } else if (s.endsWith('ي')) {
      const b = s.slice(0, -1);
      out.push([s, 'm', true], ['ت' + r, 'f', true], [b + 'ون', 'pl', true], [b + 'وا', 'pl', true], [s + 'ان', 'du', true], ['ت' + r + 'ان', 'du', true]);
    } else {
      out.push([s, 'm', true], ['ت' + r, 'f', true], [s + 'ون', 'pl', true], [s + 'وا', 'pl', true], [s + 'ان', 'du', true], ['ت' + r + 'ان', 'du', true]);
    }
  }
  for (const f of v.forms ?? []) {
    const w = f.trim();
    if (!w) continue;
    const present = /^[يت]/.test(w) && w.length > 3;
    const gender: Gender = /(ون|وا)$/.test(w) ? 'pl' : /ت$/.test(w) || w.startsWith('ت') ? 'f' : 'm';
    out.push([w, gender, present]);
  }
  return out;
}

/** An option's verb: "قال|يقول", "أعلن" (past) or "يعلن" (present). */
export function parseVerbOption(s: string): ReportingVerb | null {
  const parts = s.split('|').map((x) => x.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.length >= 2) return { past: parts[0], present: parts[1] };
  const w = parts[0];
  if (/\s/.test(w)) return null;
  return w.startsWith('ي') && w.length > 3 ? { present: w } : { past: w };
}

/**
 * Does a (folded) broken plural take tanween, so that its indefinite accusative is written with an alef (شهودا، أوساطا)?
 * Not a diptote — فعلاء (خبراء), مفاعل / فواعل / أفاعل (مصادر، دوائر، أقارب: five letters, alef third) — nor a sound
 * plural, a form ending in ة, ي or ا (a suffix), nor ناس (ناسا is NASA).
 */
function takesTanween(h: string): boolean {
  return h.length >= 3 && !/(?:\u0648\u0646|\u064a\u0646|\u0627\u062a|\u0627\u0621|\u0627\u064a|[\u0647\u064a\u0627])$/.test(h) && !(h.length === 5 && h[2] === '\u0627') && h !== '\u0646\u0627\u0633';
}

/** data/nouns.ts NOT_PLURAL_FORMS, folded. */
const NOT_PLURAL = new Set(NOT_PLURAL_FORMS.map((w) => fold(w)));
/** data/nouns.ts ADJECTIVES and ANONYMOUS_ADJECTIVES, folded: no singular of a trade is derived that is one (مطلع). */
const ADJECTIVES_FOLDED = new Set(ADJECTIVES.map((w) => fold(w)));
const ANONYMOUS_ADJECTIVES_FOLDED = new Set(ANONYMOUS_ADJECTIVES.map((w) => fold(w)));

function addNoun(map: Map<string, NounInfo>, entry: string, cat: NounCat, indefiniteOnly = false): void {
  const ws = words(entry);
  if (ws.length === 0) return;
  const head = ws[0];
  const gender: NounGender =
    cat === 'person-pl' || cat === 'pron' ? 'pl-h' : cat === 'source-pl' || cat === 'doc-pl' ? 'pl-n' : head.endsWith('\u0647') && head.length > 2 ? 'f' : 'm';
  const forms = [head];
  if (ws.length === 1 && cat === 'person-pl' && head.endsWith('ون')) {
    const stem = head.slice(0, -2);
    for (const f of [stem + 'ين', stem + 'و', stem + 'ي']) if (!NOT_PLURAL.has(f)) forms.push(f);
  }
  // the indefinite accusative of a broken plural that takes tanween (فإن أوساطا سياسية تعتقد، لكن عمالا أكدوا): not of a
  // diptote (خبراء، مصادر، دوائر، أقارب), a sound plural or a form with a suffix
  if (ws.length === 1 && (cat === 'person-pl' || cat === 'source-pl') && takesTanween(head) && !NOT_PLURAL.has(head + '\u0627')) forms.push(head + '\u0627');
  // duals of singular people and sources: مصدران، مسؤولين، خبيرتان — counted as plural people
  if (ws.length === 1 && (cat === 'person-sg' || cat === 'source-sg')) {
    const stem = head.endsWith('\u0647') ? head.slice(0, -1) + 'ت' : head;
    for (const suf of ['ان', 'ين']) {
      const d = stem + suf;
      // (a trade's dual, like its plural, only when indefinite: كشف النائبان … فلان وفلانة are the story's)
      if (!map.has(d)) map.set(d, { cat: cat === 'source-sg' ? 'source-sg' : 'person-pl', gender: 'pl-h', single: true, ...(indefiniteOnly ? { indefiniteOnly: true } : {}) });
    }
  }
  for (const f of forms) {
    const prev = map.get(f);
    const info: NounInfo = prev && prev.cat === cat ? prev : { cat, gender, single: false };
    if (indefiniteOnly) info.indefiniteOnly = true;
    if (ws.length === 1) info.single = true;
    else {
      info.second = info.second ?? [];
      const second = ws[1].startsWith('ال') ? ws[1].slice(2) : ws[1];
      info.second.push(second, 'ال' + second);
    }
    if (!prev || prev.cat === cat || (prev.second && !prev.single)) map.set(f, info);
  }
}

/** [hash, length] of a folded string. */
const hashLen = (s: string): [number, number] => [hashFolded(s), s.length];
const H_WAW = hashFolded('\u0648');
const H_FA = hashFolded('\u0641');
/** A verb's enclitics (ه ها هم هما نا), and those a plural in وا takes without its alef (قالوه). */
const ENCLITICS = ['\u0647', '\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0646\u0627'].map(hashLen);
const ENCLITICS_PLURAL = ENCLITICS.slice(0, 4);
/** What a noun's surface form may start with: nothing, ال، لل، بال، كال، ب، ل، ك. */
const NOUN_PREFIXES = ['', '\u0627\u0644', '\u0644\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0628', '\u0644', '\u0643'].map(hashLen);

function keySet(keys: number[]): KeySet {
  const k = new KeySet();
  for (const x of keys) k.add(x);
  return k;
}

/** The surface-key sets of a lexicon (what buildLexicon computes; the default lexicon's come from data/keys.data.ts). */
export interface SurfaceKeys {
  triggers: KeySet;
  cueSurface: KeySet;
  joinSurface: KeySet;
  headSurface: KeySet;
}

/** The surface-key sets as a lexicon holds them: computed (KeySet), or read from the stored tables (StoredKeys). */
export type SurfaceLookups = { [K in keyof SurfaceKeys]: KeyLookup };

/** The surface-key sets computed from the verb forms, nouns and named sources. */
export function surfaceKeys(verbs: Map<string, VerbInfo>, nouns: Map<string, NounInfo>, extraNamedSources: readonly unknown[] = []): SurfaceKeys {
  // surface-form hashes for the fast paths, made from the hashes of the pieces (hashJoin: the hash of a
  // concatenation), so the ~20,000 surface forms (verb × future س × enclitic × و/ف, noun × article or preposition ×
  // و/ف) are never built as strings; tests check them against the strings
  // (sized once for the keys to come: a verb form and its future each with five enclitics, four more for a plural
  // in وا, a noun with eight prefixes, each with و and ف)
  let verbForms = 0;
  for (const [form, info] of verbs) verbForms += (info.present ? 2 : 1) * (form.endsWith('\u0648\u0627') ? 10 : 6);
  const triggers = new KeySet(verbForms * 3 + 1024);
  const cueSurface = new KeySet(verbForms * 3 + nouns.size * 24 + 1024);
  /** Calls f with the key of w, وw and فw, from w's hash and length. */
  const withConj = (h: number, len: number, f: (k: number) => void) => {
    f(key(h));
    f(key(hashJoin(H_WAW, h, len)));
    f(key(hashJoin(H_FA, h, len)));
  };
  const withConjW = (w: string, f: (k: number) => void) => withConj(hashFolded(w), w.length, f);
  const addCue = (k: number) => {
    triggers.add(k);
    cueSurface.add(k);
  };
  for (const [form, info] of verbs) {
    // the base forms: the verb, and with the future's س when it is a present
    for (const b of info.present ? [form, '\u0633' + form] : [form]) {
      const hb = hashFolded(b);
      withConj(hb, b.length, addCue);
      for (const [hs, ls] of ENCLITICS) withConj(hashJoin(hb, hs, ls), b.length + ls, addCue);
      if (b.endsWith('\u0648\u0627')) {
        // قالوه، قالوها: the plural's alef dropped before an enclitic
        const hst = hashFolded(b.slice(0, -1));
        for (const [hs, ls] of ENCLITICS_PLURAL) withConj(hashJoin(hst, hs, ls), b.length - 1 + ls, addCue);
      }
    }
  }
  const impersonalVerbs = foldSet(IMPERSONAL_VERBS);
  const addTrigger = (k: number) => triggers.add(k);
  for (const w of NEWS_OF) withConjW(fold(w), addTrigger);
  // في تصريح لمصدر أمني، حسب رواية شهود عيان: a statement noun whose owner is the vague source
  for (const w of STATEMENT_NOUNS) triggers.add(key(hashFolded(fold(w))));
  for (const w of impersonalVerbs) withConjW(w, addTrigger);
  // a phrase is triggered by its first word, or by its second when the first is common (من المعروف، على لسان)
  const common = foldSet([...FUNCTION_WORDS, 'بات', 'أصبح']);
  for (const p of [...SOURCE_PHRASES, ...IMPERSONAL_PHRASES]) {
    const f = p.map(fold);
    if (f.length > 1 && common.has(f[0])) triggers.add(key(hashFolded(f[1])));
    else withConjW(f[0], addTrigger);
  }
  const addCueSurface = (k: number) => cueSurface.add(k);
  for (const k of nouns.keys()) {
    const hk = hashFolded(k);
    for (const [hp, lp] of NOUN_PREFIXES) withConj(hashJoin(hp, hk, k.length), lp + k.length, addCueSurface);
  }
  // the sets below hold every cue form and a few words more: copies of cueSurface
  const joinSurface = cueSurface.clone();
  const addJoin = (k: number) => joinSurface.add(k);
  for (const p of [...SOURCE_PHRASES, ...IMPERSONAL_PHRASES]) for (const w of p) withConjW(fold(w), addJoin);
  // the words a vague subject is made of: البعض، آخرون، بعض، أحد، مطلعة، the second word of وسائل إعلام
  for (const list of [VAGUE_PRONOUNS, QUANTIFIERS, ONE_OF, ANONYMOUS_ADJECTIVES]) for (const w of list) for (const x of [fold(w), 'ال' + fold(w)]) withConjW(x, addJoin);
  for (const info of nouns.values()) for (const w of info.second ?? []) joinSurface.add(key(hashFolded(w)));
  const headSurface = cueSurface.clone();
  const addHead = (k: number) => headSurface.add(k);
  for (const list of [QUANTIFIERS, ONE_OF, VAGUE_PRONOUNS, SAME]) for (const w of list) withConjW(fold(w), addHead);
  for (const phrase of [...NAMED_SOURCES, ...extraNamedSources]) if (typeof phrase === 'string') { const f = words(phrase)[0]; if (f) withConjW(f, addHead); }
  return { triggers, cueSurface, joinSurface, headSurface };
}

/** The default lexicon's surface keys as surfaceKeys computes them (what data/keys.data.ts stores). */
export function defaultSurfaceKeys(): SurfaceLookups {
  const { triggers, cueSurface, joinSurface, headSurface } = buildLexicon({}, true);
  return { triggers, cueSurface, joinSurface, headSurface };
}

/**
 * The default lexicon's surface keys, read from the generated tables (which the editor's server bundles leave out:
 * esbuild.mjs) a bucket at a time as lookups reach it: a short text decodes a few buckets, not ~45,000 keys. The sets
 * that hold every cue form and a few keys more read the cue table with those keys merged in; knownSurface: the cue
 * forms and the function words (functionSurface holds exactly those).
 */
function storedSurfaceKeys(functionSurface: KeySet): SurfaceLookups & { knownSurface: KeyLookup } {
  const cueSurface = new StoredKeys(STORED.cue);
  return {
    triggers: new StoredKeys(STORED.triggers),
    cueSurface,
    joinSurface: new StoredKeys(STORED.cue, new StoredKeys(STORED.joinExtra).keys(), cueSurface),
    headSurface: new StoredKeys(STORED.cue, new StoredKeys(STORED.headExtra).keys(), cueSurface),
    knownSurface: new StoredKeys(STORED.cue, functionSurface.keys(), cueSurface),
  };
}

/**
 * A lexicon's word tables: all of it but its key sets, which are made from the keys listed here (in the order the
 * word lists give them) or read from the stored tables. What `wordTables` computes from the word lists and what the
 * CLI's bundle carries for the default lexicon, computed when it is built (tables.ts, esbuild.mjs).
 */
export type WordTables = Omit<Lexicon, 'triggers' | 'cueSurface' | 'joinSurface' | 'knownSurface' | 'headSurface' | 'functionSurface' | 'complementiserKeys' | 'anonymityObjectHashes'> & {
  /** Keys of the function words, complementisers and adverbs. */
  functionKeys: number[];
  complementiserKeys: number[];
  anonymityObjectKeys: number[];
};

/** The word tables from the word lists and a rule's options. */
export function wordTables(extra: { vagueNouns?: readonly string[]; verbs?: readonly string[]; namedSources?: readonly string[] } = {}): WordTables {
  const verbs = new Map<string, VerbInfo>();
  const allVerbs: ReportingVerb[] = [...REPORTING_VERBS];
  for (const s of extra.verbs ?? []) {
    const v = typeof s === 'string' ? parseVerbOption(s) : null;
    if (v) allVerbs.push(v);
  }
  for (const v of allVerbs) {
    for (const [form, gender, present] of conjugate(v)) {
      const f = fold(form);
      if (f.length >= 2 && !verbs.has(f)) verbs.set(f, { gender, present, via: v.via && fold(v.via), complement: v.complement === true || v.proposition === true, proposition: v.proposition === true, finding: v.finding === true, transitive: v.transitive === true, ...(v.report ? { report: true } : {}) });
    }
  }
  const nouns = new Map<string, NounInfo>();
  for (const w of PERSON_PLURALS) addNoun(nouns, w, 'person-pl');
  for (const w of PEOPLE_OF_A_TRADE) addNoun(nouns, w, 'person-pl', true);
  for (const w of PERSON_SINGULARS) addNoun(nouns, w, 'person-sg');
  // one person of a trade (claims11): the listed singulars, and the singular of each sound plural in \u0640ون of a trade
  // (مزارعون → مزارع، مزارعة; not a nisba — صحفي is also an adjective —, nor a stem of three letters, nor a word listed
  // otherwise; a feminine only of a participle in م\u0640: صيادة is a town, ممرضة a nurse)
  for (const w of TRADE_SINGULARS) addNoun(nouns, w, 'person-sg', true);
  for (const w of PEOPLE_OF_A_TRADE) {
    const f = fold(w);
    if (!f.endsWith('\u0648\u0646') || f.length < 6 || /\u064a\u0648\u0646$/.test(f)) continue;
    const stem = f.slice(0, -2);
    for (const sg of stem.startsWith('\u0645') ? [stem, stem + '\u0647'] : [stem]) if (!nouns.has(sg) && !ANONYMOUS_ADJECTIVES_FOLDED.has(sg) && !ADJECTIVES_FOLDED.has(sg)) addNoun(nouns, sg, 'person-sg', true);
  }
  for (const w of SOURCE_SINGULARS) addNoun(nouns, w, 'source-sg');
  for (const w of SOURCE_PLURALS) addNoun(nouns, w, 'source-pl');
  for (const w of DOCUMENT_SINGULARS) addNoun(nouns, w, 'doc-sg');
  for (const w of DOCUMENT_PLURALS) addNoun(nouns, w, 'doc-pl');
  for (const w of extra.vagueNouns ?? []) {
    if (typeof w !== 'string') continue;
    const f = words(w)[0];
    if (!f) continue;
    // a newsroom's vague noun: plural person unless it is clearly singular
    addNoun(nouns, w, /(ون|ين|ات|اء)$/.test(f) || words(w).length > 1 ? 'person-pl' : 'person-sg');
  }
  const functionKeys: number[] = [];
  for (const list of [FUNCTION_WORDS, COMPLEMENTISERS, ADVERBS]) for (const w of list) functionKeys.push(key(hashFolded(fold(w))));
  const namedSources = [...NAMED_SOURCES, ...(extra.namedSources ?? []).filter((x) => typeof x === 'string')].map(words).filter((x) => x.length > 0);
  const falseFriends = new Map<string, Set<string>>();
  for (const [head, next] of Object.entries(FALSE_FRIENDS)) falseFriends.set(fold(head), foldSet(next));
  return {
    verbs,
    impersonalVerbs: foldSet(IMPERSONAL_VERBS),
    ambiguousPassive: foldSet(AMBIGUOUS_PASSIVE),
    connectorVerbs: foldSet(CONNECTOR_VERBS),
    nouns,
    vaguePronouns: foldSet(VAGUE_PRONOUNS),
    quantifiers: foldSet(QUANTIFIERS),
    oneOf: foldSet(ONE_OF),
    same: foldSet(SAME),
    adjectives: foldSet(ADJECTIVES),
    anonymousAdjectives: foldSet(ANONYMOUS_ADJECTIVES),
    titles: foldSet(TITLES),
    falseFriends,
    namedSources,
    namedFirst: new Set(namedSources.flatMap((p) => [p[0], 'ال' + p[0], p[0].startsWith('ال') ? p[0].slice(2) : p[0]])),
    sourcePhrases: SOURCE_PHRASES.map((p) => p.map(fold)),
    sourceFirst: new Set(SOURCE_PHRASES.filter((p) => p.length > 0).map((p) => fold(p[0]))),
    impersonalPhrases: IMPERSONAL_PHRASES.map((p) => p.map(fold)),
    openingOnly: foldSet(OPENING_ONLY_PHRASES),
    newsOf: foldSet(NEWS_OF),
    anonymityVerbs: foldSet(ANONYMITY_VERBS),
    anonymityObjects: foldSet(ANONYMITY_OBJECTS),
    complementisers: foldSet(COMPLEMENTISERS),
    adverbs: foldSet(ADVERBS),
    statementNouns: foldSet(STATEMENT_NOUNS),
    nonClaimBeforeVerb: foldSet(NON_CLAIM_BEFORE_VERB),
    auxiliaries: foldSet(AUXILIARIES),
    relatives: foldSet(RELATIVES),
    subjectPrepositions: foldSet(SUBJECT_PREPOSITIONS),
    functionWords: foldSet(FUNCTION_WORDS),
    pronounPPs: foldSet(PRONOUN_PPS),
    functionKeys,
    complementiserKeys: COMPLEMENTISERS.map((w) => key(hashFolded(fold(w)))),
    anonymityObjectKeys: ANONYMITY_OBJECTS.map((w) => key(hashFolded(fold(w)))),
  };
}

/**
 * A lexicon from the word lists and a rule's options; computeKeys: its surface keys computed even when the stored ones
 * apply. The default lexicon's word tables: those the CLI's bundle carries where it does (BUILT_TABLES), else computed.
 */
export function buildLexicon(extra: { vagueNouns?: readonly string[]; verbs?: readonly string[]; namedSources?: readonly string[] } = {}, computeKeys = false, tables?: WordTables): Lexicon {
  const empty = !extra.verbs?.length && !extra.vagueNouns?.length && !extra.namedSources?.length;
  const t = tables ?? (empty && BUILT_TABLES !== null ? decodeWordTables(BUILT_TABLES) : wordTables(extra));
  const { functionKeys, complementiserKeys, anonymityObjectKeys, ...word } = t;
  const functionSurface = keySet(functionKeys);
  let keys: SurfaceLookups;
  let knownSurface: KeyLookup;
  if (empty && !computeKeys && STORED.cue.length > 0) {
    const stored = storedSurfaceKeys(functionSurface);
    keys = stored;
    knownSurface = stored.knownSurface;
  } else {
    const computed = surfaceKeys(t.verbs, t.nouns, extra.namedSources ?? []);
    keys = computed;
    const known = computed.cueSurface.clone();
    for (const k of functionKeys) known.add(k);
    knownSurface = known;
  }
  const { triggers, cueSurface, joinSurface, headSurface } = keys;
  return {
    ...word,
    triggers,
    cueSurface,
    joinSurface,
    complementiserKeys: keySet(complementiserKeys),
    functionSurface,
    knownSurface,
    headSurface,
    anonymityObjectHashes: keySet(anonymityObjectKeys),
  };
}

let defaultLexicon: Lexicon | null = null;
let lastKey = '';
let lastLexicon: Lexicon | null = null;

/** The default lexicon, or one extended with a rule's options (the last one is cached). */
export function lexiconFor(extra: { vagueNouns?: readonly string[]; verbs?: readonly string[]; namedSources?: readonly string[] }): Lexicon {
  const empty = !extra.vagueNouns?.length && !extra.verbs?.length && !extra.namedSources?.length;
  if (empty) return (defaultLexicon ??= buildLexicon());
  const key = JSON.stringify([extra.vagueNouns ?? [], extra.verbs ?? [], extra.namedSources ?? []]);
  if (key !== lastKey || !lastLexicon) {
    lastLexicon = buildLexicon(extra);
    lastKey = key;
  }
  return lastLexicon;
}
