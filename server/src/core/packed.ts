/**
 * Findings stored compactly (issue 13): what the incremental checker keeps of a chunk's findings between keystrokes,
 * and the list it returns. A finding is a record of a few integers in a typed array — its range, the span of its
 * fixes' edits, the span of its preferred fix's edits, its rule, severity and whether it has a preferred fix —
 * instead of objects with a message, fixes, titles and edits (a damaged 200 KB draft's 13,300 findings held ~8 MB
 * of objects that the garbage collector walked at every collection). The message, the fixes and their titles are
 * made again only when asked for (`FindingList.finding`: a diagnostic sent, a code action, a hover, the report), by
 * checking the finding's chunk again as it was checked (core/incremental.ts), which gives the same findings.
 */
import { RULES } from './registry';
import { compareFindings } from './engine';
import { preferredFix } from './fix';
import { shift } from './nearby';
import { fixInside } from './repairRange';
import type { Finding, Severity } from './types';

/** Integers per record: start, end, edits' start, edits' end, preferred edits' start, end, info. */
export const REC = 7;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_INDEX: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2, hint: 3 };
const RULE_INDEX = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
/** The rank of each rule's id in the order compareFindings sorts ids (engine.ts). */
const RANK: Int32Array = (() => {
  const ids = RULES.map((r, i) => [r.id, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = new Int32Array(RULES.length);
  ids.forEach(([, i], k) => (out[i] = k));
  return out;
})();
/** info: rule index << 3 | severity << 1 | has a preferred fix. */
const infoOf = (rule: number, severity: number, auto: boolean) => (rule << 3) | (severity << 1) | (auto ? 1 : 0);
export const ruleOfInfo = (info: number) => info >> 3;
export const rankOfInfo = (info: number) => RANK[info >> 3];

/** The rank of a rule id in compareFindings' order (-1: not a registered rule). */
export function rankOf(ruleId: string): number {
  const i = RULE_INDEX.get(ruleId);
  return i === undefined ? -1 : RANK[i];
}

/** The records of `findings` (offsets as they are), or null when one cannot be packed (a rule id not registered). */
export function pack(findings: readonly Finding[]): Int32Array | null {
  const out = new Int32Array(findings.length * REC);
  let o = 0;
  for (const f of findings) {
    const rule = RULE_INDEX.get(f.ruleId);
    const sev = SEVERITY_INDEX[f.severity];
    if (rule === undefined || sev === undefined) return null;
    let hs = f.start;
    let he = f.end;
    for (const x of f.fixes)
      for (const e of x.edits) {
        if (e.start < hs) hs = e.start;
        if (e.end > he) he = e.end;
      }
    const pref = preferredFix(f);
    let ps = -1;
    let pe = -1;
    if (pref) {
      ps = pref.edits[0].start;
      pe = pref.edits[0].end;
      for (const e of pref.edits) {
        if (e.start < ps) ps = e.start;
        if (e.end > pe) pe = e.end;
      }
    }
    out[o] = f.start;
    out[o + 1] = f.end;
    out[o + 2] = hs;
    out[o + 3] = he;
    out[o + 4] = ps;
    out[o + 5] = pe;
    out[o + 6] = infoOf(rule, sev, !!pref);
    o += REC;
  }
  return out;
}

/** Do a chunk's findings, made again, match its records (offsets relative to the chunk in both)? */
export function matches(records: Int32Array, findings: readonly Finding[]): boolean {
  if (findings.length * REC !== records.length) return false;
  const again = pack(findings);
  if (!again) return false;
  for (let i = 0; i < again.length; i++) if (again[i] !== records[i]) return false;
  return true;
}

/**
 * A list of findings in compareFindings' order, read by index: what the language server reads (core/incremental.ts
 * gives a packed one, a full check an array). `finding(i)` is the whole finding, with its message and fixes.
 */
export interface FindingList {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  ruleId(i: number): string;
  severity(i: number): Severity;
  /** Its severity as a number: 0 error, 1 warning, 2 info, 3 hint. */
  severityRank(i: number): number;
  /** Its message (without making the whole finding where the message is kept). */
  message(i: number): string;
  /** Has it a preferred fix (fix.ts preferredFix: what fix-all applies)? */
  autoFix(i: number): boolean;
  /** Does its preferred fix lie wholly inside [start, end] (repairRange.ts fixInside)? */
  fixInside(i: number, start: number, end: number): boolean;
  finding(i: number): Finding;
  /** Every finding, whole. */
  all(): Finding[];
  /** Let go of what was made whole for the last check's diagnostics (PackedFindings.trim). */
  trim(): void;
}

/** A list of findings held as objects (a full check's). */
export class ArrayFindings implements FindingList {
  constructor(readonly findings: readonly Finding[]) {}
  get length(): number {
    return this.findings.length;
  }
  start(i: number): number {
    return this.findings[i].start;
  }
  end(i: number): number {
    return this.findings[i].end;
  }
  ruleId(i: number): string {
    return this.findings[i].ruleId;
  }
  severity(i: number): Severity {
    return this.findings[i].severity;
  }
  severityRank(i: number): number {
    return SEVERITY_INDEX[this.findings[i].severity] ?? 3;
  }
  message(i: number): string {
    return this.findings[i].message;
  }
  autoFix(i: number): boolean {
    return preferredFix(this.findings[i]) !== undefined;
  }
  fixInside(i: number, start: number, end: number): boolean {
    return fixInside(this.findings[i], start, end);
  }
  finding(i: number): Finding {
    return this.findings[i];
  }
  all(): Finding[] {
    return this.findings.slice();
  }
  trim(): void {}
}

/**
 * A chunk's records and what is kept with them while the chunk is unchanged: the messages of its findings once one of
 * them was asked for (a diagnostic sent), and the last check that asked (the checker drops messages left unasked).
 */
export interface ChunkRecords {
  records: Int32Array;
  messages?: string[];
  asked?: number;
}

/** Where a packed list's whole findings come from (core/incremental.ts). */
export interface FindingSource {
  /** Chunk c's findings made again, offsets relative to it (its records' order), or null when that fails. */
  chunkFindings(c: number): Finding[] | null;
  /** Where chunk c starts in the text. */
  chunkStart(c: number): number;
  /** The findings of a full check of the same text (a fallback never expected to run). */
  full(): Finding[];
}

/** How many chunks' whole findings a packed list keeps made (the chunks around the cursor). */
const KEEP_MADE = 8;

/**
 * Findings as records, each read where it comes from — chunk `where[i]` (its record `rec[i]`, offsets relative to the
 * chunk, which starts at `chunkStarts[where[i]]`), or `where[i] === -1`, the document rules' findings held whole
 * (`docs[rec[i]]`). Two numbers a finding, not seven: a damaged 200 KB draft's list is made at every keystroke, and its
 * start, end, rule and preferred fix's span are read from the chunk's records (which the list keeps) only for the
 * findings the language server reads.
 */
export class PackedFindings implements FindingList {
  /** Chunk → its findings made whole (relative to it), the last few asked for. */
  private made = new Map<number, Finding[]>();
  private fallback: Finding[] | null = null;
  private bounded = false;
  /**
   * Does every chunk read the text as it is (no Markdown code or suppression comment blanked in it)? Then each chunk is
   * the text at its place, starting a line, and a chunk's entry (`chunks[c]`, the same object while its text is) may
   * carry what was made of its findings for an earlier text (the language server's positions: lsp/server.ts).
   */
  plain = false;
  constructor(
    readonly length: number,
    readonly where: Int32Array,
    readonly rec: Int32Array,
    /** Where each chunk starts in the text (not changed after: the checker makes a new array for each check). */
    readonly chunkStarts: readonly number[],
    readonly chunks: readonly ChunkRecords[],
    readonly docs: readonly Finding[],
    private readonly source: FindingSource,
    /** The check that made the list (ChunkRecords.asked). */
    readonly stamp: number,
  ) {}
  /** Field `field` of finding i's record (of a chunk's finding: where[i] >= 0). */
  private field(i: number, field: number): number {
    return this.chunks[this.where[i]].records[this.rec[i] * REC + field];
  }
  start(i: number): number {
    const c = this.where[i];
    return c < 0 ? this.docs[this.rec[i]].start : this.chunks[c].records[this.rec[i] * REC] + this.chunkStarts[c];
  }
  end(i: number): number {
    const c = this.where[i];
    return c < 0 ? this.docs[this.rec[i]].end : this.chunks[c].records[this.rec[i] * REC + 1] + this.chunkStarts[c];
  }
  ruleId(i: number): string {
    return this.where[i] < 0 ? this.docs[this.rec[i]].ruleId : RULES[ruleOfInfo(this.field(i, 6))].id;
  }
  severity(i: number): Severity {
    return this.where[i] < 0 ? this.docs[this.rec[i]].severity : SEVERITIES[(this.field(i, 6) >> 1) & 3];
  }
  severityRank(i: number): number {
    return this.where[i] < 0 ? SEVERITY_INDEX[this.docs[this.rec[i]].severity] ?? 3 : (this.field(i, 6) >> 1) & 3;
  }
  message(i: number): string {
    const c = this.where[i];
    if (c < 0) return this.docs[this.rec[i]].message;
    const chunk = this.chunks[c];
    chunk.asked = this.stamp;
    if (!chunk.messages) {
      const made = this.madeOf(c);
      if (!made) return this.fallback![i].message;
      chunk.messages = made.map((f) => f.message);
    }
    return chunk.messages[this.rec[i]];
  }
  /**
   * Forget the findings made whole but for the chunks asked last, and from now on keep no more (after the diagnostics
   * of a check are made: until then the list holds every chunk its check made findings for).
   */
  trim(): void {
    this.bounded = true;
    while (this.made.size > KEEP_MADE) this.made.delete(this.made.keys().next().value!);
  }
  autoFix(i: number): boolean {
    if (this.where[i] < 0) return preferredFix(this.docs[this.rec[i]]) !== undefined;
    return (this.field(i, 6) & 1) === 1;
  }
  fixInside(i: number, start: number, end: number): boolean {
    if (this.where[i] < 0) return fixInside(this.docs[this.rec[i]], start, end);
    if ((this.field(i, 6) & 1) !== 1) return false;
    const at = this.chunkStarts[this.where[i]];
    return this.field(i, 4) + at >= start && this.field(i, 5) + at <= end;
  }
  /** Keep chunk c's findings made (relative to it), e.g. those its check just made. */
  keep(c: number, findings: Finding[]): void {
    this.made.delete(c);
    this.made.set(c, findings);
  }
  /** Chunk c's findings made whole (relative to it), or null when the fallback (a full check) answers. */
  private madeOf(c: number): Finding[] | null {
    if (this.fallback) return null;
    let made = this.made.get(c);
    if (!made) {
      const again = this.source.chunkFindings(c);
      if (!again || !matches(this.chunks[c].records, again)) {
        // (never seen: a chunk checked again gives what its first check gave) the full check's finding at this index
        this.fallback = this.source.full();
        return null;
      }
      made = again;
    }
    // (most recently used last)
    this.keep(c, made);
    if (this.bounded) this.trim();
    return made;
  }
  finding(i: number): Finding {
    const c = this.where[i];
    if (c < 0) return this.docs[this.rec[i]];
    const made = this.madeOf(c);
    return made ? shift(made[this.rec[i]], this.source.chunkStart(c)) : this.fallback![i];
  }
  all(): Finding[] {
    const out: Finding[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.finding(i);
    return out;
  }
}

/**
 * The list of a check: each chunk's records placed at its start (`keep(c, r)`: is record r of chunk c kept, as
 * lintText's filter decides; absent, all are), then the document rules' findings `docs` (whole), in the stable order
 * of compareFindings — the chunks' records are in order as a rule and `docs` are few: merged in one pass, sorted only
 * when one of them is not in order.
 */
export function placeFindings(
  chunks: readonly ChunkRecords[],
  starts: readonly number[],
  docs: readonly Finding[],
  source: FindingSource,
  keep: ((c: number, r: number) => boolean) | null,
  stamp: number,
): PackedFindings {
  const nb = docs.length;
  let cap = nb;
  for (const chunk of chunks) cap += chunk.records.length / REC;
  const W = new Int32Array(cap);
  const R = new Int32Array(cap);
  // (the document rules' findings are read whole: `where` -1, their index in `rec`)
  const docRank = new Int32Array(nb);
  let docsInOrder = true;
  for (let j = 0; j < nb; j++) {
    const f = docs[j];
    docRank[j] = rankOf(f.ruleId);
    if (j > 0 && compareFindings(docs[j - 1], f) > 0) docsInOrder = false;
  }
  // an unregistered rule id (none is) has no rank: its order is compareFindings' own, by a sort
  const ranked = docRank.every((r) => r >= 0);
  const put = (to: number, j: number) => {
    W[to] = -1;
    R[to] = j;
  };
  // the chunks' records in order, each document finding put after the records that do not come after it (theirs first
  // on a tie, as a stable sort of chunks then docs), in one pass; `inOrder`: were the records in order?
  let k = 0;
  let j = 0;
  let inOrder = true;
  // (the last record's start, end and rank)
  let ls = -1;
  let le = -1;
  let lr = -1;
  for (let c = 0; c < chunks.length; c++) {
    const rec = chunks[c].records;
    const at = starts[c];
    for (let o = 0, r = 0; o < rec.length; o += REC, r++) {
      if (keep && !keep(c, r)) continue;
      const s = rec[o] + at;
      const e = rec[o + 1] + at;
      const info = rec[o + 6];
      const rank = rankOfInfo(info);
      if (inOrder && ls >= 0 && compare(ls, le, lr, s, e, rank) > 0) inOrder = false;
      ls = s;
      le = e;
      lr = rank;
      // (before this record: the document findings it comes after)
      while (j < nb && ranked && compare(s, e, rank, docs[j].start, docs[j].end, docRank[j]) > 0) put(k++, j++);
      W[k] = c;
      R[k] = r;
      k++;
    }
  }
  while (j < nb) put(k++, j++);
  if (!(inOrder && docsInOrder && ranked)) {
    // (rare: a chunk's first finding before the last of the chunk before it) a stable sort of the chunks' then docs'
    // records, placed again from scratch
    const order: Array<[number, number]> = [];
    for (let c = 0; c < chunks.length; c++) for (let o = 0, r = 0; o < chunks[c].records.length; o += REC, r++) if (!keep || keep(c, r)) order.push([c, r]);
    for (let d = 0; d < nb; d++) order.push([-1, d]);
    const key = ([c, r]: [number, number]): [number, number, string] =>
      c < 0 ? [docs[r].start, docs[r].end, docs[r].ruleId] : [chunks[c].records[r * REC] + starts[c], chunks[c].records[r * REC + 1] + starts[c], RULES[ruleOfInfo(chunks[c].records[r * REC + 6])].id];
    const cmp = (a: [number, number], b: [number, number]) => {
      const [sa, ea, ra] = key(a);
      const [sb, eb, rb] = key(b);
      return sa - sb || ea - eb || (ra < rb ? -1 : ra > rb ? 1 : 0);
    };
    order.sort(cmp);
    order.forEach(([c, r], to) => {
      if (c < 0) return put(to, r);
      W[to] = c;
      R[to] = r;
    });
  }
  return new PackedFindings(k, W, R, starts, chunks, docs, source, stamp);
}

function compare(s1: number, e1: number, r1: number, s2: number, e2: number, r2: number): number {
  return s1 - s2 || e1 - e2 || r1 - r2;
}
