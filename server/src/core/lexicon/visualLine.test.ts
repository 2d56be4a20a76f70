import * as assert from 'assert';
import { damage } from '../../testing/claimDamage';
import { judgeVisual, looksVisual, suspiciousRange } from './visualLine';

// (sentences written for this test; none comes from the evaluation corpus or from shared/unlabelled)
const judged = (line: string) => judgeVisual(line, 0, line.length);

describe('lexicon/visualLine: which lines are in visual order (claims10)', () => {
  it('reads as visual a line whose only signs are a hamza or إ at a word edge, a mark first, or a clitic before a reversed article', () => {
    // (no token starts with ة or ى nor ends with a reversed article: the narrow test lets these through)
    for (const line of [
      'وأضاف لطيف أنه تفاجأ بقرار إنهاء تكليفه مؤكدا أنه لم يتم إعلامه بذلك',
      'وكان ماكرون قد بدأ بثاً مباشراً عبر حسابه قبل شروعه في تلقي اتصالات',
      'تواجدهما قرب قفصه، ونهشت أجزاء من أجسادهما مما أصابهما',
      'وأفاد شهود عيان بأن',
    ]) {
      const v = damage('visual', line);
      assert.ok(!looksVisual(v, 0, v.length), `the narrow test: ${line}`);
      assert.ok(suspiciousRange(v, 0, v.length), `the wide signal: ${line}`);
      assert.ok(judged(v), line);
    }
  });
  it('reads as visual a line of names where a third of the words show a sign and the reversal reads a tenth better', () => {
    // (known words are under half of the reversal: the first verdict, half and a quarter better, says no)
    for (const line of ['وفاز بالجائزة كل من أنطونيو باستيلا وماريا إيغليسياس ولورينزو أبارا', 'ومن بين المرشحين فلاديمير أنطونوف وإيغور باباكين وأليكسي إيفانوف']) {
      assert.ok(judged(damage('visual', line)), line);
    }
  });
  it('reads as visual a line that opens with a full stop, a space, then a word', () => {
    const v = damage('visual', 'نقلته وسائل اعلام .');
    assert.ok(v.startsWith('. '));
    assert.ok(judged(v));
  });
  it('leaves clean lines with the same signs in logical order', () => {
    for (const line of [
      'وقال إن المشروع بدأ منذ عامين ولم يكتمل بعد بسبب نقص التمويل',
      'وأكدت الوزيرة أن الأشياء المفقودة أعيدت إلى أصحابها، وأن التحقيق مستمر',
      'وقدم الخبير مبادئ عامة لتجنب التباطؤ في الإنجاز والتنبؤ بالمخاطر',
      '. وأضاف أن الاجتماع المقبل سيعقد في العاصمة',
      'والتقى الوفد بالمسؤولين في العاصمة إسطنبول ثم عاد إلى أنقرة',
    ]) assert.ok(!judged(line), line);
  });
});
