/**
 * lexicon/gluedPieces.ts — LibreOffice lines that pdf.js gives as 3+ pieces glued head to tail in reverse order (issue 10).
 * The damage is made here from the cut places (the laboratory's pdfjs-glued draws them at random); the sentences are
 * written for these tests.
 */
import * as assert from 'assert';
import { fixAll, lintText } from '../engine';
import { gluedPiecesRepair } from './gluedPieces';

// (the line a paragraph of its own: the paragraph's edges on both sides)
const EDGES = { before: () => '|', after: () => '|' };

/** The line cut after each of `heads` (the first place each occurs), the pieces in reverse order, glued with `glyph`. */
function glue(line: string, heads: string[], glyph = ''): string {
  const cuts = heads.map((h) => line.indexOf(h) + h.length);
  assert.ok(cuts.every((c, i) => c > 0 && (i === 0 || c > cuts[i - 1])), 'cut places in order');
  const bounds = [0, ...cuts, line.length];
  const pieces: string[] = [];
  for (let k = 1; k < bounds.length; k++) pieces.push(line.slice(bounds[k - 1], bounds[k]));
  return pieces.reverse().join(glyph);
}

const LINES: Array<[string, string[]]> = [
  ['وأكدت الوزارة أن المشروع الجديد سيشمل جميع المدارس الريفية في الجنوب خلال العام القادم', ['الوز', 'المشر', 'المدا', 'الجن']],
  ['وقال رئيس البلدية إن الأشغال ستنطلق في الأسبوع المقبل بعد استكمال الدراسات الفنية اللازمة', ['البل', 'الأسب', 'استك']],
  ['وأضاف المتحدث أن الحكومة تعمل على إعداد برنامج وطني لدعم الشباب العاطل عن العمل في المناطق الداخلية', ['المتح', 'إعد', 'لدع', 'المنا']],
];

describe('lexicon/gluedPieces: runs glued head to tail in reverse order (pdf.js on LibreOffice PDFs)', () => {
  it('the damage: each cut glues one piece to another, the words at the cuts torn', () => {
    assert.strictEqual(glue('أب جد هوز حطي كلمن', ['ج', 'حط']), 'ي كلمند هوز حطأب ج');
  });

  it('reads the pieces back in order, the cuts found jointly (3 to 5 pieces; a kashida glyph at the cuts or none)', () => {
    for (const [line, heads] of LINES) {
      for (const glyph of ['', '\u0002']) {
        const d = glue(line, heads, glyph);
        const r = gluedPiecesRepair(d, EDGES);
        assert.ok(r !== null, d);
        assert.strictEqual(r.text, line);
        assert.strictEqual(r.cuts, heads.length);
        assert.ok(r.preferred, `${d}: margin ${r.margin}, gain ${r.gain}`);
      }
    }
  });

  it('a piece of one letter and its kashida (ل<U+0640>) between two others inside one token: two cuts', () => {
    const line = 'وطالب النواب بإصلاح القطاع الصحي وتحسين الخدمات الإلكترونية في المستشفيات العمومية';
    // (pieces: …الإ | ل<U+0640> | كترونية…)
    const at = line.indexOf('الإلكترونية') + 3;
    const cut2 = line.indexOf('بإصلاح') + 3;
    const pieces = [line.slice(0, cut2), line.slice(cut2, at), '\u0644\u0640', line.slice(at + 1)];
    const d = pieces.reverse().join('');
    const r = gluedPiecesRepair(d, EDGES);
    assert.ok(r !== null, d);
    assert.strictEqual(r.text, line.slice(0, at) + '\u0644\u0640' + line.slice(at + 1));
  });

  it('stays quiet on correct lines (a name the lexicon does not know, words glued by a typo)', () => {
    for (const t of [
      ...LINES.map(([l]) => l),
      'وصرح المدير العام لشركة سيفاكس للطيران بأن الرحلات ستستأنف الأسبوع القادم',
      'وأكد الوزير أن الحكومةستواصل دعم الفلاحين في المناطقالداخلية خلال الموسم',
    ]) {
      const r = gluedPiecesRepair(t, EDGES);
      assert.ok(r === null || !r.preferred, `${t} -> ${r?.text}`);
      assert.ok(!lintText(t).findings.some((f) => f.ruleId === 'reversed-line'), t);
    }
  });

  it('reversed-line flags such a line and fix-all restores it (the kashida glyphs at the cuts go with them)', () => {
    const [line, heads] = LINES[0];
    const d = glue(line, heads, '\u0002');
    assert.ok(lintText(d).findings.some((f) => f.ruleId === 'reversed-line'));
    assert.strictEqual(fixAll(d).text, line);
    // idempotent
    assert.strictEqual(fixAll(line).text, line);
  });
});
