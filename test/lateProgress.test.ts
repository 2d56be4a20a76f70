/** client/src/lateProgress.ts: the Open PDF notification shows for long work only (a timer of the test's own). */
import * as assert from 'assert';
import { LateProgress } from '../client/src/lateProgress';

function harness(afterMs = 1000) {
  const timers: Array<{ f: () => void; ms: number; cancelled: boolean }> = [];
  const shown: Array<Array<{ message?: string; increment?: number }>> = [];
  const p = new LateProgress(
    (attach) => {
      const steps: Array<{ message?: string; increment?: number }> = [];
      shown.push(steps);
      attach((s) => steps.push(s));
    },
    afterMs,
    (f, ms) => {
      const t = { f, ms, cancelled: false };
      timers.push(t);
      return t;
    },
    (h) => ((h as { cancelled: boolean }).cancelled = true),
  );
  const fire = () => timers.filter((t) => !t.cancelled).forEach((t) => t.f());
  return { p, timers, shown, fire };
}

describe('LateProgress (Open PDF as Arabic draft: a notification for long files only)', () => {
  it('work that ends before the delay shows nothing', () => {
    const { p, timers, shown, fire } = harness();
    assert.strictEqual(timers[0].ms, 1000);
    p.report({ message: 'page 1/1', percent: 100 });
    p.end();
    fire();
    assert.strictEqual(timers[0].cancelled, true);
    assert.deepStrictEqual(shown, []);
    assert.strictEqual(p.visible, false);
  });

  it('work still running after the delay shows the notification with what was done so far, then each step', () => {
    const { p, shown, fire } = harness();
    p.report({ message: '120 kB' });
    p.report({ message: 'page 1/4', percent: 25 });
    fire();
    assert.strictEqual(p.visible, true);
    p.report({ message: 'page 2/4', percent: 50 });
    p.end();
    assert.deepStrictEqual(shown, [[{ message: 'page 1/4', increment: 25 }, { message: 'page 2/4', increment: 25 }]]);
  });

  it('long work (many pages) shows it at once, once', () => {
    const { p, timers, shown, fire } = harness();
    p.long();
    p.long();
    fire();
    assert.strictEqual(timers[0].cancelled, true);
    assert.strictEqual(shown.length, 1);
    p.end();
    p.long();
    assert.strictEqual(shown.length, 1);
  });
});
