/**
 * Issue 9: numeral sentences written for this test, put through PDF damage by the test tooling of
 * server/src/testing/pdfDamage.ts (visual order, presentation forms, both), keep their findings: recall within 5 points
 * of the same sentences undamaged, and no finding on the correct sentences appears under damage. On a line in visual
 * order the finding has no placeholder edit; once reversed-line has repaired the line, the placeholder lands at the gap.
 */
import * as assert from 'assert';
import { fixAll, lintText } from '../../engine';
import { findingsOf } from '../../../testing/ruleTester';
import { damage, damageMarked, DAMAGES, MARK, prng } from '../../../testing/pdfDamage';
import { missingNumeral, PLACEHOLDER_SNIPPET } from '.';

/** `‸` is where the number was; it is dropped with the digits, the spaces around it stay. */
const GAPS = [
  'شارك في الدورة ‸ عداءً من مختلف الجهات',
  'زار الوفد ‸ دول إفريقية خلال الشهر الماضي',
  'بلغت قيمة الصفقة ‸ مليون دينار حسب الوزارة',
  'تم حجز ‸ طنا من الخضر الفاسدة بالسوق المركزية',
  'أصيب حوالي ‸ شخصا في حادث المرور',
  'يبلغ من العمر ‸ عاما ويقيم في الضاحية الجنوبية',
  'ارتفعت نسبة التضخم إلى ‸ بالمائة خلال الثلاثي الأول',
  'تراجع العجز بنسبة ‸% مقارنة بالسنة الماضية',
  'ولد الشاعر سنة ‸ في قرية صغيرة بالجنوب',
  'انطلق المشروع في عام ‸، ولم يكتمل بعد',
  'وقع الحادث يوم الأحد ‸ جويلية في الطريق الوطنية',
  'تنطلق الدورة يوم الاثنين ‸ نوفمبر بمدينة الثقافة',
  'انعقد الاجتماع يوم الثلاثاء ‸ أفريل بمقر الولاية',
  'صدر القانون عدد ‸ لسنة 2016 المتعلق بالاستثمار',
  'يمتد البرنامج على ‸ أشهر ويشمل كل الولايات',
  'خصصت البلدية ‸ ألف دينار لتهيئة الحديقة',
  'شارك ‸ لاعبين في التربص التحضيري',
  'استمرت المفاوضات حوالي ‸ ساعات دون نتيجة',
  'سجل الفريق ‸ أهداف في المباراة الأخيرة',
  'تضم المدينة ‸ مدارس ابتدائية وإعدادية',
  'وصل عدد الزوار إلى ‸ زائر في اليوم الأول',
  'تم تسجيل ‸ حالات إصابة جديدة بالفيروس',
  'يبعد السد عن المدينة ‸ كلم تقريبا',
  'أنتجت الجهة ‸ طن من الزيتون هذا الموسم',
  'وقع الاتفاق بين الطرفين في ‸ مارس الماضي',
  'تم إيقاف ‸ أشخاص بتهمة السرقة',
  'شهدت الفترة بين ‸ و2016 تحولات كبيرة',
  'تأسست الجمعية سنة ‸ بمبادرة من الأهالي',
  'تدوم الرحلة نحو ‸ ساعات بالحافلة',
  'عاد إلى البلاد بعد غياب دام ‸ سنوات',
  'حضر الندوة قرابة ‸ مشاركا من عدة دول',
  'قدرت الخسائر بحوالي ‸ مليون دولار',
  'نظمت الجامعة ‸ ملتقيات علمية هذه السنة',
  'بلغ معدل النجاح ‸ بالمائة في الباكالوريا',
  'انتدبت الوزارة ‸ أستاذا جديدا للتعليم الثانوي',
  'صدر الحكم بالسجن ‸ سنوات مع النفاذ العاجل',
  'تم توزيع ‸ طرد غذائي على العائلات المعوزة',
  'دخل القرار حيز التنفيذ منذ ‸ جانفي الماضي',
  'افتتحت المكتبة يوم الخميس ‸ ماي بحضور الوالي',
  'يضم المهرجان ‸ عروض مسرحية و ‸ عروض موسيقية',
];

/** Correct sentences, with and without numbers. */
const CORRECT = [
  'شارك في الدورة عداؤون من مختلف الجهات',
  'زار الوفد دولا إفريقية خلال الشهر الماضي',
  'بلغت قيمة الصفقة 12 مليون دينار حسب الوزارة',
  'أصيب عدد من الأشخاص في حادث المرور',
  'يبلغ من العمر 45 عاما ويقيم في الضاحية الجنوبية',
  'ارتفعت نسبة التضخم خلال الثلاثي الأول',
  'انطلق المشروع في العام الماضي ولم يكتمل بعد',
  'وقع الحادث يوم الأحد في الطريق الوطنية',
  'تنطلق الدورة يوم الاثنين 14 نوفمبر بمدينة الثقافة',
  'يمتد البرنامج على أشهر عديدة ويشمل كل الولايات',
  'استمرت المفاوضات ساعات طويلة دون نتيجة',
  'تضم المدينة مدارس ابتدائية وإعدادية كثيرة',
  'عاد إلى البلاد بعد غياب طويل عن الأهل',
  'نظمت الجامعة ملتقيات علمية هذه السنة',
  'دخل القرار حيز التنفيذ منذ بداية الشهر',
  'افتتحت المكتبة يوم الخميس بحضور الوالي',
  'قال الوزير إن الحكومة ستعلن عن خطة جديدة لدعم الفلاحين',
  'وأكدت الوزارة أن الامتحانات ستجرى في موعدها',
  'تتواصل الأشغال في الطريق السريعة رغم الأمطار',
  'يعتبر هذا الإنجاز الأول من نوعه في الجهة',
];

/** Recall over GAPS (a finding within one unit of each gap) and findings on CORRECT, under one damage. */
function measure(kind: (typeof DAMAGES)[number]): { recall: number; alarms: number } {
  let gaps = 0;
  let found = 0;
  for (const s of GAPS) {
    const { text, marks } = damageMarked(s.split('‸').join(MARK), kind);
    const at = findingsOf(missingNumeral, text).map((f) => f.start);
    for (const p of marks) {
      gaps++;
      if (at.some((q) => Math.abs(q - p) <= 1)) found++;
    }
  }
  let alarms = 0;
  for (const s of CORRECT) alarms += findingsOf(missingNumeral, damage(s, kind)).length;
  return { recall: found / gaps, alarms };
}

describe('rule missing-numeral: under PDF damage (issue 9)', () => {
  const clean = measure('none');
  it(`the sentences undamaged: recall ${clean.recall.toFixed(3)}, no finding on the correct ones`, () => {
    assert.ok(clean.recall >= 0.7, `recall ${clean.recall}`);
    assert.strictEqual(clean.alarms, 0);
  });
  for (const kind of DAMAGES.filter((d) => d !== 'none')) {
    it(`${kind}: recall within 5 points of the undamaged sentences, no new finding on the correct ones`, () => {
      const got = measure(kind);
      assert.ok(clean.recall - got.recall <= 0.05, `${kind}: recall ${got.recall.toFixed(3)} against ${clean.recall.toFixed(3)} undamaged`);
      assert.strictEqual(got.alarms, 0, `${kind}: findings on correct sentences`);
    });
  }

  it('justified: a double space is no evidence, the sentences in one justified text keep the gaps their constructions prove', () => {
    const marked = GAPS.map((s) => s.split('‸').join(MARK)).join('\n');
    const { text, marks } = damageMarked(marked, 'none', { justified: true, rand: prng(7) });
    const at = findingsOf(missingNumeral, text).map((f) => f.start);
    const found = marks.filter((p) => at.some((q) => Math.abs(q - p) <= 1)).length;
    assert.ok(found / marks.length >= 0.25, `justified: ${found}/${marks.length}`);
  });

  it('on a line in visual order the finding has no placeholder edit; once reversed-line repairs the line, the placeholder lands at the gap', () => {
    for (const kind of ['visual', 'visual-forms'] as const) {
      const s = 'وقع الحادث يوم الأحد ‸ جويلية في الطريق الوطنية';
      const { text } = damageMarked(s.split('‸').join(MARK), kind);
      const [f] = findingsOf(missingNumeral, text);
      assert.ok(f, kind);
      assert.ok(f.fixes.every((x) => x.edits.length === 0), `${kind}: no edit into a visual-order line`);
      const repaired = fixAll(text, { only: ['reversed-line', 'presentation-form'] }).text;
      assert.strictEqual(repaired.normalize('NFKC'), s.replace('‸', '').normalize('NFKC'), kind);
      const [g] = findingsOf(missingNumeral, repaired);
      const e = g.fixes[0].edits[0];
      const typed = repaired.slice(0, e.start) + e.newText.replace(PLACEHOLDER_SNIPPET, '14') + repaired.slice(e.end);
      assert.strictEqual(typed, s.replace('‸', '14'), kind);
      assert.deepStrictEqual(lintText(typed, { only: [missingNumeral.id] }).findings, []);
    }
  });
});
