import * as assert from 'assert';
import { lintText } from '../../engine';
import { SLOT_ENTRIES } from './context.data';
import { SLOT_ODDS, slotFormCount, slotOdds } from './context';
import { lexiconFlags, slotClass } from './slot';

const odds = (a: string, b: string) => slotOdds(a, ...lexiconFlags(a), b, ...lexiconFlags(b));
const gaps = (text: string) => lintText(text, { only: ['missing-numeral'] }).findings.map((f) => f.start);

describe('missing-numeral: the slot model (context.ts slotOdds)', () => {
  it('decodes as many fingerprints as the script wrote', () => {
    assert.ok(SLOT_ENTRIES > 1000);
    assert.strictEqual(slotFormCount(), SLOT_ENTRIES);
  });
  it('classes words by the lexicon, then by shape', () => {
    const cls = (w: string) => slotClass(w, ...lexiconFlags(w));
    assert.strictEqual(cls('مارس'), 'M');
    assert.strictEqual(cls('في'), 'R');
    assert.strictEqual(cls('حوالي'), 'A');
    // a definite noun in ة, an indefinite one in ة, an accusative by shape, a present-tense verb
    assert.strictEqual(cls('الوزارة'), 'D4');
    assert.strictEqual(cls('دورة'), 'I4');
    assert.strictEqual(cls('مهاجرا'), 'I6');
    assert.strictEqual(cls('يشارك'), 'V-');
  });
  it('puts a number between the words news writes one between, not between words written side by side', () => {
    for (const [a, b] of [['اعتقال', 'إرهابيين'], ['الميناء', 'مهاجرا'], ['إيقاف', 'مفتشا'], ['وإيقاف', 'أشخاص']]) assert.ok(odds(a, b) >= SLOT_ODDS, `${a} _ ${b}: ${odds(a, b)}`);
    for (const [a, b] of [['في', 'أوروبا'], ['التقاعد', 'موظف'], ['الحكومة', 'جديدة'], ['الوزارة', 'أيضا']]) assert.ok(odds(a, b) < SLOT_ODDS, `${a} _ ${b}: ${odds(a, b)}`);
  });
  it('a double space in a single-spaced draft: a gap where the model says so, a typing slip elsewhere', () => {
    const gap = 'وصل إلى الميناء  مهاجرا غير شرعي أمس.';
    assert.deepStrictEqual(gaps(gap), [gap.indexOf('  ') + 1]);
    assert.deepStrictEqual(gaps('أعلنت الحكومة عن خطة جديدة لدعم المزارعين في  أوروبا وقال الوزير إن المشروع سيتواصل.'), []);
  });
});
