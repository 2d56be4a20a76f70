/**
 * The claim lexicon's word tables (lexicon.ts `WordTables`) as text and back, for the CLI's bundle, which carries the
 * default lexicon's tables computed when it is built (builtTables.ts, esbuild.mjs) instead of computing them at every
 * run. `decodeWordTables(encodeWordTables(t))` gives t again: the same entries in the same order, each verb's and
 * noun's record with the same properties (tables.test.ts).
 */
import type { Gender, NounInfo, VerbInfo, WordTables } from './lexicon';

/** A verb's record as a row: [form, gender, present, via (null: none), complement, proposition, finding, transitive], and
 *  `true` ninth for a rumour verb (`report`: the few that are carry it, the others stay eight long). */
type VerbRow = [string, Gender, boolean, string | null, boolean, boolean, boolean, boolean, true?];

interface Encoded {
  verbs: VerbRow[];
  nouns: Array<[string, NounInfo]>;
  falseFriends: Array<[string, string[]]>;
  sets: Record<string, string[]>;
  lists: Record<string, string[][]>;
  keys: Record<string, number[]>;
}

const SET_FIELDS = [
  'impersonalVerbs', 'ambiguousPassive', 'connectorVerbs', 'vaguePronouns', 'quantifiers', 'oneOf', 'same', 'adjectives', 'anonymousAdjectives',
  'titles', 'namedFirst', 'sourceFirst', 'openingOnly', 'newsOf', 'anonymityVerbs', 'anonymityObjects', 'complementisers', 'adverbs',
  'statementNouns', 'nonClaimBeforeVerb', 'auxiliaries', 'relatives', 'subjectPrepositions', 'functionWords', 'pronounPPs',
] as const;
const LIST_FIELDS = ['namedSources', 'sourcePhrases', 'impersonalPhrases'] as const;
const KEY_FIELDS = ['functionKeys', 'complementiserKeys', 'anonymityObjectKeys'] as const;

/** The word tables as JSON text. */
export function encodeWordTables(t: WordTables): string {
  const e: Encoded = {
    verbs: [...t.verbs].map(([f, v]): VerbRow => {
      const row: VerbRow = [f, v.gender, v.present, v.via ?? null, v.complement === true, v.proposition === true, v.finding === true, v.transitive === true];
      if (v.report) row.push(true);
      return row;
    }),
    nouns: [...t.nouns],
    falseFriends: [...t.falseFriends].map(([h, s]) => [h, [...s]]),
    sets: {},
    lists: {},
    keys: {},
  };
  for (const k of SET_FIELDS) e.sets[k] = [...t[k]];
  for (const k of LIST_FIELDS) e.lists[k] = t[k];
  for (const k of KEY_FIELDS) e.keys[k] = t[k];
  return JSON.stringify(e);
}

/** The word tables from encodeWordTables' text. */
export function decodeWordTables(text: string): WordTables {
  const e = JSON.parse(text) as Encoded;
  const verbs = new Map<string, VerbInfo>();
  // (the record as lexicon.ts makes it: `via` present, undefined when the verb has none; rows read by index, not
  // destructured: this runs once a process, in V8's interpreter, where destructuring an array is an iterator's calls)
  const rows = e.verbs;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const info: VerbInfo = { gender: r[1], present: r[2], via: r[3] ?? undefined, complement: r[4], proposition: r[5], finding: r[6], transitive: r[7] };
    if (r.length > 8) info.report = true;
    verbs.set(r[0], info);
  }
  const falseFriends = new Map<string, Set<string>>();
  for (let i = 0; i < e.falseFriends.length; i++) falseFriends.set(e.falseFriends[i][0], new Set(e.falseFriends[i][1]));
  const t = { verbs, nouns: new Map(e.nouns), falseFriends } as Partial<WordTables> & Record<string, unknown>;
  for (const k of SET_FIELDS) t[k] = new Set(e.sets[k]);
  for (const k of LIST_FIELDS) t[k] = e.lists[k];
  for (const k of KEY_FIELDS) t[k] = e.keys[k];
  return t as WordTables;
}
