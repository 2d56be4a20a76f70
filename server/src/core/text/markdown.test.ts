import * as assert from 'assert';
import { maskMarkdownCode, touchesMasked } from './markdown';

describe('maskMarkdownCode', () => {
  it('blanks fenced blocks (``` and ~~~) and keeps offsets and line breaks', () => {
    const text = 'قبل\n```js\nكود\u0640\n```\nبعد\n~~~\nx\n~~~';
    const { text: masked, masked: ranges } = maskMarkdownCode(text);
    assert.strictEqual(masked.length, text.length);
    assert.strictEqual(masked.split('\n').length, text.split('\n').length);
    assert.ok(masked.startsWith('قبل\n'));
    assert.ok(!masked.includes('\u0640'));
    assert.ok(masked.includes('بعد'));
    assert.strictEqual(ranges.length, 2);
  });
  it('blanks inline code spans, including double-backtick ones', () => {
    const { text } = maskMarkdownCode('نص `ك\u0640ود` و ``a ` b`` آخر');
    assert.ok(!text.includes('\u0640'));
    assert.ok(text.includes('آخر'));
    assert.ok(!text.includes('a ` b'));
  });
  it('leaves an unclosed backtick alone', () => {
    const src = 'نص ` بلا إغلاق';
    assert.strictEqual(maskMarkdownCode(src).text, src);
  });
  it('an unclosed fence runs to the end', () => {
    const { text } = maskMarkdownCode('أ\n```\nب\u0640ب');
    assert.ok(!text.includes('\u0640'));
  });
  it('finishes on pathological backticks (a quadratic scan would hang here)', function () {
    this.timeout(10000);
    const src = '`` ` '.repeat(50000) + '```` x';
    assert.strictEqual(maskMarkdownCode(src).text.length, src.length);
  });
  it('touchesMasked', () => {
    const r: Array<[number, number]> = [[5, 10], [20, 25]];
    assert.strictEqual(touchesMasked(r, 0, 5), false);
    assert.strictEqual(touchesMasked(r, 4, 6), true);
    assert.strictEqual(touchesMasked(r, 10, 20), false);
    assert.strictEqual(touchesMasked(r, 24, 24), true);
  });
});
