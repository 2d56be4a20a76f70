import * as assert from 'assert';
import { earlyMarkWords, isMarkCode, MIN_EARLY, ON_TIME_RATIO } from './earlyMarks';
import { MARK_CODE_RE, nextOf } from '../text/scan';

const SHADDA = '\u0651';
const DAMMA = '\u064F';
const FATHATAN = '\u064B';

const apply = (text: string) => {
  let out = '';
  let at = 0;
  for (const w of earlyMarkWords(text)) {
    out += text.slice(at, w.start) + w.newText;
    at = w.end;
  }
  return out + text.slice(at);
};

describe('earlyMarks: harakat one letter early', () => {
  it('reads a text as early on two early words and moves every mark one letter later', () => {
    assert.strictEqual(MIN_EARLY, 2);
    assert.strictEqual(ON_TIME_RATIO, 3);
    const text = `م${SHADDA}ر عام وقد تع${SHADDA}هدت الوزارة`;
    assert.strictEqual(apply(text), `مر${SHADDA} عام وقد تعه${SHADDA}دت الوزارة`);
  });
  it('one early word is no proof, unless it shows a sign no correct word shows and its later form is news\'s', () => {
    // (a form news writes whose marks one letter later make another it writes: evidence, not proof)
    assert.deepStrictEqual(earlyMarkWords(`وقد تع${SHADDA}هدت عام`), []);
    // (a shadda on a first letter; مرّ is how news writes it)
    assert.deepStrictEqual(earlyMarkWords(`م${SHADDA}ر عام`), [{ start: 0, end: 3, newText: `مر${SHADDA}` }]);
    // (a piece of a word stretched by a tatweel is no word: its first letter is not the word's)
    assert.deepStrictEqual(earlyMarkWords(`قال مك\u0640ل${SHADDA}ف عام`), []);
    assert.deepStrictEqual(earlyMarkWords(`وقد تع\u0640ه${SHADDA}دت الوزارة`), []);
    assert.deepStrictEqual(earlyMarkWords(`كما ع\u0640\u0640و${SHADDA}دها أبوها وف\u0640س${SHADDA}ر ذلك`), []);
    // (the same word beside a word on time: no proof)
    assert.deepStrictEqual(earlyMarkWords(`م${SHADDA}ر عام يوم${DAMMA}`), []);
  });
  it('a shadda in a word news does not write vocalised, by the letters around it: weak evidence', () => {
    // (تقّدمهما / معّمرة, two words news never writes vocalised: the letters around say the shadda is the next
    // letter's — a guess from letters, twice: no proof)
    assert.deepStrictEqual(earlyMarkWords(`تق${SHADDA}دمهما معمرة مع${SHADDA}مرة`), []);
    // (beside an early word of another kind, تعّهدت: proof)
    assert.deepStrictEqual(
      earlyMarkWords(`تق${SHADDA}دمهما وقد تع${SHADDA}هدت`).map((w) => w.newText),
      [`تقد${SHADDA}مهما`, `تعه${SHADDA}دت`],
    );
    // (on time, the same words say so: nothing moves)
    assert.deepStrictEqual(earlyMarkWords(`تقد${SHADDA}مهما وقد تعه${SHADDA}دت`), []);
  });
  it('a haraka on a last letter says the text is on time', () => {
    assert.deepStrictEqual(earlyMarkWords(`م${SHADDA}ر عام وقد تع${SHADDA}هدت بأن${SHADDA}`), []);
    assert.deepStrictEqual(earlyMarkWords(`م${SHADDA}ر عام وقد تع${SHADDA}هدت يوم${DAMMA}`), []);
  });
  it('a text put right one quick fix at a time stays early; the words already on time are left as they are', () => {
    const text = `م${SHADDA}ر عام وقد تع${SHADDA}هدت بأ${SHADDA}ن المشروع مكل${SHADDA}ف وأ${SHADDA}كدت`;
    assert.strictEqual(apply(text), `مر${SHADDA} عام وقد تعه${SHADDA}دت بأن${SHADDA} المشروع مكل${SHADDA}ف وأك${SHADDA}دت`);
  });
  it('tanwin on a last alef is no evidence either way, and such a word is left as it is', () => {
    const text = `م${SHADDA}ر عام وقد تع${SHADDA}هدت جدا${FATHATAN}`;
    assert.strictEqual(apply(text), `مر${SHADDA} عام وقد تعه${SHADDA}دت جدا${FATHATAN}`);
  });
  it('a line of one letter after its mark, after a line ending in a letter (PDFium\'s piece of a marked letter), is early evidence', () => {
    const FATHA = '\u064E';
    // one early word alone proves nothing; with the marked-letter piece (the word it belongs to is cut-word's) it does
    assert.deepStrictEqual(earlyMarkWords(`وقد تع${SHADDA}هدت الوزارة`), []);
    assert.strictEqual(apply(`ين عادا\n${FATHA}س\nوقال إن المهند وقد تع${SHADDA}هدت الوزارة`), `ين عادا\n${FATHA}س\nوقال إن المهند وقد تعه${SHADDA}دت الوزارة`);
    // not after a line ending in no letter, nor a lone mark or two letters
    assert.deepStrictEqual(earlyMarkWords(`ين عادا.\n${FATHA}س\nوقد تع${SHADDA}هدت الوزارة`), []);
    assert.deepStrictEqual(earlyMarkWords(`ين عادا\n${FATHA}سب\nوقد تع${SHADDA}هدت الوزارة`), []);
  });
  it('a mark before a word is the detached-mark case, left alone', () => {
    const text = `م${SHADDA}ر عام وقد تع${SHADDA}هدت ${DAMMA}عرضت`;
    assert.strictEqual(apply(text), `مر${SHADDA} عام وقد تعه${SHADDA}دت ${DAMMA}عرضت`);
  });
  it('clean vocalised text is not early', () => {
    assert.deepStrictEqual(earlyMarkWords('ذَهَبَ الطَّالِبُ إِلَى المَدْرَسَةِ مُبَكِّرًا'), []);
    assert.deepStrictEqual(earlyMarkWords('الَّذي والَّتي وفلاّحون وجلاّد'), []);
  });
  it('is linear on a megabyte of marks and letters', () => {
    const text = (`م${SHADDA}ر `).repeat(100_000);
    assert.strictEqual(earlyMarkWords(text).length, 100_000);
  });
});

describe('earlyMarks: the scan for the next mark', () => {
  it('text/scan.ts MARK_CODE_RE holds exactly the code units of isMarkCode', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if ((nextOf(MARK_CODE_RE, String.fromCharCode(c), 0) === 0) !== isMarkCode(c)) differ.push(c);
    assert.deepStrictEqual(differ, []);
  });
});
