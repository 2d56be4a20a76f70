/**
 * The lexicon's reading of one word for the claim rule: a reporting verb form or a source noun with its clitics (و/ف,
 * future س, an object pronoun; ب/ل/ك, ال). The analyser (analyser.ts) memoises the answers per token.
 */
import type { Lexicon, NounInfo, VerbInfo } from './lexicon';
import { hashFolded, key, KeySet } from './tokens';

/** و ف: the conjunctions a word may start with. */
export const CONJ = new Set(['\u0648', '\u0641']);

export interface NounHit {
  info: NounInfo;
  key: string;
  definite: boolean;
  prep: boolean;
  conj: boolean;
}

export interface VerbHit {
  info: VerbInfo;
  conj: boolean;
  enclitic: boolean;
}

/** A reporting verb form with its clitics: و/ف, future س, an object pronoun (ذكره، أكدته، ذكروه). */
export function lookupVerb(w: string, lex: Lexicon): VerbHit | null {
  if (lex.functionWords.has(w)) return null;
  const conjOk = w.length > 2 && CONJ.has(w[0]);
  return (
    verbForm(w, false, lex) ??
    (conjOk ? verbForm(w.slice(1), true, lex) : null) ??
    (futureOk(w) ? verbForm(w.slice(1), false, lex) : null) ??
    (conjOk && futureOk(w.slice(1)) ? verbForm(w.slice(2), true, lex) : null)
  );
}
/** حسب، بحسب، وفق، وفقا، طبقا (with و), folded: a reporting verb may be glued to the ما after them. */
const BEFORE_GLUED_MA = ['\u062d\u0633\u0628', '\u0628\u062d\u0633\u0628', '\u0648\u0641\u0642', '\u0648\u0641\u0642\u0627', '\u0637\u0628\u0642\u0627'].flatMap((w) => [w, '\u0648' + w]);
/** Their keys (tokens.ts `key`): the analyser asks about a glued ما only after one of them (one lookup per word). */
export const BEFORE_GLUED_MA_KEYS = new KeySet();
for (const w of BEFORE_GLUED_MA) BEFORE_GLUED_MA_KEYS.add(key(hashFolded(w)));

/**
 * A reporting verb written glued to ما after حسب/وفق (`w` the word, `prev` the word before, folded): حسب ماتناقلته،
 * وفق ماأوردته — the verb after ما, with its clitics; null for anything else.
 */
export function gluedMaVerb(w: string, prev: string | null, lex: Lexicon): VerbHit | null {
  if (prev === null || !BEFORE_GLUED_MA.includes(prev) || w.length < 5 || w.charCodeAt(0) !== 0x0645 || w.charCodeAt(1) !== 0x0627) return null;
  return lookupVerb(w.slice(2), lex);
}

/**
 * The word a noun phrase is read from (`w` the word, `bare` it without و/ف, folded): after a source phrase (`allowPrep`) a
 * quantifier or أحد/إحدى with ل\u0640 attached is read without it (وفقا لبعض المصادر، وفقا لأحد المواقع الإخبارية:
 * claims7), anything else as `bare`.
 */
export function quantifierAfterL(w: string, bare: string, allowPrep: boolean, lex: Lexicon): string {
  if (!allowPrep || w.length < 4 || w.charCodeAt(0) !== 0x0644) return bare;
  const r = w.slice(1);
  return lex.quantifiers.has(r) || lex.oneOf.has(r) ? r : bare;
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
const ENCLITICS = ['\u0647\u0645\u0627', '\u0647\u0645', '\u0647\u0627', '\u0647', '\u0646\u0627']; // \u0647\u0645\u0627 \u0647\u0645 \u0647\u0627 \u0647 \u0646\u0627 (أفادنا)

/** A source noun with its clitics: و/ف, then ب/ل/ك, then ال (لل، بال، كال). */
export function lookupNoun(w: string, lex: Lexicon): NounHit | null {
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
