/**
 * reversed-lam-alef — the two letters of a lam-alef ligature extracted in the wrong order: `اإلنجاز` for
 * `الإنجاز`, `األمريكية` for `الأمريكية`, `االجتماعي` for `الاجتماعي`, `إطالق` for `إطلاق`, `عىل` for `على`.
 *
 *  - At the start of a word (after و ف ب ك ل): ا + alef + ل, a cluster no Arabic word has → ال + alef.
 *    Certain when the swapped word is in the lexicon, or when the word is torn by a kashida glyph (`%%`)
 *    and cannot be looked up.
 *  - Inside a word: ال → لا, and ىل → لى (a medial ى is no spelling), only when the word is not in the
 *    lexicon and the swap makes it one.
 * The word is read across kashida glyphs that some fonts extract as `%` or `!` inside LRE…PDF
 * (`األجه\u202A%%\u202Cزة`). Fix (preferred): swap the two letters; the title previews the word.
 *
 * Names: ال inside a word is ordinary in foreign names (ناتالي، مالطا، بيتالوما، تالة) that the lexicon does
 * not know, and a swap that the lexicon happens to accept would change a correct name. The inner ال → لا swap
 * is therefore reported only in a document that proves the damage — a certain swap elsewhere in it (a
 * word-initial األ/اال cluster, a medial ى, a word torn by kashida glyphs: a PDF that reverses lam-alef
 * reverses every one) — or on a line with a PDF route's signs (text/damage.ts). Elsewhere it stays quiet, and
 * on a line without signs of a proven document it is flag-only (fix-all never swaps letters of a name there).
 * A swap to a form news writes far more often than the one written (`خالل` → `خلال`; `ال` alone → `لا`, session 15)
 * is evidence too: with one certain swap it makes the proof strong, and two of them with no article + hamza written in
 * order make it strong without one (a single paragraph of a reversing PDF seldom has two word-initial clusters).
 */
import { foldKey, isAttested, isLikelyWord, isWord, MAX_WORD_KEY } from '../lexicon/index';
import { LAM_ALEF_FORMS } from '../lexicon/lamalef.data';
import { pairHash, pairScore, storedCount } from '../lexicon/pairs';
import { isArabicMark, TATWEEL } from '../text/arabic';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';
import { ownCopy } from '../text/strings';
import { releasable } from '../text/memos';

const ALEF = 0x0627;
const LAM = 0x0644;
const MAQSURA = 0x0649;
const HAMZA_ALEFS = [0x0623, 0x0625, 0x0622];
const PROCLITICS = [0x0648, 0x0641, 0x0628, 0x0643, 0x0644];

interface Letter {
  pos: number;
  c: number;
}

/** Letters of a word read across kashida glyphs: tokens glued by `%`/`!` runs and bidi controls. */
function wordLetters(text: string, toks: ReadonlyArray<{ start: number; end: number }>, k: number): { letters: Letter[]; next: number; torn: boolean } {
  const letters: Letter[] = [];
  let torn = false;
  let j = k;
  for (;;) {
    const tk = toks[j];
    for (let p = tk.start; p < tk.end; p++) {
      const c = text.charCodeAt(p);
      if (isArabicMark(c) || c === TATWEEL || c === 0x200c || c === 0x200d) continue;
      letters.push({ pos: p, c });
    }
    if (j + 1 >= toks.length) break;
    // glued to the next token by junk only (no space)?
    let p = tk.end;
    let junk = false;
    while (p < toks[j + 1].start) {
      const c = text.charCodeAt(p);
      if (c === 0x25 || c === 0x21 || c === 0xfffd) junk = true;
      else if (!((c >= 0x202a && c <= 0x202e) || c === 0x200e || c === 0x200f)) break;
      p++;
    }
    if (p !== toks[j + 1].start || !junk) break;
    torn = true;
    j++;
  }
  return { letters, next: j + 1, torn };
}

function isGlueChar(c: number): boolean {
  return c === 0x25 || c === 0x21 || c === 0xfffd || (c >= 0x202a && c <= 0x202e);
}

/** Is the gap [s, e) between two tokens junk only (`%`/`!`/U+FFFD, at least one, and bidi controls)? As wordLetters. */
function gluedByJunk(text: string, s: number, e: number): boolean {
  let junk = false;
  let p = s;
  while (p < e) {
    const c = text.charCodeAt(p);
    if (c === 0x25 || c === 0x21 || c === 0xfffd) junk = true;
    else if (!((c >= 0x202a && c <= 0x202e) || c === 0x200e || c === 0x200f)) break;
    p++;
  }
  return p === e && junk;
}

const swapMemo = releasable('reversed-lam-alef.swapMemo', new Map<string, Swap | null>());

/** findSwap on the letters of one token (not torn). Cached per token. */
function swapIn(token: string): Swap | null {
  let at = swapMemo.get(token);
  if (at === undefined) {
    const ls: Letter[] = [];
    for (let p = 0; p < token.length; p++) {
      const c = token.charCodeAt(p);
      if (isArabicMark(c) || c === TATWEEL || c === 0x200c || c === 0x200d) continue;
      ls.push({ pos: p, c });
    }
    // (too long to be a word: no swap, and no memo entry holding a huge token)
    if (ls.length > MAX_LETTERS) return null;
    // `ال` alone, as written (not `ال<U+0640>` before a number), is no word: `لا` reversed (an article split off its word
    // is splitArticle's, checked before the swap is used)
    at = token === 'ال' ? { at: 0, certain: false } : findSwap(ls, false);
    if (swapMemo.size >= 50_000) swapMemo.clear();
    swapMemo.set(ownCopy(token), at);
  }
  return at;
}

/** Has the token an alef (any form) or ى next to a lam: the only places a swap can happen. */
function mayHavePair(text: string, s: number, e: number): boolean {
  for (let i = s; i + 1 < e; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (b === LAM && (a === ALEF || a === MAQSURA || HAMZA_ALEFS.includes(a))) return true;
  }
  return false;
}

const str = (ls: Letter[]) => String.fromCharCode(...ls.map((l) => l.c));

interface Swap {
  /** Index in the letters of the first of the two swapped letters. */
  at: number;
  /** A swap no correct word explains (initial cluster, medial ى, a torn word); false for an inner ال → لا. */
  certain: boolean;
  /** A second swap inside the same word (a PDF that reverses lam-alef reverses both: اإلسالمية). */
  at2?: number;
  /** Judged by how often news writes the two forms alone (frequentSwap): the words around must agree (checkContext). */
  byCount?: boolean;
  /** The swapped word is no word the lexicon knows either (an initial cluster no word has): flag-only. */
  unknown?: boolean;
}

/**
 * Letters beyond which no swap can make a lexicon word: each letter folds to at least one unit of the key
 * (a ligature to two), and no key longer than MAX_WORD_KEY is a word. Without this bound a "word" of
 * 20,000 letters with a lam-alef pair every three letters costs a copy and a lookup of the whole word per
 * pair: quadratic (4 s at 10,000 units, 247 s at 20,000).
 */
const MAX_LETTERS = 2 * MAX_WORD_KEY;

function findSwap(ls: Letter[], torn: boolean): Swap | null {
  const n = ls.length;
  if (n < 3 || n > MAX_LETTERS) return null;
  const swapped = (i: number) => {
    const cs = ls.map((l) => l.c);
    const x = cs[i];
    cs[i] = cs[i + 1];
    cs[i + 1] = x;
    return String.fromCharCode(...cs);
  };
  const whole = str(ls);
  // word-initial ا + alef + ل, after up to two proclitics
  for (let p = 0; p <= 2 && p + 2 < n; p++) {
    if (p > 0 && !PROCLITICS.includes(ls[p - 1].c)) break;
    if (ls[p].c === ALEF && (HAMZA_ALEFS.includes(ls[p + 1].c) || ls[p + 1].c === ALEF) && ls[p + 2].c === LAM) {
      const w = swapped(p + 1);
      // ا + ا + ل: also a doubled alef typed before the article (االشعبي for الشعبي); when dropping one alef
      // makes a word, the swap is not certain
      const doubled = ls[p + 1].c === ALEF && isWord(whole.slice(0, p) + whole.slice(p + 1));
      if (isWord(w)) {
        // and a second pair inside that news writes far more often swapped (اإلسالم → الإسالم → الإسلام)
        const ws: Letter[] = w.split('').map((ch, i) => ({ pos: ls[i].pos, c: ch.charCodeAt(0) }));
        const second = frequentSwap(ws);
        return second !== null && second.at > p + 2 ? { at: p + 1, certain: !doubled, at2: second.at } : { at: p + 1, certain: !doubled };
      }
      // both lam-alefs of the word reversed: the initial one and one inside (اإلسالمية → الإسلامية)
      const cs = w.split('');
      for (let i = p + 3; i + 1 < n; i++) {
        if (cs[i] !== '\u0627' && !HAMZA_ALEFS.includes(cs[i].charCodeAt(0))) continue;
        if (cs[i + 1] !== '\u0644') continue;
        const both = w.slice(0, i) + cs[i + 1] + cs[i] + w.slice(i + 2);
        if (isWord(both)) return { at: p + 1, certain: !doubled, at2: i };
      }
      if (torn && !isWord(whole)) return { at: p + 1, certain: !doubled };
      // (ا + hamza alef + ل opens no Arabic word: the swap is the only reading, a word the lexicon does not know —
      // a name, a loanword: األنثوسيانين — flagged, the swap offered; applied only in a draft that proves the damage strongly)
      if (ls[p + 1].c !== ALEF && !isWord(whole)) return { at: p + 1, certain: false, unknown: true };
    }
  }
  if (isWord(whole)) return lamAlefFormSwap(ls) ?? frequentSwap(ls);
  // a form correct news writes as it is (a name: مالطا، تالة، نادال) is spelled so, not reversed
  if (!torn && isAttested(whole)) return null;
  // inside the word: ال → لا, ىل → لى; and at its start أل/إل/آل → لأ/لإ/لآ, the preposition ل before a
  // hamza (إللغائها for لإلغائها, ألزمة for لأزمة): not certain either (ألمانيا is a name)
  for (let i = 0; i + 1 < n; i++) {
    const a = ls[i].c;
    const b = ls[i + 1].c;
    const alefLam = (a === ALEF || HAMZA_ALEFS.includes(a)) && b === LAM;
    const maqLam = a === MAQSURA && b === LAM;
    if (!alefLam && !maqLam) continue;
    if (i === 0 && !HAMZA_ALEFS.includes(a)) continue;
    // the article (not after ل: ل + ال is written لل, so لال… is لل + ا reversed: لالتحاد for للاتحاد)
    if (a === ALEF && i <= 2 && ls.slice(0, i).every((l) => PROCLITICS.includes(l.c)) && ls[i - 1]?.c !== LAM) continue;
    if (isWord(swapped(i))) return { at: i, certain: maqLam || torn };
  }
  return null;
}

let lamAlefForms: Set<string> | null = null;

/**
 * A word of the lexicon whose lam-alef, reversed back, gives a word news writes often while it (almost) never writes
 * this one (الخاليا → الخلايا, الواليات → الولايات: lexicon/lamalef.data.ts): the lexicon accepts both, the list
 * tells them apart. One pair swapped, or two. Not certain: only in a draft that proves the damage.
 */
function lamAlefFormSwap(ls: Letter[]): Swap | null {
  if (lamAlefForms === null) lamAlefForms = new Set(LAM_ALEF_FORMS.split('\n'));
  const at: number[] = [];
  for (let i = 0; i + 1 < ls.length; i++) {
    const a = ls[i].c;
    if ((a === ALEF || HAMZA_ALEFS.includes(a)) && ls[i + 1].c === LAM) at.push(i);
  }
  if (at.length === 0 || at.length > 2) return null;
  const cs = ls.map((l) => l.c);
  const swap = (xs: number[], i: number) => {
    const ys = xs.slice();
    ys[i] = xs[i + 1];
    ys[i + 1] = xs[i];
    return ys;
  };
  for (const i of at) if (lamAlefForms.has(String.fromCharCode(...swap(cs, i)))) return { at: i, certain: false };
  if (at.length === 2 && at[1] > at[0] + 1 && lamAlefForms.has(String.fromCharCode(...swap(swap(cs, at[0]), at[1])))) {
    return { at: at[0], certain: false, at2: at[1] };
  }
  return null;
}

/** How often clean news writes a word (the mined key counts of lexicon/pairs.ts; 0 when fewer than twice). */
function newsCount(word: string): number {
  const k = foldKey(word);
  return k === null ? 0 : storedCount(pairHash(k));
}

/** A swap must give a word news writes at least this often … */
const FREQUENT_SWAP_MIN = 4;
/** … and this many times as often as the word as written (والية 2 / ولاية 645, إعالن 0 / إعلان 64, وال 4 / ولا 203;
 *  سالم 43 / سلام 4 and حوالي, العالم, قال stay). */
const FREQUENT_SWAP_RATIO = 3;

/**
 * A word of the lexicon, not in lamalef.data.ts, whose inner ال read as لا gives a word clean news writes far more
 * often (والية → ولاية, ثالثة → ثلاثة, إعالن → إعلان, وال → ولا: the lexicon accepts both, the counts tell them apart).
 * Not a word-initial ال (الحقة is a word as often as لاحقة). Not certain: applied only in a draft whose proof is
 * strong (every lam-alef of it reversed), offered in a proven one.
 */
function frequentSwap(ls: Letter[]): Swap | null {
  const n = ls.length;
  const whole = str(ls);
  let base = -1;
  for (let i = 1; i < n; i++) {
    if (ls[i].c !== LAM || (ls[i - 1].c !== ALEF && !HAMZA_ALEFS.includes(ls[i - 1].c))) continue;
    const at = i - 1;
    // (the article itself only after a proclitic, where the counts tell والية from ولاية, بالده from بلاده)
    if (at === 0 && !HAMZA_ALEFS.includes(ls[at].c)) continue;
    const w = whole.slice(0, at) + whole[at + 1] + whole[at] + whole.slice(at + 2);
    const c = newsCount(w);
    if (c < FREQUENT_SWAP_MIN) continue;
    if (base < 0) base = Math.max(newsCount(whole), 2);
    if (c >= FREQUENT_SWAP_RATIO * base && isWord(w)) return { at, certain: false, byCount: true };
  }
  return null;
}

/** How often news must write a probable swap's form, and how many times as often as the written one (probableSwap). */
const PROBABLE_SWAP_MIN = 10;
const PROBABLE_SWAP_RATIO = 8;
/** The probable swaps that make a single certain one a strong proof (see check). */
const PROBABLE_MIN = 1;
/** The probable swaps that make a strong proof with no certain one. */
const PROBABLE_ALONE = 2;

/**
 * Is the swapped form one news writes at least FREQUENT_SWAP_MIN times and FREQUENT_SWAP_RATIO times as often as the
 * written one (`خالل` 0 / `خلال` 1,393; `ال` alone / `لا`)? Evidence of a reversing PDF, not a proof: a correct word
 * can be a rarer form of a frequent one (`بالغ` / `بلاغ`).
 */
function probableSwap(written: string, fixedWord: string): boolean {
  const c = fixedWord === 'لا' ? Infinity : newsCount(fixedWord);
  return c >= PROBABLE_SWAP_MIN && c >= PROBABLE_SWAP_RATIO * Math.max(written === 'ال' ? 0 : newsCount(written), 2);
}

export const reversedLamAlef: Rule = defineRule({
  id: 'reversed-lam-alef',
  title: { en: 'Lam-alef in reverse order', ar: 'لام ألف معكوسة' },
  description: {
    en: 'Flags lam and alef of a lam-alef ligature extracted in the wrong order (اإلنجاز for الإنجاز, عىل for على) when the swap turns a non-word into a word, and swaps them.',
    ar: 'ينبّه إلى اللام والألف من «لا» إذا استُخرجتا بترتيب معكوس (اإلنجاز بدل الإنجاز، عىل بدل على) متى جعل التبديل غيرَ الكلمة كلمةً، ويبدّلهما.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    reversed: {
      en: 'Lam and alef in reverse order (a PDF extraction artefact): “{written}” reads “{fixedWord}”.',
      ar: 'اللام والألف بترتيب معكوس (من أثر الاستخراج من PDF): «{written}» صوابها «{fixedWord}».',
    },
    swap: {
      en: 'Swap: “{fixedWord}”',
      ar: 'تبديل: «{fixedWord}»',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    // uncertain swaps wait until the document has shown a certain one (or their line shows damage)
    const uncertain: RuleFinding[] = [];
    // swaps reported whatever the draft proves, their fix only offered: the initial cluster of a word the lexicon does not
    // know either way
    const flagOnly: RuleFinding[] = [];
    let certain = 0;
    // uncertain swaps to a form news writes far more often than the one written (خالل → خلال, ال → لا): evidence too
    let probable = 0;
    // words whose swap the context did not agree with, and the written words fix-all swaps
    const held: Array<{ letters: Letter[]; s: Swap }> = [];
    const writtenOf = new Map<RuleFinding, string>();
    const signs = doc.damage;
    for (let li = 0; li < doc.lines.length; li++) {
      const line = doc.lines[li];
      const toks = doc.lineTokens(li);
      if (toks.length === 0 || doc.isVisualLine(line.start, line.end)) continue;
      for (let k = 0; k < toks.length; ) {
        if (!mayHavePair(text, toks[k].start, toks[k].end)) {
          // the word may still go on past a kashida glyph: only skip a token that is not glued to the next
          // (a gap of one character, a glyph or a bidi control)
          if (k + 1 >= toks.length || toks[k + 1].start - toks[k].end !== 1 || !isGlueChar(text.charCodeAt(toks[k].end))) {
            k++;
            continue;
          }
        }
        let s: Swap | null;
        let letters: Letter[];
        if (k + 1 >= toks.length || !gluedByJunk(text, toks[k].end, toks[k + 1].start)) {
          // a word of one token: the swap is a function of its text (cached); its letters are read only
          // when there is one
          s = swapIn(text.slice(toks[k].start, toks[k].end));
          if (!s || (!s.certain && splitArticle(text, toks, k)) || (s.at === 0 && toks[k].end - toks[k].start === 2 && !standsAlone(text, toks, k))) {
            k++;
            continue;
          }
          if (s.byCount && !contextAgrees(text, toks, k, s.at)) {
            // (held: swapped after all when the same written word is swapped elsewhere in the text)
            held.push({ letters: wordLetters(text, toks, k).letters, s });
            k++;
            continue;
          }
          letters = wordLetters(text, toks, k).letters;
          k++;
        } else {
          const w = wordLetters(text, toks, k);
          letters = w.letters;
          k = w.next;
          s = findSwap(letters, w.torn);
        }
        if (!s) continue;
        const edits = [...swapEdits(letters, s.at), ...(s.at2 === undefined ? [] : swapEdits(letters, s.at2))];
        const swapAt = new Map<number, number>();
        for (const at of s.at2 === undefined ? [s.at] : [s.at, s.at2]) {
          swapAt.set(at, letters[at + 1].c);
          swapAt.set(at + 1, letters[at].c);
        }
        const fixedWord = String.fromCharCode(...letters.map((l, i) => swapAt.get(i) ?? l.c));
        const wordStart = letters[0].pos;
        const wordEnd = letters[letters.length - 1].pos + 1;
        // (a bare ال before a word it makes a word with — `ال قاصدون`, a split article as much as a reversed لا — is no
        // evidence of its own, and a line's damage signs do not apply it: a draft split densely has many, its lines
        // signed by the article's alef set apart)
        const asArticle = fixedWord === 'لا' && articleJoins(text, toks, k);
        if (s.certain) certain++;
        else if (probableSwap(str(letters), fixedWord) && !asArticle) probable++;
        const lineSigned = signs.lineAt(wordStart) && !asArticle;
        const f: RuleFinding = {
          start: wordStart,
          end: wordEnd,
          message: message('reversed', { written: str(letters), fixedWord }),
          // an inner swap on a line with no PDF sign may be a name: offered, never applied by fix-all
          fixes: [{ title: message('swap', { fixedWord }), edits, preferred: s.certain || lineSigned }],
        };
        writtenOf.set(f, str(letters));
        if (s.unknown) f.fixes[0].preferred = false;
        (s.unknown ? flagOnly : s.certain || lineSigned ? out : uncertain).push(f);
      }
    }
    // (the whole draft's proof, when the engine checks it chunk by chunk: Document.count/decide)
    doc.count('reversed-lam-alef.certain', certain);
    doc.count('reversed-lam-alef.intact', countIntact(text));
    doc.count('reversed-lam-alef.probable', probable);
    if (uncertain.length === 0 && flagOnly.length === 0) return heldAgain(out, held, writtenOf, message);
    const proof = doc.decide((total) => {
      const c = total('reversed-lam-alef.certain');
      // a PDF that reverses lam-alef reverses every one: certain swaps, two at least, and (almost) no article
      // + hamza written in order (الأ، الإ، الآ) beside them — then the inner swaps of the draft are applied too
      // (a single certain swap is strong too when PROBABLE_MIN swaps more of the draft give forms news writes far more
      // often than the ones written: a single paragraph of a reversing PDF seldom has two word-initial clusters)
      const p = total('reversed-lam-alef.probable');
      const intact = total('reversed-lam-alef.intact') * 4 <= c;
      if (c === 0) return p >= PROBABLE_ALONE && total('reversed-lam-alef.intact') === 0 ? 'strong' : 'none';
      return intact && (c >= 2 || c + p >= 1 + PROBABLE_MIN) ? 'strong' : 'proven';
    });
    // (an inner swap in a draft with no proof stays quiet: flagged so, swaps into a word news writes often from a form
    // it never writes fell on 7 clean articles of the 10,113 — الوالدة, a real word the lexicon does not know)
    if (proof === 'none') return heldAgain(mergeByStart(out, flagOnly), held, writtenOf, message);
    if (proof === 'strong') for (const f of [...uncertain, ...flagOnly]) f.fixes[0].preferred = true;
    return heldAgain(mergeByStart(mergeByStart(out, flagOnly), uncertain), held, writtenOf, message);
  },
});

/** Is toks[k] a word of its own: a space, a line edge or a quote or bracket either side (not a piece of a word torn
 *  by a printed kashida glyph: `آم&ال`), and no piece of a word a justification gap split (`ح ال`, `الانفص ال`: the
 *  token before, no word itself, and it make a word of the lexicon; `من ال صفة` is `من لا صفة`). */
function standsAlone(text: string, toks: ReadonlyArray<{ start: number; end: number }>, k: number): boolean {
  const tok = toks[k];
  const before = tok.start === 0 ? ' ' : text[tok.start - 1];
  const after = tok.end >= text.length ? ' ' : text[tok.end];
  if (!/[\s"«(]/.test(before) || !/[\s"».,،؛:!?؟)]/.test(after)) return false;
  const prev = k > 0 && toks[k - 1].end === tok.start - 1 ? toks[k - 1] : null;
  if (prev === null) return true;
  const p = text.slice(prev.start, prev.end);
  return isLikelyWord(p) || !isWord(p + text.slice(tok.start, tok.end));
}

/** Does the bare ال ending just before toks[k] make a word of the lexicon with toks[k] (`ال قاصدون`), one news writes
 *  at least as often as it writes لا before toks[k] (`ال تملك` is لا تملك: the pair is mined, التملك is not)? */
function articleJoins(text: string, toks: ReadonlyArray<{ start: number; end: number }>, k: number): boolean {
  const next = toks[k];
  if (!next || k === 0 || next.start - toks[k - 1].end !== 1) return false;
  const n = text.slice(next.start, next.end);
  const joined = text.slice(toks[k - 1].start, toks[k - 1].end) + n;
  if (!isWord(joined)) return false;
  const nk = foldKey(n);
  const jk = foldKey(joined);
  const la = foldKey('\u0644\u0627');
  if (nk === null || jk === null || la === null) return true;
  return storedCount(pairHash(la, nk)) <= storedCount(pairHash(jk));
}

/**
 * Is toks[k] an article split off the word after it (`وال أبدي`, `وال ُمح ّبون`, `وال دة`: split-word's to join) rather
 * than a reversed `ولا`: the token is ال after at most one proclitic, and the next token on the line opens with a mark
 * or a hamza alef, or makes with it a word clean news writes (والدة; the lexicon accepts ال before a verb too, واليوجد).
 * At the line's end nothing tells: left alone.
 */
function splitArticle(text: string, toks: ReadonlyArray<{ start: number; end: number }>, k: number): boolean {
  const t = text.slice(toks[k].start, toks[k].end);
  if (!/^[\u0648\u0641\u0628\u0643]?\u0627\u0644$/.test(t)) return false;
  const next = toks[k + 1];
  if (!next || next.start - toks[k].end > 2) return true;
  const n = text.slice(next.start, next.end);
  const c = n.charCodeAt(0);
  // (before a number: `ال 2000`, the article of a number set apart; a bare `ال` before a word with its own article:
  // a typo, `فقد ال التانيت`)
  if (t === 'ال' && n.startsWith('ال')) return true;
  // (a bare `ال` before a piece that is no word itself: `ال سا عة`, `ال خ ميس` — a word a justification gap split
  // densely, split-word's; لا before a piece of a word reads no better)
  if (t === 'ال' && next.start - toks[k].end === 1 && !isLikelyWord(n)) return true;
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || isArabicMark(c) || HAMZA_ALEFS.includes(c) || newsCount(t + n) >= 2;
}

/**
 * The words either side of toks[k] on its line read at least as well with the swapped form as with the written one
 * (word pairs of pairs.ts): `بقلق بالغ` stays though news writes بلاغ a hundred times as often as بالغ.
 */
function contextAgrees(text: string, toks: ReadonlyArray<{ start: number; end: number }>, k: number, at: number): boolean {
  const t = text.slice(toks[k].start, toks[k].end).replace(/[\u064b-\u0652\u0640]/g, '');
  const w = foldKey(t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2));
  const v = foldKey(t);
  if (w === null || v === null) return false;
  let delta = 0;
  const prev = k > 0 && toks[k].start - toks[k - 1].end <= 2 ? foldKey(text.slice(toks[k - 1].start, toks[k - 1].end)) : null;
  const next = k + 1 < toks.length && toks[k + 1].start - toks[k].end <= 2 ? foldKey(text.slice(toks[k + 1].start, toks[k + 1].end)) : null;
  if (prev !== null) delta += pairScore(prev, w) - pairScore(prev, v);
  if (next !== null) delta += pairScore(w, next) - pairScore(v, next);
  return delta >= 0;
}

/**
 * The held words (a swap the words around did not agree with) whose written form fix-all swaps elsewhere in the text:
 * a word the PDF reversed is reversed wherever it is written so (`وأشار إعالن الرياض` after `"إعالن الرياض"`), and the
 * context's doubt does not hold against it. Merged into the findings by start.
 */
function heldAgain(found: RuleFinding[], held: ReadonlyArray<{ letters: Letter[]; s: Swap }>, writtenOf: ReadonlyMap<RuleFinding, string>, message: (id: string, data?: Record<string, string | number>) => string): RuleFinding[] {
  if (held.length === 0) return found;
  const swapped = new Set<string>();
  for (const f of found) if (f.fixes?.[0]?.preferred && writtenOf.has(f)) swapped.add(writtenOf.get(f)!);
  const again: RuleFinding[] = [];
  for (const h of held) {
    const written = str(h.letters);
    if (!swapped.has(written)) continue;
    const at = h.s.at;
    const fixedWord = String.fromCharCode(...h.letters.map((l, i) => (i === at ? h.letters[at + 1].c : i === at + 1 ? h.letters[at].c : l.c)));
    again.push({ start: h.letters[0].pos, end: h.letters[h.letters.length - 1].pos + 1, message: message('reversed', { written, fixedWord }), fixes: [{ title: message('swap', { fixedWord }), edits: swapEdits(h.letters, at), preferred: true }] });
  }
  return again.length > 0 ? mergeByStart(found, again) : found;
}

/** Words of the text that start (after up to two proclitics) with the article and a hamza alef in order: الأ، الإ، الآ. */
function countIntact(text: string): number {
  let n = 0;
  // (each of the three with indexOf, a native search: the text's every code unit read in a loop ran cold on every
  // CLI run; each place matches one of them only)
  for (const h of HAMZA_ALEFS) {
    const article = String.fromCharCode(ALEF, LAM, h);
    for (let i = text.indexOf(article); i >= 0; i = text.indexOf(article, i + 1)) {
      // the word starts at i, or after one or two proclitics that start it
      let s = i;
      while (s > 0 && i - s < 2 && PROCLITICS.includes(text.charCodeAt(s - 1))) s--;
      if (s === 0 || !isArabicLetterCode(text.charCodeAt(s - 1))) n++;
    }
  }
  return n;
}

const isArabicLetterCode = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);

/** The edits that swap letters[at] and letters[at + 1] (one edit when they are adjacent in the text). */
function swapEdits(letters: Letter[], at: number): Array<{ start: number; end: number; newText: string }> {
  const a = letters[at];
  const b = letters[at + 1];
  return b.pos === a.pos + 1
    ? [{ start: a.pos, end: b.pos + 1, newText: String.fromCharCode(b.c, a.c) }]
    : [
        { start: a.pos, end: a.pos + 1, newText: String.fromCharCode(b.c) },
        { start: b.pos, end: b.pos + 1, newText: String.fromCharCode(a.c) },
      ];
}

/** Two lists of findings, each in text order, merged into one in text order. */
function mergeByStart(a: RuleFinding[], b: RuleFinding[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
