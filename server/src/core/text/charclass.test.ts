import * as assert from 'assert';
import {
  convertDigits,
  DigitSystem,
  digitSystem,
  drawnApart,
  Form,
  isConvertiblePresentationForm,
  isSpacingMarkForm,
  joiningForm,
  toPresentationForms,
} from './charclass';

describe('charclass', () => {
  it('joining forms follow the Unicode decomposition tags', () => {
    assert.strictEqual(joiningForm(0xfe8d), Form.Isolated); // alef isolated
    assert.strictEqual(joiningForm(0xfe8e), Form.Final); // alef final
    assert.strictEqual(joiningForm(0xfeb3), Form.Initial); // seen initial
    assert.strictEqual(joiningForm(0xfeb4), Form.Medial); // seen medial
    assert.strictEqual(joiningForm(0xfef2), Form.Final); // yeh final
    assert.strictEqual(joiningForm(0xfefc), Form.Final); // lam-alef final
    assert.strictEqual(joiningForm(0xfb50), Form.Isolated); // alef wasla isolated
    assert.strictEqual(joiningForm(0xfc00), Form.Isolated);
    assert.strictEqual(joiningForm(0xfc64), Form.Final);
    assert.strictEqual(joiningForm(0xfd3c), Form.Final);
    assert.strictEqual(joiningForm(0xfdf2), Form.Isolated); // ﷲ
    assert.strictEqual(joiningForm(0xfd3e), Form.None); // ornate parenthesis
    assert.strictEqual(joiningForm(0x0627), Form.None);
  });
  it('drawnApart: the glyphs either side of a space were drawn unjoined (presentation forms only)', () => {
    assert.ok(drawnApart(0xfe8f, 0xfee3)); // ﺏ isolated before ﻣ: ب alone
    assert.ok(drawnApart(0xfe90, 0xfee3)); // ﺐ final: the word ended there
    assert.ok(drawnApart(0xfe92, 0xfee3)); // ﺒ medial before an initial ﻣ: that word starts apart
    assert.ok(!drawnApart(0xfe91, 0xfee4)); // ﺑ initial, ﻤ medial: one word torn by a gap
    assert.ok(!drawnApart(0xfeee, 0xfef3)); // ﻮ final waw (never joins the next), ﻳ initial: a tear after و
    assert.ok(!drawnApart(0x0628, 0x0645)); // plain letters say nothing
  });
  it('convertible presentation forms are those NFKC changes', () => {
    assert.ok(isConvertiblePresentationForm(0xfe8d));
    assert.ok(isConvertiblePresentationForm(0xfdfa));
    assert.ok(!isConvertiblePresentationForm(0xfdfd));
    assert.ok(!isConvertiblePresentationForm(0xfd3e));
    assert.ok(!isConvertiblePresentationForm(0xfe73));
    assert.ok(!isConvertiblePresentationForm(0xfeff));
    assert.ok(isSpacingMarkForm(0xfe70) && isSpacingMarkForm(0xfc60) && !isSpacingMarkForm(0xfe71));
  });
  it('toPresentationForms shapes letters as a PDF extractor does', () => {
    assert.strictEqual(toPresentationForms('الحكومة'), '\uFE8D\uFEDF\uFEA4\uFEDC\uFEEE\uFEE3\uFE94');
    assert.strictEqual(toPresentationForms('لا'), '\uFEFB');
    assert.strictEqual(toPresentationForms('من', true), '\uFEE6\uFEE3');
    assert.strictEqual(toPresentationForms('استغلال').normalize('NFKC'), 'استغلال');
  });
  it('digits', () => {
    assert.strictEqual(digitSystem(0x35), DigitSystem.Western);
    assert.strictEqual(digitSystem(0x0665), DigitSystem.ArabicIndic);
    assert.strictEqual(digitSystem(0x06f5), DigitSystem.Persian);
    assert.strictEqual(convertDigits('1,250.5', DigitSystem.ArabicIndic), '\u0661,\u0662\u0665\u0660.\u0665');
    assert.strictEqual(convertDigits('\u06F4\u0665', DigitSystem.Western), '45');
  });
});
