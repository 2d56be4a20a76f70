/**
 * split-word — a spurious space inside a word, left by the justification gaps of a PDF (pdftotext turns
 * kashida stretches and inter-glyph gaps into spaces): `تمو يل` for `تمويل`, `ال أول` for `الأول`,
 * `ف إن ه` for `فإنه`, `دائم ًا` for `دائمًا`.
 *
 * Per line, the Arabic tokens separated only by spaces are segmented by dynamic programming: a group of
 * 2–4 neighbouring tokens may be joined when the joined form is a word of the lexicon and its pieces are
 * not all words themselves (precision first: `في ما`, `عبد الله` stay apart); the segmentation that
 * leaves the fewest pieces unable to stand alone wins, then the one with the fewest joins, then (an exact tie
 * between a join and leaving its first piece alone while the next pieces join: `وتق ول أوساط`) the join whose word
 * correct news writes at least four times as often (وتقول, not ولأوساط). A piece that
 * starts with a haraka (`ًا`) cannot start a word, so it always joins the token before it.
 * Not joined: single letters that do not spell a short word (`م د`, million dinars), a lone letter drawn
 * out with tatweel or right after a number (`1446ه\u0640`, `175 م`: abbreviations), and pieces glued to `%`/`!`
 * kashida glyphs (the word goes on past the glyph).
 * Fix (preferred): delete the spaces; the title previews the joined word.
 *
 * Correct text is full of short pieces that are no fragments (measured on 10,113 clean news articles): Arabic
 * spellings of Latin letters and acronyms (`إل جي`, `إتش تي سي`, `إف بي آي`), a proclitic or `ال<U+0640>` glued to
 * a number (`ب30`، `تعود ل800`، `في ال<U+0640> 18`), chains of abbreviations (`370 م د في`), units (`20 كغ من`).
 * None of these is joined. And a split word is never alone: justification splits many words of a document
 * (measured: 3 to 300 per 1,000 words on the corpus's extractions), or its line shows a PDF route's signs
 * (text/damage.ts), or a fifth of the text's lines do (an extraction). Joins on lines without signs are reported only when there are at least MIN_JOINS_UNSIGNED
 * of them and MIN_JOIN_DENSITY per 1,000 tokens of those lines: a long correct text (a book, a collection of
 * articles) gathers a few names the lexicon does not know, at under 1 per 1,000 words, and stays quiet. The
 * rare-word pass (below) likewise needs a density, not only a count.
 */
import { foldKey, isFunctionShort, isFunctionWord, isLikelyWord, isListedForm, isWordKey, isWordKeyWithoutPronoun } from '../lexicon/index';
import { Span } from '../lexicon/tokens';
import { pairHash, storedCount } from '../lexicon/pairs';
import { PAIR_TOKENS } from '../lexicon/pairs.data';
import { isAnyDigit, isArabicMark } from '../text/arabic';
import { drawnApart, isBidiControl, joiningForm, joinsNext, printedKashidaRunBefore, printedKashidaRunEnd } from '../text/charclass';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';

const MAX_GROUP = 4;
const MAX_GAP = 2; // spaces between the pieces of a split word
/** Certain joins a document needs before rare short words are joined too. */
const RARE_JOIN_EVIDENCE = 5;
/** A document with more و written apart than this writes it so on purpose (و مع): leave them. */
const LONE_WAW_MAX = 4;
const WAW_KEY = foldKey('\u0648');
/** Joins a document with no PDF signs needs before any of them is reported (a lone one is a name or a typo). */
const MIN_JOINS_UNSIGNED = 3;
/** Joins per 1,000 tokens that make a text "full of splits" (clean news: ≤ 0.8 over 100 articles; extractions: ≥ 3). */
const MIN_JOIN_DENSITY = 3;

/** Strip harakat and tatweel (for comparing short tokens with the lists below). */
const bare = (s: string) => s.replace(/[\u064b-\u065f\u0670\u0640]/g, '');

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
const UNIT_ABBREVIATIONS = new Set('كغ كلغ كم كلم سم مم مل مغ هك د م ق ث'.split(' '));

function letterName(s: string, first: boolean): 0 | 1 | 2 {
  // (letter names have at most 4 letters, و and a few marks aside: most tokens leave here, no string built)
  if (s.length > 9) return 0;
  let b = bare(s);
  if (first && b.length > 2 && b.charCodeAt(0) === 0x0648 && LETTER_NAMES.has(b.slice(1))) b = b.slice(1);
  if (!LETTER_NAMES.has(b)) return 0;
  return AMBIGUOUS_LETTER_NAMES.has(b) ? 1 : 2;
}

interface Tok extends Span {
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
interface TokInfo {
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
}

/** A group of tokens joined (the path of token infos from the first one): its lookups, computed on first use. */
interface JoinNode {
  text: string;
  key: string | null | undefined;
  word: boolean | undefined;
  functionShort: boolean | undefined;
  seamOk: boolean | undefined;
  shapeOk?: boolean;
  surprise?: number;
  next: Map<TokInfo, JoinNode> | null;
}

let joinNodes = 0;
const JOIN_NODES_MAX = 100_000;

/** The group `from` followed by the token `to` (cached: the lookups of a join are a pure function of its pieces). */
function joinStep(from: TokInfo | JoinNode, to: TokInfo): JoinNode {
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

const INFO = new Map<string, TokInfo>();
const INFO_MAX = 50_000;

function tokInfo(s: string): TokInfo {
  let info = INFO.get(s);
  if (!info) {
    info = { text: s, key: foldKey(s), likely: isLikelyWord(s) && !articleAlef(s), markLed: isArabicMark(s.charCodeAt(0)), fn: undefined, rare: undefined, next: null };
    if (INFO.size >= INFO_MAX) INFO.clear();
    INFO.set(s, info);
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

function functionWordInfo(info: TokInfo): boolean {
  return (info.fn ??= isFunctionWord(info.text));
}

/** A short word that is likely a piece: ≤ 3 letters, or 4 and a word only through clitic analysis (الإس، لامي); no function word. */
function rareShortInfo(info: TokInfo): boolean {
  if (info.rare === undefined) {
    const k = info.key;
    info.rare = !(k === null || k.length < 2 || k.length > 4 || functionWordInfo(info)) && (k.length <= 3 || !isListedForm(info.text));
  }
  return info.rare;
}

/** Spaces only between token i and the next one (at most MAX_GAP), and no tatweel at the gap. */
function gapOkAt(text: string, spans: readonly Span[], i: number): boolean {
  const sp = spans[i];
  return i + 1 < spans.length && spacesOnly(text, sp.end, spans[i + 1].start) && text.charCodeAt(sp.end - 1) !== 0x0640 && text.charCodeAt(spans[i + 1].start) !== 0x0640;
}

/** Is the character before `pos` (spaces and bidi controls skipped, within the line) a digit? */
function afterDigit(text: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || isBidiControl(c)) continue;
    return isAnyDigit(c);
  }
  return false;
}

function spacesOnly(text: string, s: number, e: number): boolean {
  if (e - s < 1 || e - s > MAX_GAP) return false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

interface Join {
  from: number;
  to: number; // inclusive token index
  word: string;
}

/** isRareShort of the token (cached per token string). */
function isRareShort(tk: Tok): boolean {
  return rareShortInfo(tk.info);
}

/** Cost of leaving a token alone: 1 for a fragment, ½ for a short rare word, 0 for a word. */
function pieceCost(tk: Tok, opts: SegmentOptions): number {
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
function joinPenalty(toks: Tok[], i: number, k: number): number {
  let p = k > 2 ? 0.05 : 0; // prefer two joins of two pieces to one of three, all else equal
  for (let m = i; m < i + k; m++) {
    const tk = toks[m];
    // a function word taken into a join costs, unless a lone proclitic letter attaches to it (ب أن، و إن)
    const afterClitic = m > i && m === i + 1 && toks[i].key !== null && toks[i].key!.length === 1;
    if (tk.likely && tk.key !== null && tk.key.length >= 2 && !afterClitic && functionWordInfo(tk.info)) p += 0.3;
    if (tk.key !== null && tk.key.length === 1 && !tk.likely) {
      const c = tk.text.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
      if (m === i && SUFFIX_LETTERS.includes(c)) p += 0.1;
      if (m === i + k - 1 && PREFIX_LETTERS.includes(c)) p += 0.1;
    }
  }
  return p;
}

/**
 * Best segmentation of a run of tokens joined by spaces: the joins it makes. Cost = pieces left that
 * cannot stand alone (not likely words), then the number of joins.
 */
/** Scratch arrays of segmentRun (grown as needed). */
let dpCost = new Float64Array(64);
let dpJoins = new Float64Array(64);
let dpChoice = new Int32Array(64);
let dpPiece = new Float64Array(64);
/** How often correct news writes the word of the join chosen at i (0: no join there, or not looked up). */
let dpSeen = new Float64Array(64);
/** A join that ties with leaving its first piece alone (and joining the next ones) wins when news writes its word
 *  this many times as often as the other's (وتق ول أوساط: وتقول, not ولأوساط). */
const TIE_RATIO = 4;

interface SegmentOptions {
  rare: boolean;
  waw: boolean;
  shaped?: boolean;
  /** A draft full of splits: segmentDense. */
  dense?: boolean;
}

function segmentRun(toks: Tok[], opts: SegmentOptions): Join[] {
  if (opts.dense) return segmentDense(toks, opts);
  const n = toks.length;
  let any = false;
  for (let i = 0; i < n && !any; i++) any = pieceCost(toks[i], opts) > 0;
  if (!any) return []; // nothing to repair: every piece stands alone (most lines of a clean text)
  if (dpCost.length < n + 1) {
    const size = Math.max(2 * dpCost.length, n + 1);
    dpCost = new Float64Array(size);
    dpJoins = new Float64Array(size);
    dpChoice = new Int32Array(size);
    dpPiece = new Float64Array(size);
    dpSeen = new Float64Array(size);
  }
  dpCost[n] = 0;
  dpJoins[n] = 0;
  for (let i = 0; i < n; i++) dpPiece[i] = pieceCost(toks[i], opts);
  for (let i = n - 1; i >= 0; i--) {
    let bc = dpPiece[i] + dpCost[i + 1];
    let bj = dpJoins[i + 1];
    let bk = 1;
    let seen = 0;
    let node: TokInfo | JoinNode = toks[i].info;
    let allLikely = toks[i].likely;
    let allSingle = (toks[i].key?.length ?? 0) === 1;
    let gain = dpPiece[i];
    for (let k = 2; k <= MAX_GROUP && i + k <= n; k++) {
      const last = toks[i + k - 1];
      if (!toks[i + k - 2].gapOk || toks[i].markLed || toks[i].abbreviation || last.abbreviation) break;
      const nd: JoinNode = (node = joinStep(node, last.info));
      allLikely = allLikely && last.likely;
      allSingle = allSingle && (last.key?.length ?? 0) === 1;
      gain += dpPiece[i + k - 1];
      // a join of pieces that all stand alone at no dpCost can never win: skip the lookups (clean text)
      if (gain === 0) continue;
      if (!joinAllowed(toks, i, k, nd, allLikely, allSingle, opts)) continue;
      const key = nd.key!;
      const c = dpCost[i + k] + joinPenalty(toks, i, k);
      const j = dpJoins[i + k] + 1;
      // (an exact tie with leaving piece i alone while the next pieces join: the word news writes far more often)
      const tie = c === bc && j === bj && bk === 1 && dpChoice[i + 1] > 1;
      const count = tie ? storedCount(pairHash(key)) : 0;
      if (c < bc || (c === bc && j < bj) || (tie && count > 0 && count >= TIE_RATIO * dpSeen[i + 1])) {
        bc = c;
        bj = j;
        bk = k;
        seen = count;
      }
    }
    dpCost[i] = bc;
    dpJoins[i] = bj;
    dpChoice[i] = bk;
    dpSeen[i] = bk > 1 && seen === 0 ? seenOf(toks, i, bk) : seen;
  }
  const out: Join[] = [];
  for (let i = 0; i < n; ) {
    const k = dpChoice[i];
    if (k > 1) out.push({ from: i, to: i + k - 1, word: toks.slice(i, i + k).map((x) => x.text).join('') });
    i += k;
  }
  return out;
}

/** May tokens [i, i + k) be joined (`nd`: their group; allLikely, allSingle: of its pieces)? Fills in nd.key. */
function joinAllowed(toks: Tok[], i: number, k: number, nd: JoinNode, allLikely: boolean, allSingle: boolean, opts: SegmentOptions): boolean {
  if (nd.key === undefined) nd.key = foldKey(nd.text);
  const key = nd.key;
  if (key === null) return false;
  let markJoin = toks[i].key !== null;
  for (let m = i + 1; m < i + k; m++) markJoin = markJoin && toks[m].markLed;
  // a mark before a word of its own after a word (`تونسي ُيدعى`: the damma of يُدعى set before its letter, as the
  // corpus's extractors do on a word's first letter) is that word's: no join when the two make no word
  if (markJoin && k === 2 && toks[i].likely && markLedWord(toks[i + 1]) && !(nd.word ??= isWordKey(key))) return false;
  if (markJoin) return true;
  if (allLikely && !(opts.rare && rareLongJoin(toks, i, k, key, opts.waw)) && !(opts.dense && denseJoin(toks, i, k, nd))) return false;
  // single letters in a row are abbreviations (م د: million dinars) unless two spell a short word
  if (allSingle ? k > 2 || !(nd.functionShort ??= isFunctionShort(nd.text)) : !(nd.word ??= isWordKey(key))) return false;
  // a word-internal إ or آ follows a proclitic only (وإن، بالإضافة، الآخر): أو إس is no word
  if (!(nd.seamOk ??= hamzaSeamOk(toks, i, k))) return false;
  // (on a line whose glyphs came out shaped: one that maps every glyph to its isolated form says nothing)
  if (opts.shaped && !(nd.shapeOk ??= shapesJoin(toks, i, k))) return false;
  return true;
}

/*
 * Drafts full of splits (DENSE_DENSITY certain joins per 1,000 tokens or more; the corpus's densest extractions split a
 * fifth to a quarter of their words) are segmented by the words' frequencies in correct news (lexicon/pairs.ts): the segmentation of a run
 * whose words news writes most often, each join paying for the prior odds of a split. There, pieces that are words
 * themselves may be joined too (`الف يلم` → الفيلم, `السين ما` → السينما: in such a draft a common word is far likelier
 * than two rare ones), and a join that moves a boundary goes where the words are common (`عاش ا لجمهور` → عاش الجمهور,
 * not عاشا لجمهور). Fragments left alone still cost most.
 */
const DENSE_DENSITY = 40;
/** Nats a join pays (the prior odds against a space being a split; 1–7 tried on the even half's split-dense round trip: 3 and 4 best). */
const DENSE_JOIN = 3;
/** Nats a piece that cannot stand alone costs (left alone, or a join's penalty scaled). */
const DENSE_FRAGMENT = 12;
const LOG_TOKENS = Math.log(PAIR_TOKENS);
/** The surprise of a word news never wrote. */
const UNSEEN = LOG_TOKENS - Math.log(0.5);

/** −log of a key's frequency in correct news (a word news never wrote counts as half a time). */
function surprise(key: string | null): number {
  if (key === null) return LOG_TOKENS + 1;
  const c = storedCount(pairHash(key));
  return c > 0 ? LOG_TOKENS - Math.log(c) : UNSEEN;
}

function tokSurprise(info: TokInfo): number {
  return (info.surprise ??= surprise(info.key));
}

/** Pieces that are words joined in a dense draft: two pieces whose word news writes, more often than the rarer piece. */
function denseJoin(toks: Tok[], i: number, k: number, nd: JoinNode): boolean {
  if (k !== 2 || !(nd.word ??= isWordKey(nd.key!))) return false;
  const a = toks[i];
  const b = toks[i + 1];
  if (a.key === null || b.key === null || a.abbreviation || b.abbreviation) return false;
  // (news writes the word, and more often than the rarer piece: two rare words, `يتلفظ أي`, stay apart)
  return (nd.surprise ??= surprise(nd.key!)) < Math.min(UNSEEN, Math.max(tokSurprise(a.info), tokSurprise(b.info)));
}

/** segmentRun in a dense draft: the least surprising segmentation (see DENSE_DENSITY). */
function segmentDense(toks: Tok[], opts: SegmentOptions): Join[] {
  const n = toks.length;
  if (dpCost.length < n + 1) {
    const size = Math.max(2 * dpCost.length, n + 1);
    dpCost = new Float64Array(size);
    dpJoins = new Float64Array(size);
    dpChoice = new Int32Array(size);
    dpPiece = new Float64Array(size);
    dpSeen = new Float64Array(size);
  }
  dpCost[n] = 0;
  // (a rare short word left alone costs its surprise here, not a fragment's share: `ف ي نقل` is في نقل, not فينقل)
  const alone = { ...opts, rare: false };
  for (let i = 0; i < n; i++) dpPiece[i] = pieceCost(toks[i], alone);
  for (let i = n - 1; i >= 0; i--) {
    let best = DENSE_FRAGMENT * dpPiece[i] + tokSurprise(toks[i].info) + dpCost[i + 1];
    let bk = 1;
    let node: TokInfo | JoinNode = toks[i].info;
    let allLikely = toks[i].likely;
    let allSingle = (toks[i].key?.length ?? 0) === 1;
    for (let k = 2; k <= MAX_GROUP && i + k <= n; k++) {
      const last = toks[i + k - 1];
      if (!toks[i + k - 2].gapOk || toks[i].markLed || toks[i].abbreviation || last.abbreviation) break;
      const nd: JoinNode = (node = joinStep(node, last.info));
      allLikely = allLikely && last.likely;
      allSingle = allSingle && (last.key?.length ?? 0) === 1;
      if (!joinAllowed(toks, i, k, nd, allLikely, allSingle, opts)) continue;
      const c = DENSE_FRAGMENT * joinPenalty(toks, i, k) + (nd.surprise ??= surprise(nd.key!)) + (k - 1) * DENSE_JOIN + dpCost[i + k];
      if (c < best) {
        best = c;
        bk = k;
      }
    }
    dpCost[i] = best;
    dpChoice[i] = bk;
  }
  const out: Join[] = [];
  for (let i = 0; i < n; ) {
    const k = dpChoice[i];
    if (k > 1) out.push({ from: i, to: i + k - 1, word: toks.slice(i, i + k).map((x) => x.text).join('') });
    i += k;
  }
  return out;
}

/** How often correct news writes the word tokens [i, i + k) make (lexicon/pairs.ts; 0 when unseen). */
function seenOf(toks: Tok[], i: number, k: number): number {
  const key = foldKey(toks.slice(i, i + k).map((x) => x.text).join(''));
  return key === null ? 0 : storedCount(pairHash(key));
}

const HAMZA_ALEF = '\u0623\u0625\u0622';
const PROCLITIC_PIECE = /^(?:[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644)?|\u0644\u0644|[\u0648\u0641]\u0644\u0644)$/;

/**
 * Pieces that are all words may still be a split word when the lexicon's words are rare forms of the
 * pieces of a common long word (`يس تطيع`, `الط رف`): joined ≥ 5 letters, a piece of ≤ 3 letters, and
 * no piece is a function word (`في حال`, `ولم تكن`, `بأن كل` are phrases) or a lone letter. A piece that starts with a
 * hamza alef (أ إ آ) starts a word far more often than it ends one: joined only when the joined word is one without a
 * pronoun suffix (`أمور أهم` is no أمورًا + هم, `بد أنك` no بدأن + ك: clean lines of the PDF routes, scripts/routes;
 * `أح دهم` → أحدهم and `يس تخدمها` → يستخدمها stay joined).
 */
function rareLongJoin(toks: Tok[], i: number, k: number, key: string, waw: boolean | undefined): boolean {
  // و written apart (و بين): joined only in documents that otherwise never write it apart
  if (waw && k === 2 && toks[i].key === WAW_KEY && toks[i + 1].key !== null && toks[i + 1].key!.length >= 3) return true;
  if (key.length < 5) return false;
  let shortRare = false;
  let hamzaSeam = false;
  for (let m = i; m < i + k; m++) {
    const p = toks[m];
    if (p.key === null || p.key.length === 1 || functionWordInfo(p.info)) return false;
    if (isRareShort(p)) shortRare = true;
    if (m > i && HAMZA_ALEF.includes(p.text[0])) hamzaSeam = true;
  }
  return shortRare && (!hamzaSeam || isWordKeyWithoutPronoun(key));
}

/** A token led by marks whose letters after them are a likely word of two letters at least (`ُيدعى`). */
function markLedWord(tk: Tok): boolean {
  const s = tk.text;
  let p = 0;
  while (p < s.length && isArabicMark(s.charCodeAt(p))) p++;
  if (s.length - p < 2) return false;
  return tokInfo(s.slice(p)).likely;
}

/**
 * No seam of the group was drawn apart (`ﺏ ﻣﻠﻴﺎﺭ`: the isolated ب stood alone, before a number that went; charclass.ts
 * drawnApart): the glyphs of a torn word keep their joined shapes. A piece of one letter is asked only when it is a
 * proclitic (ب ل ك و ف) before a word of its own: a stem's first letter torn off (`ﺏ ﺮﻳﻄﺎﻧﻴﺎ`, the runs of a PDF
 * shaped apart) shows the same isolated shape but leaves no word behind it.
 */
function shapesJoin(toks: Tok[], i: number, k: number): boolean {
  for (let m = i + 1; m < i + k; m++) {
    const prev = toks[m - 1].text;
    let p = prev.length - 1;
    while (p > 0 && isArabicMark(prev.charCodeAt(p))) p--;
    if (!drawnApart(prev.charCodeAt(p), toks[m].text.charCodeAt(0))) continue;
    if (p > 0 || restIsWord(toks, m, i + k)) return false;
  }
  return true;
}

const PROCLITIC_LETTER = /^[\uFE8F-\uFE92\uFEDD-\uFEE0\uFED9-\uFEDC\uFEED\uFEEE\uFED1-\uFED4\u0628\u0644\u0643\u0648\u0641]/;

/** The pieces from..to-1 make a word of their own after a one-letter proclitic piece at from-1. */
function restIsWord(toks: Tok[], from: number, to: number): boolean {
  if (!PROCLITIC_LETTER.test(toks[from - 1].text)) return false;
  let text = '';
  for (let m = from; m < to; m++) text += toks[m].text;
  const key = foldKey(text);
  return key !== null && isWordKey(key);
}

/** A piece starting with إ or آ may only follow a piece made of proclitics (و ف ب ل ك ال لل). */
function hamzaSeamOk(toks: Tok[], i: number, k: number): boolean {
  let before = toks[i].text;
  for (let m = i + 1; m < i + k; m++) {
    const c = toks[m].text.charCodeAt(0);
    if ((c === 0x0625 || c === 0x0622) && !PROCLITIC_PIECE.test(before.replace(/[\u064b-\u065f\u0670\u0640]/g, ''))) return false;
    before += toks[m].text;
  }
  return true;
}

/**
 * Is the outside of a piece at `pos` (looking left when dir = -1) a word boundary: line edge, space or
 * punctuation — not the `%`/`!` kashida glyphs that some fonts extract inside a word (بال\u0640%%\u0640تي)?
 */
function outerOk(text: string, pos: number, dir: -1 | 1, line: Span): boolean {
  let i = dir < 0 ? pos - 1 : pos;
  while (i >= line.start && i < line.end && isBidiControl(text.charCodeAt(i))) i += dir;
  if (i < line.start || i >= line.end) return true;
  const c = text.charCodeAt(i);
  if (c === 0x25 || c === 0x21 || c === 0xfffd || c === 0x0640) return false;
  // (nor a kashida glyph printed as a digit, `#`, `$` or `&`: extraction-junk's, ملي#ار)
  return dir > 0 ? printedKashidaRunEnd(text, i) < 0 : !printedKashidaRunBefore(text, i + 1);
}


interface Found {
  pieces: Tok[];
  word: string;
}

/**
 * segmentLine's joins by the line's text and the pass, relative to the line's start (a pure function of the line):
 * a draft checked again after an edit (core/incremental.ts runs this rule on the whole draft) segments only the lines
 * that changed. One memo per option set ([rare][waw]), keyed by the line's text (a lookup by a slice of the draft copies
 * nothing), each bounded like INFO.
 */
const LINES: ReadonlyArray<Map<string, Found[]>> = [new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map()];
const LINES_MAX = 20_000;

function rebase(f: Found, d: number): Found {
  return { word: f.word, pieces: f.pieces.map((p) => ({ ...p, start: p.start + d, end: p.end + d })) };
}

function segmentLineMemo(text: string, line: Span, spans: readonly Span[], infos: TokInfo[], opts: SegmentOptions, found: Found[]): void {
  // (the key: the line's text; a prefix naming the options made a new string of every line at every lookup, a copy of
  // the whole draft at each keystroke of the language server. Kept, it is a copy of its own: a slice would hold the draft)
  const memo = LINES[(opts.dense ? 4 : 0) + (opts.rare ? 2 : 0) + (opts.waw ? 1 : 0)];
  const slice = text.slice(line.start, line.end);
  let rel = memo.get(slice);
  if (rel === undefined) {
    const out: Found[] = [];
    segmentLine(text, line, spans, infos, opts, out);
    rel = out.map((f) => rebase(f, -line.start));
    if (memo.size >= LINES_MAX) memo.clear();
    memo.set(slice.length < 13 ? slice : (' ' + slice).slice(1), rel);
  }
  for (const f of rel) found.push(rebase(f, line.start));
}

/** The joins of one line (its tokens and their infos) in one pass, appended to `found`. */
function segmentLine(text: string, line: Span, spans: readonly Span[], infos: TokInfo[], opts: SegmentOptions, found: Found[]): void {
  // the line's presentation forms were shaped (some initial or medial form): their joining shapes say which seams were
  // drawn apart
  let shaped = false;
  for (let i = line.start; i < line.end && !shaped; i++) {
    const c = text.charCodeAt(i);
    shaped = c >= 0xfb50 && c <= 0xfefc && joinsNext(joiningForm(c));
  }
  if (shaped) opts = { ...opts, shaped };
  const toks: Tok[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    const info = infos[i];
    const s = info.text;
    // a lone letter drawn out with tatweel (ه\u0640) or right after a number (1446 ه، 175 م د) is an abbreviation
    // (و after a number is the conjunction)
    // (not a letter that spells a function word with the lone letter after it: `2016 ع ن تعيين` is عن)
    let abbreviation =
      info.key !== null && info.key.length === 1 && (s.indexOf('\u0640') >= 0 || (info.key !== WAW_KEY && afterDigit(text, sp.start, line.start) && !spellsFunctionWord(text, spans, infos, i)));
    // a short token drawn out with a final tatweel before a number, a quote or a name (ال<U+0640> 18، ب<U+0640>"…") or a
    // proclitic glued to a number (ب30، ل800): never part of a join
    if (!abbreviation && info.key !== null && info.key.length <= 3 && (s.charCodeAt(s.length - 1) === 0x0640 || (sp.end < line.end && isAnyDigit(text.charCodeAt(sp.end)) && PROCLITIC_PIECE.test(bare(s)))))
      abbreviation = true;
    // a unit after a number (20 كغ) and a letter after an abbreviation letter (370 م د) are abbreviations
    if (!abbreviation && info.key !== null && info.key.length <= 3 && UNIT_ABBREVIATIONS.has(bare(s)) && (afterDigit(text, sp.start, line.start) || (i > 0 && toks[i - 1].abbreviation && spacesOnly(text, spans[i - 1].end, sp.start))))
      abbreviation = true;
    toks[i] = {
      start: sp.start,
      end: sp.end,
      text: s,
      key: info.key,
      likely: info.likely || abbreviation,
      abbreviation,
      markLed: info.markLed,
      // a tatweel at the gap is deliberate (ه<U+0640> after a year, ب<U+0640> before a quote, a dash): never join across it
      gapOk: gapOkAt(text, spans, i),
      info,
    };
  }
  markAcronyms(toks);
  let r = 0;
  while (r < toks.length) {
    let e = r;
    while (e + 1 < toks.length && toks[e].gapOk) e++;
    if (e > r) {
      const run = toks.slice(r, e + 1);
      for (const j of segmentRun(run, opts)) {
        const pieces = run.slice(j.from, j.to + 1);
        if (!outerOk(text, pieces[0].start, -1, line) || !outerOk(text, pieces[pieces.length - 1].end, 1, line)) continue;
        found.push({ pieces, word: j.word });
      }
    }
    r = e + 1;
  }
}

/** Token i and the next, one letter each and a space apart, spell a function word of two letters (عن، في، من). */
function spellsFunctionWord(text: string, spans: readonly Span[], infos: TokInfo[], i: number): boolean {
  const next = infos[i + 1];
  return next !== undefined && next.key !== null && next.key.length === 1 && gapOkAt(text, spans, i) && isFunctionShort(infos[i].text + next.text);
}

/** Runs of two or more letter names joined by spaces, one of them unambiguous, are acronyms: never joined. */
function markAcronyms(toks: Tok[]): void {
  let i = 0;
  while (i < toks.length) {
    const kind = letterName(toks[i].text, true);
    if (kind === 0) {
      i++;
      continue;
    }
    // the run of letter names from i; the acronym is its part from the first to the last unambiguous name
    let e = i;
    let first = kind === 2 ? i : -1;
    let last = first;
    let sure = kind === 2 ? 1 : 0;
    while (e + 1 < toks.length && toks[e].gapOk) {
      const k = letterName(toks[e + 1].text, false);
      if (k === 0) break;
      e++;
      if (k === 2) {
        sure++;
        if (first < 0) first = e;
        last = e;
      }
    }
    if (sure >= 2) for (let m = first; m <= last; m++) toks[m].abbreviation = toks[m].likely = true;
    i = e + 1;
  }
}

export const splitWord: Rule = defineRule({
  id: 'split-word',
  title: { en: 'Word split by a space', ar: 'كلمة فصلتها مسافة' },
  description: {
    en: 'Flags words split in two by a spurious space, as PDF justification gaps leave them (تمو يل for تمويل), when the joined form is a word and the pieces are not; the fix joins them.',
    ar: 'ينبّه إلى الكلمات التي قسمتها مسافة زائدة كما تخلّفها فراغات المحاذاة في ملفات PDF (تمو يل بدل تمويل)، إذا كان الموصول كلمة والأجزاء ليست كذلك؛ والإصلاح يصلها.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'paragraph',
  options: {},
  messages: {
    split: {
      en: 'Word split by a space: “{shown}” reads as “{word}”.',
      ar: 'كلمة فصلتها مسافة: «{shown}» صوابها «{word}».',
    },
    join: {
      en: 'Join: “{word}”',
      ar: 'وصل: «{word}»',
    },
  },
  check({ text, doc, message }) {
    // Pass 1: joins with a fragment that cannot stand alone. When a document has many (a justified PDF
    // extraction), pass 2 also joins rare short words into long ones (يس تطيع → يستطيع).
    // Line by line, nothing per token kept across lines. A line whose pieces all stand alone at no cost
    // in a pass (every token a likely word; for pass 2 also no rare short word) gives no join in it and
    // is not segmented (most lines of a clean text).
    // Pass 2 replaces pass 1 when pass 1 has found RARE_JOIN_EVIDENCE joins at MIN_JOIN_DENSITY per 1,000 tokens
    // of the draft or more (the whole draft's counts: Document.count/decide; a line's segmentation is remembered by
    // its text, so the lines are not segmented twice over a lint and its re-checks).
    const pass1Joins: Found[] = [];
    const rareLines: Array<{ line: Span; li: number; found: Found[] | null }> = [];
    let lone = 0;
    const PASS1 = { rare: false, waw: false };
    // a line counts as signed when it shows signs itself or the text is mostly an extraction
    const signs = doc.damage;
    const signedAt = (pos: number) => signs.mostly || signs.lineAt(pos);
    let tokensSoFar = 0;
    let unsignedTokens = 0;
    for (let li = 0; li < doc.lines.length; li++) {
      const line = doc.lines[li];
      const spans = doc.lineTokens(li);
      tokensSoFar += spans.length;
      if (!signedAt(line.start)) unsignedTokens += spans.length;
      if (spans.length < 2 || doc.isVisualLine(line.start, line.end)) continue;
      const infos: TokInfo[] = new Array(spans.length);
      let pass1 = false;
      let pass2 = false;
      for (let i = 0; i < spans.length; i++) {
        const sp = spans[i];
        const info = tokInfo(text.slice(sp.start, sp.end));
        infos[i] = info;
        // a lone letter may be an abbreviation (likely) or a fragment: decided when the tokens are built
        if (info.markLed || !info.likely || info.key === null || info.key.length === 1) pass1 = true;
        else if (!pass2 && info.key.length <= 4 && rareShortInfo(info)) pass2 = true;
        if (info.key === WAW_KEY && gapOkAt(text, spans, i)) lone++;
      }
      if (!(pass1 || pass2)) continue;
      if (pass1) segmentLineMemo(text, line, spans, infos, PASS1, pass1Joins);
      rareLines.push({ line, li, found: null });
    }
    // the first and last words of a line whose runs came out reversed, and the halves torn inside it, are the halves of
    // a torn word (lexicon/runs.ts): not pieces of their neighbours — nor evidence of a draft full of splits
    const torn = doc.runs.torn;
    const starts = new Set(torn.map((r) => r.start));
    const ends = new Set(torn.map((r) => r.end));
    const notTorn = (j: Found) => !starts.has(j.pieces[0].start) && !ends.has(j.pieces[j.pieces.length - 1].end);
    // the draft is full of splits (a justified extraction) when its pass-1 joins are many and dense: the whole draft's
    // counts when the engine checks it chunk by chunk (Document.count/decide)
    doc.count('split-word.joins', torn.length ? pass1Joins.filter(notTorn).length : pass1Joins.length);
    doc.count('split-word.tokens', tokensSoFar);
    doc.count('split-word.lone', lone);
    const certain =
      rareLines.length > 0 &&
      doc.decide((total) => total('split-word.joins') >= RARE_JOIN_EVIDENCE && total('split-word.joins') * 1000 >= MIN_JOIN_DENSITY * total('split-word.tokens'));
    let joins = pass1Joins;
    if (certain) {
      const dense = doc.decide((total) => total('split-word.joins') * 1000 >= DENSE_DENSITY * total('split-word.tokens'));
      const opts = { rare: true, waw: doc.decide((total) => total('split-word.lone') <= LONE_WAW_MAX), dense };
      joins = [];
      for (const { line, li } of rareLines) {
        const spans = doc.lineTokens(li);
        const infos = spans.map((sp) => tokInfo(text.slice(sp.start, sp.end)));
        segmentLineMemo(text, line, spans, infos, opts, joins);
      }
    }
    if (torn.length) joins = joins.filter(notTorn);
    // correct text: a name or a typo, not justification damage (see the header)
    let unsigned = 0;
    for (const j of joins) if (!signedAt(j.pieces[0].start)) unsigned++;
    doc.count('split-word.unsigned', unsigned);
    doc.count('split-word.unsignedTokens', unsignedTokens);
    if (
      unsigned > 0 &&
      doc.decide((total) => total('split-word.unsigned') < MIN_JOINS_UNSIGNED || total('split-word.unsigned') * 1000 < MIN_JOIN_DENSITY * total('split-word.unsignedTokens'))
    )
      joins = joins.filter((j) => signedAt(j.pieces[0].start));
    const out: RuleFinding[] = [];
    for (const { pieces, word } of joins) {
      const start = pieces[0].start;
      const end = pieces[pieces.length - 1].end;
      const edits = [];
      for (let p = 0; p + 1 < pieces.length; p++) edits.push({ start: pieces[p].end, end: pieces[p + 1].start, newText: '' });
      const shown = text.slice(start, end);
      out.push({
        start,
        end,
        message: message('split', { shown, word }),
        fixes: [{ title: message('join', { word }), edits, preferred: true }],
      });
    }
    return out;
  },
});
