import * as assert from 'assert';
import { Document } from './document';

describe('document', () => {
  it('tokenises its text once, on the first reader (text/tokens.ts), and its repaired view apart', () => {
    const doc = new Document('أكد مسؤول أن الخطة نجحت.\n\ufe8d\ufedf\ufea8\ufec4\ufe94 \u0646\u0640\u0640\u062c\u062d\u062a');
    assert.strictEqual(doc.tokens, doc.tokens);
    assert.strictEqual(doc.tokens.text, doc.text);
    const view = doc.repairedDoc;
    assert.notStrictEqual(view, doc);
    assert.strictEqual(view.tokens.text, view.text);
    assert.strictEqual(view.tokens.w(view.tokens.n - 1), 'نجحت');
  });
});
