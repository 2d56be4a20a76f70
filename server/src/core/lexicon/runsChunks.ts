/**
 * A line's chunks for the run-order search (runs.ts): the line cut at its spaces (outside embeddings), each chunk with
 * the word characters at its start and end — the tail and the head of a word torn at a junction — and, where pdf.js
 * joined two runs with no space, cut again inside a token the lexicon reads as two runs (splitGlued). Pure.
 */
import { foldKey, isAttested, isLikelyWord, isWord } from './index';
import { frequentFunctionWord, healed, MARGIN, newsWord } from './tears';
import { isArabicWordChar } from '../text/arabic';
import { isWordJunk } from '../text/chars';
import { pairHash, storedCount } from './pairs';

/** Lines of more chunks are not searched (a paragraph on one line is no PDF line). */
export const MAX_CHUNKS = 60;

export interface Chunk {
  start: number;
  end: number;
  /** Its pair keys, read when an order is scored (most lines never are). */
  keys: string[] | null;
  /** The Arabic word characters at the chunk's start / end (the tail / head of a torn word), or ''. */
  lead: string;
  trail: string;
  /** Joined to the chunk before with no space: the second part of a glued token (splitGlued). */
  glued?: boolean;
}

const opens = (c: number) => (c >= 0x202a && c <= 0x202e && c !== 0x202c) || (c >= 0x2066 && c <= 0x2068);
const closes = (c: number) => c === 0x202c || c === 0x2069;

export function chunksOf(text: string, s: number, e: number): Chunk[] | null {
  const out: Chunk[] = [];
  let depth = 0;
  let cs = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : 0x20;
    if (i < e && opens(c)) depth++;
    else if (i < e && closes(c)) depth = Math.max(0, depth - 1);
    if (c === 0x20 && (depth === 0 || i === e)) {
      if (i > cs) {
        if (out.length >= MAX_CHUNKS) return null;
        out.push(chunk(text, cs, i));
      }
      cs = i + 1;
    }
  }
  return out;
}

/** A character of a word at a chunk's edge (extraction junk inside a word too: the lexicon key drops it). */
const inWord = (c: number): boolean => isArabicWordChar(c) || isWordJunk(c);

function chunk(text: string, s: number, e: number): Chunk {
  let a = s;
  while (a < e && a - s < 30 && inWord(text.charCodeAt(a))) a++;
  let b = e;
  while (b > s && e - b < 30 && inWord(text.charCodeAt(b - 1))) b--;
  return { start: s, end: e, keys: null, lead: text.slice(s, a), trail: text.slice(b, e) };
}

/**
 * Runs that the extractor joined with no space (pdf.js gives LibreOffice's runs so when no gap was written between
 * them): the junction lies inside a token, `خلافاتبر` = the end of one run (خلافات) + the start of the next (بر, the
 * tail of a word torn at another junction of the line: تج|بر). A token is cut there only when the lexicon confirms it:
 * the token is no word (nor a form news writes), one part is a word news writes and the other the half of a torn word
 * whose other half stands at an edge of another chunk of the line (the tear the lexicon confirms, as heal2 judges it)
 * — or both parts are words news writes, no frequent function word, and the line's own ends make a word the lexicon
 * confirms (the line start and end met at the glued junction).
 * The search then treats the cut like a space between runs: an order is still offered only where its tears and
 * pairs say so, and the uncut junction keeps the token as it was.
 */
export function splitGlued(text: string, found: Chunk[]): Chunk[] {
  let out: Chunk[] | null = null;
  const h = healed(found[found.length - 1].trail, found[0].lead);
  const edgesHeal = h !== null && h.confirmed;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    // (the line's ends, when they heal into a word, are the halves of that tear, not glued tokens)
    const at = edgesHeal && (i === 0 || i === found.length - 1) ? -1 : gluedAt(text, found, i, edgesHeal);
    if (at < 0) {
      if (out) out.push(c);
      continue;
    }
    out ??= found.slice(0, i);
    out.push(chunk(text, c.start, at), { ...chunk(text, at, c.end), glued: true });
  }
  return out ?? found;
}

/** The score of the pair of keys at a glued junction the order leaves whole (the token reads as no word). */
export const GLUED_PAIR = 0;

/** The word part of a glued token has this many letters at least (two-letter words news writes are mostly pieces). */
const MIN_GLUED_WORD = 3;

/** Endings and beginnings that make a word of a word (البرامج|ية، ال|برامج): a token that ends or begins so is a word
 *  the lexicon does not know rather than two runs glued (compared folded: presentation forms read as letters). */
const AFFIX_TAILS = new Set(['ية', 'يه', 'يا', 'ين', 'ون', 'ات', 'ان', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'كم', 'تين', 'تان', 'وا'].map(foldKey));
const AFFIX_HEADS = new Set(['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'ول', 'وس', 'فس'].map(foldKey));

/** The tear that confirms a glued junction heals into a word news writes (heal2's weight: MARGIN.tear + 2 at least);
 *  the torn half in the glued token has two letters at least. */
const GLUED_HEAL = 4;

/** Glued tokens shorter than this are not cut (a word and a torn half: 2 + 1 letters at least, and room for both). */
const MIN_GLUED = 4;

/** Where a glued token of chunk i is cut (an index into text), or −1. */
function gluedAt(text: string, found: Chunk[], i: number, edgesHeal: boolean): number {
  const c = found[i];
  const n = c.end - c.start;
  // (letters only: a token that holds punctuation or digits is cut at them by other rules)
  if (n < MIN_GLUED || n > 30 || c.lead.length !== n) return -1;
  const w = c.lead;
  if (isLikelyWord(w) || isAttested(w)) return -1;
  // (a piece of a word a justification gap split, `المعو زة`, joins its neighbour into a word: split-word's to join)
  const joins = (a: string, b: string) => a !== '' && b !== '' && (isWord(a + b) || isAttested(a + b));
  if ((i + 1 < found.length && joins(w, found[i + 1].lead)) || (i > 0 && joins(found[i - 1].trail, w))) return -1;
  // (nor is a half of a word torn at a junction of the line: ليواج|ه، الأحكا|م)
  for (let x = 0; x < found.length; x++) if (x !== i && (healed(w, found[x].lead) !== null || healed(found[x].trail, w) !== null)) return -1;
  let best = -1;
  let bestWeight = 0;
  for (let p = 1; p < n; p++) {
    const left = w.slice(0, p);
    const right = w.slice(p);
    // a word news writes + a tail whose head ends another chunk; a head whose tail starts another chunk + a word
    let weight = 0;
    if (p >= MIN_GLUED_WORD && n - p >= 2 && !AFFIX_TAILS.has(foldKey(right)) && newsWord(left)) {
      for (let x = 0; x < found.length; x++) {
        if (x === i) continue;
        const h = healed(found[x].trail, right);
        if (h !== null && h.confirmed && h.weight >= GLUED_HEAL && h.weight > weight) weight = h.weight;
      }
    }
    if (n - p >= MIN_GLUED_WORD && p >= 2 && !AFFIX_HEADS.has(foldKey(left)) && newsWord(right)) {
      for (let y = 0; y < found.length; y++) {
        if (y === i) continue;
        const h = healed(left, found[y].lead);
        if (h !== null && h.confirmed && h.weight >= GLUED_HEAL && h.weight > weight) weight = h.weight;
      }
    }
    // two words news writes, glued where the line's own ends heal into a word (the one-cut line `كة … الملفاتالمجال
    // … المشار`: the logical end and start of the line met at the junction the extractor gave no space)
    if (weight === 0 && edgesHeal && p >= MIN_GLUED_WORD && n - p >= MIN_GLUED_WORD && newsWord(left) && newsWord(right) && !frequentFunctionWord(left) && !frequentFunctionWord(right)) weight = MARGIN.weakTear;
    if (weight > bestWeight) {
      bestWeight = weight;
      best = c.start + p;
    }
  }
  return best;
}

/** Letters that end words of their own (a nisba, a pronoun, a feminine ending: بلقاسم|ي) or open one (و): never the
 *  one-letter part of a glued token. */
const WORD_END = new Set([...'\u0648\u064a\u0629\u0647\u0627\u0646\u062a\u0643\u0645\u0649'].map((x) => foldKey(x) ?? x));

/** The parts of a glued token are words news writes this often at least (a name's pieces seldom are: غرين|لاند). */
const GLUED_PART = 20;
const common = (w: string, k: string): boolean => newsWord(w) && storedCount(pairHash(k)) >= GLUED_PART;

/** gluedWord per token (a pure function of it; bounded). */
const gluedMemo = new Map<string, boolean>();

/**
 * Does a token read as two words run together — no word itself (nor attested, nor ever written by news), but two words
 * news writes side by side with no space, three letters each at least (`الىواعتبر`، `أعمالمسرح`), or a word news writes
 * and one letter that ends no word of its own (`الهواءط`)? pdf.js joins LibreOffice's runs so where no gap was written between them: an order of the runs that
 * keeps such a token whole has kept a junction of the runs uncut (runs.ts: offered, not preferred). Names the lexicon
 * does not know are seldom two such words.
 */
export function gluedWord(w: string): boolean {
  let v = gluedMemo.get(w);
  if (v !== undefined) return v;
  v = false;
  // (a token the lexicon cannot key — an alef maqsura inside it, `إلىقال` — is no word either)
  const k = foldKey(w);
  if (w.length >= 5 && (k === null || (!isLikelyWord(w) && !isAttested(w) && storedCount(pairHash(k)) === 0))) {
    for (let p = 1; p < w.length && !v; p++) {
      const a = w.slice(0, p);
      const b = w.slice(p);
      const ka = foldKey(a) ?? '';
      const kb = foldKey(b) ?? '';
      if (ka.length >= 3 && kb.length >= 3) v = common(a, ka) && common(b, kb) && !AFFIX_TAILS.has(kb) && !AFFIX_HEADS.has(ka);
      else if (kb.length === 1 && !WORD_END.has(kb)) v = ka.length >= 4 && common(a, ka);
    }
  }
  if (gluedMemo.size >= 20_000) gluedMemo.clear();
  gluedMemo.set(w, v);
  return v;
}
