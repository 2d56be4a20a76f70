/** missing-numeral's lexicon flags: every word of the hand-written lists (lexicons.data.ts), folded, in an
 * integer-keyed map of two 32-bit flag groups (group A: the word itself; group B: with its clitics). */
import * as D from './lexicons.data';
import { foldBase } from '../../text/fold';

/** The hash of a word's folded code units (line.ts computes the same while it scans). */
export function hashUnits(u: readonly number[]): number {
  let h = 0;
  for (const c of u) h = (Math.imul(h, 31) + c) | 0;
  return h;
}

/** The folded code units of a word (the base fold of text/fold.ts). */
function foldUnits(s: string): number[] {
  const f = foldBase(s);
  const out: number[] = [];
  for (let i = 0; i < f.length; i++) out.push(f.charCodeAt(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lexicon flags (two 32-bit groups).

// group A: the word itself
export const A_STRONG = 1 << 0;
export const A_PLURAL = 1 << 1;
export const A_WEAK = 1 << 2;
export const A_ACC = 1 << 3;
export const A_NUMNOUN = 1 << 4;
export const A_PCT = 1 << 5;
export const A_MONTH = 1 << 6;
export const A_AMBIG = 1 << 7;
export const A_MONTH2 = 1 << 8;
export const A_MONTHMOD = 1 << 9;
export const A_MHEAD = 1 << 10;
export const A_YEAR = 1 << 11;
export const A_YEARDEF = 1 << 12;
export const A_YEARLAW = 1 << 13;
export const A_NUMHEAD = 1 << 14;
export const A_MIAH = 1 << 15;
export const A_WAW = 1 << 16;
export const A_NOTDEF = 1 << 17;
export const A_NOTACC = 1 << 18;
export const A_YEARFOLLOW = 1 << 19;
export const A_FWD = 1 << 20;
export const A_REV = 1 << 21;
export const A_BAADQABL = 1 << 22;
export const A_FI = 1 << 23;
export const A_NAHWA = 1 << 24;
export const A_AGE = 1 << 25;
export const A_BEFOREBAAD = 1 << 26;
export const A_BINISBA = 1 << 27;
export const A_YAWM = 1 << 28;
export const A_FREQ = 1 << 29;
export const A_ERA = 1 << 30;
// group B: with clitics (و/ف, and for number words ب/ل too)
export const B_YEARINTRO = 1 << 0;
export const B_YEARGAPINTRO = 1 << 1;
export const B_PREP = 1 << 2;
export const B_APPROX = 1 << 3;
export const B_NOEND = 1 << 4;
export const B_PAIR = 1 << 5;
export const B_NUMWORD = 1 << 6;
export const B_DURATION = 1 << 8;
export const B_PCTINTRO = 1 << 9;
export const B_WEEKDAY = 1 << 10;
export const B_ERAWEAK = 1 << 11;
export const B_ABBR = 1 << 12;
export const B_ABBRHEAD = 1 << 13;
export const B_ABBRTAIL = 1 << 14;
export const B_SHAHR = 1 << 15;
export const B_ABBRSAFE = 1 << 16;
export const B_QADJ = 1 << 17;
export const B_SUPERL = 1 << 18;
export const B_WHOLE = 1 << 19;
export const B_CONJ = 1 << 20;

export interface Entry {
  units: number[];
  a: number;
  b: number;
  next: Entry | null;
}

export const LEXICON = new Map<number, Entry>();
export let MAX_LEXICON_LENGTH = 0;

export function addUnits(units: number[], a: number, b: number, h = hashUnits(units)): void {
  if (units.length === 0) return;
  let e = LEXICON.get(h);
  for (let x: Entry | null | undefined = e; x; x = x.next) {
    if (x.units.length === units.length && x.units.every((c, i) => c === units[i])) {
      x.a |= a;
      x.b |= b;
      return;
    }
  }
  const fresh: Entry = { units, a, b, next: e ?? null };
  if (units.length > MAX_LEXICON_LENGTH) MAX_LEXICON_LENGTH = units.length;
  LEXICON.set(h, fresh);
  e = fresh;
}

/**
 * The word lists below are entered on first use (ensureLexicon), not at load: a command that lints nothing
 * (`tadqiq rules`, `--version`) does not build them. `add` before that only notes its arguments.
 */
let pending: Array<[readonly string[], number, number, readonly string[]]> | null = [];

export function add(words: readonly string[], a: number, b = 0, prefixes: readonly string[] = ['']): void {
  if (pending) pending.push([words, a, b, prefixes]);
  else for (const w of words) for (const p of prefixes) addUnits(foldUnits(p + w), a, b);
}

/**
 * Enters the pending word lists into LEXICON (once): call before reading LEXICON or MAX_LEXICON_LENGTH. The same as
 * `add` on each list, with fewer calls (it runs in every CLI process that lints, where V8 compiled the helpers it
 * called ~3,500 times with its optimiser): each word and each prefix is folded and hashed once — the base fold
 * goes code unit by code unit, so the prefixed word's units are the prefix's then the word's, and its hash is the
 * prefix's times 31^length plus the word's.
 */
export function ensureLexicon(): void {
  if (pending === null) return;
  const todo = pending;
  pending = null;
  const folded = new Map<string, { units: number[]; hash: number }>();
  const pow31 = [1];
  for (const [words, a, b, prefixes] of todo) {
    const ps: Array<{ units: number[]; hash: number }> = [];
    for (const p of prefixes) {
      let f = folded.get(p);
      if (!f) {
        const units = foldUnits(p);
        folded.set(p, (f = { units, hash: hashUnits(units) }));
      }
      ps.push(f);
    }
    for (const w of words) {
      const wu = foldUnits(w);
      const hw = hashUnits(wu);
      while (pow31.length <= wu.length) pow31.push(Math.imul(pow31[pow31.length - 1], 31));
      for (const p of ps) {
        if (p.units.length === 0) addUnits(wu, a, b, hw);
        else addUnits(p.units.concat(wu), a, b, (Math.imul(p.hash, pow31[wu.length]) + hw) | 0);
      }
    }
  }
}

export const CLITIC = ['', 'و', 'ف'];
export const NUMBER_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

add(D.COUNTED_PLURAL_STRONG, A_STRONG | A_PLURAL);
add(D.COUNTED_SINGULAR_STRONG, A_STRONG);
add(D.COUNTED_WEAK, A_WEAK);
add(D.COUNTED_ACCUSATIVE, A_ACC);
add(D.NUMBER_NOUNS, A_NUMNOUN);
add(D.PERCENT_WORDS, A_PCT);
add(D.MONTHS, A_MONTH);
add(D.AMBIGUOUS_MONTHS, A_AMBIG);
add(D.MONTH_SECOND_WORDS, A_MONTH2);
add(D.MONTH_MODIFIERS, A_MONTHMOD);
add(['كانون', 'تشرين'], A_MHEAD);
add(D.YEAR_WORDS, A_YEAR);
add(D.YEAR_WORDS_DEFINITE, A_YEARDEF);
add(D.YEAR_WORDS_LAW, A_YEARLAW);
add(D.NUMBERING_HEADS, A_NUMHEAD);
add(['المائة', 'المئة'], A_MIAH);
add(['و'], A_WAW);
add(['إلى', 'التي', 'الذي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللواتي', 'اللاتي', 'إلا', 'الآن', 'ألف', 'ألفا', 'ألفي', 'ألفين', 'آلاف', 'الف', 'الاف'], A_NOTDEF);
add(D.NOT_ACCUSATIVE_COUNT, A_NOTACC);
add(D.YEAR_FOLLOWERS, A_YEARFOLLOW);
add(D.ORIENTATION_WORDS, A_FWD);
add(D.ORIENTATION_WORDS.map((w) => [...w].reverse().join('')), A_REV);
add(['بعد', 'قبل'], A_BAADQABL);
add(['في'], A_FI);
add(D.NAHWA, A_NAHWA);
add(D.AGE_WORDS, A_AGE);
add(['فيما', 'من', 'ما', 'وفيما', 'ومن'], A_BEFOREBAAD);
add(['بنسبة'], A_BINISBA);
add(['يوم'], A_YAWM);
add(D.FREQUENCY_WORDS, A_FREQ);
add(D.ERA_STRONG, A_ERA);
add(D.ERA_WEAK, 0, B_ERAWEAK);
add(D.UNIT_ABBREVIATIONS, 0, B_ABBR);
add(D.UNIT_ABBREVIATIONS_SAFE, 0, B_ABBRSAFE);
add(D.UNIT_ABBREVIATION_HEADS, 0, B_ABBRHEAD);
add(D.UNIT_ABBREVIATION_TAILS, 0, B_ABBRTAIL);
add(['شهر', 'شهري', 'لشهر', 'بشهر'], 0, B_SHAHR, CLITIC);
add(D.YEAR_INTRODUCERS, 0, B_YEARINTRO, CLITIC);
add([...D.YEAR_INTRODUCERS, ...D.BIRTH_WORDS, 'حتى', 'إلى', 'من'], 0, B_YEARGAPINTRO, CLITIC);
add(D.PREPOSITIONS, 0, B_PREP, CLITIC);
add(D.APPROXIMATORS, 0, B_APPROX, CLITIC);
add(D.NO_END_WORDS, 0, B_NOEND, CLITIC);
add(D.PAIR_HEADS, 0, B_PAIR, CLITIC);
add(D.NUMBER_WORDS, 0, B_NUMWORD, NUMBER_PREFIXES);
add(D.DURATION_WORDS, 0, B_DURATION, CLITIC);
add(['بنسبة', 'نسبة', 'نسبته', 'نسبتها', 'حوالي', 'بحوالي', 'نحو', 'بنحو', 'قرابة', 'بقرابة', 'زهاء', 'إلى', 'من'], 0, B_PCTINTRO, CLITIC);
add(D.WEEKDAYS, 0, B_WEEKDAY, CLITIC);
add(D.QUANTITY_ADJECTIVES, 0, B_QADJ);
add(D.SUPERLATIVE_LOOKALIKES, 0, B_SUPERL);
add(D.WHOLE_ADJECTIVES, 0, B_WHOLE);
add(['و', 'أو'], 0, B_CONJ);

/** The two flag groups of a word (0, 0 for a word the lists lack): what line.ts finds while it scans, for the
 *  scripts that mine with the rule's own classes (scripts/build-numeral-context.mjs). */
export function lexiconFlags(word: string): [number, number] {
  ensureLexicon();
  const u = foldUnits(word);
  for (let x: Entry | null | undefined = LEXICON.get(hashUnits(u)); x; x = x.next) if (x.units.length === u.length && x.units.every((c, i) => c === u[i])) return [x.a, x.b];
  return [0, 0];
}
