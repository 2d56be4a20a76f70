import * as assert from 'assert';
import { spanIndexAt, splitClauses, splitSentences } from './sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clauses = (text: string) => splitClauses(text).map((s) => text.slice(s.start, s.end));

describe('text/sentences', () => {
  it('splits at . ؟ ! … ؛ and keeps the terminator', () => {
    assert.deepStrictEqual(sentences('وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم… غادر الجميع؛ وانتهى اليوم'), [
      'وصل الوفد.',
      'هل انتهى الاجتماع؟',
      'نعم!',
      'ثم…',
      'غادر الجميع؛',
      'وانتهى اليوم',
    ]);
  });
  it('a run of terminators is one boundary', () => {
    assert.deepStrictEqual(sentences('حقا؟! لا أصدق... أبدا'), ['حقا؟!', 'لا أصدق...', 'أبدا']);
  });
  it('a single line break is not a boundary; a blank line is', () => {
    assert.deepStrictEqual(sentences('قال الوزير إن\nالخطة جاهزة\n\nعنوان جديد'), ['قال الوزير إن\nالخطة جاهزة', 'عنوان جديد']);
    assert.deepStrictEqual(sentences('سطر أول\r\n  \r\nسطر ثان'), ['سطر أول', 'سطر ثان']);
  });
  it('decimal points and one-letter abbreviations do not end a sentence', () => {
    assert.deepStrictEqual(sentences('بلغ النمو 7.65 في المئة. وقال د. سامي نادر إن الرقم جيد.'), ['بلغ النمو 7.65 في المئة.', 'وقال د. سامي نادر إن الرقم جيد.']);
  });
  it('a terminator inside a short quotation or bracket does not end the sentence', () => {
    assert.deepStrictEqual(sentences('قال «انتهى الأمر. سنغادر» ثم خرج. وعاد.'), ['قال «انتهى الأمر. سنغادر» ثم خرج.', 'وعاد.']);
    assert.deepStrictEqual(sentences('وقال مسؤولون [من؟] إن الطريق أغلقت.'), ['وقال مسؤولون [من؟] إن الطريق أغلقت.']);
    assert.deepStrictEqual(sentences('قال "لن نتراجع. أبدا" وغادر.'), ['قال "لن نتراجع. أبدا" وغادر.']);
  });
  it('a quotation that closes right after its terminator ends the sentence, closer included', () => {
    assert.deepStrictEqual(sentences('قال: «نحن مستعدون.» وأضاف أن الموعد قريب.'), ['قال: «نحن مستعدون.»', 'وأضاف أن الموعد قريب.']);
    assert.deepStrictEqual(sentences('وقال “انتهى الأمر!” ثم صمت.'), ['وقال “انتهى الأمر!”', 'ثم صمت.']);
  });
  it('closing quotes after a terminator belong to the sentence that ends', () => {
    const long = '«' + 'كلمة '.repeat(200) + 'انتهى.» وبعد ذلك.';
    const got = sentences(long);
    assert.strictEqual(got.length, 2);
    assert.ok(got[0].endsWith('انتهى.»'));
  });
  it('bidi controls around a full stop (extracted text) are transparent', () => {
    assert.deepStrictEqual(sentences('وصل الوفد\u202a.\u202c وغادر'), ['وصل الوفد\u202a.\u202c', 'وغادر']);
  });
  it('clauses also split at ، , : and quotation marks', () => {
    assert.deepStrictEqual(clauses('قال الوزير، في بيان: «الخطة جاهزة». ثم غادر'), ['قال الوزير', 'في بيان', 'الخطة جاهزة', 'ثم غادر']);
    assert.deepStrictEqual(clauses('بلغ 1,5 مليون'), ['بلغ 1,5 مليون']);
  });
  it('spanIndexAt finds the sentence of an offset', () => {
    const text = 'أول. ثان. ثالث.';
    const spans = splitSentences(text);
    assert.strictEqual(spanIndexAt(spans, text.indexOf('ثان')), 1);
    assert.strictEqual(spanIndexAt(spans, 0), 0);
    assert.strictEqual(spanIndexAt([], 3), -1);
  });
  it('empty and odd input', () => {
    assert.deepStrictEqual(splitSentences(''), []);
    assert.deepStrictEqual(splitSentences('   \n\n  '), []);
    assert.deepStrictEqual(sentences('...'), ['...']);
    assert.deepStrictEqual(splitSentences(null as unknown as string), []);
  });
  // (how its time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
  it('unbalanced quotes and a long text: one sentence per full stop, ordered, disjoint, inside the text', () => {
    const text = '«'.repeat(20000) + 'قال. '.repeat(20000);
    const got = splitSentences(text);
    assert.ok(got.length >= 19000, String(got.length));
    let last = 0;
    for (const s of got) {
      assert.ok(last <= s.start && s.start < s.end && s.end <= text.length, JSON.stringify(s));
      last = s.end;
    }
    assert.strictEqual(text.slice(got[got.length - 1].start, got[got.length - 1].end), 'قال.');
  });
});
