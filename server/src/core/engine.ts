/**
 * The engine: (text, options) → findings, and fix-all. Pure: no IO, no clock, no editor types.
 * It guards every rule: a rule that throws or returns a malformed finding loses that finding, the
 * lint goes on (ARCHITECTURE.md, "never throws").
 */
import { effectiveSeverity, ruleOptions } from './config';
import { applyEdits, preferredEdits } from './fix';
import { RULES } from './registry';
import { ignoreKey, ignoredRules } from './review';
import { findDirectives, isSuppressed } from './suppress';
import { findingToOriginal, type RepairedView, viewAfterEdits } from './view';
import { maskMarkdownCode, touchesMasked } from './text/markdown';
import { Document, edgeRun, type TallyLog, type WholeFacts } from './document';
import { fillMessage } from './types';
import type { Edit, Finding, LintOptions, Locale, OptionsOf, Rule } from './types';

export { fillMessage };

export interface LintResult {
  findings: Finding[];
  /** Rules that threw (their findings are missing). Reported by the LSP/CLI as an internal error. */
  failures: Array<{ ruleId: string; error: string }>;
}

export function enabledRules(options: LintOptions = {}): Array<{ rule: Rule; severity: NonNullable<ReturnType<typeof effectiveSeverity>> }> {
  const out = [];
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    let severity = effectiveSeverity(rule, options.rules?.[rule.id]);
    // --rules names a rule explicitly: run it even if it is off by default.
    if (!severity && options.only && options.rules?.[rule.id]?.level !== 'off') severity = rule.defaultSeverity;
    if (severity) out.push({ rule, severity });
  }
  return out;
}

/** lintText as fix-all calls it: rules whose fixes are never preferred are not run. */
const FIX_ALL_PASS = { fixAllPass: true };

/**
 * How core/incremental.ts has lintText check one chunk of a draft (its text already masked and blanked): the
 * whole draft's facts (Document.whole), the rules it runs on the whole draft instead (`skip`) with their findings at
 * their defaults on this chunk (`viewFindings`, for the repaired view), no review filter (the whole draft's text
 * keys it), and the chunk's counts out (`counts`), which the whole's facts sum.
 */
export interface ChunkPass {
  fixAllPass?: boolean;
  whole?: WholeFacts;
  skip?: ReadonlySet<string>;
  viewFindings?: ReadonlyMap<string, Finding[]>;
  noReviewFilter?: boolean;
  counts?: ChunkCounts;
  /** What lies beyond the chunk (Document.beyond): the nearest units that are not blank before and after it, in the
   *  text and in the repaired view. */
  beyond?: { text: readonly [string, string]; view: readonly [string, string] };
}

/** What a chunk contributes to the whole draft's facts (core/document.ts WholeFacts). */
export interface ChunkCounts {
  damagedLines: number;
  textLines: number;
  gaps: number;
  doubles: number;
  /** The rules' tallies (Document.count/decide) of the chunk's document and of its view's. */
  tallies: TallyLog[];
  /** The first and last runs of the chunk's repaired view that are not blank ('': none; document.ts edgeRun), and
   *  what its documents asked of what lies beyond it (Document.beyond: 1, 2 the text's before and after; 4, 8 the
   *  view's). */
  viewEdges?: [first: string, last: string];
  beyondAsked?: number;
}

export function lintText(text: string, options: LintOptions = {}, internal?: ChunkPass): LintResult {
  const findings: Finding[] = [];
  const failures: LintResult['failures'] = [];
  if (typeof text !== 'string') return { findings, failures };
  const { visible, masked, directives } = prepareText(text, options);
  const reviewed = new Set(options.reviewed ?? []);
  const accept = findingFilter(text, { masked, directives }, internal?.noReviewFilter ? null : reviewed);
  const locale = options.locale ?? 'en';
  // one document per lint, shared by every rule (its lines, damage signs, visual lines, sentences, repaired view)
  const whole = internal?.whole;
  const doc = new Document(visible, whole ? { damage: whole.damage, totals: whole.totals, beyond: internal?.beyond?.text, doubleSpaced: whole.doubleSpaced } : undefined);
  const run = (rule: Rule, severity: Finding['severity'], ruleDoc: Document, userOptions: unknown): Finding[] | null => {
    try {
      const raw = rule.check({
        text: ruleDoc.text,
        doc: ruleDoc,
        message: messageOf(rule, locale),
        // (normalised against the rule's specs: every value has the type its spec declares)
        options: ruleOptions(rule, userOptions) as OptionsOf<Rule['options']>,
        locale,
        severity,
        reviewed,
      });
      if (!Array.isArray(raw)) return null;
      // the engine fills in what every finding repeats: the rule's id and the severity configured for it (new
      // objects of one shape: adding the two fields to the rule's objects made every later read polymorphic)
      const out: Finding[] = [];
      for (const r of raw) {
        if (r && typeof r === 'object') out.push({ ruleId: rule.id, start: r.start, end: r.end, severity, message: r.message, fixes: r.fixes });
      }
      return out;
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? e.message : String(e) });
      return null;
    }
  };
  const keep = (f: Finding): void => {
    if (isWellFormed(f, text.length) && accept(f)) findings.push(f);
  };
  const skip = internal?.skip;
  const enabled = enabledRules(options).filter(({ rule }) => !(internal?.fixAllPass && rule.neverPreferred) && !skip?.has(rule.id));
  // Rules about characters and layout read the text as it is; their raw findings are kept (when their options are
  // the defaults) for the repaired view below.
  const byDefault = new Map<string, Finding[]>(internal?.viewFindings);
  const needView = enabled.some(({ rule }) => rule.view === 'repaired');
  const counts = internal?.counts;
  if (counts) {
    counts.damagedLines = doc.damage.damagedLines;
    counts.textLines = doc.damage.textLines;
    counts.tallies = [doc.tallies];
  }
  for (const { rule, severity } of enabled) {
    if (rule.view === 'repaired') continue;
    const userOptions = options.rules?.[rule.id]?.options;
    const raw = run(rule, severity, doc, userOptions);
    if (!raw) continue;
    if (needView && isDefault(rule, userOptions)) byDefault.set(rule.id, raw);
    for (const f of raw) keep(f);
  }
  // Rules about language read the repaired view: the text as fix-all's first pass leaves it (the preferred repairs
  // of every character and layout rule, at their defaults, whether or not they are enabled here), then read as
  // view.ts reads what is left; their findings are mapped back (nearest original span, edits only where exact).
  if (needView) {
    const repaired = repairedViewOf(doc, byDefault, run);
    // a chunk's view answers for the whole draft's view; its own counts go out
    const viewDoc = whole ? new Document(repaired.doc.text, { singleSpaced: whole.singleSpaced, totals: whole.totals, beyond: internal?.beyond?.view, doubleSpaced: whole.doubleSpaced }) : repaired.doc;
    // (the view's blank lines read as the text's: double-spaced or not is the draft's answer, not the view's)
    if (!whole) viewDoc.spacedAs(doc);
    if (counts) {
      counts.gaps = viewDoc.spacing.gaps;
      counts.doubles = viewDoc.spacing.doubles;
      if (viewDoc !== doc) counts.tallies.push(viewDoc.tallies);
    }
    for (const { rule, severity } of enabled) {
      if (rule.view !== 'repaired') continue;
      const raw = run(rule, severity, viewDoc, options.rules?.[rule.id]?.options);
      if (!raw) continue;
      const { view } = repaired;
      for (const found of raw) keep(!view.identity && isWellFormed(found, view.text.length) ? findingToOriginal(view, visible, found) : found);
    }
    if (counts) {
      counts.viewEdges = [edgeRun(viewDoc.text, 1), edgeRun(viewDoc.text, -1)];
      counts.beyondAsked = (counts.beyondAsked ?? 0) | (viewDoc.beyondAsked << 2);
    }
  }
  if (counts) counts.beyondAsked = (counts.beyondAsked ?? 0) | doc.beyondAsked;
  // (the sort is stable: when the findings are in order already, as with one rule, it is the identity)
  let inOrder = true;
  for (let i = 1; i < findings.length && inOrder; i++) inOrder = compareFindings(findings[i - 1], findings[i]) <= 0;
  if (!inOrder) findings.sort(compareFindings);
  return { findings, failures };
}

const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The text as the rules read it: Markdown code and suppression comments blanked (same length), and what was blanked. */
export interface PreparedText {
  visible: string;
  masked: Array<[number, number]>;
  directives: ReturnType<typeof findDirectives>;
}

export function prepareText(text: string, options: LintOptions): PreparedText {
  const code = options.format === 'markdown' ? maskMarkdownCode(text) : { text, masked: [] as Array<[number, number]> };
  // Suppression comments (in Markdown and plain text alike; not inside Markdown code): they are blanked
  // like code, so no rule ever flags them, and findings in their ranges are dropped (findingFilter).
  const directives = findDirectives(code.text, RULE_IDS, text);
  const { text: visible, masked } = directives.comments.length ? blank(code.text, code.masked, directives.comments) : code;
  return { visible, masked, directives };
}

/**
 * Which well-formed findings a lint keeps: none that touches masked text (or whose fix does), none in a range
 * suppressed for its rule, none whose "ignore here" key (of the whole text) is among the reviewed keys.
 */
export function findingFilter(text: string, prepared: Omit<PreparedText, 'visible'>, reviewed: ReadonlySet<string> | null): (f: Finding) => boolean {
  const { masked, directives } = prepared;
  const ignored = reviewed && reviewed.size ? ignoredRules(reviewed) : null;
  return (f) => {
    if (masked.length && (touchesMasked(masked, f.start, f.end) || f.fixes.some((x) => x.edits.some((e) => touchesMasked(masked, e.start, e.end))))) return false;
    if (directives.ranges.size && isSuppressed(directives, f.ruleId, f.start)) return false;
    if (ignored && ignored.has(f.ruleId) && reviewed!.has(ignoreKey(text, f))) return false;
    return true;
  };
}

/**
 * findingFilter on a finding's parts (a packed record, core/packed.ts): 1 kept, 0 dropped, -1 undecided — the span of
 * its fixes' edits [editStart, editEnd) touches blanked Markdown code, and only its edits one by one tell
 * (findingFilter on the whole finding).
 */
export function partsFilter(
  text: string,
  prepared: Omit<PreparedText, 'visible'>,
  reviewed: ReadonlySet<string> | null,
): null | ((ruleId: string, start: number, end: number, editStart: number, editEnd: number) => number) {
  const { masked, directives } = prepared;
  const ignored = reviewed && reviewed.size ? ignoredRules(reviewed) : null;
  if (!masked.length && !directives.ranges.size && !ignored) return null;
  return (ruleId, start, end, editStart, editEnd) => {
    if (directives.ranges.size && isSuppressed(directives, ruleId, start)) return 0;
    if (ignored && ignored.has(ruleId) && reviewed!.has(ignoreKey(text, { ruleId, start, end }))) return 0;
    // (the span one longer: an empty edit at its end touches what starts there)
    if (masked.length && touchesMasked(masked, editStart, editEnd + 1)) return touchesMasked(masked, start, end) ? 0 : -1;
    return 1;
  };
}

/** Rules whose preferred repairs make the repaired view: every rule about characters and layout that repairs. */
const REPAIR_RULES: readonly Rule[] = RULES.filter((r) => r.view !== 'repaired' && !r.neverPreferred && r.repairsView !== false);

const DEFAULT_OPTIONS = new Map<string, string>(RULES.map((r) => [r.id, JSON.stringify(ruleOptions(r, undefined))]));
export function isDefault(rule: Rule, userOptions: unknown): boolean {
  return userOptions === undefined || JSON.stringify(ruleOptions(rule, userOptions)) === DEFAULT_OPTIONS.get(rule.id);
}

/**
 * The repaired view of a lint's document: the preferred edits of the repair rules (their findings of this lint
 * where they ran at their defaults, else run now at their defaults), applied as fix-all's first pass applies
 * them, then view.ts's reading of what is left. Without any edit, the document's own repaired view.
 */
function repairedViewOf(
  doc: Document,
  byDefault: ReadonlyMap<string, Finding[]>,
  run: (rule: Rule, severity: Finding['severity'], doc: Document, userOptions: unknown) => Finding[] | null,
): { view: RepairedView; doc: Document } {
  const all: Finding[] = [];
  for (const rule of REPAIR_RULES) {
    const raw = byDefault.get(rule.id) ?? run(rule, rule.defaultSeverity, doc, undefined);
    if (raw) for (const f of raw) if (isWellFormed(f, doc.text.length)) all.push(f);
  }
  const edits = outsideBackwardsLines(doc, preferredEdits(all));
  return edits.length ? viewAfterEdits(doc.text, edits) : { view: doc.repaired, doc: doc.repairedDoc };
}

/**
 * The edits that do not fall inside a line the view reads backwards (view.ts: a line in visual order, character by
 * character). Fix-all's first pass restores such a line whole (reversed-line's fix, which starts at the line and
 * reaches furthest, wins over any edit inside it); an edit made to the line as it stands reads it in the wrong
 * direction — diacritic moves each mark of `ع\u0651\u064eقوت\u064fيو` (drawn before its letter, as the line was reversed)
 * to the wrong letter — and the view, reversing the line after it, would read a word that is not there.
 */
function outsideBackwardsLines(doc: Document, edits: Edit[]): Edit[] {
  if (!edits.length) return edits;
  const lines = doc.lineIndex;
  const backwards = new Map<number, boolean>();
  return edits.filter((ed) => {
    const l = lines.lineAt(ed.start);
    const s = lines.starts[l];
    const e = lines.lineEnd(l);
    if (ed.end > e || e - s <= 2) return true;
    let b = backwards.get(l);
    if (b === undefined) backwards.set(l, (b = doc.isVisualLine(s, e) && !doc.wordOrder.has(s)));
    return !b;
  });
}

/**
 * `ctx.message` of a rule: the text `id` of its messages table in `locale`, `{name}` placeholders filled from
 * `data`. An id the table lacks gives the id itself (a test checks every rule's ids; a user never sees a crash).
 */
export function messageOf(rule: Rule, locale: Locale): (id: string, data?: Record<string, string | number>) => string {
  return (id, data) => {
    const m = rule.messages?.[id];
    const s = m ? (locale === 'ar' ? m.ar : m.en) : id;
    return data ? fillMessage(s, data) : s;
  };
}

/** The text with the directive comments blanked to spaces too, and the masked ranges (code and comments) merged in order. */
function blank(text: string, masked: Array<[number, number]>, comments: Array<[number, number]>): { text: string; masked: Array<[number, number]> } {
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of comments) {
    parts.push(text.slice(pos, s), ' '.repeat(e - s));
    pos = e;
  }
  parts.push(text.slice(pos));
  const all: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < masked.length || j < comments.length) {
    if (j >= comments.length || (i < masked.length && masked[i][0] <= comments[j][0])) all.push(masked[i++]);
    else all.push(comments[j++]);
  }
  return { text: parts.join(''), masked: all };
}

export const compareFindings = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

function okRange(s: number, e: number, len: number): boolean {
  return Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= len;
}

/** Plain loops: this runs once per finding, and closures per call showed up as garbage on 1 MB inputs. */
export function isWellFormed(f: Finding, len: number): boolean {
  if (!f || typeof f.message !== 'string' || !okRange(f.start, f.end, len) || !Array.isArray(f.fixes)) return false;
  for (const x of f.fixes) {
    if (!x || !Array.isArray(x.edits)) return false;
    for (const e of x.edits) if (!e || !okRange(e.start, e.end, len) || typeof e.newText !== 'string') return false;
  }
  return true;
}

export interface FixAllResult {
  text: string;
  /** How many preferred fixes were applied, over all passes. */
  applied: number;
  passes: number;
}

/**
 * Apply every finding's preferred fix, pass after pass, until nothing is left to fix (at most
 * `maxPasses`). Because it stops at a fixed point, fixAll(fixAll(x)) === fixAll(x).
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const edits = preferredEdits(lintText(current, options, FIX_ALL_PASS).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    passes++;
    if (next === current) break;
    applied += edits.length;
    current = next;
  }
  return { text: current, applied, passes };
}

/** One minimal edit turning `before` into `after` (common prefix and suffix kept), or null if equal. */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  // do not split a surrogate pair
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  return { start: p, end: before.length - s, newText: after.slice(p, after.length - s) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export { applyEdits };
