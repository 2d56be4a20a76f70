import * as assert from 'assert';
import * as fc from 'fast-check';
import { findingsOf, ruleTester } from '../../testing/ruleTester';
import { unbalancedQuote } from './unbalanced-quote';

ruleTester(unbalancedQuote, {
  valid: [
    'قال الوزير (في ندوة صحفية) إن «الخطة جاهزة» [بحسب البيان].',
    { text: 'قال الوزير (في ندوة\nصحفية) إن الخطة جاهزة.', name: 'a pair across a line break of one paragraph' },
    { text: 'قال "الوزير إن الخطة جاهزة', name: 'straight quotes are not judged' },
    { text: 'قال “الوزير إن الخطة جاهزة', name: 'curly quotes are not judged' },
    { text: 'قدمت الشركة )كاتسو( عرضا', name: 'a mirrored pair is mirrored-bracket’s' },
  ],
  invalid: [
    { text: 'قال الوزير (في ندوة صحفية إن الخطة جاهزة.', flagged: ['('], message: /never closed/ },
    { text: 'قال الوزير في ندوة صحفية) إن الخطة جاهزة.', flagged: [')'], message: /closes nothing/ },
    { text: 'قال الوزير «الخطة جاهزة.\n\nوأضاف» أن التنفيذ يبدأ قريبا.', count: 2, name: 'a blank line separates paragraphs' },
  ],
});

describe('unbalanced-quote details', () => {
  it('offers no fix (where the mark belongs is the writer’s call)', () => {
    const [f] = findingsOf(unbalancedQuote, 'قال (الوزير');
    assert.deepStrictEqual(f.fixes, []);
  });

  it('never fires on balanced text (property)', () => {
    const word = fc.constantFrom('الحكومة', 'أعلنت', 'في', 'خطة', '2016', 'جديدة');
    const balanced: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        word,
        fc.tuple(fc.constantFrom(['(', ')'], ['«', '»'], ['[', ']']), fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 4 })).map(([[o, c], xs]) => `${o}${xs.join(' ')}${c}`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(fc.array(balanced, { minLength: 1, maxLength: 6 }), (xs) => {
        assert.deepStrictEqual(findingsOf(unbalancedQuote, xs.join(' ')), []);
      }),
    );
  });
});
