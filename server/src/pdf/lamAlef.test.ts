/** Reversed lam-alef ligatures of a font, repaired on a page that proves them (sentences written for this test). */
import * as assert from 'assert';
import { reversedLamAlefProof, unreverseLamAlef } from './lamAlef';

describe('unreverseLamAlef', () => {
  it('a page with word-initial alef + alef + lam clusters gets every lam-alef back', () => {
    const page = ['اجتمع االتحاد خالل األسبوع مع ممثلي الخاليا', 'وقال إن االصالح يبدأ من البالد والية بعد والية'];
    assert.strictEqual(reversedLamAlefProof(page), 3);
    assert.deepStrictEqual(unreverseLamAlef(page), ['اجتمع الاتحاد خلال الأسبوع مع ممثلي الخلايا', 'وقال إن الاصلاح يبدأ من البلاد ولاية بعد ولاية']);
  });

  it('a word the lexicon does not know gets only its initial cluster swapped', () => {
    assert.deepStrictEqual(unreverseLamAlef(['درس االتحاد األنثوسيانين واألمر']), ['درس الاتحاد الأنثوسيانين والأمر']);
  });

  it('a page without the proof is left as it is (alef + lam is ordinary there)', () => {
    const page = ['قال سالم إن مالطا بلد جميل خالل الصيف', 'وزار االتحاد'];
    assert.strictEqual(reversedLamAlefProof(page), 1);
    assert.strictEqual(unreverseLamAlef(page), page);
  });

  it('text already right on a proven page stays right', () => {
    const page = ['االتحاد واألمر', 'قال الرئيس إن الذي التي البصل بالتعاون'];
    assert.strictEqual(unreverseLamAlef(page)[1], page[1]);
  });
});
