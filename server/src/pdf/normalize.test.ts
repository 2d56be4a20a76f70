/** Kashida glyphs that came out as an ASCII code (LibreOffice with some fonts): told apart from real text by count. */
import * as assert from 'assert';
import { alefBases, dropKashidaCodes, kashidaCodes, unmappedAlefParts } from './normalize';
import { layoutPage } from './layout';
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

describe('alefBases', () => {
  const it1 = (str: string, width = 30, fontName = 'f2') => ({ str, width, fontName, size: 12 });

  it('a zero-width hamza-alef with its base in the same item is the hamza-alef alone', () => {
    assert.deepStrictEqual(alefBases([it1('\u0623\u0627', 0.1), it1('\u0623\u0011', 0.1), it1('\u0623\u0627', 8)]), ['\u0623', '\u0623', '\u0623\u0627']);
  });

  it('a one-character code beside a zero-width hamza-alef of the same font is dropped, elsewhere kept', () => {
    const items = [it1('$', 3), it1('\u0623', 0), it1('\u0644', 2), it1('$', 3), it1('\u0644', 2)];
    assert.deepStrictEqual(alefBases(items), ['', '\u0623', '\u0644', '$', '\u0644']);
  });

  it('a C0 code standing where a font has too few alefs is that font’s isolated alef', () => {
    // sentences written for this test, every isolated alef (after و ر د ز, at a word start) written as U+0011
    const body = 'ذهب \u0011لطالب \u0011لى د\u0011ر \u0011لمعلم في \u0011لصب\u0011ح و\u0011ستمع \u0011لى \u0011لدرس ثم ر\u0011جع \u0011لى بيته';
    const items = [it1(body), it1(body), it1('يكتب الطالب درسه كل يوم', 30, 'f1')];
    const out = alefBases(items);
    assert.strictEqual(out[0], body.split('\u0011').join('\u0627'));
    assert.strictEqual(out[2], items[2].str);
  });

  it('a C0 code in runs (a kashida) or in a font with enough alefs stays as it is', () => {
    const kashida = 'ذهب ال\u0014\u0014طالب إلى الدار مب\u0014\u0014كرا ثم عاد إلى البيت ليق\u0014\u0014رأ كتابا عن الف\u0014\u0014ضاء ويكتب';
    assert.deepStrictEqual(alefBases([it1(kashida), it1(kashida)]), [kashida, kashida]);
    const plenty = 'قال الطالب إن الدار كانت واسعة \u0011 وإن الأساتذة كانوا هناك \u0011 مع الآباء \u0011 والأمهات \u0011 في القاعة الكبرى';
    assert.deepStrictEqual(alefBases([it1(plenty), it1(plenty)]), [plenty, plenty]);
  });
});

describe('dropKashidaCodes at word edges', () => {
  it('a period that is the code is dropped inside words, kept alone at a word end', () => {
    const codes = new Set(['.']);
    assert.strictEqual(dropKashidaCodes('ذه..ب الط.الب إلى المدرس..ة مبكرا.', codes), 'ذهب الطالب إلى المدرسة مبكرا.');
    assert.strictEqual(dropKashidaCodes('ذهب.. الطالب', codes), 'ذهب الطالب');
  });
});

describe('glyphs without a Unicode value under LuaLaTeX (pdf.js U+FFFD): unmappedAlefParts, runsOf', () => {
  // pdf.js items of آخر and الأخبار as LuaLaTeX draws them: one glyph each, right to left, the unmapped glyph U+FFFD
  const at = (str: string, x: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, 700], width, height: 12, fontName: 'f1' });
  it('a zero-advance U+FFFD just before an alef is its madda; a U+FFFD after a lone hamza mark is its alef', () => {
    const akhar = [at('\uFFFD', 494, 0), at('ا', 494, 2), at('خ', 488, 6), at('ر', 484, 4)];
    assert.deepStrictEqual(layoutPage(runsOf(akhar)), ['آخر']);
    const akhbar = [at('ا', 510, 3), at('ل', 506, 4), at('\u0654', 499.7, 0), at('\uFFFD', 500, 6), at('خ', 494, 6), at('ب', 491, 3), at('ا', 488, 3), at('ر', 484, 4)];
    assert.deepStrictEqual(layoutPage(runsOf(akhbar)), ['الأخبار']);
  });
  it('on a page without spaces, an unmapped glyph between two letters leaves no gap (الكوليزي, not ال كوليزي)', () => {
    // ا ل [connection, unmapped] ك و ل ي ز ي, then a word 3 pt away: the connection's 2.2 pt are no word gap
    const items = [at('ا', 510, 3), at('ل', 507, 3), at('\uFFFD', 504.8, 2.2), at('ك', 497.8, 7), at('و', 493.8, 4), at('ل', 490.8, 3), at('ي', 487.8, 3), at('ز', 483.8, 4), at('ي', 480.8, 3)];
    for (const w of ['في', 'المدينة', 'الجديدة']) {
      const x0 = Math.min(...items.map((i) => i.transform[4])) - 3;
      [...w].forEach((c, k) => items.push(at(c, x0 - 4 * (k + 1), 4)));
    }
    assert.deepStrictEqual(layoutPage(runsOf(items)), ['الكوليزي في المدينة الجديدة']);
  });

  it('any other U+FFFD stays unread', () => {
    const items = [
      { str: '\uFFFD', x: 494, width: 0, size: 12 }, // no alef after it
      { str: 'ب', x: 488, width: 6, size: 12 },
      { str: '\uFFFD', x: 480, width: 6, size: 12 }, // no hamza before it
    ];
    assert.deepStrictEqual(unmappedAlefParts(items, items.map((i) => i.str)), ['\uFFFD', 'ب', '\uFFFD']);
  });
});
