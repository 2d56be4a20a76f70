/**
 * split-word's segmentation of a run of tokens joined by spaces: which groups of pieces are joined (segmentRun, and in a
 * draft full of splits segmentDense, by the words' frequencies in correct news). See index.ts.
 */
import { foldKey, isAttested, isFunctionShort, isWordKey, isWordKeyWithoutPronoun } from '../../lexicon/index';
import { pairHash, pairScore, storedCount } from '../../lexicon/pairs';
import { PAIR_TOKENS } from '../../lexicon/pairs.data';
import { isArabicMark } from '../../text/arabic';
import { drawnApart } from '../../text/charclass';
import { Join, JoinNode, MAX_GROUP, SegmentOptions, Tok, TokInfo, WAW_KEY, functionWordInfo, isRareShort, joinPenalty, joinStep, pieceCost, tokInfo, groupExtends } from './pieces';

/** Scratch arrays of the segmentations (grown as needed). */
let dpCost = new Float64Array(64);
let dpJoins = new Float64Array(64);
let dpChoice = new Int32Array(64);
let dpPiece = new Float64Array(64);
/** How often correct news writes the word of the join chosen at i (0: no join there, or not looked up). */
let dpSeen = new Float64Array(64);
/** A join that ties with leaving its first piece alone (and joining the next ones) wins when news writes its word
 *  this many times as often as the other's (وتق ول أوساط: وتقول, not ولأوساط). */
const TIE_RATIO = 4;


/** Grows the scratch arrays to a run of n tokens. */
function scratch(n: number): void {
  if (dpCost.length >= n + 1) return;
  const size = Math.max(2 * dpCost.length, n + 1);
  dpCost = new Float64Array(size);
  dpJoins = new Float64Array(size);
  dpChoice = new Int32Array(size);
  dpPiece = new Float64Array(size);
  dpSeen = new Float64Array(size);
}

/** The joins dpChoice made, from the run's first token. */
function chosenJoins(toks: Tok[]): Join[] {
  const out: Join[] = [];
  for (let i = 0; i < toks.length; ) {
    const k = dpChoice[i];
    if (k > 1) out.push({ from: i, to: i + k - 1, word: toks.slice(i, i + k).map((x) => x.text).join('') });
    i += k;
  }
  return out;
}

/**
 * Best segmentation of a run of tokens joined by spaces: the joins it makes. Cost = pieces left that
 * cannot stand alone (not likely words), then the number of joins.
 */
export function segmentRun(toks: Tok[], opts: SegmentOptions): Join[] {
  if (opts.dense) return segmentDense(toks, opts);
  const n = toks.length;
  let any = false;
  for (let i = 0; i < n && !any; i++) any = pieceCost(toks[i], opts) > 0;
  if (!any) return []; // nothing to repair: every piece stands alone (most lines of a clean text)
  scratch(n);
  dpCost[n] = 0;
  dpJoins[n] = 0;
  for (let i = 0; i < n; i++) dpPiece[i] = pieceCost(toks[i], opts);
  for (let i = n - 1; i >= 0; i--) {
    let bc = dpPiece[i] + dpCost[i + 1];
    let bj = dpJoins[i + 1];
    let bk = 1;
    let chosen: JoinNode | null = null;
    let node: TokInfo | JoinNode = toks[i].info;
    let allLikely = toks[i].likely;
    let allSingle = (toks[i].key?.length ?? 0) === 1;
    let gain = dpPiece[i];
    for (let k = 2; k <= MAX_GROUP && i + k <= n; k++) {
      const last = toks[i + k - 1];
      if (!groupExtends(toks, i, k)) break;
      const nd: JoinNode = (node = joinStep(node, last.info));
      allLikely = allLikely && last.likely;
      allSingle = allSingle && (last.key?.length ?? 0) === 1;
      gain += dpPiece[i + k - 1];
      // a join of pieces that all stand alone at no dpCost can never win: skip the lookups (clean text)
      if (gain === 0) continue;
      if (!joinAllowed(toks, i, k, nd, allLikely, allSingle, opts)) continue;
      const c = dpCost[i + k] + joinPenalty(toks, i, k);
      const j = dpJoins[i + k] + 1;
      // (an exact tie with leaving piece i alone while the next pieces join: the word news writes far more often)
      const tie = c === bc && j === bj && bk === 1 && dpChoice[i + 1] > 1;
      const count = tie ? joinedCount(nd) : 0;
      if (c < bc || (c === bc && j < bj) || (tie && count > 0 && count >= TIE_RATIO * dpSeen[i + 1])) {
        bc = c;
        bj = j;
        bk = k;
        chosen = nd;
      }
    }
    dpCost[i] = bc;
    dpJoins[i] = bj;
    dpChoice[i] = bk;
    dpSeen[i] = chosen === null ? 0 : joinedCount(chosen);
  }
  return chosenJoins(toks);
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
  // (in a draft full of splits, also two letters that spell a word news writes often: `ب ن` بن, `ف ى` فى; not `م د`)
  if (allSingle ? k > 2 || !((nd.functionShort ??= isFunctionShort(nd.text)) || (opts.dense && commonLetters(nd))) : !(nd.word ??= isWordKey(key)) && (allLikely || !newsName(toks, i, k, nd))) return false;
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
export const DENSE_DENSITY = 40;
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

/** How often correct news writes a group's joined word (its key known: joinAllowed filled it in), looked up once. */
function joinedCount(nd: JoinNode): number {
  return (nd.count ??= nd.key ? storedCount(pairHash(nd.key)) : 0);
}

/** The surprise of a group's joined word. */
function joinedSurprise(nd: JoinNode): number {
  if (nd.surprise === undefined) {
    const c = joinedCount(nd);
    nd.surprise = c > 0 ? LOG_TOKENS - Math.log(c) : UNSEEN;
  }
  return nd.surprise;
}

/**
 * A join with a piece that cannot stand alone spells a word the lexicon does not know but correct news writes again
 * and again (lexicon isAttested: a name, a place, a loanword — `الريا حي`, `رويتر ز`), and never writes as two words. (Not the pair table's count of
 * the key: a fingerprint, and over the many groups of a dense draft its collisions joined phrases — `الولايات المتحدة`,
 * `مع الشريك` — even half split-dense 56.6 -> 52.4 % with keys seen 9 times or more counted as names.)
 */
function newsName(toks: Tok[], i: number, k: number, nd: JoinNode): boolean {
  if (nd.name === undefined) {
    // (and news never writes its pieces apart, as a pair of words: `جيجا بايت` is written both ways; nor is a piece a
    // name news writes itself: `و صفاقس` is و and a name, a paragraph of spaced harakat keeps it as written)
    let apart = false;
    for (let m = i; m < i + k && !apart; m++) if ((toks[m].info.attested ??= isAttested(toks[m].text))) apart = true;
    for (let m = i; m + 1 < i + k && !apart; m++) {
      const a = toks[m].key;
      const b = toks[m + 1].key;
      apart = a !== null && b !== null && storedCount(pairHash(a, b)) > 0;
    }
    nd.name = !apart && isAttested(nd.text);
  }
  return nd.name;
}

/** A word made of two words is joined in a dense draft when news writes it at least a quarter as often as the rarer piece
 *  (nats: ln 4; the word read in its context, segmentDense, decides the rest). 0, ln 2, ln 4, ln 10, e^4 on the even
 *  half's split-dense round trip: 58.9, 59.2, 59.6, 59.8, 60.0 % (the smaller step kept: precision first). */
const DENSE_SLACK = Math.log(4);

/** Pieces that are words joined in a dense draft: two pieces whose word news writes, at least a quarter as often as the rarer piece. */
function denseJoin(toks: Tok[], i: number, k: number, nd: JoinNode): boolean {
  if (k !== 2 || !(nd.word ??= isWordKey(nd.key!))) return false;
  const a = toks[i];
  const b = toks[i + 1];
  // (و written apart is the draft's habit or a split: the lone-و count decides, rareLongJoin)
  if (a.key === null || b.key === null || a.abbreviation || b.abbreviation || a.key === WAW_KEY) return false;
  // (news writes the word, and not far less often than the rarer piece: two rare words, `يتلفظ أي`, stay apart)
  return joinedSurprise(nd) < Math.min(UNSEEN, Math.max(tokSurprise(a.info), tokSurprise(b.info)) + DENSE_SLACK);
}

/** Two letters joined in a dense draft spell a word news writes this often at least (بن 948 times; مد 14, كم 20). */
const DENSE_LETTERS = 300;

function commonLetters(nd: JoinNode): boolean {
  return (nd.word ??= isWordKey(nd.key!)) && joinedCount(nd) >= DENSE_LETTERS;
}

/**
 * Two pieces that news writes joined more often than apart (`بين هم`: بينهم 138 times in the mined news, بين هم never;
 * `عند ما`, `عن ها`): in a dense draft a function word among them costs no more than its surprise (joinPenalty's share
 * is for drafts with few splits, where two words seldom make one). `كل ما` (apart 30, كلما 9) and `إن ما` keep it.
 */
function writtenJoined(toks: Tok[], i: number, nd: JoinNode): boolean {
  const a = toks[i].key;
  const b = toks[i + 1].key;
  if (a === null || b === null || !toks[i].likely || !toks[i + 1].likely) return false;
  const joined = joinedCount(nd);
  return joined > 0 && storedCount(pairHash(a, b)) < joined;
}

/** Nats a join whose word the lexicon does not know pays (nameJoin) on top of its surprise. */
const DENSE_NAME = 4;
/** The longest word of the lexicon that news never writes taken for a piece of a name (قرط, جو). */
const NAME_PIECE = 3;
/** A piece no longer than this that is no word is a piece of a name; a longer one (السبسي, أزنفور) may be a name. */
const SHORT_PIECE = 2;

/**
 * A name the lexicon does not know, split (`قرط اج` قرطاج, `غو تة`, `جو بز`, `ق ر طاج`), in a dense draft: 2–3 pieces
 * of 3 letters at most, one a short piece that is no word (a letter, `اج`), the others no words either or words news
 * never writes (a name's pieces: قرط, جو). The joined form is no word of the lexicon: it pays a fragment's cost and
 * DENSE_NAME beyond its surprise, so a join into a word, when there is one, is cheaper. Longer pieces (`السبسي`,
 * `أزنفور`: names themselves, no word of the lexicon) never take part: a name next to a letter would swallow it.
 * Nor single letters alone (`م د`), nor و.
 */
function nameJoin(toks: Tok[], i: number, k: number, nd: JoinNode, opts: SegmentOptions): boolean {
  if (k > 3 || nd.key === null || nd.key === undefined) return false;
  let short = false;
  for (let m = i; m < i + k; m++) {
    const p = toks[m];
    if (p.key === null || p.markLed || p.abbreviation || p.key === WAW_KEY || p.key.length > NAME_PIECE) return false;
    if (p.likely && tokSurprise(p.info) < UNSEEN) return false;
    if (!p.likely && p.key.length <= SHORT_PIECE) short = true;
  }
  if (!short) return false;
  if (!(nd.seamOk ??= hamzaSeamOk(toks, i, k))) return false;
  return !opts.shaped || (nd.shapeOk ??= shapesJoin(toks, i, k));
}

/** How much the pair statistics weigh (a word's surprise given the word before it: its own surprise less λ times their
 *  pointwise mutual information, lexicon/pairs.ts pairScore, clipped to ±4 nats: log P(b | a) = log P(b) + PMI; λ 0.5,
 *  1, 1.5, 2 on the even half's split-dense round trip: 58.3, 58.9, 59.1, 58.9 %). */
const DENSE_PAIR = 1;
const W = MAX_GROUP + 1;
/** Per token i and group length k (index i·W + k): the least cost of the run from i when its first word is the group
 *  [i, i + k), the key of that group, and the length of the group that follows it. */
let dpBest = new Float64Array(64 * W);
let dpNext = new Int32Array(64 * W);
let dpKey: Array<string | null> = [];

/**
 * segmentRun in a dense draft: the least surprising segmentation (see DENSE_DENSITY), each word's surprise read given
 * the word before it in the run (`من ك في` is منك في, not من كفي; `علي ه و أن` is عليه وأن: the unigram surprise
 * alone favours splitting into frequent function words).
 */
export function segmentDense(toks: Tok[], opts: SegmentOptions): Join[] {
  const n = toks.length;
  scratch(n);
  if (dpBest.length < (n + 1) * W) {
    dpBest = new Float64Array(2 * (n + 1) * W);
    dpNext = new Int32Array(2 * (n + 1) * W);
  }
  // (a rare short word left alone costs its surprise here, not a fragment's share: `ف ي نقل` is في نقل, not فينقل)
  const alone = { ...opts, rare: false };
  for (let i = 0; i < n; i++) dpPiece[i] = pieceCost(toks[i], alone);
  for (let i = n - 1; i >= 0; i--) {
    for (let k = 1; k < W; k++) dpBest[i * W + k] = Infinity;
    // the cost of the group [i, i + k) as a word, then the best rest after it given that word
    const place = (k: number, cost: number, key: string | null) => {
      dpKey[i * W + k] = key;
      let rest = 0;
      let nk = 0;
      if (i + k < n) {
        rest = Infinity;
        for (let k2 = 1; k2 < W; k2++) {
          const c2 = dpBest[(i + k) * W + k2];
          if (c2 === Infinity) continue;
          const next = dpKey[(i + k) * W + k2];
          const v = c2 - (DENSE_PAIR > 0 && key !== null && next !== null ? DENSE_PAIR * pairScore(key, next) : 0);
          if (v < rest) {
            rest = v;
            nk = k2;
          }
        }
      }
      dpBest[i * W + k] = cost + rest;
      dpNext[i * W + k] = nk;
    };
    place(1, DENSE_FRAGMENT * dpPiece[i] + tokSurprise(toks[i].info), toks[i].key);
    let node: TokInfo | JoinNode = toks[i].info;
    let allLikely = toks[i].likely;
    let allSingle = (toks[i].key?.length ?? 0) === 1;
    for (let k = 2; k <= MAX_GROUP && i + k <= n; k++) {
      const last = toks[i + k - 1];
      if (!groupExtends(toks, i, k)) break;
      const nd: JoinNode = (node = joinStep(node, last.info));
      allLikely = allLikely && last.likely;
      allSingle = allSingle && (last.key?.length ?? 0) === 1;
      let name = false;
      if (!joinAllowed(toks, i, k, nd, allLikely, allSingle, opts) && !(name = !allSingle && nameJoin(toks, i, k, nd, opts))) continue;
      place(k, DENSE_FRAGMENT * joinPenalty(toks, i, k, k > 2 || !writtenJoined(toks, i, nd)) + joinedSurprise(nd) + (name ? DENSE_FRAGMENT + DENSE_NAME : 0) + (k - 1) * DENSE_JOIN, nd.key ?? null);
    }
  }
  // the first word of the run: the least cost; then each word's best follower
  let k = 1;
  for (let k2 = 2; k2 < W; k2++) if (dpBest[k2] < dpBest[k]) k = k2;
  for (let i = 0; i < n; ) {
    dpChoice[i] = k;
    const nk = dpNext[i * W + k];
    i += k;
    k = nk;
  }
  return chosenJoins(toks);
}

const HAMZA_ALEF = '\u0623\u0625\u0622';
export const PROCLITIC_PIECE = /^(?:[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644)?|\u0644\u0644|[\u0648\u0641]\u0644\u0644)$/;

/**
 * Pieces that are all words may still be a split word when the lexicon's words are rare forms of the
 * pieces of a common long word (`يس تطيع`, `الط رف`): joined ≥ 5 letters, a piece of ≤ 3 letters, and
 * no piece is a function word (`في حال`, `ولم تكن`, `بأن كل` are phrases) or a lone letter. A piece that starts with a
 * hamza alef (أ إ آ) starts a word far more often than it ends one: joined only when the joined word is one without a
 * pronoun suffix (`أمور أهم` is no أمورًا + هم, `بد أنك` no بدأن + ك: clean lines of the PDF routes, scripts/routes;
 * `أح دهم` → أحدهم and `يس تخدمها` → يستخدمها stay joined).
 */
function rareLongJoin(toks: Tok[], i: number, k: number, key: string, waw: boolean | undefined): boolean {
  // و written apart (و بين, و قد): joined only in documents that otherwise never write it apart
  if (waw && k === 2 && toks[i].key === WAW_KEY && toks[i + 1].key !== null && toks[i + 1].key!.length >= 2) return true;
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

