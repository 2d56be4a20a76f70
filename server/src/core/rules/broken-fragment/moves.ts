/**
 * broken-fragment, 4.–6.: text an extractor moved within its line. A line's runs in reverse order (reversedRuns; the
 * search and judgement are lexicon/runs.ts, read through Document.runs), a full stop moved to the end or the start of
 * its line (movedMarks; lexicon/movedMark.ts judges by the word pairs of news), marks moved into the kashida gap of a
 * word (gapMarkSpots; lexicon/gapMarks.ts).
 */
import { movedMark, movedMarkStart } from '../../lexicon/movedMark';
import { gapMarks } from '../../lexicon/gapMarks';
import { healed } from '../../lexicon/tears';
import { isArabicLetter, isArabicWordChar } from '../../text/arabic';
import { isWordJunk } from '../../text/chars';
import { printedKashidaRunBefore, printedKashidaRunEnd } from '../../text/charclass';
import type { Document } from '../../document';
import type { RuleContext, RuleFinding } from '../../types';

/** 5.: a full stop at a line's end (or start) that reads better inside it, the text going on on the next line. */
export function movedMarks(text: string, doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const lines = doc.lines;
  const found: RuleFinding[] = [];
  // (a stop opening a line before a word is no way clean text is written: reported alone, and counted in the tally)
  const opening: RuleFinding[] = [];
  let prev = -1;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    // (the end of the line before, or -1 after a blank line: a paragraph's edge)
    const before = prev;
    prev = line.end > line.start ? line.end : -1;
    if (text.charCodeAt(line.start) === 0x2e) {
      const s = movedMarkStart(text, line.start, line.end, before);
      if (s !== null && !doc.isVisualLine(line.start, line.end)) opening.push(moved(text, line.start, s.to, s.mark, s.len + 1, text.slice(s.mark, s.mark + s.len), message));
      continue;
    }
    if (line.end - line.start < 10 || text.charCodeAt(line.end - 1) !== 0x2e) continue;
    // (the text must go on on the very next line: a stop before a blank line or the text's end ends a paragraph —
    // clean news sets one sentence a paragraph often enough)
    if (li + 1 >= lines.length || lines[li + 1].end === lines[li + 1].start) continue;
    const m = movedMark(text, line.start, line.end, lines[li + 1].start);
    if (m === null || doc.isVisualLine(line.start, line.end)) continue;
    (m.margin >= SURE_MARGIN ? opening : found).push(moved(text, line.start, m.to, m.mark, 1, '.', message));
  }
  // one such line in a draft is a sentence that ends with its line as often as not (a hard-wrapped correct text): only
  // a draft with two is reported (a tally over the whole draft: Document.count/decide)
  doc.count(MOVED, found.length + opening.length);
  out.push(...opening);
  if (found.length > 0 && doc.decide((total) => total(MOVED) >= 2)) out.push(...found);
}

/** The finding of a stop (`stop`, at `mark`, `len` units with the space after a leading one) that goes at `to`. */
function moved(text: string, lineStart: number, to: number, mark: number, len: number, stop: string, message: RuleContext['message']): RuleFinding {
  let ws = to;
  while (ws > lineStart && text.charCodeAt(ws - 1) !== 0x20) ws--;
  const word = text.slice(ws, to);
  const atEnd = mark > to;
  return {
    start: mark,
    end: mark + stop.length,
    message: message(atEnd ? 'movedMark' : 'movedMarkStart', { word }),
    fixes: [{ title: message('moveMark', { word }), edits: atEnd ? [{ start: to, end: to, newText: stop }, { start: mark, end: mark + len, newText: '' }] : [{ start: mark, end: mark + len, newText: '' }, { start: to, end: to, newText: stop }], preferred: true }],
  };
}

const MOVED = 'broken-fragment.movedMarks';
/** A stop at a line's end that reads this much better inside (pair PMI): reported alone too. */
const SURE_MARGIN = 7;

/** 6. Marks moved into the kashida gap of a word (PDFium on LibreOffice's PDFs; lexicon/gapMarks.ts): the word mended. */
export function gapMarkSpots(text: string, message: RuleContext['message']): RuleFinding[] {
  return gapMarks(text).map((g) => ({
    start: g.start,
    end: g.tailEnd,
    message: message('gapMarks', { word: g.word, marks: g.marks }),
    fixes: [{ title: message('restore', { word: g.newText }), edits: [{ start: g.start, end: g.end, newText: g.newText }], preferred: g.preferred }],
  }));
}

/**
 * 4. A line whose runs came out in reverse order, the word at every cut torn (issue 10, arabic-defects.md §2):
 * `س الريفية في الجنوب. وأكدت الوزارة أن المشروع سيشمل المدار`. The search and the judgement are the lexicon's
 * (lexicon/runs.ts): one finding per line, its fix the line in reading order, preferred only when every junction
 * is a confirmed tear and the order reads clearly best.
 */
export function reversedRuns(doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const searched = new Set<number>();
  for (const r of doc.runs.repairs) {
    searched.add(doc.lineIndex.lineAt(r.start));
    const preview = r.text.length > 40 ? r.text.slice(0, 40) + '…' : r.text;
    out.push({
      start: r.start,
      end: r.end,
      message: message('runs'),
      fixes: [
        {
          title: message('reorderPieces', { preview }),
          edits: [{ start: r.start, end: r.end, newText: r.text }],
          preferred: r.preferred,
          moves: r.moves,
        },
      ],
    });
  }
  runEdges(doc, message, out, searched);
}

/** The letters of the Arabic word at a line's edge (its first, or last with `last`), extraction junk and printed
 *  kashida glyphs inside it skipped; '' when the line does not start (end) with an Arabic letter, junk aside. */
function edgeWord(text: string, s: number, e: number, last: boolean): string {
  const skip = (c: number) => c === 0x20 || c === 0x09 || isWordJunk(c) || c === 0xfffd || c === 0xfffe;
  let out = '';
  if (!last) {
    let i = s;
    while (i < e && skip(text.charCodeAt(i))) i++;
    if (i >= e || !isArabicLetter(text.charCodeAt(i))) return '';
    while (i < e) {
      const c = text.charCodeAt(i);
      if (c === 0x0640 && (i + 1 >= e || !isArabicLetter(text.charCodeAt(i + 1)))) return '';
      if (isArabicWordChar(c)) out += text[i++];
      else if (isWordJunk(c) || c === 0xfffd) i++;
      else {
        const q = printedKashidaRunEnd(text, i);
        if (q < 0) break;
        i = q;
      }
    }
    return out;
  }
  let i = e;
  while (i > s && skip(text.charCodeAt(i - 1))) i--;
  if (i <= s || !isArabicWordChar(text.charCodeAt(i - 1))) return '';
  while (i > s) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0640 && (i === e || !isArabicLetter(text.charCodeAt(i)))) return '';
    if (isArabicWordChar(c)) out = text[--i] + out;
    else if (isWordJunk(c) || c === 0xfffd) i--;
    else if (printedKashidaRunBefore(text, i)) {
      while (i > s && !isArabicWordChar(text.charCodeAt(i - 1))) i--;
    } else break;
  }
  return out;
}

/**
 * 4. again, flag-only: a line whose last word and first word make one word, a tear the lexicon confirms (tears.ts:
 * `ادث وتحدث…الح`, the halves of الحادث torn where two runs meet, the runs written in the other order) — evidence enough to flag the
 * line where the run search (lexicon/runs.ts) finds no order it would offer (glued runs, extraction junk, three runs
 * and more). No fix. Correct text wraps between words: none of 30,764 lines of the even half set in PDF widths is
 * flagged so.
 */
function runEdges(doc: Document, message: RuleContext['message'], out: RuleFinding[], searched: Set<number>): void {
  const text = doc.text;
  for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    if (line.end - line.start < 20 || line.end - line.start > 400 || searched.has(doc.lineIndex.lineAt(line.start))) continue;
    const first = edgeWord(text, line.start, line.end, false);
    if (first === '') continue;
    const lastW = edgeWord(text, line.start, line.end, true);
    if (lastW === '' || first.length + lastW.length >= line.end - line.start) continue;
    const h = healed(lastW, first);
    if (h === null || !h.confirmed || doc.isVisualLine(line.start, line.end)) continue;
    out.push({ start: line.start, end: line.end, message: message('runEdges', { word: h.word }), fixes: [] });
  }
}
