/**
 * The one folding module: how two spellings of an Arabic word are made to compare equal. One table, built once
 * from the character table (`chars.ts`) and the one NFKC cache, and named variants where a difference is
 * deliberate:
 *
 * - **base** (`FOLD`, `foldBase`): marks, tatweel, invisible controls and extraction junk dropped; presentation forms read as
 *   their letters; أ إ آ ٱ → ا, ى → ي. What number-slot context and word comparisons use.
 * - **loose** (`foldLoose`, `foldLooseString`): base, and also ة → ه, ؤ → و, ئ ی → ي, ک → ك: the claim lexicon's
 *   keys, where a spelling variant must never hide a cue.
 * - The lexicon's key (`lexicon/fold.ts`) is the base fold written in the lexicon's ASCII alphabet, with the
 *   lexicon's own rule for ى inside a word.
 */
import { CH, CONTROL, FLAGGED, FORM, JUNK, MARK, TATWEEL_C, nfkc, LETTER } from './chars';
import { FOLD_BUILT } from './foldBuilt';

/** `FOLD[c]`: a code unit that folds to several (lam-alef ligatures, ﷲ): read them with `foldExpansion`. */
export const FOLD_MULTI = 0xffff;
/** `FOLD[c]`: a code unit folding drops. */
export const FOLD_DROP = 0;

const EXPAND = new Map<number, readonly number[]>();

function baseLetter(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627; // أ إ آ ٱ → ا
  if (c === 0x0649) return 0x064a; // ى → ي
  return c;
}

/**
 * Every code unit mapped to itself. A function of its own: a loop over 64K in the function below made V8 compile
 * that function for on-stack replacement at start-up, and then its second loop too (with nfkc and the character
 * table inlined: 10-28 ms of optimising compiler, in every process, for a loop that had ended by then).
 */
function identityTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  // Two code units a step through a 32-bit view where the machine is little-endian (the first unit in the low half):
  // half the steps of a loop that runs in every process (~1.1 ms of a one-line lint -> ~0.5; issue 13).
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) {
    const w = new Uint32Array(t.buffer);
    for (let i = 0; i < 0x8000; i++) w[i] = (2 * i) | ((2 * i + 1) << 16);
  } else for (let c = 0; c < 0x10000; c++) t[c] = c;
  return t;
}

/** The base fold of every code unit: itself, another, FOLD_DROP or FOLD_MULTI (as the bundle carries it, if it does). */
export const FOLD: Uint16Array = FOLD_BUILT !== null ? builtFold(FOLD_BUILT) : computeFold();

function builtFold(built: NonNullable<typeof FOLD_BUILT>): Uint16Array {
  for (const [c, units] of built.expand) EXPAND.set(c, units);
  return built.fold;
}

function computeFold(): Uint16Array {
  const t = identityTable();
  // Only code units with a flag fold to anything but themselves (text/fold.test.ts compares with the rule
  // applied to every code unit).
  for (const c of FLAGGED) {
    const f = CH[c];
    if (f & (MARK | TATWEEL_C | CONTROL | JUNK)) t[c] = FOLD_DROP;
    else if (f & LETTER) t[c] = baseLetter(c);
    else if (f & FORM) {
      const n = nfkc(c);
      const units: number[] = [];
      for (let i = 0; i < n.length; i++) {
        const d = n.charCodeAt(i);
        if (CH[d] & LETTER) units.push(baseLetter(d));
      }
      if (n.length === 1 && n.charCodeAt(0) === c) t[c] = c; // unassigned: itself
      else if (units.length === 0) t[c] = FOLD_DROP; // spacing harakat forms, tatweel forms
      else if (units.length === 1) t[c] = units[0];
      else {
        t[c] = FOLD_MULTI;
        EXPAND.set(c, units);
      }
    } else t[c] = c;
  }
  return t;
}

/** The letters a FOLD_MULTI code unit folds to (empty for any other). */
export function foldExpansion(c: number): readonly number[] {
  return EXPAND.get(c) ?? [];
}

/** Base fold of a string. */
export function foldBase(s: string): string {
  let out = '';
  let run = 0; // start of the pending run of code units that fold to themselves
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c];
    if (f === c) continue;
    if (run < i) out += s.slice(run, i);
    run = i + 1;
    if (f === FOLD_MULTI) out += String.fromCharCode(...foldExpansion(c));
    else if (f !== FOLD_DROP) out += String.fromCharCode(f);
  }
  if (run === 0) return s;
  return run < s.length ? out + s.slice(run) : out;
}

/** The loose variant of an already base-folded code unit (ة → ه, ؤ → و, ئ ی → ي, ک → ك). */
export function foldLoose(c: number): number {
  switch (c) {
    case 0x0629:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x0626:
    case 0x06cc:
      return 0x064a;
    case 0x06a9:
      return 0x0643;
  }
  return c;
}

/**
 * The loose variant as a table, for tokenisers that fold every letter of a text: `FOLD` with `foldLoose` applied to
 * the code units it folds to one unit (FOLD_DROP and FOLD_MULTI as they are; expansions: `foldExpansion`, then
 * `foldLoose` on each).
 */
export const FOLD_LOOSE: Uint16Array = FOLD_BUILT !== null ? FOLD_BUILT.loose : computeFoldLoose();

function computeFoldLoose(): Uint16Array {
  const t = FOLD.slice();
  // foldLoose changes only Arabic letters: a code unit folds to one only if it is a letter or a presentation form
  for (const c of FLAGGED) {
    if ((CH[c] & (LETTER | FORM)) === 0) continue;
    const u = FOLD[c];
    t[c] = u === FOLD_DROP || u === FOLD_MULTI ? u : foldLoose(u);
  }
  return t;
}

/** Loose fold of a string. */
export function foldLooseString(s: string): string {
  const b = foldBase(s);
  let out = '';
  let run = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const f = foldLoose(c);
    if (f === c) continue;
    out += b.slice(run, i) + String.fromCharCode(f);
    run = i + 1;
  }
  if (run === 0) return b;
  return run < b.length ? out + b.slice(run) : out;
}
