/**
 * lexicon/visualMixed.ts — Chromium lines read by pdf.js in a presentation-form font (issue 10): the plain-letter
 * runs pdf.js reversed in place, and lam-alef ligatures torn across a space. The damage comes from the laboratory
 * (testing/pdfjsDamage.ts, written apart from the repair); the sentences are written for these tests.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll } from '../engine';
import { seeded } from '../../testing/damage';
import { canPdfjsForms, pdfjsForms } from '../../testing/pdfjsDamage';
import { toPresentationForms } from '../text/charclass';
import { visualToLogical } from './visual';
import { mendTornLamAlef, mixesForms, unreversePlainRuns } from './visualMixed';

/** Sentences written for these tests (news register; not from any corpus). */
const SENTENCES = [
  'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال.',
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.',
  'وقال رئيس البلدية إن أشغال الطريق الجديدة ستنتهي قبل نهاية الصيف المقبل.',
  'وأشار التقرير إلى ارتفاع أسعار المواد الغذائية خلال الأشهر الثلاثة الأخيرة.',
  'وقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق بسبب الظروف المناخية الصعبة.',
  'وتسعى الجمعية إلى توفير الكتب المدرسية لفائدة التلاميذ من العائلات المعوزة.',
];

describe('lexicon/visualMixed: pdf.js on Chromium lines in presentation forms', () => {
  it('the damage mixes presentation forms and plain letters, and the run reversal is its own inverse', () => {
    const rand = seeded(7);
    for (const s of SENTENCES) {
      const d = pdfjsForms(s, rand);
      assert.ok(mixesForms(d), d);
      assert.strictEqual(unreversePlainRuns(unreversePlainRuns(d)), d);
    }
    assert.ok(!mixesForms(SENTENCES[0]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\u0627', '\u0644', ' ', '.', '\uFEE3', '\uFE8E', '1', 'a', '\u060C'), { maxLength: 30 }), (cs) => {
        const s = cs.join('');
        return unreversePlainRuns(unreversePlainRuns(s)) === s && unreversePlainRuns(s).length === s.length;
      }),
    );
  });

  it('fix-all restores the damaged sentences (lam-alef ligatures and plain alef/teh glyphs, fixed seeds)', () => {
    let restored = 0;
    let n = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const rand = seeded(seed);
      for (const s of SENTENCES) {
        if (!canPdfjsForms(s)) continue;
        n++;
        const d = pdfjsForms(s, rand);
        if (fixAll(d).text === s) restored++;
      }
    }
    // measured: 20 of 24, the 4 misses one word: لاحق read الحق (both words; a tie keeps the article)
    assert.ok(restored >= 20, `${restored} of ${n}`);
  });

  it('a line in visual order with every glyph a presentation form (ligatures too) reads as before', () => {
    for (const s of SENTENCES) assert.strictEqual(visualToLogical(toPresentationForms(s, true)).normalize('NFKC'), s);
  });

  it('mends a lam-alef torn across a space when exactly one arrangement makes known words', () => {
    assert.strictEqual(mendTornLamAlef('اللون أ الحمر جدا'), 'اللون الأحمر جدا');
    assert.strictEqual(mendTornLamAlef('التي تعشق ابنها أ الصغر'), 'التي تعشق ابنها الأصغر');
    assert.strictEqual(mendTornLamAlef('بل تجبر إ الخوة على'), 'بل تجبر الإخوة على');
    // two readings the lexicon knows (خالفات, خلافات): left alone
    assert.strictEqual(mendTornLamAlef('من خا لفات كثيرة'), 'من خا لفات كثيرة');
    assert.strictEqual(mendTornLamAlef('مع الجميعو .يعتبر ذلك'), 'مع الجميع. ويعتبر ذلك');
    assert.strictEqual(mendTornLamAlef('جدا ً'), 'جداً');
  });

  it('leaves correct text alone', () => {
    for (const s of [...SENTENCES, 'لا أحد يعرف ما لا يقال.', 'إلى الأمام، لا إلى الوراء.', 'قال الوزير: لا، أبدا.']) {
      assert.strictEqual(mendTornLamAlef(s), s);
      assert.strictEqual(fixAll(s).text, s);
    }
  });
});
