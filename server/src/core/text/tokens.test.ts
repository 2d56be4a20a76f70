import * as assert from 'assert';
import { foldLooseString } from './fold';
import { hashFolded, TextTokens, TokenKind } from './tokens';

describe('text/tokens', () => {
  const kinds = (t: TextTokens) => Array.from({ length: t.n }, (_, i) => [t.text.slice(t.s[i], t.e[i]), t.k[i]]);

  it('reads words, numbers, Latin runs and punctuation with their offsets', () => {
    const text = 'قال الوزير إن 3.5 مليون زائر (UN2) وصلوا، تقريباً.';
    const t = new TextTokens(text);
    assert.deepStrictEqual(kinds(t), [
      ['قال', TokenKind.Word],
      ['الوزير', TokenKind.Word],
      ['إن', TokenKind.Word],
      ['3.5', TokenKind.Number],
      ['مليون', TokenKind.Word],
      ['زائر', TokenKind.Word],
      ['(', TokenKind.Punct],
      ['UN2', TokenKind.Latin],
      [')', TokenKind.Punct],
      ['وصلوا', TokenKind.Word],
      ['،', TokenKind.Punct],
      // (a word ends at its last letter: the tanween after it is left out)
      ['تقريبا', TokenKind.Word],
      ['.', TokenKind.Punct],
    ]);
  });

  it('reads a word through tatweel, marks and a zero-width joiner, hashing its loose fold', () => {
    const text = 'أعل\u0640\u0640نت المُنظّ\u200cمة';
    const t = new TextTokens(text);
    assert.strictEqual(t.n, 2);
    assert.strictEqual(t.w(0), 'اعلنت');
    assert.strictEqual(t.w(1), 'المنظمه');
    for (let i = 0; i < t.n; i++) {
      assert.strictEqual(t.h[i], hashFolded(foldLooseString(text.slice(t.s[i], t.e[i]))));
      assert.strictEqual(t.fl[i], t.w(i).length);
    }
  });

  it('reads presentation forms as the letters they stand for', () => {
    // (seen, lam-alef: one form folding to two letters, meem)
    const t = new TextTokens('\ufeb3\ufefc\ufee1 \ufefb');
    assert.deepStrictEqual([t.w(0), t.w(1)], ['سلام', 'لا']);
    assert.deepStrictEqual([t.fl[0], t.fl[1]], [4, 2]);
  });
});
