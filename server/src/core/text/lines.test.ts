import * as assert from 'assert';
import { LineIndex } from './lines';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends (as LSP does)', () => {
    const li = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepStrictEqual(li.starts, [0, 3, 7, 10]);
    assert.deepStrictEqual(li.position(4), { line: 1, character: 1 });
    assert.deepStrictEqual(li.position(10), { line: 3, character: 0 });
    assert.strictEqual(li.lineEnd(1), 5);
  });
  it('never points inside a CRLF', () => {
    const li = new LineIndex('ab\r\ncd');
    assert.deepStrictEqual(li.position(3), { line: 0, character: 2 });
  });
  it('handles the empty text', () => {
    const li = new LineIndex('');
    assert.strictEqual(li.lineCount, 1);
    assert.deepStrictEqual(li.position(0), { line: 0, character: 0 });
    assert.strictEqual(li.offset({ line: 5, character: 3 }), 0);
  });
  it('counts UTF-16 code units (surrogate pairs are two)', () => {
    const li = new LineIndex('😀ب\nج');
    assert.deepStrictEqual(li.position(2), { line: 0, character: 2 });
    assert.deepStrictEqual(li.position(4), { line: 1, character: 0 });
  });
  it('round-trips offsets and clamps out-of-range positions', () => {
    const text = 'سطر أول\r\nسطر ثان\nثالث';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside CRLF
      assert.strictEqual(li.offset(li.position(o)), o, `offset ${o}`);
    }
    assert.strictEqual(li.offset({ line: 0, character: 999 }), li.lineEnd(0));
    assert.strictEqual(li.offset({ line: -1, character: 0 }), 0);
  });
});
