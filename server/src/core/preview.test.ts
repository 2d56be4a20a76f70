import * as assert from 'assert';
import { lintText } from './engine';
import { displayText, repairPreview } from './preview';
import type { Finding } from './types';

const T = '\u0640';

function previews(text: string, only?: string[]): Array<[string, string, string] | [string]> {
  return lintText(text, { locale: 'en', only }).findings.map((f) => {
    const p = repairPreview(text, f);
    return p ? [f.ruleId, p.before, p.after] : [f.ruleId];
  });
}

describe('repairPreview (the hover\'s before → after)', () => {
  it('a stretched word: the word before and after, tatweel shown as <U+0640>', () => {
    assert.deepStrictEqual(previews(`قال الوزي${T}${T}ر إن خ${T}طة الدعم في 1446ه${T}`), [
      ['tatweel', 'الوزي<U+0640><U+0640>ر', 'الوزير'],
      ['tatweel', 'خ<U+0640>طة', 'خطة'],
    ]);
  });
  it('punctuation: widened to the word it sits on', () => {
    assert.deepStrictEqual(previews('قال الوزير, إن الحكومة ستعلن'), [['latin-punctuation', 'الوزير,', 'الوزير،']]);
  });
  it('a repair across lines shows the break as ⏎; CRLF is one break', () => {
    assert.deepStrictEqual(previews('أكدته الحكو\r\nمة في بيانها', ['cut-word']), [['cut-word', 'الحكو⏎مة', 'الحكومة']]);
  });
  it('bidi controls are shown by name-code', () => {
    assert.deepStrictEqual(previews('في \u202B12\u202C دولة', ['bidi-control'])[0], ['bidi-control', '<U+202B>12<U+202C>', '12<U+202C>']);
  });
  it('no preview when no fix is applied automatically (a placeholder snippet, a command)', () => {
    assert.deepStrictEqual(previews('شاركت في  دول عربية.', ['missing-numeral']), [['missing-numeral']]);
  });
  it('bounded context around a megabyte-long word', () => {
    const word = 'ب'.repeat(1 << 20);
    const text = `${word}${T}${word}`;
    const f: Finding = { ruleId: 'x', start: word.length, end: word.length + 1, severity: 'warning', message: '', fixes: [{ title: 't', preferred: true, edits: [{ start: word.length, end: word.length + 1, newText: '' }] }] };
    const p = repairPreview(text, f)!;
    assert.ok(p.before.length < 120 && p.before.startsWith('…') && p.before.endsWith('…') && p.before.includes('<U+0640>'), p.before);
    assert.ok(!p.after.includes('<U+0640>'));
  });
  it('displayText', () => {
    assert.strictEqual(displayText(`a${T}\u200f\nb\r\nc`), 'a<U+0640><U+200F>⏎b⏎c');
  });
});
