import * as assert from 'assert';
import * as fc from 'fast-check';
import { lintText } from './engine';
import { findingToOriginal, repairedView, toOriginalRange, viewAfterEdits } from './view';

const T = '\u0640';

describe('the repaired view', () => {
  it('is the text itself when there is nothing to repair', () => {
    const v = repairedView('وقالت الوزارة إن الخطة جاهزة.');
    assert.ok(v.identity);
    assert.strictEqual(v.text, 'وقالت الوزارة إن الخطة جاهزة.');
  });

  it('drops controls, tatweel and kashida glyphs, reads presentation forms as letters, and maps back', () => {
    const text = `\u202Bوق!!الت مص${T}${T}ادر \uFEE3\uFEC4\uFEDF\uFECC\uFE94 إن\u202C`;
    const v = repairedView(text);
    assert.strictEqual(v.text, 'وقالت مصادر مطلعة إن');
    const s = v.text.indexOf('مصادر');
    assert.deepStrictEqual(toOriginalRange(v, s, s + 'مصادر'.length), [text.indexOf('مص'), text.indexOf('ادر') + 3]);
  });

  it('reads a line in visual order backwards', () => {
    const v = repairedView('ةيفيرلا قطانملا يف نيعرازملا معدل ةديدج ةطخ\nسطر سليم');
    assert.strictEqual(v.text, 'خطة جديدة لدعم المزارعين في المناطق الريفية\nسطر سليم');
  });

  it('on a line in visual order, keeps each mark after its base: after the glyph where the line was drawn glyph by glyph, reversed with the code units elsewhere', () => {
    // presentation forms drawn in visual order, the damma after its ي (reportlab, mutool): يُزعم, not وُيزعم
    const drawn = '.\ufee5\ufeed\ufea9 \ufee2\ufecb\ufeb0\ufef3\u064f\ufeed';
    assert.strictEqual(repairedView(drawn).text, 'وي\u064fزعم دون.');
    // plain letters reversed code unit by code unit: the damma before its ي in the line, after it once read back
    assert.strictEqual(repairedView('.نود معز\u064fيو ةكرشلا').text, 'الشركة وي\u064fزعم دون.');
    // a mark at a word's edge says which: after its letter and before a space (drawn), in a plain-letter line too
    assert.strictEqual(repairedView('.هيلع ءانبلا مت ةفرغلا نأ\u064f').text, 'أ\u064fن الغرفة تم البناء عليه.');
  });

  it('reads backwards a short line in visual order that opens with its full stop; not a logical line whose full stop moved to its start', () => {
    assert.strictEqual(repairedView('.مم  تغلب تايمكب راطمأ تلطه').text, 'هطلت أمطار بكميات بلغت  مم.');
    assert.strictEqual(repairedView('.نيحشرتم  تاباختنالل حشرت').text, 'ترشح للانتخابات  مترشحين.');
    assert.ok(repairedView('.وقال الوزير إن الخطة جاهزة').identity);
  });

  it('reads backwards a line of two words beside a line in visual order when its reversal reads as well and a word shows a sign; not beside a logical line (claims10)', () => {
    // (يقال إن wrapped before its clause, both lines in visual order: نإ لاقي reads as words both ways — لاقي "met")
    assert.strictEqual(repairedView('نإ لاقي\n.فقوت عورشملا').text, 'يقال إن\nالمشروع توقف.');
    assert.strictEqual(repairedView('نإ لاقي\nالمشروع توقف.').text, 'نإ لاقي\nالمشروع توقف.');
    // (a blank line between: another paragraph, no neighbour)
    assert.strictEqual(repairedView('نإ لاقي\n\n.فقوت عورشملا').text, 'نإ لاقي\n\nالمشروع توقف.');
  });

  it('keeps an empty left-to-right embedding (where pdftotext dropped digits: the evidence fix-all leaves)', () => {
    const text = '\u202Bزار الوفد \u202A \u202Cدول \u2066 \u2069 عربية\u202C';
    assert.strictEqual(repairedView(text).text, 'زار الوفد \u202A \u202Cدول \u2066 \u2069 عربية');
    // (digits inside are no empty embedding: the controls go)
    assert.strictEqual(repairedView('\u202Bعام \u202A2016\u202C\u202C').text, 'عام 2016');
  });

  it('on a line in visual order, a ligature reads in order and a point between two characters maps between them', () => {
    // ﻻ in a visual-order line: لا once the line is read backwards, not ال
    const text = 'ﻦﻴﻨﺜﻻﺍ ﻡﻮﻳ ةطخلا تنلعأ';
    const v = repairedView(text);
    assert.strictEqual(v.text, 'أعلنت الخطة يوم الاثنين');
    // the point after يوم in the view is between م and the space before it in the original (not one further)
    const p = v.text.indexOf(' الاثنين');
    const m = text.indexOf('\uFEE1');
    assert.deepStrictEqual(toOriginalRange(v, p, p), [m, m]);
  });

  it('keeps the letters of a presentation form in order in a line read backwards (lam-alef: لا, not ال)', () => {
    // «وقال مسؤول الاتصال في الوزارة إن الموقع سيعود» shaped and drawn in visual order, as the reportlab route makes it
    const line = '\uFEA9\uFEEE\uFECC\uFEF4\uFEB3 \uFECA\uFED7\uFEEE\uFEE4\uFEDF\uFE8D \uFEE5\uFE87 \uFE93\uFEAD\uFE8D\uFEAF\uFEEE\uFEDF\uFE8D \uFEF2\uFED3 \uFEDD\uFE8E\uFEBC\uFE97\uFEFB\uFE8D \uFEDD\uFEED\uFE86\uFEB4\uFEE3 \uFEDD\uFE8E\uFED7\uFEED';
    const v = repairedView(line);
    assert.strictEqual(v.text, 'وقال مسؤول الاتصال في الوزارة إن الموقع سيعود');
  });

  it('keeps the line breaks, CRLF included, and maps every offset inside the text (property)', () => {
    const piece = fc.constantFrom('قال', 'مصادر', T, '!!', '\u202B', '\u202C', '\uFEE3\uFEC4', '\uFEFB', ' ', '\r\n', '\n', '2016', 'ةيفيرلا قطانملا يف');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const text = ps.join('');
        const v = repairedView(text);
        if (v.identity) return;
        assert.strictEqual(v.toOriginal.length, v.text.length + 1);
        assert.strictEqual((v.text.match(/\n/g) ?? []).length, (text.match(/\n/g) ?? []).length);
        for (let i = 0; i < v.text.length; i++) {
          const o = v.toOriginal[i];
          assert.ok(o >= 0 && o < text.length);
          const hi = text.charCodeAt(o - 1);
          assert.ok(!(hi >= 0xd800 && hi <= 0xdbff), 'not inside a surrogate pair');
        }
      }),
    );
  });

  it('a finding keeps only the edits that land exactly; a command fix stays without its edits', () => {
    const text = `وق!!الت مصادر مطلعة إن`;
    const v = repairedView(text);
    const f = {
      ruleId: 'x', start: 0, end: 5, severity: 'info' as const, message: 'm',
      fixes: [
        { title: 'across the glyph', edits: [{ start: 0, end: 5, newText: 'قال' }] },
        { title: 'after مطلعة', edits: [{ start: v.text.indexOf(' إن'), end: v.text.indexOf(' إن'), newText: ' [من؟]' }] },
        { title: 'review', edits: [{ start: 0, end: 5, newText: '' }], command: { id: 'c', args: [] } },
      ],
    };
    const g = findingToOriginal(v, text, f);
    assert.deepStrictEqual([g.start, g.end], [0, text.indexOf(' مصادر')]);
    assert.deepStrictEqual(g.fixes.map((x) => x.title), ['after مطلعة', 'review']);
    assert.deepStrictEqual(g.fixes[0].edits, [{ start: text.indexOf(' إن'), end: text.indexOf(' إن'), newText: ' [من؟]' }]);
    assert.deepStrictEqual(g.fixes[1].edits, []);
  });
});

describe('unattributed-claim reads the repaired view', () => {
  const claims = (text: string) => lintText(text, { only: ['unattributed-claim'] }).findings.map((f) => text.slice(f.start, f.end));
  it('finds a claim torn by kashida glyphs, in presentation forms and in a line in visual order, on the original words', () => {
    assert.deepStrictEqual(claims('وق!!الت مص!!ادر مطلعة إن الوزير سيستقيل.'), ['وق!!الت مص!!ادر مطلعة']);
    assert.deepStrictEqual(claims('\uFEED\uFED7\uFE8E\uFEDF\uFE96 \uFEE3\uFEBC\uFE8E\uFEA9\uFEAD إن الوزير سيستقيل.'), ['\uFEED\uFED7\uFE8E\uFEDF\uFE96 \uFEE3\uFEBC\uFE8E\uFEA9\uFEAD']);
    const visual = [...'وقالت مصادر مطلعة إن الوزير سيستقيل.'].reverse().join('');
    assert.strictEqual(claims(visual).length, 1);
  });
  it('named sources stay quiet under the same damage', () => {
    assert.deepStrictEqual(claims('وق!!ال وزير الخ!!ارجية سامي نادر إن الخطة جاهزة.'), []);
  });
});

describe('the repaired view after the repairs of the character and layout rules', () => {
  it('applies edits and maps every view offset back to the characters the edit replaced', () => {
    const original = 'قال مص ادر إن الخطة';
    const at = original.indexOf(' ادر');
    const { view, doc } = viewAfterEdits(original, [{ start: at, end: at + 1, newText: '' }]);
    assert.strictEqual(view.text, 'قال مصادر إن الخطة');
    assert.strictEqual(doc.text, view.text);
    const s = view.text.indexOf('مصادر');
    assert.deepStrictEqual(toOriginalRange(view, s, s + 5), [original.indexOf('مص'), original.indexOf('ادر') + 3]);
    const e = view.text.indexOf('الخطة');
    assert.deepStrictEqual(toOriginalRange(view, e, e + 5), [original.indexOf('الخطة'), original.length]);
    assert.strictEqual(view.toOriginal[view.text.length], original.length);
  });

  it('composes with the character reading: tatweel left by an edit elsewhere is still read away', () => {
    const original = `قال مص ادر إن ال${T}${T}خطة`;
    const at = original.indexOf(' ادر');
    const { view } = viewAfterEdits(original, [{ start: at, end: at + 1, newText: '' }]);
    assert.strictEqual(view.text, 'قال مصادر إن الخطة');
    const k = view.text.indexOf('الخطة');
    assert.deepStrictEqual(toOriginalRange(view, k, k + 5), [original.lastIndexOf('ال'), original.length]);
  });

  it('an edit of the view lands only where the original reads the same', () => {
    const original = 'قال مص ادر إن الخطة';
    const at = original.indexOf(' ادر');
    const { view } = viewAfterEdits(original, [{ start: at, end: at + 1, newText: '' }]);
    const inside = view.text.indexOf('مصادر') + 2;
    const after = view.text.indexOf('الخطة');
    const f = findingToOriginal(view, original, {
      ruleId: 'x', start: inside, end: inside, severity: 'info', message: 'm',
      fixes: [{ title: 'in the joined word', edits: [{ start: inside, end: inside, newText: '*' }] }, { title: 'elsewhere', edits: [{ start: after, end: after, newText: '*' }] }],
    });
    assert.deepStrictEqual(f.fixes.map((x) => x.title), ['elsewhere']);
    assert.deepStrictEqual(f.fixes[0].edits, [{ start: original.indexOf('الخطة'), end: original.indexOf('الخطة'), newText: '*' }]);
  });

  it('is made from the repair rules at their defaults: a claim is found the same whether they are enabled or not', () => {
    const text = `ويرى محل${T}${T}لون أن الخطة متأخرة.\nوقال مسؤولون إن الأسعار سترتفع.`;
    const claims = (o: Parameters<typeof lintText>[1]) => lintText(text, o).findings.filter((f) => f.ruleId === 'unattributed-claim').map((f) => [f.start, f.end]);
    const all = claims({});
    assert.ok(all.length >= 2, JSON.stringify(all));
    assert.deepStrictEqual(claims({ only: ['unattributed-claim'] }), all);
    assert.deepStrictEqual(claims({ rules: { tatweel: { level: 'off' }, 'split-word': { level: 'off' } } }), all);
  });
});
