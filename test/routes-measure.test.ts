// The measures of the PDF routes (scripts/routes/measure.mjs, `npm run eval:routes`) on sentences written for this
// test: the line alignment finds each line's source span whatever order its letters came out in, and each kind of
// damage is named. No PDF and no extractor here (those need scripts/routes/setup.sh): only the arithmetic.
import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';

interface Line {
  text: string;
  span: [number, number] | null;
  status: string;
  torn?: boolean;
}
interface Measure {
  normWs(s: string): string;
  editDistance(a: string, b: string): number;
  cer(extracted: string, source: string): { errors: number; length: number };
  alignLines(extracted: string, source: string): Line[];
  damageKind(line: string, src: string, torn?: boolean): string | null;
}

const SOURCE = [
  'افتتحت البلدية صباح اليوم مكتبة جديدة في وسط المدينة.',
  '',
  'وقال رئيس البلدية إن المكتبة تضم 1200 كتاب وقاعة للمطالعة، وإنها ستفتح أبوابها كل يوم من التاسعة صباحا.',
].join('\n');

describe('routes: measuring extracted text against its source', () => {
  let m: Measure;
  before(async () => {
    m = (await import(pathToFileURL(path.resolve(__dirname, '..', '..', 'scripts', 'routes', 'measure.mjs')).href)) as Measure;
  });
  const spanText = (l: Line) => (l.span ? SOURCE.slice(l.span[0], l.span[1]) : null);

  it('normalises whitespace only', () => {
    assert.strictEqual(m.normWs(' أ\u00a0\n\tب  ج '), 'أ ب ج');
    assert.strictEqual(m.normWs('أ\u202bب'), 'أ\u202bب');
  });

  it('counts the character error rate on whitespace-normalised text', () => {
    assert.strictEqual(m.editDistance('كتاب', 'كتب'), 1);
    const r = m.cer(SOURCE.replace('جديدة في', 'جديدة\nفي').replace('1200', '0021'), SOURCE);
    assert.deepStrictEqual(r, { errors: 4, length: m.normWs(SOURCE).length });
  });

  it('aligns clean lines, set narrower than the paragraphs, to their exact spans', () => {
    const lines = ['افتتحت البلدية صباح اليوم', 'مكتبة جديدة في وسط المدينة.', 'وقال رئيس البلدية إن المكتبة تضم 1200 كتاب وقاعة', 'للمطالعة، وإنها ستفتح أبوابها كل يوم من التاسعة صباحا.'];
    const got = m.alignLines(lines.join('\n'), SOURCE);
    assert.deepStrictEqual(got.map(spanText), lines);
    assert.ok(got.every((l) => l.status === 'aligned' && !l.torn && m.damageKind(l.text, spanText(l)!) === null));
  });

  it('finds the span of a damaged line and names its damage', () => {
    const first = 'افتتحت البلدية صباح اليوم';
    const cases: Array<[string, string]> = [
      ['\u202b' + first + '\u202c', 'invisible'],
      ['افتتحت \ufe8d\ufedf\ufe92\ufee0\ufeaa\ufef3\ufe94 صباح اليوم', 'forms'],
      ['افتتحت البل\u0005دية صباح اليوم', 'junk'],
      ['افتتحت البل##دية ص#باح اليوم', 'junk'],
      ['افتتحت البلد ية صباح اليوم', 'spacing'],
      [[...first].reverse().join(''), 'reversed-chars'],
      ['اليوم صباح البلدية افتتحت', 'reversed-words'],
      ['باح اليوم افتتحت البلدية ص', 'reordered'],
    ];
    for (const [line, kind] of cases) {
      const [l] = m.alignLines(line + '\nمكتبة جديدة في وسط المدينة.', SOURCE);
      assert.strictEqual(spanText(l), first, line);
      assert.strictEqual(m.damageKind(l.text, spanText(l)!, l.torn), kind, line);
    }
  });

  it('names kashida glyphs printed as a digit, # $ or & between two letters junk, not a number of the source', () => {
    const src = 'افتتحت البلدية صباح اليوم';
    assert.strictEqual(m.damageKind('افتتحت البل77دية ص&&باح اليوم', src), 'junk');
    assert.strictEqual(m.damageKind('افتتحت البل1234دية صباح اليوم', src), 'letters');
  });

  it('marks a word cut across a line break as torn, and a punctuation token as the line that carries it', () => {
    const [a, b] = m.alignLines('افتتحت البلدية صباح اليوم مكت\nبة جديدة في وسط المدينة.', SOURCE);
    assert.ok(a.torn && b.torn);
    assert.strictEqual(m.damageKind(a.text, spanText(a)!, a.torn), 'torn');
    const src = 'قال الوزير كلاما .\n\nثم غادر';
    const [c] = m.alignLines('قال الوزير كلاما .\nثم غادر', src);
    assert.strictEqual(src.slice(...c.span!), 'قال الوزير كلاما .');
  });
});
