import * as assert from 'assert';
import { pullWait } from './debounce';

describe('pullWait (tadqiq.debounce for a pull)', () => {
  it('before any check: the setting', () => {
    assert.strictEqual(pullWait(undefined, 150), 150);
    assert.strictEqual(pullWait({ checks: 0, lastMs: 0 }, 150), 150);
  });

  it("an incremental checker's first check (the whole draft) does not make the next pull wait, however long it took", () => {
    assert.strictEqual(pullWait({ checks: 1, lastMs: 600 }, 150), 0);
  });

  it('after that, a check quicker than the setting: no wait; a slower one: the setting', () => {
    assert.strictEqual(pullWait({ checks: 2, lastMs: 20 }, 150), 0);
    assert.strictEqual(pullWait({ checks: 2, lastMs: 150 }, 150), 150);
    assert.strictEqual(pullWait({ checks: 9, lastMs: 400 }, 150), 150);
  });

  it('a checker that checks the whole draft every time (fullCheck): its first check is the rule', () => {
    assert.strictEqual(pullWait({ checks: 1, lastMs: 600, whole: true }, 150), 150);
    assert.strictEqual(pullWait({ checks: 1, lastMs: 20, whole: true }, 150), 0);
  });
});
