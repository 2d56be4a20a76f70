import * as assert from 'assert';
import type { Finding, Severity } from '../core/types';
import { capFindings, thousands } from './cap';

/** Findings at the given starts (two characters long), in document order. */
function at(specs: Array<[number, Severity]>): Finding[] {
  return specs.map(([start, severity], i) => ({ ruleId: `r${i}`, start, end: start + 2, severity, message: '', fixes: [] }));
}

const starts = (fs: readonly Finding[]) => fs.map((f) => f.start);

describe('capFindings (tadqiq.maxDiagnostics)', () => {
  const many = at([0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((s) => [s, 'warning']));

  it('sends everything up to the cap, and with a cap of 0', () => {
    assert.strictEqual(capFindings(many, 10, 0), many);
    assert.strictEqual(capFindings(many, 0, 0), many);
  });

  it('over the cap: the findings nearest the last edit, in document order', () => {
    assert.deepStrictEqual(starts(capFindings(many, 3, 51)), [40, 50, 60]);
    assert.deepStrictEqual(starts(capFindings(many, 4, 0)), [0, 10, 20, 30]);
    assert.deepStrictEqual(starts(capFindings(many, 2, 1000)), [80, 90]);
    // a finding that holds the focus is at distance 0
    assert.deepStrictEqual(starts(capFindings(many, 1, 41)), [40]);
  });

  it('errors first whatever their place, then the nearest of the next severity', () => {
    const mixed = at([
      [0, 'hint'],
      [5, 'error'],
      [10, 'warning'],
      [20, 'info'],
      [30, 'warning'],
      [40, 'warning'],
      [95, 'error'],
    ]);
    assert.deepStrictEqual(starts(capFindings(mixed, 3, 41)), [5, 40, 95]);
    assert.deepStrictEqual(starts(capFindings(mixed, 5, 41)), [5, 10, 30, 40, 95]);
    assert.deepStrictEqual(starts(capFindings(mixed, 6, 0)), [5, 10, 20, 30, 40, 95]);
    assert.deepStrictEqual(starts(capFindings(mixed, 1, 100)), [95]);
  });

  it('sends exactly the cap and keeps each finding once', () => {
    const big = at(Array.from({ length: 5000 }, (_, i) => [i * 3, (['error', 'warning', 'info', 'hint'] as const)[(i * 7) % 4]]));
    for (const focus of [0, 7000, 14999, 20000]) {
      const sent = capFindings(big, 1000, focus);
      assert.strictEqual(sent.length, 1000);
      assert.strictEqual(new Set(sent).size, 1000);
      for (let i = 1; i < sent.length; i++) assert.ok(sent[i - 1].start < sent[i].start);
      assert.ok(sent.every((f) => f.severity === 'error' || f.severity === 'warning'));
    }
  });

  it('writes the counts of its message with a comma between thousands, as toLocaleString(\'en\') does', () => {
    for (const n of [0, 7, 999, 1000, 13296, 100000, 999999, 1234567, 2 ** 31]) assert.strictEqual(thousands(n), n.toLocaleString('en'), String(n));
  });
});
