/**
 * Visual (left-to-right, character-reversed) order → logical order, the repair of lines that mutool,
 * pdfminer or a visual-order source emitted "as seen": reverse the characters, keep the internal order of
 * left-to-right runs (digits, Latin words, `(cid:N)` glyph names), mirror brackets. Combining marks need
 * no special care: these extractors put a haraka before its letter in visual order, so the plain
 * reversal puts it back after it.
 *
 * The lam-alef ligature is the one ambiguity: an extractor that maps the ligature glyph to two letters
 * writes them in logical order (لا) inside the visual line, so the reversal turns them into ال; and the
 * article ال of the visual line, reversed, is ال too. Each word of the result therefore tries its ال/لا
 * pairs both ways and keeps the first reading the lexicon knows (the plain reversal first).
 */
import { isAnyDigit, isLatinLetter } from '../text/arabic';
import { LAM_ALEF_CONTEXT } from './data';
import { foldKey, isWord } from './index';
import { isNewsWord, pairKeys, pairScore } from './pairs';
import { isArabicTokenChar } from './tokens';
import { knownLetters, ligatePlainLamAlef, mendTornLamAlef, hasQuote, mixesForms, plainRuns, runRanges, splitLigatures, unreversePlainRuns, unreverseRange } from './visualMixed';
import { ownCopy } from '../text/strings';
import { onRelease, releasable } from '../text/memos';

const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '\u00ab': '\u00bb',
  '\u00bb': '\u00ab',
  '\u2039': '\u203a',
  '\u203a': '\u2039',
};

export function mirrorChar(ch: string): string {
  // most characters mirror to themselves: test the code unit before the table (a miss on a string-keyed
  // object is slow)
  if (ch.length !== 1) return MIRROR[ch] ?? ch;
  const c = ch.charCodeAt(0);
  if (c !== 0x28 && c !== 0x29 && c !== 0x5b && c !== 0x5d && c !== 0x7b && c !== 0x7d && c !== 0x3c && c !== 0x3e && c !== 0xab && c !== 0xbb && c !== 0x2039 && c !== 0x203a) return ch;
  return MIRROR[ch];
}

function isLtrLetter(c: number): boolean {
  return isLatinLetter(c);
}

/**
 * Items of a visual string: LTR runs (kept as they are) and single characters. An LTR run is a digit
 * run (with . , : / between digits and a % or ‰ beside it), a Latin run (Latin letters and digits, with
 * spaces and . - _ / : ' & between them), or a `(cid:N)` glyph name.
 */
function items(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x28 && s.startsWith('(cid:', i)) {
      const close = s.indexOf(')', i);
      if (close > i && close - i < 12) {
        out.push(s.slice(i, close + 1));
        i = close + 1;
        continue;
      }
    }
    if (isLtrLetter(c)) {
      let j = i + 1;
      let end = j;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isLtrLetter(d) || isAnyDigit(d)) {
          j++;
          end = j;
        } else if (d === 0x20 || d === 0x2e || d === 0x2d || d === 0x5f || d === 0x2f || d === 0x3a || d === 0x27 || d === 0x26) {
          // a joiner inside the run only if a Latin letter or digit follows (after spaces)
          let k = j;
          while (k < n && s.charCodeAt(k) === d) k++;
          if (k < n && (isLtrLetter(s.charCodeAt(k)) || isAnyDigit(s.charCodeAt(k)))) j = k;
          else break;
        } else break;
      }
      out.push(s.slice(i, end));
      i = end;
      continue;
    }
    if (isAnyDigit(c) || ((c === 0x25 || c === 0x2030) && i + 1 < n && isAnyDigit(s.charCodeAt(i + 1)))) {
      let j = i + 1;
      let end = j;
      while (j < n) {
        const d = s.charCodeAt(j);
        // (a number run on into Latin letters is one left-to-right run: `3D`, `4G`)
        if (isAnyDigit(d) || isLtrLetter(d)) {
          j++;
          end = j;
        } else if ((d === 0x2e || d === 0x2c || d === 0x3a || d === 0x2f || d === 0x66b || d === 0x66c) && j + 1 < n && isAnyDigit(s.charCodeAt(j + 1))) {
          j++;
        } else if ((d === 0x25 || d === 0x2030 || d === 0x66a) && isAnyDigit(s.charCodeAt(j - 1))) {
          j++;
          end = j;
          break;
        } else break;
      }
      out.push(s.slice(i, end));
      i = end;
      continue;
    }
    out.push(s[i]);
    i++;
  }
  return out;
}

const ALEFS = '\u0627\u0623\u0625\u0622';
const LAM = '\u0644';

/**
 * Readings of a reversed word with its alef+lam pairs (from a two-letter lam-alef) put back as lam+alef;
 * the plain word first. At most 3 pairs are tried (8 readings). A reversed هلل (the ﷲ ligature written
 * as three letters) is always read لله.
 */
export function lamAlefReadings(word: string): string[] {
  // the ligature ﷲ extracted as لله inside a visual line reverses to هلل: اهلل → الله
  const allah = word.indexOf('\u0647\u0644\u0644');
  if (allah >= 0) word = word.slice(0, allah) + '\u0644\u0644\u0647' + word.slice(allah + 3);
  const pos: number[] = [];
  for (let i = 0; i + 1 < word.length && pos.length < 3; i++) {
    if (ALEFS.includes(word[i]) && word[i + 1] === LAM) pos.push(i);
  }
  if (pos.length === 0) return [word];
  const out: string[] = [];
  for (let m = 0; m < 1 << pos.length; m++) {
    const a = word.split('');
    for (let b = 0; b < pos.length; b++) {
      if (m & (1 << b)) {
        const p = pos[b];
        const t = a[p];
        a[p] = a[p + 1];
        a[p + 1] = t;
      }
    }
    out.push(a.join(''));
  }
  return out;
}


let context: Map<string, number> | null = null;
/** log-odds of لا over ال between two neighbours (folded letters, ^ start, $ end). */
function lamAlefOdds(prev: string, next: string): number {
  if (!context) {
    context = new Map();
    for (const e of LAM_ALEF_CONTEXT.split(';')) {
      const [la, al] = e.slice(2).split(',').map(Number);
      context.set(e.slice(0, 2), Math.log((la + 1) / (al + 1)));
    }
  }
  return context.get(prev + next) ?? 0;
}

function foldLetter(c: string | undefined): string {
  if (c === undefined) return '';
  if ('\u0623\u0625\u0622\u0671'.includes(c)) return '\u0627';
  if (c === '\u0649') return '\u064a';
  return c;
}

/**
 * Frequent words with a mid-word ال or لا, where type counts of the word list mislead (قلا is a word,
 * and the list has many more ل+أذ… forms than الذي). Consulted first.
 */
const FREQUENT = new Set(
  [
    'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللاتي', 'قال', 'قالت', 'قالوا', 'خلال', 'حوالي', 'إلا', 'ألا', 'إلى', 'أول',
    'أولى', 'فضلا', 'ولا', 'فلا', 'الله', 'إعلان', 'إعلام', 'علاقة', 'علاقات', 'مجال', 'أعمال', 'حال', 'حالة', 'حالات', 'مال', 'مالي',
    'مالية', 'أطفال', 'رجال', 'إطلاق', 'أخلاق', 'طلاب', 'بلاد', 'ولاية', 'ولايات', 'إسلام', 'إسلامي', 'إسلامية', 'سلام',
    'كلام', 'سلامة', 'استقلال', 'احتلال', 'إصلاح', 'إصلاحات', 'فلاحة', 'فلاحي', 'فلاحية', 'علامة', 'ملايين', 'تلاميذ',
    'خالد', 'عالم', 'عالمي', 'عالمية', 'شمال', 'جمال', 'كمال', 'آلاف', 'أولا', 'مثلا', 'فعلا', 'طويلا', 'قليلا', 'كاملا',
    'بلا', 'كلا', 'كلاهما', 'خلاف', 'اختلاف', 'تحالف', 'تالية', 'التالي', 'خلايا', 'صلاحيات', 'صلاحية', 'اتصال',
    'اتصالات', 'انتقال', 'استعمال', 'أفلام', 'أحلام', 'خلافات', 'لأن', 'لأي', 'ثلاثة', 'ثلاث', 'ثلاثين', 'بلاغ',
  ],
);
const frequentKeys = new Set<string>();

const PROCLITIC1 = '\u0648\u0641\u0628\u0643\u0644'; // و ف ب ك ل
function isArticlePosition(r: string, i: number): boolean {
  if (i === 0) return true;
  if (i === 1) return PROCLITIC1.includes(r[0]);
  if (i === 2) return '\u0648\u0641'.includes(r[0]) && '\u0628\u0643\u0644'.includes(r[1]);
  return false;
}

/**
 * How well the reading's ال/لا pairs fit (higher is better): a frequent word wins outright; an ال where
 * the article stands (word start, after و ف ب ك ل) is the article unless nothing follows it; elsewhere
 * the log-odds of لا vs ال between the same neighbours in the word list.
 */
function pairFit(r: string): number {
  if (frequentKeys.size === 0) for (const w of FREQUENT) frequentKeys.add(foldKey(w)!);
  let fit = 0;
  const k = foldKey(r);
  if (k !== null && (frequentKeys.has(k) || frequentKeys.has(stripProclitics(k)))) fit += 30;
  for (let i = 0; i + 1 < r.length; i++) {
    const a = foldLetter(r[i]);
    const b = foldLetter(r[i + 1]);
    const la = a === LAM && b === '\u0627';
    const al = a === '\u0627' && b === LAM;
    if (!la && !al) continue;
    const prev = i > 0 ? foldLetter(r[i - 1]) : '^';
    const next = i + 2 < r.length ? foldLetter(r[i + 2]) : '$';
    const bareAlef = r[i] === '\u0627' || r[i + 1] === '\u0627';
    if (isArticlePosition(r, i) && bareAlef) {
      // the article (its alef carries no hamza); but nothing can follow a bare ال, while لا stands alone
      fit += (la ? -1 : 1) * (next === '$' ? -10 : 10);
    } else if (next === '$') {
      // word-final: plurals and masdars in \u0640ال (أحوال، استكمال) outnumber \u0640لا in running text; the list's
      // many dual verbs in \u0640لا would say otherwise
      fit += la ? -3 : 3;
    } else {
      const o = lamAlefOdds(prev, next);
      fit += la ? o : -o;
    }
    i++;
  }
  return fit;
}

/** A folded key without و ف, ب ك ل and ال in front (for the FREQUENT check). */
function stripProclitics(k: string): string {
  let i = 0;
  const at = (j: number, c: string) => k[j] !== undefined && foldKey(c) === k[j];
  if (at(i, '\u0648') || at(i, '\u0641')) i++;
  if (at(i, '\u0628') || at(i, '\u0643')) i++;
  if (at(i, '\u0644') && at(i + 1, '\u0644')) i += 2; // لل = ل + ال
  else {
    if (at(i, '\u0644')) i++;
    if (at(i, '\u0627') && at(i + 1, '\u0644')) i += 2;
  }
  return k.length - i >= 3 ? k.slice(i) : k;
}

const bare = (w: string) => (w.indexOf('!') >= 0 ? w.replace(/!/g, '') : w);

const anyKnown = releasable('visual.anyKnown', new Map<string, boolean>());

/** Does some reading of the reversed word exist in the lexicon? (the test only, cached; no choice made) */
export function hasKnownReading(word: string): boolean {
  let v = anyKnown.get(word);
  if (v === undefined) {
    v = false;
    for (const r of lamAlefReadings(word)) {
      if (isWord(bare(r))) {
        v = true;
        break;
      }
    }
    if (anyKnown.size >= 50_000) anyKnown.clear();
    anyKnown.set(ownCopy(word), v);
  }
  return v;
}

/**
 * The reading of a reversed word the lexicon knows, or null (`!` kashida glyphs are ignored). When
 * several readings are words, the one whose ال/لا pairs fit their neighbours best (LAM_ALEF_CONTEXT).
 */
const readingMemo = releasable('visual.readingMemo', new Map<string, string | null>());

export function knownReading(word: string): string | null {
  // a pure function of the word: cached (bounded)
  const hit = readingMemo.get(word);
  if (hit !== undefined) return hit;
  const v = chooseReading(word);
  if (readingMemo.size >= 50_000) readingMemo.clear();
  readingMemo.set(ownCopy(word), v);
  return v;
}

function chooseReading(word: string): string | null {
  const known = wordReadings(word);
  return known.length ? bestFit(known) : null;
}

/** The readings of a reversed word the lexicon knows (a lone ال is no word: it is the particle لا, reversed); cached
 *  (bounded): readVisual asks for them again for a word two readings of which are words. */
const readingsMemo = releasable('visual.readingsMemo', new Map<string, string[]>());
function wordReadings(word: string): string[] {
  let v = readingsMemo.get(word);
  if (v === undefined) {
    v = word === '\u0627\u0644' ? ['\u0644\u0627'] : lamAlefReadings(word).filter((r) => isWord(bare(r)));
    if (readingsMemo.size >= 50_000) readingsMemo.clear();
    readingsMemo.set(ownCopy(word), v);
  }
  return v;
}

/** The reading whose ال/لا pairs fit their neighbours best (pairFit); the first on a tie. */
function bestFit(readings: readonly string[]): string {
  let best = readings[0];
  if (readings.length === 1) return best;
  let bestFitValue = pairFit(bare(best));
  for (let k = 1; k < readings.length; k++) {
    const fit = pairFit(bare(readings[k]));
    if (fit > bestFitValue + 1e-9) {
      best = readings[k];
      bestFitValue = fit;
    }
  }
  return best;
}

/**
 * A reversed word no reading of which the lexicon knows (a name: `لالهوب` → بوهلال, `ويرال` → الريو): the reading whose
 * ال/لا pairs fit their neighbours best (pairFit: the article where the article stands, the word list's odds
 * between the same neighbours elsewhere), the plain reversal on a tie. Cached with knownReading's memo.
 */
const guessMemo = releasable('visual.guessMemo', new Map<string, string>());
function guessedReading(word: string): string {
  let v = guessMemo.get(word);
  if (v === undefined) {
    v = bestFit(lamAlefReadings(word));
    if (guessMemo.size >= 50_000) guessMemo.clear();
    guessMemo.set(ownCopy(word), v);
  }
  return v;
}

/**
 * The logical-order text of a visual-order string. Arabic words whose plain reversal is unknown get the
 * lam-alef reading the lexicon knows, if any. A line that mixes presentation forms and plain letters (pdf.js on
 * Chromium's PDFs) is also read with its plain-letter runs put back first, and the reading with more known letters
 * kept; lam-alef ligatures torn across a space are mended last (visualMixed.ts).
 */
export function visualToLogical(s: string): string {
  let v = LOGICAL.get(s);
  if (v === undefined) {
    v = ownCopy(readLogical(s));
    if (LOGICAL.size >= LOGICAL_MAX || logicalChars + s.length > LOGICAL_CHARS) {
      LOGICAL.clear();
      logicalChars = 0;
    }
    LOGICAL.set(ownCopy(s), v);
    logicalChars += s.length + v.length;
  }
  return v;
}

/**
 * visualToLogical's answers by the string (a pure function of it), bounded by entries and characters: a draft checked
 * again after an edit reads again only the visual-order lines it has not read, and a line a draft repeats is read once.
 */
const LOGICAL = new Map<string, string>();
const LOGICAL_MAX = 20_000;
const LOGICAL_CHARS = 1 << 20;
let logicalChars = 0;
onRelease('visual.LOGICAL', () => {
  LOGICAL.clear();
  logicalChars = 0;
});

function readLogical(s: string): string {
  const out = mendTornLamAlef(readVisual(s));
  if (!mixesForms(s)) return out;
  const runs = unreversePlainRuns(s);
  let best = out;
  let bestKnown = knownLetters(out);
  for (const alt of [mendTornLamAlef(readVisual(runs)), mendTornLamAlef(readVisual(ligatePlainLamAlef(runs)))]) {
    const k = knownLetters(alt);
    if (k > bestKnown || (k === bestKnown && best === out)) {
      best = alt;
      bestKnown = k;
    }
  }
  // the text items put back one run at a time (an edge mark in the item or not, a split lam-alef): kept only when
  // the lexicon knows more of it
  const items = itemRuns(s);
  if (items !== runs) {
    const alt = mendTornLamAlef(readVisual(items));
    const d = readingScore(alt) - readingScore(best);
    if (d > 0 || (d === 0 && pairSum(alt) > pairSum(best) + 1e-9)) best = alt;
  }
  return best;
}

/** A sentence mark glued to the next word after a space or inside a word (`لهاو .يدفع`, `العبو.ات`): logical text
 *  puts it after its word. */
const GLUED_MARK = /(^| |[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc])[.\u060c\u061b:!?\u061f][\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]/g;

/** A letter standing alone (a waw aside): what is left of a word a mark or a space was put inside (`عيا: د`). */
const LONE_LETTER = /(^| )[\u0621-\u0647\u0649\u064a\ufe80-\ufeec\ufeef-\ufef4](?= |$|[.\u060c\u061b:!?\u061f"])/g;

/** How well a logical reading reads: its letters in known words, less five for each mark glued to the next word and
 *  two for each letter standing alone (the lexicon, lenient, knows the pieces of a name cut by a mark: `تويت.ر`). */
function readingScore(t: string): number {
  const glued = t.match(GLUED_MARK);
  const lone = t.match(LONE_LETTER);
  const alefs = t.match(ALEF_PAIR);
  return knownLetters(t) - 5 * (glued ? glued.length : 0) - 2 * (lone ? lone.length : 0) - 3 * (alefs ? alefs.length : 0);
}

/** A bare alef and an alef with hamza or madda side by side, which no word writes (`اأ لسعار`: a lam-alef's letters
 *  around a space the extractor put in), though the lenient lexicon may read them as a word. */
const ALEF_PAIR = /[\u0627\ufe8d\ufe8e][\u0622\u0623\u0625\ufe81-\ufe88]|[\u0622\u0623\u0625\ufe81-\ufe88][\u0627\ufe8d\ufe8e]/g;

/**
 * What breaks a tie between two readings (lexicon/pairs.ts): first the letters in words news writes (the lexicon,
 * lenient, reads `الإسا لمية` as well as `الإسلامية`; news writes only the one), then the word pairs (the PMI of each
 * two neighbours in news). Higher is better.
 */
function pairSum(t: string): number {
  const n = t.normalize('NFKC');
  const keys = pairKeys(n, 0, n.length);
  let sum = 0;
  for (let i = 0; i + 1 < keys.length; i++) sum += pairScore(keys[i], keys[i + 1]);
  let news = 0;
  for (const w of n.split(' ')) {
    const c = w.replace(/[^\u0621-\u064a]/g, '');
    if (c.length >= 2 && isNewsWord(c)) news += c.length;
  }
  // (the pairs are clipped to ±4 each: a letter of a news word outweighs a line's pairs)
  return news * 1000 + sum;
}

/**
 * A mixed line's visual text with each plain-letter run put back as the text item pdf.js most likely made of it
 * (visualMixed.ts, plainRuns): run by run, the reading of the run (letters only, with an edge mark, a split lam-alef)
 * that leaves the most letters of the line in known words, the letters-only reading (unreversePlainRuns) unless
 * another reads strictly better (on a tie, the word pairs decide: `الا لجئين` and `اللاجئين` are both words to the
 * lexicon). Each choice reads the whole line: at most MAX_ITEM_RUNS runs with a choice (more: the letters-only reading),
 * so the work stays linear in the line.
 */
function itemRuns(s: string): string {
  const rs = plainRuns(s);
  const opts = rs.map((r) => {
    const o: Array<{ a: number; b: number; lig: number; quotes: boolean }> = [];
    for (const [a, b] of runRanges(s, r)) {
      o.push({ a, b, lig: -1, quotes: false });
      for (const k of splitLigatures(s, a, b, r.end - 1)) o.push({ a, b, lig: k, quotes: false });
      if (hasQuote(s, a, b)) o.push({ a, b, lig: -1, quotes: true });
    }
    return o;
  });
  let choices = 0;
  for (const o of opts) if (o.length > 1) choices++;
  if (choices === 0 || choices > MAX_ITEM_RUNS) return unreversePlainRuns(s);
  const pick: number[] = opts.map(() => 0);
  const build = () => {
    let t = '';
    let p = 0;
    for (let k = 0; k < rs.length; k++) {
      const o = opts[k][pick[k]];
      t += s.slice(p, o.a) + unreverseRange(s, o.a, o.b, o.lig, o.quotes);
      p = o.b;
    }
    return t + s.slice(p);
  };
  let read = readVisual(build());
  let bestScore = readingScore(read);
  let bestPairs = NaN;
  // (a run's reading may only pay once a later run's is chosen, a word cut across both: a second pass, a third at most)
  for (let pass = 0, changed = true; changed && pass < 3; pass++) {
    changed = false;
    for (let k = 0; k < rs.length; k++) {
      if (opts[k].length < 2) continue;
      let keep = pick[k];
      for (let q = 0; q < opts[k].length; q++) {
        if (q === keep) continue;
        pick[k] = q;
        const r = readVisual(build());
        const sc = readingScore(r);
        if (sc < bestScore) continue;
        if (sc === bestScore) {
          if (Number.isNaN(bestPairs)) bestPairs = pairSum(read);
          const ps = pairSum(r);
          if (ps <= bestPairs + 1e-9) continue;
          bestPairs = ps;
        } else bestPairs = NaN;
        bestScore = sc;
        read = r;
        keep = q;
        changed = true;
      }
      pick[k] = keep;
    }
  }
  return build();
}
const MAX_ITEM_RUNS = 24;

function readVisual(s: string): string {
  const it = items(s);
  // the items in reverse order, single characters mirrored, built in one buffer (the items cover s)
  const buf = new Uint16Array(s.length);
  let p = 0;
  for (let k = it.length - 1; k >= 0; k--) {
    const x = it[k];
    if (x.length === 1) buf[p++] = mirrorChar(x).charCodeAt(0);
    else for (let q = 0; q < x.length; q++) buf[p++] = x.charCodeAt(q);
  }
  let joined = '';
  for (let q = 0; q < p; q += 8192) joined += String.fromCharCode.apply(null, buf.subarray(q, Math.min(p, q + 8192)) as unknown as number[]);
  // lam-alef choice per Arabic word; a word two of whose readings the lexicon knows (وعالج / وعلاج, المرأة / لامرأة) is
  // chosen after, by how each reads beside its neighbours too (the word pairs of news, lexicon/pairs.ts)
  const parts: string[] = [];
  const open: Array<{ at: number; readings: string[] }> = [];
  let i = 0;
  while (i < joined.length) {
    if (!isArabicTokenChar(joined.charCodeAt(i))) {
      let j = i + 1;
      while (j < joined.length && !isArabicTokenChar(joined.charCodeAt(j))) j++;
      parts.push(joined.slice(i, j));
      i = j;
      continue;
    }
    let j = i;
    while (j < joined.length && (isArabicTokenChar(joined.charCodeAt(j)) || (joined.charCodeAt(j) === 0x21 && j + 1 < joined.length && isArabicTokenChar(joined.charCodeAt(j + 1))))) j++;
    const w = joined.slice(i, j);
    const known = knownReading(w);
    if (known !== null) {
      const rs = wordReadings(w);
      if (rs.length > 1) open.push({ at: parts.length, readings: rs });
    }
    parts.push(known ?? guessedReading(w));
    i = j;
  }
  for (const o of open) {
    const prev = neighbourKey(parts, o.at, -1);
    const next = neighbourKey(parts, o.at, 1);
    let best = parts[o.at];
    let bestFit = -Infinity;
    for (const r of o.readings) {
      const k = foldKey(bare(r)) ?? '?';
      const fit = pairFit(bare(r)) + PAIR_WEIGHT * ((prev ? pairScore(prev, k) : 0) + (next ? pairScore(k, next) : 0));
      if (fit > bestFit + 1e-9) {
        best = r;
        bestFit = fit;
      }
    }
    parts[o.at] = best;
  }
  return parts.join('');
}

/** How much a reading's fit with its neighbours (pair PMI, ±8 each) weighs against its ال/لا pairs' fit (pairFit). */
const PAIR_WEIGHT = 1;

/** The pair key of the word next to parts[at] (dir -1 or 1), across one part of spaces only; null when none. */
function neighbourKey(parts: string[], at: number, dir: number): string | null {
  const gap = parts[at + dir];
  if (gap === undefined || gap.trim() !== '') return null;
  const w = parts[at + 2 * dir];
  return w === undefined ? null : foldKey(bare(w));
}
