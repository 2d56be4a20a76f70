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
 * The whole draft's answers are summed from the chunks' counts. A chunk is checked under the answers of the last
 * check; if the sums say otherwise (a paragraph typed with a PDF's glyphs makes the draft "damaged"), every chunk is
 * checked again under the new answers (at most a few rounds: the counts of damage depend on the text alone).
 */
import { isDefault, isWellFormed, compareFindings, type ChunkCounts, findingFilter, lintText, type LintResult, prepareText, enabledRules } from './engine';
import { edgeRun, type TallyLog, type WholeFacts } from './document';
import { RULES } from './registry';
import { preferredFix } from './fix';
import { DamageSigns, damagedMostly } from './text/damage';
import { isArabicTokenChar } from './lexicon/tokens';
import { isSingleSpaced } from './text/spacing';
import type { Finding, LintOptions, Rule } from './types';

interface Chunk {
  /** The chunk's text (the key of its entry). */
  text: string;
  /** The answers it was checked under, and the repaired-view findings of the document rules it was given. */
  facts: string;
  view: string;
  /**
   * Its findings, at `at` (the offset of the chunk they are placed for; 0: relative to the chunk). One copy per chunk:
   * a chunk's findings are moved in place when the chunk moves (an edit before it), so that an edit allocates nothing
   * for the chunks it did not touch, and no copy relative to the chunk is kept beside them (a damaged 200 KB draft's
   * 13,000 findings with their fixes and edits were held twice). (A result's findings are therefore valid until the
   * next `lint` call: the language server reads only the newest.)
   */
  findings: Finding[];
  at: number;
  /**
   * Are the findings this chunk's own objects (made by `shift`), which it may move? A check's findings are the rules'
   * (a rule may hand out the same fix twice from a memo): copied once, when first placed.
   */
  own: boolean;
  counts: ChunkCounts;
  /** What it was told lies beyond it (Document.beyond: text before, after; view before, after). */
  beyond: Beyond;
  failures: LintResult['failures'];
  /** The lint that last placed it (a text twice in a draft: the second place gets a copy). */
  stamp: number;
}

/**
 * A copy of `s` that holds no reference to the text it was sliced from. V8 keeps a slice of 13 characters or more as a
 * view of its parent string, so whatever outlives a check and holds a slice of the text it read — a chunk's findings
 * and text kept for the next edits, the lexicon's memos keyed by a line's text — holds the whole draft of that
 * version: a 200 KB draft typed into kept one more copy of itself per keystroke. A chunk is checked on its own copy.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Rules run on the whole draft (reach `document`) or on a window around the edit (`nearby`) after every edit. */
const DOCUMENT_RULES: readonly Rule[] = RULES.filter((r) => r.reach === 'document' || r.reach === 'nearby');
/** Of those, the ones run on the whole draft every time, and the ones run on a window (NearbyPass). */
const NOT_WHOLE: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'document').map((r) => r.id));
const NOT_NEARBY: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'nearby').map((r) => r.id));
const HAS_NEARBY = RULES.some((r) => r.reach === 'nearby');
const DOCUMENT_IDS: ReadonlySet<string> = new Set(DOCUMENT_RULES.map((r) => r.id));
/** Document rules whose preferred repairs make the repaired view (engine.ts REPAIR_RULES). */
const DOCUMENT_REPAIRS: readonly Rule[] = DOCUMENT_RULES.filter((r) => r.view !== 'repaired' && !r.neverPreferred && r.repairsView !== false);

export interface IncrementalStats {
  /** Chunks of the last check, and how many of them were checked (the others reused). */
  chunks: number;
  checked: number;
  /** Rounds needed for the whole draft's answers to settle. */
  rounds: number;
  /** How the rules of reach `nearby` were checked: on the whole draft, on a window around the edit, not at all. */
  nearby?: 'whole' | 'window' | 'unchanged';
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
  private lints = 0;
  /** The rules of reach `nearby`: their findings on the last text, checked again on the lines around an edit. */
  private nearby = new NearbyPass();

  constructor(readonly options: LintOptions = {}) {
    const enabled = enabledRules(options);
    this.needView = enabled.some(({ rule }) => rule.view === 'repaired');
    this.chunkOptions = { ...options, format: 'text' };
    // (at their defaults: options absent or equal to the defaults, as the language server passes every rule's — compared
    // as lintText compares them, so that the view's findings are the rules' own, not a second run on the whole draft)
    const runsAtDefault = new Set(enabled.filter(({ rule }) => isDefault(rule, options.rules?.[rule.id]?.options)).map(({ rule }) => rule.id));
    this.viewOnly = this.needView ? DOCUMENT_REPAIRS.filter((r) => !runsAtDefault.has(r.id)).map((r) => r.id) : [];
  }

  /** The findings of `text`, equal to `lintText(text, this.options)`. */
  lint(text: string): LintResult {
    if (typeof text !== 'string') return { findings: [], failures: [] };
    const prepared = prepareText(text, this.options);
    const visible = prepared.visible;
    const failures: LintResult['failures'] = [];
    // 1. the document rules: those of reach `document` on the whole text, those of reach `nearby` on the lines around
    // the edit (NearbyPass); their findings are filtered below with the others
    const bounds = chunkBounds(visible);
    const wholeRun = lintText(visible, this.chunkOptions, { skip: NOT_WHOLE, noReviewFilter: true });
    const nearRun = HAS_NEARBY ? this.nearby.run(visible, bounds, this.chunkOptions) : { findings: [], failures: [] };
    const docRun = { findings: mergeInOrder(wholeRun.findings, nearRun.findings), failures: wholeRun.failures.concat(nearRun.failures) };
    failures.push(...docRun.failures);
    const enabledDoc = new Set(enabledRules(this.options).map(({ rule }) => rule.id).filter((id) => DOCUMENT_IDS.has(id)));
    // their findings at their defaults, for the repaired view
    let viewFindings: Finding[] = [];
    if (this.needView) {
      const viewOnly = new Set(this.viewOnly);
      for (const f of docRun.findings) if (!viewOnly.has(f.ruleId) && DOCUMENT_REPAIRS.some((r) => r.id === f.ruleId)) viewFindings.push(f);
      if (this.viewOnly.length) {
        const extra = lintText(visible, { only: this.viewOnly, format: 'text' }, { skip: NOT_DOCUMENT, noReviewFilter: true });
        viewFindings = viewFindings.concat(extra.findings).sort(compareFindings);
      }
    }
    // 2. the chunks: cut at empty lines, not inside a document rule's finding, not between it and any of its edits (a
    // repair that moves a torn letter across blank lines is one repair: cut between its edits, each chunk's view would
    // hold half of it), not before a U+FEFF (at offset 0 only it is a byte-order mark)
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
    for (const f of docRun.findings) spans(f, dropInside);
    for (const f of viewFindings) spans(f, dropInside);
    for (let i = 0; i < bounds.length; i++) if (visible.charCodeAt(bounds[i]) === 0xfeff) drop[i] = 1;
    const starts = [0];
    for (let i = 0; i < bounds.length; i++) if (!drop[i] && bounds[i] > 0 && bounds[i] < visible.length) starts.push(bounds[i]);
    const n = starts.length;
    const texts: string[] = new Array(n);
    const views: string[] = new Array(n);
    const viewFrom = new Int32Array(n + 1);
    let vi = 0;
    for (let c = 0; c < n; c++) {
      const a = starts[c];
      const b = c + 1 < n ? starts[c + 1] : visible.length;
      texts[c] = visible.slice(a, b);
      // the document rules' preferred edits inside this chunk (all the repaired view takes of them), relative to it
      let sig = '';
      viewFrom[c] = vi;
      while (vi < viewFindings.length && viewFindings[vi].start < b) {
        const fix = preferredFix(viewFindings[vi++]);
        if (fix) for (const e of fix.edits) sig += `${e.start - a},${e.end - a},${e.newText.length}:${e.newText};`;
      }
      views[c] = sig;
    }
    viewFrom[n] = vi;
    /** The document rules' findings of chunk c for its repaired view, relative to it (every document repair rule named). */
    const viewMap = (c: number): Map<string, Finding[]> | undefined => {
      if (!this.needView) return undefined;
      const map = new Map<string, Finding[]>(DOCUMENT_REPAIRS.map((r) => [r.id, []]));
      for (let i = viewFrom[c]; i < viewFrom[c + 1]; i++) map.get(viewFindings[i].ruleId)?.push(shift(viewFindings[i], -starts[c]));
      return map;
    };
    // 3. check the chunks whose text, answers or view findings changed, until the whole draft's answers settle
    let facts = this.facts ?? firstFacts(visible);
    let totals = this.totals;
    let checked = 0;
    let rounds = 0;
    let next = new Map<string, Chunk[]>();
    const entries: Chunk[] = new Array(n);
    // what lies beyond each chunk (Document.beyond, for the rules of reach `neighbours`): in the text, from the chunks'
    // texts; in the view, from the chunks' views' edges (ChunkCounts.viewEdges), known once they are checked
    const textFirst: string[] = new Array(n);
    const textLast: string[] = new Array(n);
    for (let c = 0; c < n; c++) {
      textFirst[c] = edgeRun(texts[c], 1);
      textLast[c] = edgeRun(texts[c], -1);
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
    const lists: Chunk[][] = new Array(n);
    for (;;) {
      if (++rounds > MAX_ROUNDS) {
        // (never seen: the answers depend on the damage counts, which depend on the text alone) a full check
        this.chunks = new Map();
        this.facts = null;
        this.totals = {};
        this.nearby = new NearbyPass();
        return lintText(text, this.options);
      }
      const key = factsKey(facts, this.needView);
      const before = rounds === 1 ? this.chunks : next;
      next = new Map();
      const check = (c: number, beyond: Beyond): Chunk => {
        const counts: ChunkCounts = { damagedLines: 0, textLines: 0, gaps: 0, doubles: 0, tallies: [] };
        const own = ownCopy(texts[c]);
        const r = lintText(own, this.chunkOptions, {
          whole: { ...facts, totals },
          skip: DOCUMENT_IDS,
          viewFindings: viewMap(c),
          noReviewFilter: true,
          counts,
          beyond: { text: [beyond[0], beyond[1]], view: [beyond[2], beyond[3]] },
        });
        checked++;
        return { text: own, facts: key, view: views[c], findings: r.findings, at: 0, own: false, counts, beyond, failures: r.failures, stamp: 0 };
      };
      // (the view's edge before chunk c is known from the chunks before it, checked in this pass; the one after it
      // only once the pass is done: a chunk that asked for it is checked again below if it was told otherwise)
      let viewBefore = '';
      for (let c = 0; c < n; c++) {
        const nextText = c + 1 < n ? texts[c + 1] : undefined;
        const guessAfter = nextText === undefined ? '' : (before.get(nextText)?.[0]?.counts.viewEdges?.[0] ?? textFirst[c + 1]);
        // the k-th occurrence of this text takes the k-th entry it had (its findings already in place), or a copy of
        // the first occurrence's
        let list = next.get(texts[c]);
        if (!list) next.set(texts[c], (list = []));
        const had = before.get(texts[c]);
        let e: Chunk | undefined = had?.[list.length];
        const like = e ?? had?.[0] ?? list[0];
        // (a copy's findings relative to the chunk: `like`'s own are moved when it is placed)
        if (!e && like) e = { ...like, findings: like.own ? like.findings.map((f) => shift(f, -like.at)) : like.findings, at: 0, own: like.own, stamp: 0 };
        const told: Beyond = [textBefore[c], textAfter[c], viewBefore, guessAfter];
        if (!e || e.facts !== key || e.view !== views[c] || !answered(e, totals) || !sameBeyond(e, told, 7)) e = check(c, e && e.facts === key && e.view === views[c] && e.text === texts[c] ? [told[0], told[1], told[2], e.beyond[3]] : told);
        list.push(e);
        lists[c] = list;
        entries[c] = e;
        const last = e.counts.viewEdges?.[1] ?? '';
        if (last !== '') viewBefore = last;
      }
      for (let c = n - 1, viewAfter = ''; c >= 0; c--) {
        const e = entries[c];
        if (!sameBeyond(e, ['', '', '', viewAfter], 8)) {
          const again = check(c, [e.beyond[0], e.beyond[1], e.beyond[2], viewAfter]);
          const list = lists[c];
          list[list.indexOf(e)] = again;
          entries[c] = again;
        }
        const first = entries[c].counts.viewEdges?.[0] ?? '';
        if (first !== '') viewAfter = first;
      }
      const now = sumFacts(entries, this.needView);
      const nowTotals = sumTotals(entries);
      const settled = factsKey(now, this.needView) === key && entries.every((e) => answered(e, nowTotals));
      facts = now;
      totals = nowTotals;
      if (settled) break;
    }
    this.facts = facts;
    this.totals = totals;
    this.chunks = next;
    for (const e of entries) for (const f of e.failures) failures.push(f);
    this.stats = { chunks: n, checked, rounds, nearby: this.nearby.last };
    // 4. the findings: every chunk's, shifted, and the document rules' (enabled ones), filtered as lintText filters
    const stamp = ++this.lints;
    const accept = findingFilter(text, prepared, this.options.reviewed?.length ? new Set(this.options.reviewed) : null);
    const all: Finding[] = [];
    for (let c = 0; c < n; c++) {
      const e = entries[c];
      let placed: Finding[];
      if (e.stamp === stamp) placed = e.findings.map((f) => shift(f, starts[c] - e.at));
      else {
        e.stamp = stamp;
        if (!e.own) {
          e.findings = e.findings.map((f) => shift(f, starts[c] - e.at));
          e.own = true;
        } else if (e.at !== starts[c]) for (const f of e.findings) moveBy(f, starts[c] - e.at);
        e.at = starts[c];
        placed = e.findings;
      }
      for (const f of placed) if (accept(f)) all.push(f);
    }
    const docs: Finding[] = [];
    for (const f of docRun.findings) if (enabledDoc.has(f.ruleId) && isWellFormed(f, text.length) && accept(f)) docs.push(f);
    // The chunks' findings then the document rules', in a stable sort (findings of one rule at one range keep the
    // rule's order, as in lintText). Both lists are in order as a rule: merged in one pass (a full sort of 13,000
    // findings on every keystroke was most of this function's time), sorted only when one of them is not.
    return { findings: mergeInOrder(all, docs), failures };
  }
}

const MAX_ROUNDS = 4;

/** The stable sort of `a` followed by `b` (compareFindings): a merge when both are in order, else a sort. */
function mergeInOrder(a: Finding[], b: Finding[]): Finding[] {
  const sorted = (xs: Finding[]) => {
    for (let i = 1; i < xs.length; i++) if (compareFindings(xs[i - 1], xs[i]) > 0) return false;
    return true;
  };
  if (!sorted(a) || !sorted(b)) return a.concat(b).sort(compareFindings);
  if (b.length === 0) return a;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // (on a tie the element of `a` first, as a stable sort of a then b leaves it)
  while (i < a.length && j < b.length) out[k++] = compareFindings(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** What lies beyond a chunk: the nearest runs that are not blank before and after it in the text, then in the view. */
type Beyond = [textBefore: string, textAfter: string, viewBefore: string, viewAfter: string];

/** Was the chunk told what `told` says, wherever it asked (`mask`: which of Document.beyondAsked's bits to compare)? */
function sameBeyond(e: Chunk, told: Beyond, mask: number): boolean {
  const asked = (e.counts.beyondAsked ?? 0) & mask;
  for (let b = 0; b < 4; b++) if (asked & (1 << b) && e.beyond[b] !== told[b]) return false;
  return true;
}

/** Does every decision the chunk took on a tally (Document.decide) stand with these totals? */
function answered(e: Chunk, totals: Readonly<Record<string, number>>): boolean {
  const total = (name: string) => totals[name] ?? 0;
  for (const log of e.counts.tallies) for (const a of log.asked) if (a.decide(total) !== a.got) return false;
  return true;
}

function sumTotals(entries: readonly Chunk[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) for (const log of e.counts.tallies) for (const k in log.parts) out[k] = (out[k] ?? 0) + log.parts[k];
  return out;
}

const NOT_DOCUMENT: ReadonlySet<string> = new Set(RULES.filter((r) => r.reach !== 'document' && r.reach !== 'nearby').map((r) => r.id));

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

function shift(f: Finding, d: number): Finding {
  return {
    ruleId: f.ruleId,
    start: f.start + d,
    end: f.end + d,
    severity: f.severity,
    message: f.message,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ start: e.start + d, end: e.end + d, newText: e.newText })) })),
  };
}

/** A finding (its own copy) moved by d. */
function moveBy(f: Finding, d: number): void {
  f.start += d;
  f.end += d;
  for (const x of f.fixes) for (const e of x.edits) {
    e.start += d;
    e.end += d;
  }
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
  return `${f.damage?.any ? 1 : 0}${f.damage?.mostly ? 1 : 0}${needView && f.singleSpaced === false ? 0 : 1}`;
}

/**
 * The rules of reach `nearby` (cut-word, broken-paragraph, broken-fragment: scans over the lines that look from a line
 * with Arabic letters to the next one, across any number of lines without, and read the whole draft's damage answers
 * and tallies), checked again after an edit on a window of lines around it instead of the whole draft.
 *
 * The window holds the edited lines, then on each side BUFFER lines with Arabic letters (a finding that starts on the
 * line before the one it reads may change with the edit), CHECK lines and SYNC lines. Its findings are taken from the
 * outer end of the CHECK lines on one side to the other's; before and after, the last pass's findings stay (moved by
 * the edit's length after it). The scan of the window starts fresh at its edge, where the whole draft's scan arrived
 * with what the lines before left it (the previous line's last word, a torn alef piece), so its findings on the SYNC
 * lines may differ; on the CHECK lines, unedited and away from the edit, they must equal the last pass's (what a line
 * leaves to the next follows from its text and its findings), else the window is widened, and at last the whole draft
 * is checked. A rule's tally (`Document.count`, a sum over lines) is kept for the whole draft: the window's part
 * replaces the old text's part of the same lines, and every decision taken on the tallies must stand with the new
 * totals. `test/incremental.test.ts` compares the result with a full check over random edits of long drafts.
 */
class NearbyPass {
  private text: string | null = null;
  private findings: Finding[] = [];
  private damage = '';
  last: IncrementalStats['nearby'] = 'whole';
  /** The whole draft's tallies (Document.count) of these rules, and the decisions the last whole check took on them. */
  private totals: Record<string, number> = {};
  private asked: TallyLog['asked'] = [];
  /** The damage counts (DamageSigns: damaged lines, text lines) of the last text's pieces between empty lines. */
  private parts = new Map<string, readonly [number, number]>();

  /**
   * The whole draft's damage answers (what a full check's document reads: text/damage.ts), summed from its pieces
   * between empty lines (`bounds`: chunkBounds), each counted once for its text.
   */
  private wholeDamage(visible: string, bounds: readonly number[]): NonNullable<WholeFacts['damage']> {
    const next = new Map<string, readonly [number, number]>();
    let damaged = 0;
    let lines = 0;
    for (let i = 0, a = 0; i <= bounds.length; i++) {
      const b = i < bounds.length ? bounds[i] : visible.length;
      if (b <= a && i < bounds.length) continue;
      const piece = visible.slice(a, b);
      let c = next.get(piece) ?? this.parts.get(piece);
      if (c === undefined) {
        const d = new DamageSigns(piece);
        c = [d.damagedLines, d.textLines];
      }
      next.set(piece, c);
      damaged += c[0];
      lines += c[1];
      a = b;
    }
    this.parts = next;
    return { any: damaged > 0, mostly: damagedMostly(damaged, lines) };
  }

  run(visible: string, bounds: readonly number[], options: LintOptions): LintResult {
    const damage = this.wholeDamage(visible, bounds);
    const damageKey = `${damage.any ? 1 : 0}${damage.mostly ? 1 : 0}`;
    const old = this.text;
    const whole = (): LintResult => {
      const counts = newCounts();
      const r = lintText(visible, options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage }, counts });
      // (the whole draft's tallies, and the decisions taken on them)
      this.totals = { ...counts.tallies[0].parts };
      this.asked = counts.tallies[0].asked;
      this.last = 'whole';
      this.text = r.failures.length ? null : visible;
      this.findings = r.findings;
      this.damage = damageKey;
      return r;
    };
    if (old === null || this.damage !== damageKey) return whole();
    if (old === visible) {
      this.last = 'unchanged';
      return { findings: this.findings, failures: [] };
    }
    // the edit: the common prefix and suffix of the old and new text
    const n = visible.length;
    const m = old.length;
    const most = Math.min(n, m);
    const p = commonPrefix(visible, old, most);
    const q = commonSuffix(visible, old, most - p);
    const delta = n - m;
    for (let scale = 1; scale <= 4; scale *= 2) {
      // going back from the edited line: BUFFER lines (whose findings the edit may change: a finding that starts on
      // the line before the one it reads), CHECK lines (whose findings must not change), SYNC lines (where the scan of
      // the window, starting fresh, is not yet where the whole draft's was); the same forward
      const bufStart = linesBack(visible, p, BUFFER * scale);
      let from = linesBack(visible, bufStart, CHECK * scale);
      const a = from === 0 ? 0 : linesBack(visible, from, SYNC * scale);
      if (a === 0) from = 0;
      const bufEnd = linesAhead(visible, n - q, BUFFER * scale);
      let to = linesAhead(visible, bufEnd, CHECK * scale);
      const b = to === n ? n : linesAhead(visible, to, SYNC * scale);
      if (b === n) to = n;
      if (a === 0 && b === n) return whole();
      // the window under the whole draft's tallies; its parts replace the same lines' in the old text (a rule's part is
      // a sum over lines: bareNeutrals' spots), and every decision taken on the tallies must stand with the new totals
      const counts = newCounts();
      const r = lintText(ownCopy(visible.slice(a, b)), options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage, totals: this.totals }, counts });
      if (r.failures.length) return whole();
      const was = newCounts();
      lintText(old.slice(a, b - delta), options, { skip: NOT_NEARBY, noReviewFilter: true, whole: { damage, totals: this.totals }, counts: was });
      const totals = { ...this.totals };
      for (const k in was.tallies[0].parts) totals[k] = (totals[k] ?? 0) - was.tallies[0].parts[k];
      for (const k in counts.tallies[0].parts) totals[k] = (totals[k] ?? 0) + counts.tallies[0].parts[k];
      const total = (name: string) => totals[name] ?? 0;
      for (const x of this.asked.concat(counts.tallies[0].asked)) if (x.decide(total) !== x.got) return whole();
      const got = r.findings;
      if ((from > 0 && !sameIn(got, a, this.findings, 0, from, bufStart)) || (to < n && !sameIn(got, a, this.findings, delta, bufEnd, to))) continue;
      const out: Finding[] = [];
      const olds = this.findings;
      let i = 0;
      for (; i < olds.length && olds[i].start < from; i++) out.push(olds[i]);
      for (const f of got) if (f.start + a >= from && f.start + a < to) out.push(shift(f, a));
      while (i < olds.length && olds[i].start < to - delta) i++;
      for (; i < olds.length; i++) {
        if (delta !== 0) moveBy(olds[i], delta);
        out.push(olds[i]);
      }
      this.text = visible;
      this.findings = out;
      this.totals = totals;
      this.last = 'window';
      return { findings: out, failures: [] };
    }
    return whole();
  }
}

/**
 * The length of the common prefix of a and b (at most `most`): halves compared as strings (V8 compares flat strings
 * with memcmp: a 200 KB draft in well under a millisecond, where a loop of charCodeAt took several).
 */
function commonPrefix(a: string, b: string, most: number): number {
  let lo = 0;
  let hi = most;
  // invariant: the first lo characters agree; the first hi+1 do not (or hi = most)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of the common suffix of a and b (at most `most`). */
function commonSuffix(a: string, b: string, most: number): number {
  let lo = 0;
  let hi = most;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const newCounts = (): ChunkCounts => ({ damagedLines: 0, textLines: 0, gaps: 0, doubles: 0, tallies: [] });

/** Lines with Arabic letters on each side of an edit (NearbyPass.run). */
const BUFFER = 2;
const CHECK = 2;
const SYNC = 2;

/** Does `text` have a character of an Arabic token (letters, marks, tatweel, presentation forms) in [s, e)? */
function hasArabic(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isArabicTokenChar(text.charCodeAt(i))) return true;
  return false;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d;

/**
 * The start of the line `k` lines with Arabic letters back from the line holding `at` (that line not counted), or 0.
 * Lines end at \n, \r\n, \r (a line of the document's, cut also at U+2028 if it cuts there, is within one of these).
 */
function linesBack(text: string, at: number, k: number): number {
  let s = at;
  while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
  let found = 0;
  while (s > 0 && found < k) {
    // the line before: [ls, le)
    let le = s - 1;
    if (le > 0 && text.charCodeAt(le) === 0x0a && text.charCodeAt(le - 1) === 0x0d) le--;
    let ls = le;
    while (ls > 0 && !isBreak(text.charCodeAt(ls - 1))) ls--;
    if (hasArabic(text, ls, le)) found++;
    s = ls;
  }
  return s;
}

/** The start of the line after the `k`-th line with Arabic letters after the line holding `at`, or text.length. */
function linesAhead(text: string, at: number, k: number): number {
  const n = text.length;
  let e = at;
  while (e < n && !isBreak(text.charCodeAt(e))) e++;
  let found = 0;
  for (;;) {
    // past the break
    if (e >= n) return n;
    e += text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1;
    if (found >= k) return e;
    const ls = e;
    while (e < n && !isBreak(text.charCodeAt(e))) e++;
    if (hasArabic(text, ls, e)) found++;
  }
}

/**
 * Do the window's findings (`got`, relative to `a`) that start in [s, e) equal the last pass's there (`olds`, which
 * lie `delta` before, in the old text)?
 */
function sameIn(got: readonly Finding[], a: number, olds: readonly Finding[], delta: number, s: number, e: number): boolean {
  if (s >= e) return true;
  const mine: string[] = [];
  for (const f of got) if (f.start + a >= s && f.start + a < e) mine.push(findingKey(f, a));
  let k = 0;
  let i = lowerBoundBy(olds, s - delta);
  for (; i < olds.length && olds[i].start < e - delta; i++) if (k >= mine.length || findingKey(olds[i], delta) !== mine[k++]) return false;
  return k === mine.length;
}

function lowerBoundBy(fs: readonly Finding[], x: number): number {
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (fs[m].start < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** A finding as a string, its offsets moved by d. */
function findingKey(f: Finding, d: number): string {
  let k = `${f.ruleId}\u0001${f.start + d}\u0001${f.end + d}\u0001${f.severity}\u0001${f.message}`;
  for (const x of f.fixes) {
    k += `\u0002${x.title}\u0001${x.preferred ? 1 : 0}${x.snippet ? 1 : 0}\u0001${x.plainText ?? ''}\u0001${x.command ? JSON.stringify(x.command) : ''}`;
    for (const e of x.edits) k += `\u0003${e.start + d}\u0001${e.end + d}\u0001${e.newText}`;
  }
  return k;
}
