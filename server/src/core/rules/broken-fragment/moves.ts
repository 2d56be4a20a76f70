/**
 * broken-fragment, 4.–6.: text an extractor moved within its line. A line's runs in reverse order (reversedRuns; the
 * search and judgement are lexicon/runs.ts, read through Document.runs), a full stop moved to the end or the start of
 * its line (movedMarks; lexicon/movedMark.ts judges by the word pairs of news), marks moved into the kashida gap of a
 * word (gapMarkSpots; lexicon/gapMarks.ts).
 */
import { movedMark, movedMarkStart } from '../../lexicon/movedMark';
import { gapMarks } from '../../lexicon/gapMarks';
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
  for (const r of doc.runs.repairs) {
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
}
