/**
 * Adversarial inputs (server/src/testing/adversarial.ts; `npm run bench` measures the same at full size):
 * every rule and fix-all must finish without a throw or a rule failure, with well-formed ranges that split
 * no surrogate pair and no CRLF, an idempotent fix-all, and within a generous bound of heap (a runaway
 * allocation). No clock here: how the time grows with the size of each input is `npm run bench`'s linear
 * section (scripts/bench-linear.mjs, n and 4n side by side, the ratio), so a slow or loaded machine fails
 * nothing and a super-linear rule shows as a ratio. (The mocha timeout below only stops a hang.)
 */
import * as assert from 'assert';
import { adversarialInputs } from '../testing/adversarial';
import { fixAll, lintText } from './engine';
import { RULES } from './registry';
import type { Finding } from './types';

const HANG_MS = 120_000;
const MAX_HEAP_GROWTH = 1.5 * 1024 * 1024 * 1024;
const ALL = { only: RULES.map((r) => r.id) };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Is offset p a place a range may start or end: not inside a surrogate pair, not between \r and \n. */
function boundary(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  const a = text.charCodeAt(p - 1);
  const b = text.charCodeAt(p);
  return !(isHigh(a) && isLow(b)) && !(a === 0x0d && b === 0x0a);
}

function checkRange(text: string, s: number, e: number, what: string): void {
  assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${what}: [${s}, ${e}) out of [0, ${text.length}]`);
  assert.ok(boundary(text, s) && boundary(text, e), `${what}: [${s}, ${e}) splits a surrogate pair or a CRLF`);
}

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    checkRange(text, f.start, f.end, `${f.ruleId} finding`);
    for (const fix of f.fixes) for (const e of fix.edits) checkRange(text, e.start, e.end, `${f.ruleId} edit of "${fix.title}"`);
  }
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return process.memoryUsage().heapUsed;
}

describe('adversarial inputs: no failure, well-formed, idempotent, bounded in memory', function () {
  // Full size (1 Mi code units, 100,000 lines, 50,000 levels) except the long line: 2 MB here, 10 MB in the
  // bench and in the CLI test. About 15 s in all on 2 cores.
  for (const { name, text } of adversarialInputs(1, 2)) {
    it(`${name} (${text.length} UTF-16 units): lint and fix-all`, function () {
      this.timeout(HANG_MS);
      const h0 = heapUsed();
      const r = lintText(text, ALL);
      assert.deepStrictEqual(r.failures, [], 'no rule failed');
      checkFindings(text, r.findings);

      const once = fixAll(text, ALL);
      const twice = fixAll(once.text, ALL);
      assert.ok(twice.text === once.text, `fix-all is idempotent (a second run applied ${twice.applied} fixes)`);
      const after = lintText(once.text, ALL);
      assert.deepStrictEqual(after.failures, [], 'no rule failed on the fixed text');
      checkFindings(once.text, after.findings);

      const grown = heapUsed() - h0;
      assert.ok(grown < MAX_HEAP_GROWTH, `heap grew by ${(grown / 1048576).toFixed(0)} MB`);
    });
  }
});
