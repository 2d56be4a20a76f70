/**
 * Punctuation moved into a kashida gap (issue 10, session 14: LibreOffice's kashida-justified PDFs through PDFium,
 * Chrome's viewer). LibreOffice draws a word drawn out with kashida as two pieces, and the straight quotes, full stops,
 * colons and brackets of the line (drawn in a font of their own) come out of PDFium gathered in that gap, spaced:
 * `قادة في الح " " راك ، أحيل` for `قادة في "الحراك"، أحيل`, `من دون ح . وادث وتشهد` for `من دون حوادث. وتشهد`,
 * `فكري )31 عام (ا في` for `فكري (31 عاما) في` (brackets mirrored, as PDFium gives them on these lines). Tuned on the
 * routes' articles 1–20 (56 of the 159 'punctuation' lines through PDFium; restored 16 -> 30).
 *
 * The lexicon is the judge: the two pieces make a word news writes and one of them is no word of its own (tears.ts).
 * Where the marks go: a full stop after the word; a closing bracket (written `(`) after it, an opening one
 * (`)`) before it with its closing one — as written, mirrored like the line's other brackets, which mirrored-bracket
 * then reads as a pair (`)31 عاما(`); quotes only where the text shows the place — two quotes around the word and
 * one after it when a clause mark follows the word after a space, the trace the closing quote left (`راك ،`). Other
 * spots (a hyphen, a quote with no trace, three quotes) are offered, not preferred: only the source knows.
 *
 * Pure and linear (each mark looked at once, the pieces a word long); the finding is broken-fragment's.
 */
import { foldKey, isAttested, isFunctionShort, isLikelyWord, isWordKey } from './index';
import { pairHash, storedCount } from './pairs';
import { healed, newsWord } from './tears';
import { isArabicLetter, isArabicMark } from '../text/arabic';

export interface GapMarks {
  /** The head piece's start and the end of what the repair rewrites (the tail piece's end, or the trace's space). */
  start: number;
  end: number;
  /** The tail piece's end (the finding's range ends there). */
  tailEnd: number;
  newText: string;
  /** The word the pieces make, and the marks found in its gap as written. */
  word: string;
  marks: string;
  /** Every mark has a place the text shows (fix-all applies it). */
  preferred: boolean;
}

/** The marks PDFium moves (those LibreOffice draws in the Latin font); not the Arabic comma, drawn with the letters. */
const MOVED = /[ \t]["().]/g;
// (not the hyphen, moved too, `الإس - لامية`: a spaced dash between a letter and a word is written, `ن - أمل` of a table;
// nor the colon, written spaced between words, `العمال : إضراب`)
const isMoved = (c: number) => c === 0x22 || c === 0x28 || c === 0x29 || c === 0x2e;
const isGap = (c: number) => c === 0x20 || c === 0x09;
/** Extraction junk inside a word (a kashida glyph read as a C0 control, U+FFFD, U+FFFE): part of the piece, dropped. */
const isJunk = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0xfffe;
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ufffe]/g;
const isLetterish = (c: number) => isArabicLetter(c) || isArabicMark(c) || c === 0x0640 || isJunk(c);
/** What may stand before the head piece (a space, a line's start, an opening mark) and after the tail piece. */
const opensToken = (c: number) => isGap(c) || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x28 || c === 0x29;
const closesToken = (c: number) => isGap(c) || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x28 || c === 0x29 || c === 0x2e || c === 0x3a || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x21;
/** Letters that do not join the next: no kashida after them, so no gap. */
const NON_JOINING = new Set([...'اأإآدذرزوؤءةى'].map((x) => x.charCodeAt(0)));
/** A clause or sentence mark after a space: the trace of a closing quote moved away (`راك ،`). */
const isTraceMark = (c: number) => c === 0x060c || c === 0x061b || c === 0x2e || c === 0x3a;
const LIST_LETTERS = new Set([...'أبجدهوزح'].map((x) => foldKey(x) ?? x));
const ARTICLES = new Set(['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل'].map((x) => foldKey(x) ?? x));
/** At most this many mark groups in one gap, and marks in a group. */
const MAX_GROUPS = 4;
const MAX_GROUP = 3;

/** Do the pieces make a word with the lexicon's confirmation (one of them no word of its own)? */
function joins(head: string, tail: string): boolean {
  const w = head + tail;
  const k = foldKey(w);
  const hk = foldKey(head);
  if (k === null || hk === null || k.length < 3) return false;
  // (the marks between them are the evidence of the gap: a word the lexicon allows is enough when news writes it or
  // one half is no word news writes alone — السب . عين, وال . عواطف)
  if (hk.length >= 2) {
    const r = healed(head, tail);
    if (r !== null) return r.confirmed || storedCount(pairHash(k)) > 0 || !newsWord(head) || !newsWord(tail);
    // (and where tears.ts reads a function word beside a word, وال . عواطف: a head news never writes alone)
    return (isWordKey(k) || isAttested(w)) && storedCount(pairHash(k)) > 0 && !newsWord(head);
  }
  // (a head of one letter, `ح . وادث`, `ب . ذلك`: tears.ts reads no such head; a word news writes)
  return (isWordKey(k) || isAttested(w)) && storedCount(pairHash(k)) > 0;
}

/** The spots of `text` where a word's pieces hold moved marks between them, in order. */
export function gapMarks(text: string): GapMarks[] {
  const out: GapMarks[] = [];
  MOVED.lastIndex = 0;
  for (let m = MOVED.exec(text); m !== null; m = MOVED.exec(text)) {
    const i = m.index;
    // the head: the letters that end right before the gap, the last one joining the next
    let hs = i;
    while (hs > 0 && i - hs <= 30 && isLetterish(text.charCodeAt(hs - 1))) hs--;
    if (hs === i || (hs > 0 && !opensToken(text.charCodeAt(hs - 1)))) continue;
    let last = i - 1;
    while (last > hs && !isArabicLetter(text.charCodeAt(last))) last--;
    if (!isArabicLetter(text.charCodeAt(last)) || NON_JOINING.has(text.charCodeAt(last))) continue;
    // the marks: groups of spaces then marks
    let p = i;
    let marks = '';
    let groups = 0;
    let ok = true;
    while (groups < MAX_GROUPS) {
      let q = p;
      while (q < text.length && isGap(text.charCodeAt(q))) q++;
      if (q === p || q >= text.length || !isMoved(text.charCodeAt(q))) break;
      let r = q;
      while (r < text.length && isMoved(text.charCodeAt(r))) r++;
      if (r - q > MAX_GROUP) ok = false;
      marks += text.slice(q, r);
      p = r;
      groups++;
    }
    if (!ok || marks === '') continue;
    // the tail: glued to the last mark or after a space
    const glued = p < text.length && isArabicLetter(text.charCodeAt(p));
    let ts = p;
    while (ts < text.length && isGap(text.charCodeAt(ts))) ts++;
    if (ts >= text.length || !isArabicLetter(text.charCodeAt(ts))) continue;
    let te = ts;
    while (te < text.length && te - ts <= 30 && isLetterish(text.charCodeAt(te))) te++;
    // (pieces that are whole tokens: not a piece cut off by a kashida glyph printed as a digit, `ك1افون`)
    if (te < text.length && !closesToken(text.charCodeAt(te))) continue;
    // (junk inside a piece — pass one of fix-all — goes with the repair: split-word would otherwise glue the tail to the
    // next word in the same pass, `عام<U+001D> (ا في`)
    const head = text.slice(hs, i).replace(JUNK, '');
    const tail = text.slice(ts, te).replace(JUNK, '');
    if (head === '' || tail === '' || !isArabicLetter(tail.charCodeAt(0)) || !isArabicLetter(head.charCodeAt(0))) continue;
    // (a bare article is no piece PDFium leaves: LibreOffice draws no kashida after it; `العم ّال : إضراب` is a mark set
    // off by a space, and ال + إضراب a word)
    if (ARTICLES.has(foldKey(head) ?? '')) continue;
    // (a tail of one letter standing alone after a bracket, or one of the letters lists count with, is an item of a
    // list, `الثاني ( أ 3)`: only glued to the marks then, `(ا`; `حرك . ة`, `وتمك " " ن` are pieces)
    if (!glued && foldKey(tail)?.length === 1 && (/[()]/.test(marks) || LIST_LETTERS.has(foldKey(tail)!))) continue;
    // (a clitic drawn out with tatweel before a quotation, `ب<U+0640> " سياسة`, is written so on purpose)
    if (text.charCodeAt(i - 1) === 0x0640) continue;
    // (one quote or bracket glued to the next word is how a quotation opens, `قال "نعم`: the tail must be no word then)
    // and a quotation of its own when a quote or bracket closes right after it (`القسم وطني "أ"`); the pieces then
    // make a word news writes (عام (ا of عاما))
    const opening = glued && marks.length === 1 && (marks === '"' || marks === '(' || marks === ')');
    // (and a short function word before it is a word of its own: `من "ا لكيرسيتين"`, a quotation split inside)
    if (opening && (isLikelyWord(tail) || newsWord(tail) || isMoved(text.charCodeAt(te)) || !newsWord(head + tail) || isFunctionShort(head))) continue;
    if (!joins(head, tail)) continue;
    const word = head + tail;
    // where the marks go
    let before = '';
    let after = '';
    let sure = true;
    let closing = false;
    const quotes = marks.split('"').length - 1;
    for (const ch of marks) {
      if (ch === '.') after += ch;
      else if (ch === '(') (after += '('), (closing = true);
      else if (ch === ')') before = ')' + before;
    }
    if (before.length > 0 && !closing) sure = false;
    const trace = isGap(text.charCodeAt(te)) && isTraceMark(text.charCodeAt(te + 1)) && !(te + 2 < text.length && isLetterish(text.charCodeAt(te + 2)));
    if (quotes === 2) (before = '"' + before), (after = '"' + after);
    else if (quotes === 1) after = '"' + after;
    else if (quotes > 2) sure = false;
    if (quotes > 0 && !trace) sure = false;
    // (the space after the tail is the repair's too, trace or not: split-word, in the same pass, would read the tail
    // as a piece of the next word, `المج . ال كما` → `الكما`)
    const space = isGap(text.charCodeAt(te));
    const end = space ? te + 1 : te;
    const newText = before + word + after + (space && !(quotes > 0 && trace) ? text[te] : '');
    out.push({ start: hs, end, tailEnd: te, newText, word, marks, preferred: sure });
    MOVED.lastIndex = Math.max(MOVED.lastIndex, te);
  }
  return out;
}
