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
import { facingRun, isBlankLine } from './text/chars';
import { DamageSigns, type WholeDamage } from './text/damage';
import { countSpacing, isSingleSpaced, type Spacing } from './text/spacing';
import { countLineGaps, softBlank, spacedWidth } from './text/doubleSpacing';
import { LineIndex } from './text/lines';
import { splitSentences, type Span } from './text/sentences';
import { TextTokens } from './text/tokens';
import { arabicTokens, splitLines } from './lexicon/tokens';
import { judgeVisual } from './lexicon/visualLine';
import { analyseRuns, type RunsReading } from './lexicon/runs';
import { wordOrderReading, type WordOrderReading } from './lexicon/wordOrder';
import { buildRepairedView, type RepairedView } from './view';

export type { Span };

/**
 * When the document is one chunk of a draft (core/incremental.ts checks a draft paragraph by paragraph): the few
 * answers that rules read about the whole draft — whether it shows damage anywhere or mostly (text/damage.ts), whether
 * its repaired view is single-spaced (text/spacing.ts) — given by the engine, which sums the chunks' counts. Without
 * it, the document is the whole and answers from its own text.
 */
export interface WholeFacts {
  damage?: WholeDamage;
  singleSpaced?: boolean;
  /**
   * Is the draft double-spaced (text/doubleSpacing.ts: a blank line between every two text lines)? Its typical line
   * length if so, else 0. The text's answer, also for its repaired view (whose sentences read it): core/incremental.ts
   * counts it over the whole draft.
   */
  doubleSpaced?: number;
  /** The whole draft's tallies (`Document.tally`): the sums of its chunks' parts. */
  totals?: Readonly<Record<string, number>>;
  /**
   * The nearest run that is not blank (text/chars.ts facingRun) before this chunk's start and after its end in the
   * whole draft (as this document reads it: the text, or the repaired view), '' where there is none
   * (`Document.beyond`).
   */
  beyond?: readonly [before: string, after: string];
}

/** The first (step 1) or last (step -1) run of `text` that is not blank (text/chars.ts facingRun), or ''. */
export function edgeRun(text: string, step: 1 | -1): string {
  return facingRun(text, step > 0 ? 0 : text.length - 1, step) ?? '';
}

/** What a chunk told and asked of the whole draft's tallies (core/incremental.ts sums the parts, checks the answers). */
export interface TallyLog {
  parts: Record<string, number>;
  /** Per decision taken on the totals: the decision, and what it gave. */
  asked: Array<{ decide: (total: (name: string) => number) => unknown; got: unknown }>;
}

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
  private _words: TextTokens | null = null;
  private _spacing: Spacing | null = null;
  /** The tallies this document counted and read (Document.tally). */
  readonly tallies: TallyLog = { parts: {}, asked: [] };
  private _wordOrder: ReadonlyMap<number, WordOrderReading> | null = null;

  constructor(
    readonly text: string,
    readonly whole?: WholeFacts,
  ) {}

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
    return (this._damage ??= new DamageSigns(this.text, this.lineIndex, this.whole?.damage));
  }

  /** The gaps between words of this text and how many are double (text/spacing.ts). */
  get spacing(): Spacing {
    return (this._spacing ??= countSpacing(this.text));
  }

  /**
   * A count a rule makes over the draft to take one decision on it (reversed-line: "two lines at least read in visual
   * order"; reversed-digits: "years read backwards twice, with little against"): `count` gives this text's part (name the tally after the rule: `reversed-line.strong`; a second run of the
   * rule on the same document gives the same part, which replaces the first), `decide` takes the
   * decision on the totals (`total(name)`) — the whole draft's when this document is a chunk of it (core/incremental.ts sums the
   * chunks' parts and checks again each chunk whose decision the new total changes), else this text's. A rule counts
   * its part always and decides only where the decision changes a finding (so a chunk where it does not, does not
   * depend on it).
   */
  count(name: string, part: number): void {
    this.tallies.parts[name] = part;
  }

  /**
   * The nearest run that is not blank beyond this text (text/chars.ts facingRun: a word and what is glued to it, on
   * the nearest line that is not blank): the last before its start (`step` -1) or the first after its end (1), or ''.
   * The whole draft has nothing beyond it; a chunk of it (core/incremental.ts) has what the chunks around it start or
   * end with. Only a rule of reach `neighbours` may ask (a gap at a line's edge looks at the word or number facing it
   * on the nearest line, across blank lines): the incremental checker checks a chunk again when what it asked
   * changes (`beyondAsked`).
   */
  beyond(step: 1 | -1): string {
    this.beyondAsked |= step < 0 ? 1 : 2;
    const b = this.whole?.beyond;
    return b ? b[step < 0 ? 0 : 1] : '';
  }
  /** What this document asked of `beyond`: 1 before its start, 2 after its end. */
  beyondAsked = 0;

  decide<T>(decide: (total: (name: string) => number) => T): T {
    const totals = this.whole?.totals;
    const parts = this.tallies.parts;
    const got = decide(totals ? (name) => totals[name] ?? 0 : (name) => parts[name] ?? 0);
    this.tallies.asked.push({ decide, got });
    return got;
  }

  /**
   * Is the text (the whole draft, when this is a chunk of it) double-spaced, its single blank lines after a line that
   * ends no sentence and is not short line breaks inside a paragraph (text/doubleSpacing.ts)? Its typical line length
   * if so, else 0. The repaired view answers as the text.
   */
  get doubleSpaced(): number {
    return (this._doubleSpaced ??= this.whole?.doubleSpaced ?? spacedWidth(countLineGaps(this.text)));
  }
  private _doubleSpaced: number | undefined = undefined;

  /**
   * Reads the text as double-spaced or not as `from` answers (the lint engine: the repaired view made after fix-all's
   * first pass answers as the text it was made from). Before any sentence or paragraph is read.
   */
  spacedAs(from: Document): void {
    if (from === this) return;
    this._doubleSpaced = from.doubleSpaced;
    this._sentences = null;
    this._paragraphs = null;
  }

  /** Is the text (the whole draft, when this is a chunk of it) single-spaced between words? */
  get singleSpaced(): boolean {
    return this.whole?.singleSpaced ?? isSingleSpaced(this.spacing);
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

  /**
   * The text's tokens (text/tokens.ts: words with the hashes of their loose folds, Latin runs, numbers, punctuation,
   * with offsets), tokenised once per text however many rules read its words. Read-only.
   */
  get tokens(): TextTokens {
    return (this._words ??= new TextTokens(this.text));
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
    // (only lines holding an RLE are read, found by one forward scan: linear however the RLEs are spread)
    let next = this.text.indexOf('\u202b');
    for (const l of this.lines) {
      if (next < 0) break;
      if (next < l.start) next = this.text.indexOf('\u202b', l.start);
      if (next < 0) break;
      if (next >= l.end) continue;
      const r = wordOrderReading(this.text, l.start, l.end);
      if (r !== null) out.set(l.start, r);
    }
    return (this._wordOrder = out);
  }

  /**
   * Paragraphs: maximal runs of lines that are not blank (spaces and invisible characters only); in a double-spaced
   * draft, across a single blank line after a line that ends no sentence (text/doubleSpacing.ts softBlank).
   */
  get paragraphs(): readonly Span[] {
    if (this._paragraphs) return this._paragraphs;
    const out: Span[] = [];
    const double = this.doubleSpaced;
    let start = -1;
    let end = -1;
    let last = 0;
    let blanks = 0;
    for (const l of this.lines) {
      if (isBlankLine(this.text, l.start, l.end)) {
        blanks++;
      } else {
        if (start >= 0 && blanks > 0 && !softBlank(this.text, last, end, blanks, double, last === start, l.start, l.end)) {
          out.push({ start, end });
          start = -1;
        }
        if (start < 0) start = l.start;
        end = l.end;
        last = l.start;
        blanks = 0;
      }
    }
    if (start >= 0) out.push({ start, end });
    return (this._paragraphs = out);
  }

  /** Sentences (text/sentences.ts: Arabic and Latin terminators, quotations kept whole; double spacing read). */
  get sentences(): readonly Span[] {
    return (this._sentences ??= splitSentences(this.text, this.doubleSpaced));
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
    return (this._repairedDoc = v.identity ? this : new Document(v.text, { doubleSpaced: this.doubleSpaced }));
  }
}
