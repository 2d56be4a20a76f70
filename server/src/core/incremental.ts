/**
 * Incremental checking: a draft checked again after an edit costs what the edit touched, and the result equals a full
 * check (`lintText`) of the new text — findings, fixes, order — which `incremental.test.ts` checks over random edit
 * sequences.
 *
 * How. The text as the rules read it (Markdown code and suppression comments blanked: `prepareText`, one pass) is cut
 * into chunks at empty lines: a chunk is a paragraph with the empty lines after it. Every rule whose reach
 * (`Rule.reach`) is a line, a paragraph or its neighbours gives the same findings on a chunk as on the whole draft,
 * offsets shifted, once it is told the few answers it reads about the whole draft (`Document.whole`: damage anywhere
 * or mostly, a single-spaced view) and, for `neighbours`, what lies beyond the chunk (`Document.beyond`: the nearest
 * runs that are not blank before and after it, in the text and in the repaired view, from the chunks around it), so
 * each chunk's findings are kept by its text and checked again only when its text changes (or those answers do, or
 * what lies beyond it where it asked). The rules of `document` reach are run on the whole text after every edit (they are the cheap
 * ones but for split-word, reversed-line and broken-fragment: a majority vote, a density of splits, a look across a blank line); where one of their findings or edits spans an empty line the
 * two chunks are one, and their findings on a chunk go into its repaired view as they go into the whole's.
 *
 * Reuse is by content, not by edit: after any change (however many LSP content changes it took) the chunks are found
 * again in one pass and looked up by their text; a chunk seen before is not checked again, wherever it moved. Nothing
 * outlives the checker object (the language server keeps one per open document); it keeps only the chunks of the
 * last text.
 *
 * The whole draft's answers are summed from the chunks' counts; its tallies (Document.count) are kept from edit to edit
 * and moved by the parts of the chunks an edit changed (moveTotals). A chunk is checked under the answers of the last
 * check; if the sums say otherwise (a paragraph typed with a PDF's glyphs makes the draft "damaged"), every chunk is
 * checked again under the new answers (at most a few rounds: the counts of damage depend on the text alone).
 */
import { isDefault, isWellFormed, compareFindings, type ChunkCounts, findingFilter, lintText, type LintResult, partsFilter, prepareText, enabledRules } from './engine';
import { edgeRun, type WholeFacts } from './document';
import { RULES } from './registry';
import { preferredFix } from './fix';
import { DamageSigns, damagedMostly } from './text/damage';
import { editSpan, NearbyPass, ownCopy, shift } from './nearby';
import { ArrayFindings, type FindingList, type FindingSource, pack, placeFindings, REC, ruleOfInfo } from './packed';
import { isSingleSpaced } from './text/spacing';
import { endsSentence, spacedWidth } from './text/doubleSpacing';
import { GapPieces } from './incrementalGaps';
import type { Finding, LintOptions, Rule } from './types';

interface Chunk {
  /** The chunk's text (the key of its entry). */
  text: string;
  /** Its first and last runs that are not blank (document.ts edgeRun): what lies beyond the chunks around it. */
  edges: readonly [first: string, last: string];
  /**
   * The answers it was checked under, and the preferred edits of the document rules' findings it was given for its
   * repaired view (relative to it: start, end, new text, flat).
   */
  facts: string;
  view: ReadonlyArray<number | string>;
  /**
   * Its findings as records (core/packed.ts), offsets relative to the chunk: nothing to move when the chunk moves, and
   * no objects for the garbage collector to walk. Their messages and fixes are made again when asked for (a check of
   * the chunk as it was checked: `chunkFindings`).
   */
  records: Int32Array;
  /** The findings its check just made (relative to it), until the list of the check that made them takes them. */
  made?: Finding[];
  /** The messages of its findings, kept once one was asked for (a diagnostic sent), and the check that last asked. */
  messages?: string[];
  asked?: number;
  counts: ChunkCounts;
  /** Its tallies' parts, flat (sumTotals). */
  parts?: ReadonlyArray<string | number>;
  /** What it was told lies beyond it (Document.beyond: text before, after; view before, after). */
  beyond: Beyond;
  failures: LintResult['failures'];
  /** The round of a check that last took it for a chunk (an entry serves one chunk a round). */
  taken?: number;
  /** Scratch for moveTotals: in the entries before, after, or both. */
  mark?: number;
}


/** Rules run on the whole draft (reach `document`) or on a window around the edit (`nearby`) after every edit. */
const DOCUMENT_RULES: readonly Rule[] = RULES.filter((r) => r.reach === 'document' || r.reach === 'nearby');
/** Of those, the ones run on the whole draft every time, and the ones run on a window (NearbyPass). */
const NOT_WHOLE: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'document').map((r) => r.id));
const HAS_NEARBY = RULES.some((r) => r.reach === 'nearby');
const DOCUMENT_IDS: ReadonlySet<string> = new Set(DOCUMENT_RULES.map((r) => r.id));
/** Document rules whose preferred repairs make the repaired view (engine.ts REPAIR_RULES). */
const DOCUMENT_REPAIRS: readonly Rule[] = DOCUMENT_RULES.filter((r) => r.view !== 'repaired' && !r.neverPreferred && r.repairsView !== false);
const DOCUMENT_REPAIR_IDS: ReadonlySet<string> = new Set(DOCUMENT_REPAIRS.map((r) => r.id));

export interface IncrementalStats {
  /** Chunks of the last check, and how many of them were checked (the others reused). */
  chunks: number;
  checked: number;
  /** Rounds needed for the whole draft's answers to settle. */
  rounds: number;
  /** How the rules of reach `nearby` were checked: on the whole draft, on a window around the edit, not at all. */
  nearby?: 'whole' | 'window' | 'unchanged';
  /** On a window: were the old lines' tallies taken from the window before (NearbyPass.reusedParts)? */
  nearbyReused?: boolean;
  /** Chunks taken from the last check at their place, before or after the edit (no lookup by text). */
  placed?: number;
}

export class IncrementalLinter {
  /** The chunks of the last text by their text: one entry per occurrence (a paragraph written twice has two). */
  private chunks = new Map<string, Chunk[]>();
  private facts: WholeFacts | null = null;
  private totals: Record<string, number> = {};
  private readonly needView: boolean;
  private readonly chunkOptions: LintOptions;
  /** Document repair rules that must run again at their defaults for the view (disabled, or with other options). */
  private readonly viewOnly: string[];
  stats: IncrementalStats = { chunks: 0, checked: 0, rounds: 0 };
  /** Checks made (PackedFindings.stamp). */
  private checks = 0;
  /** Rounds of checks made (Chunk.taken, Chunk.mark). */
  private rounds = 0;
  /** The last text, where its chunks began and their entries (an edit's unchanged chunks take their entry's text). */
  private last: { visible: string; starts: number[]; entries: Chunk[] } | null = null;
  /** The rules of reach `nearby`: their findings on the last text, checked again on the lines around an edit. */
  private nearby = new NearbyPass();
  /** The whole draft's line gaps (double-spaced?) by its pieces between empty lines. */
  private gaps = new GapPieces();

  constructor(readonly options: LintOptions = {}) {
    const enabled = enabledRules(options);
    this.needView = enabled.some(({ rule }) => rule.view === 'repaired');
    this.chunkOptions = { ...options, format: 'text' };
    // (at their defaults: options absent or equal to the defaults, as the language server passes every rule's — compared
    // as lintText compares them, so that the view's findings are the rules' own, not a second run on the whole draft)
    const runsAtDefault = new Set(enabled.filter(({ rule }) => isDefault(rule, options.rules?.[rule.id]?.options)).map(({ rule }) => rule.id));
    this.viewOnly = this.needView ? DOCUMENT_REPAIRS.filter((r) => !runsAtDefault.has(r.id)).map((r) => r.id) : [];
  }

  /**
   * The whole draft's tallies as the checker keeps them from edit to edit, and summed again over the last check's
   * chunks (for tests: the two agree, a name absent counting 0).
   */
  get tallies(): { kept: Readonly<Record<string, number>>; summed: Readonly<Record<string, number>> } {
    return { kept: this.totals, summed: moveTotals({}, [], this.last?.entries ?? [], ++this.rounds) };
  }

  /** The findings of `text`, equal to `lintText(text, this.options)`. */
  lint(text: string): LintResult {
    const { list, failures } = this.check(text);
    return { findings: list.all(), failures };
  }

  /**
   * The findings of `text` as a list (core/packed.ts) whose records are those of `lintText(text, this.options)`'s
   * findings, in their order: `list.finding(i)` makes the whole finding (message, fixes) when it is asked for. The list
   * stays valid after later checks.
   */
  check(text: string): { list: FindingList; failures: LintResult['failures'] } {
    if (typeof text !== 'string') return { list: new ArrayFindings([]), failures: [] };
    const prepared = prepareText(text, this.options);
    const visible = prepared.visible;
    const failures: LintResult['failures'] = [];
    // 1. the document rules: those of reach `document` on the whole text, those of reach `nearby` on the lines around
    // the edit (NearbyPass); their findings are filtered below with the others
    const bounds = chunkBounds(visible);
    // the edit since the last check: where the text before and this one part and meet again
    const last = this.last;
    const oldLength = last?.visible.length ?? 0;
    const { p, q, delta } = editSpan(visible, last?.visible ?? '');
    // (the text before the edit let go of here, not at the end of the check: 0.4 MB in the large-object space, it lived
    // through the chunks' checks and was carried into the old generation by their scavenges, to be freed only by a
    // mark-compact — the language server drops its last report, which held it too, before it checks: lsp/server.ts)
    if (last) last.visible = '';
    // (a double-spaced draft: the whole draft's answer, summed from its pieces between empty lines, those the edit
    // changed counted again: incrementalGaps.ts)
    const doubleSpaced = spacedWidth(this.gaps.gaps(visible, bounds, p, q, delta));
    const { docRun, viewFindings } = this.documentRun(visible, bounds);
    failures.push(...docRun.failures);
    // 2. the chunks (chunkStarts)
    const starts = chunkStarts(visible, bounds, docRun.findings, viewFindings, doubleSpaced);
    const n = starts.length;
    const texts: string[] = new Array(n);
    const viewFrom = new Int32Array(n + 1);
    let vi = 0;
    // a chunk before the edit's first changed character or after its last, where a chunk of the last text was, takes
    // that chunk's text (its own string, whose hash V8 keeps): a new slice is hashed again by every lookup by text,
    // which was the whole draft hashed at every keystroke
    // (numbers in the closure, not `last` nor the old text: what a closure of this check reads lives as long as its list,
    // whose finding source is such a closure — the server's last report kept the draft before the last edit, 0.2 MB)
    const lastStarts = last?.starts ?? [];
    const lastEnd = (k: number) => (k + 1 < lastStarts.length ? lastStarts[k + 1] : oldLength);
    // the entry of the last check at the same place with the same text (before the edit, or after it moved by its
    // length): taken as it is, with no lookup by text (a lookup compares the whole text of the chunk it finds)
    const placed: Array<Chunk | undefined> = new Array(n);
    let k = 0;
    let nPlaced = 0;
    for (let c = 0; c < n; c++) {
      const a = starts[c];
      const b = c + 1 < n ? starts[c + 1] : visible.length;
      let t: string | undefined;
      if (last && (b <= p || a >= visible.length - q)) {
        const d = b <= p ? 0 : delta;
        while (k < last.starts.length && last.starts[k] < a - d) k++;
        if (k < last.starts.length && last.starts[k] === a - d && lastEnd(k) === b - d) {
          placed[c] = last.entries[k];
          t = placed[c]!.text;
          nPlaced++;
        }
      }
      texts[c] = t ?? visible.slice(a, b);
      // the document rules' findings inside this chunk (the repaired view takes their preferred edits)
      viewFrom[c] = vi;
      while (vi < viewFindings.length && viewFindings[vi].start < b) vi++;
    }
    viewFrom[n] = vi;
    /** The document rules' preferred edits inside chunk c (all its repaired view takes of them), relative to it, flat. */
    const viewOf = (c: number): Array<number | string> => {
      const out: Array<number | string> = [];
      for (let i = viewFrom[c]; i < viewFrom[c + 1]; i++) {
        const fix = preferredFix(viewFindings[i]);
        if (fix) for (const e of fix.edits) out.push(e.start - starts[c], e.end - starts[c], e.newText);
      }
      return out;
    };
    /** Was entry e given the view edits chunk c has now (viewOf(c), compared without making it)? */
    const sameView = (e: Chunk, c: number): boolean => {
      const v = e.view;
      let j = 0;
      for (let i = viewFrom[c]; i < viewFrom[c + 1]; i++) {
        const fix = preferredFix(viewFindings[i]);
        if (fix)
          for (const x of fix.edits) {
            if (j + 3 > v.length || v[j] !== x.start - starts[c] || v[j + 1] !== x.end - starts[c] || v[j + 2] !== x.newText) return false;
            j += 3;
          }
      }
      return j === v.length;
    };
    /** The document rules' findings of chunk c for its repaired view, relative to it (every document repair rule named). */
    const viewMap = (c: number): Map<string, Finding[]> | undefined => {
      if (!this.needView) return undefined;
      const map = new Map<string, Finding[]>(DOCUMENT_REPAIRS.map((r) => [r.id, []]));
      for (let i = viewFrom[c]; i < viewFrom[c + 1]; i++) map.get(viewFindings[i].ruleId)?.push(shift(viewFindings[i], -starts[c]));
      return map;
    };
    // 3. check the chunks whose text, answers or view findings changed, until the whole draft's answers settle
    let facts: WholeFacts = { ...(this.facts ?? firstFacts(visible)), doubleSpaced };
    let totals = this.totals;
    let checked = 0;
    let unpacked = false;
    let rounds = 0;
    let entries: Chunk[] = new Array(n);
    // what lies beyond each chunk (Document.beyond, for the rules of reach `neighbours`): in the text, from the chunks'
    // texts (their edges kept with their entries); in the view, from the chunks' views' edges (ChunkCounts.viewEdges),
    // known once they are checked
    const textFirst: string[] = new Array(n);
    const textLast: string[] = new Array(n);
    for (let c = 0; c < n; c++) {
      const e = placed[c];
      // (own copies: kept with the entry and told to its neighbours, a slice of 13 characters or more would keep the
      // whole draft of this keystroke alive as long as the entry)
      textFirst[c] = e ? e.edges[0] : ownCopy(edgeRun(texts[c], 1));
      textLast[c] = e ? e.edges[1] : ownCopy(edgeRun(texts[c], -1));
    }
    const textBefore: string[] = new Array(n);
    const textAfter: string[] = new Array(n);
    for (let c = 0, u = ''; c < n; c++) {
      textBefore[c] = u;
      if (textLast[c] !== '') u = textLast[c];
    }
    for (let c = n - 1, u = ''; c >= 0; c--) {
      textAfter[c] = u;
      if (textFirst[c] !== '') u = textFirst[c];
    }
    // the entries the round before left (the first round: the last check's), and the sums of their tallies' parts
    let base: readonly Chunk[] = last?.entries ?? [];
    let baseTotals = totals;
    for (;;) {
      // (never seen: the answers depend on the damage counts, which depend on the text alone) a full check
      if (++rounds > MAX_ROUNDS) return this.fullCheck(text);
      const key = factsKey(facts, this.needView);
      const total = reader(totals);
      const round = ++this.rounds;
      const check = (c: number, beyond: Beyond): Chunk => {
        const counts: ChunkCounts = { damagedLines: 0, textLines: 0, gaps: 0, doubles: 0, tallies: [] };
        const own = ownCopy(texts[c]);
        const r = this.checkChunk(own, facts, totals, viewMap(c), beyond, counts);
        checked++;
        const records = pack(r.findings);
        if (!records) unpacked = true;
        return { text: own, edges: [textFirst[c], textLast[c]], facts: key, view: viewOf(c), records: records ?? new Int32Array(0), made: r.findings, counts, beyond, failures: r.failures, taken: round };
      };
      // an entry of the text of chunk c not taken in this round (the round before's at its place, or the last check's by
      // its text: a paragraph moved or written again), else a copy of one, else none
      const before = rounds === 1 ? this.chunks : null;
      const takeFor = (c: number): Chunk | undefined => {
        const here = rounds === 1 ? placed[c] : base[c];
        if (here && here.taken !== round) return here;
        const had = before?.get(texts[c]);
        if (had) for (const e of had) if (e.taken !== round) return e;
        const like = here ?? had?.[0] ?? madeNow.get(texts[c]);
        return like ? { ...like } : undefined;
      };
      /** Entries made in this round by their text (a copy's source for a later chunk with the same text). */
      const madeNow = new Map<string, Chunk>();
      // (the view's edge before chunk c is known from the chunks before it, checked in this pass; the one after it
      // only once the pass is done: a chunk that asked for it is checked again below if it was told otherwise)
      let viewBefore = '';
      const now: Chunk[] = new Array(n);
      for (let c = 0; c < n; c++) {
        const ahead = c + 1 < n ? (rounds === 1 ? placed[c + 1] : base[c + 1]) : undefined;
        const guessAfter = c + 1 >= n ? '' : ((ahead ?? before?.get(texts[c + 1])?.[0])?.counts.viewEdges?.[0] ?? textFirst[c + 1]);
        let e = takeFor(c);
        // (in the first round every entry of the last check stands with these totals: its check's decisions were checked
        // against them when it settled)
        if (!e || e.facts !== key || !sameView(e, c) || (rounds > 1 && !answered(e, total)) || !sameBeyond(e, textBefore[c], textAfter[c], viewBefore, guessAfter, 7)) {
          const sameInputs = !!e && e.facts === key && sameView(e, c) && e.text === texts[c];
          e = check(c, [textBefore[c], textAfter[c], viewBefore, sameInputs ? e!.beyond[3] : guessAfter]);
          if (!madeNow.has(texts[c])) madeNow.set(texts[c], e);
        }
        e.taken = round;
        now[c] = e;
        const lastRun = e.counts.viewEdges?.[1] ?? '';
        if (lastRun !== '') viewBefore = lastRun;
      }
      for (let c = n - 1, viewAfter = ''; c >= 0; c--) {
        const e = now[c];
        if (!sameBeyond(e, '', '', '', viewAfter, 8)) now[c] = check(c, [e.beyond[0], e.beyond[1], e.beyond[2], viewAfter]);
        const first = now[c].counts.viewEdges?.[0] ?? '';
        if (first !== '') viewAfter = first;
      }
      entries = now;
      const nowFacts: WholeFacts = { ...sumFacts(entries, this.needView), doubleSpaced };
      const nowTotals = moveTotals(baseTotals, base, entries, ++this.rounds);
      // (every entry stands with the totals it was checked or checked against; with other totals, each is asked again)
      const settled = factsKey(nowFacts, this.needView) === key && (sameTotals(nowTotals, totals) || entries.every((e) => answered(e, reader(nowTotals))));
      facts = nowFacts;
      totals = nowTotals;
      base = entries;
      baseTotals = nowTotals;
      if (settled) break;
    }
    const next = new Map<string, Chunk[]>();
    for (let c = 0; c < n; c++) {
      const e = entries[c];
      const list = next.get(e.text);
      if (list) list.push(e);
      else next.set(e.text, [e]);
    }
    this.facts = facts;
    this.totals = totals;
    this.chunks = next;
    this.last = { visible, starts, entries };
    for (let c = 0; c < n; c++) for (let i = 0; i < entries[c].failures.length; i++) failures.push(entries[c].failures[i]);
    this.stats = { chunks: n, checked, rounds, nearby: this.nearby.last, nearbyReused: this.nearby.reusedParts, placed: nPlaced };
    if (unpacked) return this.fullCheck(text);
    // 4. the findings (listOf)
    return this.listOf(text, prepared, docRun.findings, entries, starts, facts, totals, viewMap, failures);
  }

  // (the steps of `check` are methods and functions of their own: V8 compiles a function whole, and a long one was
  // compiled again whole — 40 KB of code, four times in a damaged draft's first 60 keystrokes — whenever one of its
  // parts was deoptimised)

  /**
   * 1. The document rules: those of reach `document` on the whole text, those of reach `nearby` on the lines around the
   * edit (NearbyPass); and their findings at their defaults for the repaired view.
   */
  private documentRun(visible: string, bounds: number[]): { docRun: { findings: Finding[]; failures: LintResult['failures'] }; viewFindings: Finding[] } {
    const wholeRun = lintText(visible, this.chunkOptions, { skip: NOT_WHOLE, noReviewFilter: true });
    const nearRun = HAS_NEARBY ? this.nearby.run(visible, bounds, this.chunkOptions) : { findings: [], failures: [] };
    const docRun = { findings: mergeInOrder(wholeRun.findings, nearRun.findings), failures: wholeRun.failures.concat(nearRun.failures) };
    // their findings at their defaults, for the repaired view
    let viewFindings: Finding[] = [];
    if (this.needView) {
      const viewOnly = new Set(this.viewOnly);
      for (let i = 0; i < docRun.findings.length; i++) {
        const f = docRun.findings[i];
        if (!viewOnly.has(f.ruleId) && DOCUMENT_REPAIR_IDS.has(f.ruleId)) viewFindings.push(f);
      }
      if (this.viewOnly.length) {
        const extra = lintText(visible, { only: this.viewOnly, format: 'text' }, { skip: NOT_DOCUMENT, noReviewFilter: true });
        viewFindings = viewFindings.concat(extra.findings).sort(compareFindings);
      }
    }
    return { docRun, viewFindings };
  }

  /**
   * 4. The findings: every chunk's records, placed, and the document rules' (enabled ones), filtered as lintText
   * filters; the whole findings of a chunk are made again from its check's inputs when asked for.
   */
  private listOf(
    text: string,
    prepared: ReturnType<typeof prepareText>,
    docFindings: readonly Finding[],
    entries: Chunk[],
    starts: number[],
    facts: WholeFacts,
    totals: Record<string, number>,
    viewMap: (c: number) => Map<string, Finding[]> | undefined,
    failures: LintResult['failures'],
  ): { list: FindingList; failures: LintResult['failures'] } {
    const enabledDoc = new Set(enabledRules(this.options).map(({ rule }) => rule.id).filter((id) => DOCUMENT_IDS.has(id)));
    const n = entries.length;
    const reviewed = this.options.reviewed?.length ? new Set(this.options.reviewed) : null;
    const accept = findingFilter(text, prepared, reviewed);
    const parts = partsFilter(text, prepared, reviewed);
    const docs: Finding[] = [];
    for (let i = 0; i < docFindings.length; i++) {
      const f = docFindings[i];
      if (enabledDoc.has(f.ruleId) && isWellFormed(f, text.length) && accept(f)) docs.push(f);
    }
    const options = this.options;
    const source: FindingSource = {
      chunkFindings: (c) => {
        const e = entries[c];
        const counts: ChunkCounts = { damagedLines: 0, textLines: 0, gaps: 0, doubles: 0, tallies: [] };
        return this.checkChunk(e.text, facts, totals, viewMap(c), e.beyond, counts).findings;
      },
      chunkStart: (c) => starts[c],
      full: () => lintText(text, options).findings,
    };
    const stamp = ++this.checks;
    const keep = parts
      ? (c: number, r: number): boolean => {
          const o = r * REC;
          const rec = entries[c].records;
          const at = starts[c];
          const v = parts(RULES[ruleOfInfo(rec[o + 6])].id, rec[o] + at, rec[o + 1] + at, rec[o + 2] + at, rec[o + 3] + at);
          if (v >= 0) return v === 1;
          // (an edit's span touches Markdown code: the whole finding decides)
          const made = entries[c].made ?? source.chunkFindings(c);
          return !!made && accept(shift(made[r], at));
        }
      : null;
    const list = placeFindings(entries, starts, docs, source, keep, stamp);
    list.plain = prepared.masked.length === 0;
    // the chunks this check made findings for: the list holds them (the diagnostics about to be made read their
    // messages) until its `trim`, the entries not; the messages kept of chunks left unasked for a while are dropped
    for (let c = 0; c < n; c++) {
      const e = entries[c];
      if (e.made) list.keep(c, e.made);
      e.made = undefined;
      if (e.messages && stamp - (e.asked ?? 0) > KEEP_MESSAGES) e.messages = undefined;
    }
    return { list, failures };
  }

  /** A chunk's check, under the whole draft's answers and tallies, with its view findings and what lies beyond it. */
  private checkChunk(text: string, facts: WholeFacts, totals: Record<string, number>, viewFindings: Map<string, Finding[]> | undefined, beyond: Beyond, counts: ChunkCounts): LintResult {
    return lintText(text, this.chunkOptions, {
      whole: { ...facts, totals },
      skip: DOCUMENT_IDS,
      viewFindings,
      noReviewFilter: true,
      counts,
      beyond: { text: [beyond[0], beyond[1]], view: [beyond[2], beyond[3]] },
    });
  }

  /** A full check, the checker's state dropped (the answers did not settle, or a finding could not be packed). */
  private fullCheck(text: string): { list: FindingList; failures: LintResult['failures'] } {
    this.chunks = new Map();
    this.last = null;
    this.facts = null;
    this.totals = {};
    this.nearby = new NearbyPass();
    this.gaps.reset();
    const r = lintText(text, this.options);
    return { list: new ArrayFindings(r.findings), failures: r.failures };
  }
}

/** How many checks a chunk keeps the messages of its findings after the last time one was asked for. */
const KEEP_MESSAGES = 30;

const MAX_ROUNDS = 4;

function inOrder(xs: readonly Finding[]): boolean {
  for (let i = 1; i < xs.length; i++) if (compareFindings(xs[i - 1], xs[i]) > 0) return false;
  return true;
}

/**
 * The stable sort of `a` followed by `b` (compareFindings): a merge when both are in order (`aInOrder`: `a` is known to
 * be), else a sort. Each of b's findings goes after the run of a's that do not come after it (a's first on a tie, as a
 * stable sort of a then b leaves them), found by doubling then halving: b is the few hundred findings of the document
 * rules, a the 13,000 of the chunks of a damaged draft.
 */
function mergeInOrder(a: Finding[], b: Finding[], aInOrder = inOrder(a)): Finding[] {
  if (!aInOrder || !inOrder(b)) return a.concat(b).sort(compareFindings);
  if (b.length === 0) return a;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let k = 0;
  for (const f of b) {
    // a[x] for x < lo do not come after f; the first that does is in [lo, hi]
    let lo = i;
    let hi = i;
    for (let step = 1; hi < a.length && compareFindings(a[hi], f) <= 0; step *= 2) {
      lo = hi + 1;
      hi += step;
    }
    if (hi > a.length) hi = a.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (compareFindings(a[m], f) <= 0) lo = m + 1;
      else hi = m;
    }
    while (i < lo) out[k++] = a[i++];
    out[k++] = f;
  }
  while (i < a.length) out[k++] = a[i++];
  return out;
}

/** What lies beyond a chunk: the nearest runs that are not blank before and after it in the text, then in the view. */
type Beyond = [textBefore: string, textAfter: string, viewBefore: string, viewAfter: string];

/**
 * Was the chunk told what lies beyond it as these say (Beyond's order), wherever it asked (`mask`: which of
 * Document.beyondAsked's bits to compare)?
 */
function sameBeyond(e: Chunk, textBefore: string, textAfter: string, viewBefore: string, viewAfter: string, mask: number): boolean {
  const asked = (e.counts.beyondAsked ?? 0) & mask;
  if (asked === 0) return true;
  const b = e.beyond;
  return !((asked & 1 && b[0] !== textBefore) || (asked & 2 && b[1] !== textAfter) || (asked & 4 && b[2] !== viewBefore) || (asked & 8 && b[3] !== viewAfter));
}

/** Does every decision the chunk took on a tally (Document.decide) stand with these totals? */
function answered(e: Chunk, total: (name: string) => number): boolean {
  for (const log of e.counts.tallies) for (const a of log.asked) if (a.decide(total) !== a.got) return false;
  return true;
}

/** A reader of `totals` for Document.decide. */
function reader(totals: Readonly<Record<string, number>>): (name: string) => number {
  return (name) => totals[name] ?? 0;
}

/** The tallies' parts of a chunk as one flat list, name then part (made once per check of it: no for-in per keystroke). */
function flatParts(e: Chunk): ReadonlyArray<string | number> {
  if (e.parts) return e.parts;
  const out: Array<string | number> = [];
  for (const log of e.counts.tallies) for (const k in log.parts) out.push(k, log.parts[k]);
  return (e.parts = out);
}

/**
 * The sums of the tallies' parts of the entries `now`, from those of the entries `was` (`from`): the parts of the
 * entries only in `was` taken away, of those only in `now` added (an edit changes one chunk's entry or a few; the
 * others are the same objects). Parts are counts: whole numbers, the sums exact. `mark`: a number not used before.
 */
function moveTotals(from: Readonly<Record<string, number>>, was: readonly Chunk[], now: readonly Chunk[], mark: number): Record<string, number> {
  const out: Record<string, number> = { ...from };
  const add = (e: Chunk, sign: number) => {
    const parts = flatParts(e);
    for (let i = 0; i < parts.length; i += 2) out[parts[i] as string] = (out[parts[i] as string] ?? 0) + sign * (parts[i + 1] as number);
  };
  for (const e of now) e.mark = mark;
  for (const e of was) {
    if (e.mark === mark) e.mark = -mark;
    else add(e, -1);
  }
  for (const e of now) if (e.mark === mark) add(e, 1);
  return out;
}

/** Do two sums of tallies agree (a name absent counting 0)? */
function sameTotals(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  for (const k in a) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  for (const k in b) if (!(k in a) && b[k] !== 0) return false;
  return true;
}

const NOT_DOCUMENT: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'document' && r.reach !== 'nearby').map((r) => r.id));

/**
 * 2. Where the chunks start: at empty lines, not inside a document rule's finding, not between it and any of its edits (a
 * repair that moves a torn letter across blank lines is one repair: cut between its edits, each chunk's view would
 * hold half of it), not before a U+FEFF (at offset 0 only it is a byte-order mark).
 */
function chunkStarts(visible: string, bounds: readonly number[], docFindings: readonly Finding[], viewFindings: readonly Finding[], doubleSpaced: number): number[] {
  const drop = new Uint8Array(bounds.length);
  const spans = (f: Finding, visit: (s: number, e: number) => void) => {
    let s = f.start;
    let e = f.end;
    for (const x of f.fixes)
      for (const ed of x.edits) {
        if (ed.start < s) s = ed.start;
        if (ed.end > e) e = ed.end;
      }
    visit(s, e);
  };
  const dropInside = (s: number, e: number) => {
    for (let i = lowerBound(bounds, s); i < bounds.length && bounds[i] <= e; i++) drop[i] = 1;
  };
  // (indexed loops here and below: a check of a long draft walks its ~350 document findings several times, and an
  // iterator where this long function runs unoptimised made an object per step)
  for (let i = 0; i < docFindings.length; i++) spans(docFindings[i], dropInside);
  for (let i = 0; i < viewFindings.length; i++) spans(viewFindings[i], dropInside);
  for (let i = 0; i < bounds.length; i++) if (visible.charCodeAt(bounds[i]) === 0xfeff) drop[i] = 1;
  // not at a blank line a double-spaced draft reads as a line break (its sentences run on across it)
  if (doubleSpaced) for (let i = 0; i < bounds.length; i++) if (mayBeSoft(visible, bounds[i])) drop[i] = 1;
  const starts = [0];
  for (let i = 0; i < bounds.length; i++) if (!drop[i] && bounds[i] > 0 && bounds[i] < visible.length) starts.push(bounds[i]);
  return starts;
}

/** Starts of the lines that follow an empty line (ascending). */
function chunkBounds(text: string): number[] {
  const out: number[] = [];
  if (text.indexOf('\r') < 0) {
    // (no \r: the empty lines found by indexOf, not a loop over every character)
    if (text.charCodeAt(0) === 0x0a) out.push(1);
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) out.push(i + 2);
    return out;
  }
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    const empty = i === lineStart;
    if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
    if (empty) out.push(lineStart);
  }
  return out;
}

/**
 * In a double-spaced draft, may the empty line before the line at `bound` be read as a line break (text/doubleSpacing.ts
 * softBlank: one blank line after a line that ends no sentence and is not short)? Asked of the line before the empty line
 * only, its length left out (the repaired view may read a line a little longer or shorter than the text): a
 * chunk cut where a sentence may run on would end it there.
 */
function mayBeSoft(text: string, bound: number): boolean {
  // the empty line ends at bound - 1 (\n, or \r\n); the text line before it ends at its start - 1
  let e = bound - 1;
  if (e > 0 && text.charCodeAt(e) === 0x0a && text.charCodeAt(e - 1) === 0x0d) e--;
  e--; // the break that ends the line before
  if (e > 0 && text.charCodeAt(e) === 0x0a && text.charCodeAt(e - 1) === 0x0d) e--;
  if (e <= 0) return false;
  let s = e;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) break;
    s--;
  }
  // (a line of spaces before: two blank lines, a paragraph break)
  let spaces = s;
  while (spaces < e && (text.charCodeAt(spaces) === 0x20 || text.charCodeAt(spaces) === 0x09)) spaces++;
  return spaces < e && !endsSentence(text, s, e);
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (a[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}


/** The whole draft's answers before any chunk is checked: damage from one pass over the text; single-spaced assumed. */
function firstFacts(visible: string): WholeFacts {
  const d = new DamageSigns(visible);
  return { damage: { any: d.any, mostly: d.mostly }, singleSpaced: true };
}

function sumFacts(entries: readonly Chunk[], needView: boolean): WholeFacts {
  let damagedLines = 0;
  let textLines = 0;
  let gaps = 0;
  let doubles = 0;
  for (const e of entries) {
    damagedLines += e.counts.damagedLines;
    textLines += e.counts.textLines;
    gaps += e.counts.gaps;
    doubles += e.counts.doubles;
  }
  return { damage: { any: damagedLines > 0, mostly: damagedMostly(damagedLines, textLines) }, singleSpaced: needView ? isSingleSpaced({ gaps, doubles }) : true };
}

function factsKey(f: WholeFacts, needView: boolean): string {
  return `${f.damage?.any ? 1 : 0}${f.damage?.mostly ? 1 : 0}${needView && f.singleSpaced === false ? 0 : 1}${f.doubleSpaced ?? 0}`;
}
