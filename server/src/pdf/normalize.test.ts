/** Kashida glyphs that came out as an ASCII code (LibreOffice with some fonts): told apart from real text by count. */
import * as assert from 'assert';
import { dropKashidaCodes, kashidaCodes } from './normalize';
import { runsOf } from './extract';

const item = (str: string, fontName = 'f1') => ({ str, fontName, transform: [12, 0, 0, 12, 100, 700], width: 50, height: 12 });

describe('kashidaCodes / dropKashidaCodes', () => {
  // sentences written for this test; the kashida came out as "##" or "7" inside the words
  const page = [
    item('ذه##ب الط##الب إل##ى المدرس##ة مبك##را'),
    item('وك##تب الدرس ف##ي دفت##ره الجدي#د'),
    item('قرأ 2016 صفحة و"الكتاب" كاملا'),
  ];

  it('finds the code glued inside many words of one font, and only that one', () => {
    const codes = kashidaCodes(page);
    assert.deepStrictEqual([...(codes.get('f1') ?? [])], ['#']);
  });

  it('drops its runs beside Arabic letters and keeps everything else', () => {
    const codes = kashidaCodes(page).get('f1');
    assert.strictEqual(dropKashidaCodes(page[0].str, codes), 'ذهب الطالب إلى المدرسة مبكرا');
    assert.strictEqual(dropKashidaCodes('العدد #5 من المجلة', codes), 'العدد #5 من المجلة');
    assert.strictEqual(dropKashidaCodes(page[2].str, codes), page[2].str);
  });

  it('a digit code is found too, and real numbers in the same font stay', () => {
    const items = [item('ك77تب الط77الب 12 درس77ا ف7ي 2016 وأن77هى المقال77ة', 'f2')];
    const codes = kashidaCodes(items);
    assert.deepStrictEqual([...(codes.get('f2') ?? [])], ['7']);
    assert.strictEqual(dropKashidaCodes(items[0].str, codes.get('f2')), 'كتب الطالب 12 درسا في 2016 وأنهى المقالة');
  });

  it('a few glued quotation marks or periods (missing spaces) are not a kashida', () => {
    const items = [item('قال"نعم" ثم"لا" وقال "ربما" و"لعل" "حسنا" "طيب".ثم مضى.وعاد'), item('"أ" "ب" "ج" "د" "ه"')];
    assert.strictEqual(kashidaCodes(items).size, 0);
  });

  it('another font on the page keeps the same character', () => {
    const items = [...page, item('سعر#1 و##2 رقم#3 بند#4 فقرة#5 مادة#6', 'f3')];
    const codes = kashidaCodes(items);
    assert.ok(!codes.has('f3'));
    assert.strictEqual(runsOf(items).map((r) => r.str)[3], 'سعر#1 و##2 رقم#3 بند#4 فقرة#5 مادة#6');
    assert.strictEqual(runsOf(items)[0].str, 'ذهب الطالب إلى المدرسة مبكرا');
  });
});
