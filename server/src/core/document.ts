/**
 * The document every rule reads (as Harper hands a `Document` to each linter and ESLint hands
 * `context.sourceCode`): the text and what is computed from it once per lint and shared by all rules — lines,
 * line index, damage signs, which lines are in visual order, paragraphs, sentences, and the repaired view with a
 * document of its own. Everything is computed lazily, on the first rule that asks, and kept for the rest of the
 * lint; nothing outlives the lint (no module-level memo: two texts linted in turn never share state).
 *
 * Layers, bottom up (ARCHITECTURE.md): characters (`text/chars.ts`, `text/fold.ts`) → this document → the
 * repaired view (`view.ts`) → rules.
 */
import { isBlankLine } from './text/chars';
import { DamageSigns } from './text/damage';
import { LineIndex } from './text/lines';
import { splitSentences, type Span } from './text/sentences';
import { arabicTokens, splitLines } from './lexicon/tokens';
import { judgeVisual } from './lexicon/visualLine';
import { analyseRuns, type RunsReading } from './lexicon/runs';
import { wordOrderReading, type WordOrderReading } from './lexicon/wordOrder';
import { buildRepairedView, type RepairedView } from './view';

export type { Span };

export class Document {
  private _lines: readonly Span[] | null = null;
  private _lineIndex: LineIndex | null = null;
  private _damage: DamageSigns | null = null;
  private _visual: Map<number, { end: number; v: boolean }> | null = null;
  private _paragraphs: readonly Span[] | null = null;
  private _sentences: readonly Span[] | null = null;
  private _repaired: RepairedView | null = null;
  private _repairedDoc: Document | null = null;
  private _runs: RunsReading | null = null;
  private _tokens: Array<readonly Span[] | undefined> | null = null;
  private _wordOrder: ReadonlyMap<number, WordOrderReading> | null = null;

  constructor(readonly text: string) {}

  /** The lines (`\n`, `\r\n`, `\r`), content without the break. */
  get lines(): readonly Span[] {
    return (this._lines ??= splitLines(this.text));
  }

  /** Offsets ↔ line numbers (LSP's counting). */
  get lineIndex(): LineIndex {
    return (this._lineIndex ??= new LineIndex(this.text));
  }

  /** Per line: does it show signs of a damaging route (text/damage.ts)? */
  get damage(): DamageSigns {
    return (this._damage ??= new DamageSigns(this.text, this.lineIndex));
  }

  /** Is text[start, end) (a line or a column segment of one) in visual order? Judged once per span. */
  isVisualLine(start: number, end: number): boolean {
    const memo = (this._visual ??= new Map());
    const hit = memo.get(start);
    if (hit && hit.end === end) return hit.v;
    const v = judgeVisual(this.text, start, end);
    memo.set(start, { end, v });
    return v;
  }

  /**
   * The Arabic tokens of line `i` of `lines` (lexicon/tokens.ts: maximal runs of letters, marks, tatweel,
   * presentation forms), tokenised once per lint however many rules read the line. Read-only.
   */
  lineTokens(i: number): readonly Span[] {
    const memo = (this._tokens ??= new Array(this.lines.length));
    let toks = memo[i];
    if (toks === undefined) {
      const l = this.lines[i];
      toks = memo[i] = l ? arabicTokens(this.text, l.start, l.end) : [];
    }
    return toks;
  }

  /** Lines whose runs came out in reverse order (lexicon/runs.ts): their repairs and torn edges, read once per lint. */
  get runs(): RunsReading {
    return (this._runs ??= analyseRuns(this.text, this.lines, (s, e) => this.isVisualLine(s, e)));
  }

  /**
   * Lines in word-level visual order (lexicon/wordOrder.ts: pdftotext -raw, each word in its own RLE…PDF, the words
   * reversed): line start → the line in logical order, with the origin of each character. reversed-line repairs
   * them; bidi-control leaves their embeddings to that repair; the repaired view reads them in logical order.
   */
  get wordOrder(): ReadonlyMap<number, WordOrderReading> {
    if (this._wordOrder) return this._wordOrder;
    const out = new Map<number, WordOrderReading>();
    if (this.text.indexOf('\u202b') >= 0) {
      for (const l of this.lines) {
        const r = wordOrderReading(this.text, l.start, l.end);
        if (r !== null) out.set(l.start, r);
      }
    }
    return (this._wordOrder = out);
  }

  /** Paragraphs: maximal runs of lines that are not blank (spaces and invisible characters only). */
  get paragraphs(): readonly Span[] {
    if (this._paragraphs) return this._paragraphs;
    const out: Span[] = [];
    let start = -1;
    let end = -1;
    for (const l of this.lines) {
      if (isBlankLine(this.text, l.start, l.end)) {
        if (start >= 0) out.push({ start, end });
        start = -1;
      } else {
        if (start < 0) start = l.start;
        end = l.end;
      }
    }
    if (start >= 0) out.push({ start, end });
    return (this._paragraphs = out);
  }

  /** Sentences (text/sentences.ts: Arabic and Latin terminators, quotations kept whole). */
  get sentences(): readonly Span[] {
    return (this._sentences ??= splitSentences(this.text));
  }

  /**
   * The repaired view (view.ts): the text as it reads once controls, tatweel and kashida glyphs are dropped,
   * presentation forms read as letters and visual-order lines read backwards, with a map back.
   */
  get repaired(): RepairedView {
    return (this._repaired ??= buildRepairedView(this));
  }

  /** The document of the repaired view (this document when there is nothing to repair). */
  get repairedDoc(): Document {
    if (this._repairedDoc) return this._repairedDoc;
    const v = this.repaired;
    return (this._repairedDoc = v.identity ? this : new Document(v.text));
  }
}
