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

  it('keeps what a plain reading of the rule keeps (severities that fit, then the cut one nearest the focus), over random lists', () => {
    // (the rule written the plain way: sort the cut severity by distance, ties to the earlier finding)
    const expected = (fs: readonly Finding[], max: number, focus: number): number[] => {
      const rank = (f: Finding) => ['error', 'warning', 'info', 'hint'].indexOf(f.severity);
      const per = [0, 0, 0, 0];
      for (const f of fs) per[rank(f)]++;
      let cut = 0;
      let room = max;
      while (cut < 4 && per[cut] <= room) room -= per[cut++];
      const dist = (f: Finding) => (f.start >= focus ? f.start - focus : Math.max(0, focus - f.end));
      const ofCut = fs.map((f, i) => i).filter((i) => rank(fs[i]) === cut);
      // (the walk outwards from the first at or after the focus takes the one before on a tie)
      const first = ofCut.findIndex((i) => fs[i].start >= focus);
      let hi = first < 0 ? ofCut.length : first;
      let lo = hi - 1;
      const kept = new Set<number>();
      for (let k = 0; k < room; k++) {
        if (lo >= 0 && (hi >= ofCut.length || dist(fs[ofCut[lo]]) <= dist(fs[ofCut[hi]]))) kept.add(ofCut[lo--]);
        else if (hi < ofCut.length) kept.add(ofCut[hi++]);
      }
      return fs.map((f, i) => i).filter((i) => rank(fs[i]) < cut || kept.has(i));
    };
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % k);
    for (let t = 0; t < 600; t++) {
      let s = 0;
      // (one list in three without errors or hints, as a damaged draft's: the cut severity the first there is)
      const sevs = t % 3 === 0 ? (['warning', 'info'] as const) : (['error', 'warning', 'info', 'hint'] as const);
      const fs = at(Array.from({ length: 1 + rand(60) }, () => [(s += rand(4)), sevs[rand(sevs.length)]]));
      const max = 1 + rand(fs.length);
      const focus = rand(s + 10);
      const sent = capFindings(fs, max, focus);
      assert.deepStrictEqual(
        sent.map((f) => fs.indexOf(f)),
        fs.length <= max ? fs.map((f, i) => i) : expected(fs, max, focus),
        `list ${t}: max ${max}, focus ${focus}`,
      );
    }
  });

  it('writes the counts of its message with a comma between thousands, as toLocaleString(\'en\') does', () => {
    for (const n of [0, 7, 999, 1000, 13296, 100000, 999999, 1234567, 2 ** 31]) assert.strictEqual(thousands(n), n.toLocaleString('en'), String(n));
  });
});
