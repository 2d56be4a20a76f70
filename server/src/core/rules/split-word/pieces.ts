/**
 * split-word's pieces: the tokens of a line as the segmentation sees them (what each string is, cached across lints),
 * the cost of leaving one alone and the tie-breaks of a join. See index.ts.
 */
import { foldKey, isFunctionWord, isLikelyWord, isListedForm } from '../../lexicon/index';
import { Span } from '../../lexicon/tokens';
import { isAnyDigit, isArabicMark } from '../../text/arabic';
import { isBidiControl } from '../../text/charclass';
import { ownCopy } from '../../text/strings';
import { releasable } from '../../text/memos';

export const MAX_GROUP = 4;
const MAX_GAP = 2; // spaces between the pieces of a split word
/** Certain joins a document needs before rare short words are joined too. */
export const RARE_JOIN_EVIDENCE = 5;
/** Or, in a short draft, this many justification splits at SHORT_JOIN_DENSITY per 1,000 tokens (a page copied out of a
 *  PDF: four paragraphs with one word in sixteen split give 3 to 5 in 150 tokens; with 3, a paragraph whose runs came
 *  out of order, cut inside words, was taken for one: the even half's runs-5 round trip lost 2 paragraphs). */
export const SHORT_JOIN_EVIDENCE = 4;
export const SHORT_JOIN_DENSITY = 15;
/** A document with more و written apart than this writes it so on purpose (و مع): leave them — unless it is full of
 *  splits and its words led by و are WAW_RATIO times as many (a paragraph of harakat set off by spaces is no such
 *  draft: there `و حي` stays) (a draft full of splits cuts some after their و: measured on the even half's
 *  articles that write و apart more than 4 times, 142 of 174 lead fewer words with و than they write it apart, 1 of
 *  174 eight times as many; a draft with a quarter of its words split, about fifteen times as many). */
export const LONE_WAW_MAX = 4;
export const WAW_RATIO = 8;
export const WAW_KEY = foldKey('\u0648');
/** Joins a document with no PDF signs needs before any of them is reported (a lone one is a name or a typo). */
export const MIN_JOINS_UNSIGNED = 3;
/** Joins per 1,000 tokens that make a text "full of splits" (clean news: ≤ 0.8 over 100 articles; extractions: ≥ 3). */
export const MIN_JOIN_DENSITY = 3;

/** Strip harakat and tatweel (for comparing short tokens with the lists below). */
export const bare = (s: string) => s.replace(/[\u064b-\u065f\u0670\u0640]/g, '');

/**
 * Arabic spellings of the Latin letters (إل جي = LG, إف بي آي = FBI, كيو أس = QS). Two or more in a row are
 * an acronym; the ones that are also common Arabic words (أن، أو، في …) count only between unambiguous ones
 * (`في أر بع` is في أربع, `ال تي` is التي: ال is never taken for L).
 */
const LETTER_NAMES = new Set(
  ('إيه ايه اي أي آي بي سي دي إي إف اف جي إتش اتش أتش جاي كي كاي إل أل إم ام أم إن ان أن أو او ' +
    'كيو آر ار أر إس اس أس تي يو في دبليو إكس اكس أكس واي زد زي').split(' '),
);
const AMBIGUOUS_LETTER_NAMES = new Set('اي أي أل ام أم إن ان أن أو او في زي'.split(' '));
/** Units and currencies written short after a number (20 كغ، 5 كلم، 370 م د). */
export const UNIT_ABBREVIATIONS = new Set('كغ كلغ كم كلم سم مم مل مغ هك د م ق ث'.split(' '));

/** letterName of a token's string, remembered on its info (a regex replace per token and line otherwise): the first
 *  of a run (`first`) or a later one. */
export function letterNameInfo(info: TokInfo, first: boolean): 0 | 1 | 2 {
  if (first) return (info.letterFirst ??= letterName(info.text, true));
  return (info.letterLater ??= letterName(info.text, false));
}

export function letterName(s: string, first: boolean): 0 | 1 | 2 {
  // (letter names have at most 4 letters, و and a few marks aside: most tokens leave here, no string built)
  if (s.length > 9) return 0;
  let b = bare(s);
  if (first && b.length > 2 && b.charCodeAt(0) === 0x0648 && LETTER_NAMES.has(b.slice(1))) b = b.slice(1);
  if (!LETTER_NAMES.has(b)) return 0;
  return AMBIGUOUS_LETTER_NAMES.has(b) ? 1 : 2;
}

export interface Tok extends Span {
  text: string;
  key: string | null;
  likely: boolean;
  markLed: boolean;
  /** Spaces only between this token and the next one, and at most MAX_GAP of them. */
  gapOk: boolean;
  /** A lone letter used as an abbreviation: never part of a join. */
  abbreviation: boolean;
  info: TokInfo;
}

/** What split-word needs to know of a token string (a pure function of it; cached across lints). */
export interface TokInfo {
  text: string;
  key: string | null;
  likely: boolean;
  markLed: boolean;
  /** isFunctionWord(text), computed on first use. */
  fn?: boolean;
  /** isRareShort, computed on first use. */
  rare?: boolean;
  /** −log of its frequency in correct news (segmentDense), computed on first use. */
  surprise?: number;
  /** Joins that start with this token (keyed by the next token's info), computed on first use. */
  next: Map<TokInfo, JoinNode> | null;
  /** letterName(text, true) and letterName(text, false), computed on first use. */
  letterFirst?: 0 | 1 | 2;
  letterLater?: 0 | 1 | 2;
  /** lexicon isAttested(text), computed on first use. */
  attested?: boolean;
}

/** A group of tokens joined (the path of token infos from the first one): its lookups, computed on first use. */
export interface JoinNode {
  text: string;
  key: string | null | undefined;
  word: boolean | undefined;
  functionShort: boolean | undefined;
  seamOk: boolean | undefined;
  shapeOk?: boolean;
  /** A word the lexicon does not know that news writes (segment.ts newsName), computed on first use. */
  name?: boolean;
  /** How often correct news writes the joined word (lexicon/pairs.ts; 0 when unseen), and its surprise. */
  count?: number;
  surprise?: number;
  next: Map<TokInfo, JoinNode> | null;
}

let joinNodes = 0;
const JOIN_NODES_MAX = 100_000;

/** The group `from` followed by the token `to` (cached: the lookups of a join are a pure function of its pieces). */
export function joinStep(from: TokInfo | JoinNode, to: TokInfo): JoinNode {
  let m = from.next;
  if (m === null) m = from.next = new Map();
  let node = m.get(to);
  if (node === undefined) {
    node = { text: from.text + to.text, key: undefined, word: undefined, functionShort: undefined, seamOk: undefined, next: null };
    m.set(to, node);
    // bounded: the join caches hang from the token infos, dropped with them
    if (++joinNodes >= JOIN_NODES_MAX) {
      joinNodes = 0;
      INFO.clear();
    }
  }
  return node;
}

export const INFO = releasable('split-word/pieces.INFO', new Map<string, TokInfo>());
const INFO_MAX = 50_000;

export function tokInfo(s: string): TokInfo {
  let info = INFO.get(s);
  if (!info) {
    // (the info outlives the check: its text and key are own copies, not slices holding the draft)
    const own = ownCopy(s);
    info = { text: own, key: foldKey(own), likely: isLikelyWord(own) && !articleAlef(own), markLed: isArabicMark(own.charCodeAt(0)), fn: undefined, rare: undefined, next: null, letterFirst: undefined, letterLater: undefined, attested: undefined };
    if (INFO.size >= INFO_MAX) INFO.clear();
    INFO.set(own, info);
  }
  return info;
}

/**
 * The article and a hamza-carrying alef, alone or after a one-letter clitic (`الإ`, `بالأ`): the head of a
 * word whose rest was cut off by the lam-alef ligature (`الإ جمالية`). The lexicon folds hamza, so it would
 * read `الا`/`بالا` as words; written with the hamza it never stands alone.
 */
function articleAlef(s: string): boolean {
  const n = s.normalize('NFKC');
  const last = n.charCodeAt(n.length - 1);
  return n.length <= 4 && (last === 0x0623 || last === 0x0625 || last === 0x0622) && n.endsWith('\u0627\u0644', n.length - 1) && (n.length === 3 || '\u0648\u0641\u0628\u0643'.includes(n[0]));
}

export function functionWordInfo(info: TokInfo): boolean {
  return (info.fn ??= isFunctionWord(info.text));
}

/** A short word that is likely a piece: ≤ 3 letters, or 4 and a word only through clitic analysis (الإس، لامي); no function word. */
export function rareShortInfo(info: TokInfo): boolean {
  if (info.rare === undefined) {
    const k = info.key;
    info.rare = !(k === null || k.length < 2 || k.length > 4 || functionWordInfo(info)) && (k.length <= 3 || !isListedForm(info.text));
  }
  return info.rare;
}

/** Spaces only between token i and the next one (at most MAX_GAP), and no tatweel at the gap. */
export function gapOkAt(text: string, spans: readonly Span[], i: number): boolean {
  const sp = spans[i];
  return i + 1 < spans.length && spacesOnly(text, sp.end, spans[i + 1].start) && text.charCodeAt(sp.end - 1) !== 0x0640 && text.charCodeAt(spans[i + 1].start) !== 0x0640;
}

/** Is the character before `pos` (spaces and bidi controls skipped, within the line) a digit? */
export function afterDigit(text: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || isBidiControl(c)) continue;
    return isAnyDigit(c);
  }
  return false;
}

export function spacesOnly(text: string, s: number, e: number): boolean {
  return e - s >= 1 && e - s <= MAX_GAP && nothingButSpaces(text, s, e);
}

/** Whether [s, e) holds nothing but U+0020 (true when empty). */
export function nothingButSpaces(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Whether the group of k tokens from i may grow by its last one: spaces only before it, no mark-led first piece, no
 *  abbreviation at either end (segmentRun's and segmentDense's walk over candidate groups). */
export function groupExtends(toks: readonly Tok[], i: number, k: number): boolean {
  return toks[i + k - 2].gapOk && !toks[i].markLed && !toks[i].abbreviation && !toks[i + k - 1].abbreviation;
}

export interface Join {
  from: number;
  to: number; // inclusive token index
  word: string;
}

/** isRareShort of the token (cached per token string). */
export function isRareShort(tk: Tok): boolean {
  return rareShortInfo(tk.info);
}

/** Cost of leaving a token alone: 1 for a fragment, ½ for a short rare word, 0 for a word. */
export function pieceCost(tk: Tok, opts: SegmentOptions): number {
  if (tk.markLed) return 100;
  if (!tk.likely) return 1;
  if (opts.waw && tk.key === WAW_KEY) return 0.5;
  return opts.rare && isRareShort(tk) ? 0.5 : 0;
}

const SUFFIX_LETTERS = '\u0627\u0629\u0647\u0649'; // ا ة ه ى end words
const PREFIX_LETTERS = '\u0628\u0644\u0643\u0648\u0641\u0633'; // ب ل ك و ف س start them

/**
 * Tie-breaks between joins that repair the same fragment: absorbing a function word costs (`المنطل ق لا`
 * is المنطلق لا, not المنطل قلا); a lone suffix letter goes to the word before it (`أن ا لا` → أنا لا), a
 * lone proclitic letter to the word after it (`حال ك انت` → حال كانت).
 */
export function joinPenalty(toks: Tok[], i: number, k: number, functionWords = true): number {
  let p = k > 2 ? 0.05 : 0; // prefer two joins of two pieces to one of three, all else equal
  for (let m = i; m < i + k; m++) {
    const tk = toks[m];
    // a function word taken into a join costs, unless a lone proclitic letter attaches to it (ب أن، و إن)
    const afterClitic = m > i && m === i + 1 && toks[i].key !== null && toks[i].key!.length === 1;
    if (functionWords && tk.likely && tk.key !== null && tk.key.length >= 2 && !afterClitic && functionWordInfo(tk.info)) p += 0.3;
    if (tk.key !== null && tk.key.length === 1 && !tk.likely) {
      const c = tk.text.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
      if (m === i && SUFFIX_LETTERS.includes(c)) p += 0.1;
      if (m === i + k - 1 && PREFIX_LETTERS.includes(c)) p += 0.1;
    }
  }
  return p;
}


export interface SegmentOptions {
  rare: boolean;
  waw: boolean;
  shaped?: boolean;
  /** A draft full of splits: segmentDense. */
  dense?: boolean;
}
