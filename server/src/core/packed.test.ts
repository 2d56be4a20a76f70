import * as assert from 'assert';
import * as fc from 'fast-check';
import { compareFindings } from './engine';
import { RULES } from './registry';
import { ArrayFindings, pack, placeFindings, type FindingSource } from './packed';
import type { Finding } from './types';

const IDS = RULES.map((r) => r.id);
const finding = (ruleId: string, start: number, end: number, severity: Finding['severity'] = 'warning', fixes: Finding['fixes'] = []): Finding => ({ ruleId, start, end, severity, message: 'm', fixes });
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** A finding: one of three rules, a start in [0, 10), a length 0 or 1. */
// (few rules and places: records and document findings often tie)
// (a severity of four, and a fix or none — preferred but one in three: one edit at the finding or a character after it)
const arb = fc
  .record({ rule: fc.nat(2), start: fc.nat(9), len: fc.nat(1), severity: fc.nat(3), fix: fc.nat(3) })
  .map((x) => finding(IDS[x.rule], x.start, x.start + x.len, SEVERITIES[x.severity], x.fix === 0 ? [] : [{ title: 'f', preferred: x.fix !== 3, edits: [{ start: x.start, end: x.start + x.len + x.fix - 1, newText: 'x' }] }]));
/** A finding moved by d, fixes and all. */
const moved = (f: Finding, d: number): Finding => finding(f.ruleId, f.start + d, f.end + d, f.severity, f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })));

describe('placeFindings (core/packed.ts)', () => {
  it('places the chunks\' records and the document findings in the stable order of compareFindings, merged in one pass when each is in order, sorted when not, records dropped by `keep` left out', () => {
    let merged = 0;
    let sorted = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(arb, { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.array(arb, { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.boolean(),
        (chunkLists, docList, chunksInOrder, docsInOrder, dropSeed, close) => {
          // chunks at increasing starts (10 apart: in order unless a chunk's findings are not; 8 apart, `close`: a chunk's
          // findings in order may come after the next chunk's first), findings relative to them
          const own = chunkLists.map((l) => (chunksInOrder ? l.slice().sort(compareFindings) : l));
          const starts = own.map((_, c) => c * (close ? 8 : 10));
          const docs = (docsInOrder ? docList.slice().sort(compareFindings) : docList).map((f) => moved(f, 10 * (f.start % own.length)));
          const chunks = own.map((l) => ({ records: pack(l)! }));
          const keep = dropSeed % 3 === 0 ? null : (c: number, r: number) => (c * 7 + r * 3 + dropSeed) % 4 !== 0;
          const source: FindingSource = { chunkFindings: (c) => own[c], chunkStart: (c) => starts[c], full: () => [] };
          const list = placeFindings(chunks, starts, docs, source, keep, 1);
          // what a stable sort of the kept records, then the document findings, gives
          const all: Finding[] = [];
          own.forEach((l, c) => l.forEach((f, r) => (!keep || keep(c, r) ? all.push(moved(f, starts[c])) : 0)));
          const inOrder = all.every((f, i) => i === 0 || compareFindings(all[i - 1], f) <= 0) && docs.every((f, i) => i === 0 || compareFindings(docs[i - 1], f) <= 0);
          if (inOrder) merged++;
          else sorted++;
          // (a document finding is the very object given, in its place among equal ones: after the records)
          const want = all.concat(docs).sort(compareFindings);
          assert.strictEqual(list.length, want.length);
          const got = Array.from({ length: list.length }, (_, i) => [list.start(i), list.end(i), list.ruleId(i), list.where[i] < 0 ? list.finding(i) : null]);
          assert.deepStrictEqual(got, want.map((f) => [f.start, f.end, f.ruleId, docs.includes(f) ? f : null]));
          // what the language server reads of each: severity, a preferred fix, whether that fix lies inside a range
          // (read from the chunks' records, not from the findings)
          const reads = (l: { severity(i: number): string; severityRank(i: number): number; autoFix(i: number): boolean; fixInside(i: number, s: number, e: number): boolean }, i: number) =>
            [l.severity(i), l.severityRank(i), l.autoFix(i), ...[[0, 60], [want[i].start, want[i].end + 1], [want[i].start + 1, 60], [0, want[i].end], [want[i].start, want[i].start], [want[i].start, want[i].end - 1]].map(([s, e]) => l.fixInside(i, s, e))];
          const plain = new ArrayFindings(want);
          for (let i = 0; i < want.length; i++) assert.deepStrictEqual(reads(list, i), reads(plain, i), `finding ${i}`);
        },
      ),
      { numRuns: 400 },
    );
    // (both ways were taken)
    assert.ok(merged > 50 && sorted > 50, `${merged} merged, ${sorted} sorted`);
  });
});
