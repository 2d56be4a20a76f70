import * as assert from 'assert';
import { isAnyDigit, isPresentationForm, TATWEEL } from './arabic';
import { isBidiControl, isKashidaGlyph, isPrintedKashidaChar } from './charclass';
import { BREAK, CH, CLOSER, isWordJunk, OPENER, TERM } from './chars';
import { BREAK_RE, DIGIT_RE, ForwardScan, KASHIDA_GLYPH_RE, nextOf, PRINTED_KASHIDA_RE, QUOTE_MARK_RE, TERM_RE, VIEW_REPAIR_RE, WORD_JUNK_RE } from './scan';

describe('text/scan', () => {
  const classes: Array<[string, RegExp, (c: number) => boolean]> = [
    ['KASHIDA_GLYPH_RE', KASHIDA_GLYPH_RE, isKashidaGlyph],
    ['PRINTED_KASHIDA_RE', PRINTED_KASHIDA_RE, isPrintedKashidaChar],
    ['DIGIT_RE', DIGIT_RE, isAnyDigit],
    ['WORD_JUNK_RE', WORD_JUNK_RE, isWordJunk],
    ['TERM_RE', TERM_RE, (c) => (CH[c] & TERM) !== 0],
    ['QUOTE_MARK_RE', QUOTE_MARK_RE, (c) => (CH[c] & (OPENER | CLOSER)) !== 0],
    ['BREAK_RE', BREAK_RE, (c) => (CH[c] & BREAK) !== 0],
    ['VIEW_REPAIR_RE', VIEW_REPAIR_RE, (c) => isBidiControl(c) || c === TATWEEL || isKashidaGlyph(c) || isPresentationForm(c) || isWordJunk(c)],
  ];
  for (const [name, re, predicate] of classes) {
    it(`${name} holds exactly the code units of its predicate`, () => {
      const differ: number[] = [];
      for (let c = 0; c <= 0xffff; c++) if ((nextOf(re, String.fromCharCode(c), 0) === 0) !== predicate(c)) differ.push(c);
      assert.deepStrictEqual(differ, []);
    });
  }

  it('nextOf finds the next code unit of the class from an offset, or -1', () => {
    const text = 'ab1c\u0662d';
    assert.strictEqual(nextOf(DIGIT_RE, text, 0), 2);
    assert.strictEqual(nextOf(DIGIT_RE, text, 3), 4);
    assert.strictEqual(nextOf(DIGIT_RE, text, 5), -1);
    assert.strictEqual(nextOf(DIGIT_RE, text, 99), -1);
  });

  it('ForwardScan answers as nextOf for offsets that never decrease', () => {
    const text = 'a1b22c\u0663dd';
    const scan = new ForwardScan(DIGIT_RE, text);
    for (const from of [0, 0, 1, 2, 3, 3, 4, 5, 6, 7, 9, 12]) assert.strictEqual(scan.next(from), nextOf(DIGIT_RE, text, from), `from ${from}`);
  });
});
