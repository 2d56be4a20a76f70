import * as assert from 'assert';
import { DamageSigns, hasDamageSigns } from './damage';

describe('text/damage', () => {
  const signed = (s: string) => hasDamageSigns(s, 0, s.length);
  it('finds the signs of a PDF route', () => {
    assert.ok(signed('سنة \u202A 4102\u202C'), 'LRE embedding');
    assert.ok(signed('\u2067كلمة\u2069'), 'isolate');
    assert.ok(signed('\uFEE3\uFEAE\uFEA3\uFE92\uFE8E'), 'presentation forms');
    assert.ok(signed('تمو!!يل'), 'kashida glyph !');
    assert.ok(signed('الحكو%%مة'), 'kashida glyph %');
    assert.ok(signed('ا**ننئابز ةمال**س'), 'kashida glyph *, twice');
    assert.ok(!signed('و**كلمة** أخرى'), 'Markdown bold once');
    assert.ok(signed('المص(cid:2)(cid:2)ادقة'), 'pdfminer cid');
    assert.ok(signed('وضعف ال أجور في القطاع'), 'article torn from its hamza alef (PDFium)');
    assert.ok(signed('وال أزمة الصناديق'), '… after a clitic');
    assert.ok(signed('قال عبد ا لكريم'), 'the alef of an article torn off (PDFium)');
    assert.ok(signed('الحقيقة وا لكرامة'), '… after a clitic');
    assert.ok(signed('حل ل أزمة المياه'), 'a lam torn from its hamza alef');
  });
  it('finds none in correct text', () => {
    for (const s of ['أعلنت الحكومة 05 أطنان في 2017.', 'نسبة 30% من السكان! رائع', 'كلمة\u200F أخرى', 'ملاحظة (1) و*تنبيه*', '']) assert.ok(!signed(s), s);
    // an acronym of two letters; a word ending in ال; لا before a hamza word
    for (const s of ['طائرة البوينغ 777-200 ال آر', 'قال أحمد إنه', 'لا أحد يعرف', 'من أجل الأمن']) assert.ok(!signed(s), s);
    // a word ending in ا or ل before a word of lam or hamza; بل before a hamza word
    for (const s of ['هذا لكل الناس', 'بل أكثر من ذلك', 'قبل أن يغادر', 'كما لم يكن', 'يمثّل أكبر خطر']) assert.ok(!signed(s), s);
  });
  it('answers per line, and for the text', () => {
    const d = new DamageSigns('سطر سليم\r\nسنة \u202A4102\u202C\nسطر آخر\n');
    assert.deepStrictEqual([d.lineAt(0), d.lineAt(12), d.lineAt(30)], [false, true, false]);
    assert.ok(d.any);
    assert.ok(d.mostly, 'one line in three');
    const long = new DamageSigns(`سنة \u202A4102\u202C\n${'سطر سليم\n'.repeat(10)}`);
    assert.ok(long.any && !long.mostly);
    assert.ok(!new DamageSigns('').any);
  });
});
