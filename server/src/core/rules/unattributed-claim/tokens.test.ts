import * as assert from 'assert';
import { TextTokens } from '../../text/tokens';
import { joinSplitWords } from './joins';
import { lexiconFor } from './lexicon';
import { Tokens } from './tokens';

describe('unattributed-claim tokens (the rule\'s view of the shared token layer)', () => {
  it('joins torn words in its own copy: the shared tokens are left as they were', () => {
    const text = 'أك دت مص ادر من الشرطة أن المشتبه به فر.';
    const shared = new TextTokens(text);
    const before = Array.from(shared.s.subarray(0, shared.n));
    const view = new Tokens(shared);
    joinSplitWords(view, lexiconFor({}));
    assert.strictEqual(view.n, shared.n - 2);
    assert.deepStrictEqual([view.w(0), view.w(1)], ['اكدت', 'مصادر']);
    assert.deepStrictEqual(Array.from(shared.s.subarray(0, shared.n)), before);
    assert.strictEqual(shared.w(0), 'اك');
  });
});
