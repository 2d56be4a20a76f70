import * as assert from 'assert';
import * as fc from 'fast-check';
import { FrontCodedList, frontCode } from './compact';
import { BLOCK_SIZE, DATA, FORM_COUNT } from './data';
import { foldKey, foldWord, isLikelyWord, isListedForm, isWord, MAX_FORM, MAX_WORD_KEY, wordScore } from './index';

describe('lexicon', () => {
  describe('foldWord', () => {
    it('removes diacritics, tatweel and folds hamza-on-alef and final alef maqsura', () => {
      assert.strictEqual(foldWord('إِنَّ'), 'ان');
      assert.strictEqual(foldWord('الجم\u0640\u0640اعة'), 'الجماعة');
      assert.strictEqual(foldWord('مستشفى'), 'مستشفي');
      assert.strictEqual(foldWord('آمال'), 'امال');
    });
    it('maps presentation forms to letters', () => {
      assert.strictEqual(foldWord('\uFEDF\uFEE0\uFE8E'), 'للا');
      assert.strictEqual(foldWord('\uFEFB'), 'لا');
    });
    it('has no key for digits, Latin, punctuation or a medial alef maqsura', () => {
      assert.strictEqual(foldKey('2016'), null);
      assert.strictEqual(foldKey('abc'), null);
      assert.strictEqual(foldKey('كتاب،'), null);
      assert.strictEqual(foldKey('\u0639\u0649\u0644'), null); // عىل
      assert.strictEqual(foldKey(''), null);
    });
  });

  describe('isWord', () => {
    const words = [
      'كتاب', 'الكتاب', 'وبالكتاب', 'كتابه', 'حكومته', 'للحكومة', 'سيقول', 'فسيكتبون', 'أبناؤه', 'المدرسة',
      'مدرستها', 'الإنجاز', 'الأول', 'والإنجابية', 'على', 'إلى', 'هذه', 'التي', 'قال', 'أكد', 'مصادر', 'الحكومة',
      'مليون', 'تمويل', 'دائمًا', 'هناك', 'والمرأة', 'و', 'الْكِتَابُ',
    ];
    for (const w of words) it(`knows ${w}`, () => assert.ok(isWord(w), w));
    const non = ['تمو', 'اإلنجاز', '\u0639\u0649\u0644', 'ةموكحلا', 'ةيفيرلا', 'سرادملا', 'ليومت', 'ab', '12', 'نيعرازملا'];
    for (const w of non) it(`rejects ${w}`, () => assert.ok(!isWord(w), w));
    it('does not strip ال before a pronoun suffix', () => {
      assert.ok(isWord('كتابهم'));
      assert.ok(!isWord('الكتابهم'));
    });
    it('strips س only before an imperfect verb', () => {
      assert.ok(isWord('سيكتب'));
      assert.ok(!isWord('سكتاب'));
    });
  });

  describe('isLikelyWord', () => {
    it('accepts short tokens only from the short-word list', () => {
      assert.ok(isLikelyWord('في'));
      assert.ok(isLikelyWord('من'));
      assert.ok(!isLikelyWord('اك'));
      assert.ok(!isLikelyWord('تت'));
      assert.ok(!isLikelyWord('ال'));
      assert.ok(!isLikelyWord('ة'));
      assert.ok(isLikelyWord('الحكومة'));
    });
  });

  describe('wordScore', () => {
    it('scores a clean sentence high and its character reversal low', () => {
      const line = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية';
      const good = wordScore(line.split(' '));
      const bad = wordScore([...line].reverse().join('').split(' '));
      assert.strictEqual(good.arabic, 11);
      assert.ok(good.ratio > 0.9, `good ${good.ratio}`);
      assert.ok(bad.ratio < 0.4, `bad ${bad.ratio}`);
    });
    it('ignores non-Arabic tokens', () => {
      const s = wordScore(['2016', 'CNN', '،']);
      assert.deepStrictEqual([s.arabic, s.ratio], [0, 0]);
    });
  });

  describe('FrontCodedList', () => {
    it('finds exactly the encoded words (property)', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Ha-c]{1,40}$/), { maxLength: 200 }), fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[A-Ha-c]{1,40}$/), (ws, bs, probe) => {
          const sorted = [...ws].sort();
          const l = new FrontCodedList(frontCode(sorted, bs));
          for (const w of sorted) assert.ok(l.has(w), w);
          assert.strictEqual(l.has(probe), ws.includes(probe));
          assert.deepStrictEqual([...l.words()], sorted);
        }),
      );
    });
    it('answers near misses exactly: prefixes, extensions and changed units of the words, shared prefixes past 31 units (property)', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.stringMatching(/^[AB]{1,40}$/), { maxLength: 120 }), fc.integer({ min: 1, max: 9 }), (ws, bs) => {
          const set = new Set(ws);
          const l = new FrontCodedList(frontCode([...ws].sort(), bs));
          for (const w of ws) {
            const probes = [w + 'A', w + 'B', w + 'C', w.slice(0, -1), '@' + w, w.slice(0, -1) + '@', w.slice(0, -1) + 'C'];
            for (let i = 0; i < w.length; i += 3) probes.push(w.slice(0, i), w.slice(0, i) + (w[i] === 'A' ? 'B' : 'A') + w.slice(i + 1));
            for (const p of probes) assert.strictEqual(l.has(p), set.has(p), p);
          }
        }),
      );
    });
    it('finds a word by its first two units whatever they are: units of two-unit prefixes shared by many blocks, past 0x7f, below 0x41 (property)', () => {
      // (the lookup narrows its search to the blocks of the word's first two units when both are in [0x41, 0x80))
      const unit = fc.constantFrom('A', 'B', 'z', '\u007f', '\u00e9', '\u0628');
      const word = fc.array(unit, { minLength: 1, maxLength: 6 }).map((u) => u.join(''));
      fc.assert(
        fc.property(fc.uniqueArray(word, { maxLength: 150 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.oneof(word, word.map((w) => w + '@'), word.map((w) => '@' + w)), { maxLength: 40 }), (ws, bs, probes) => {
          const sorted = [...ws].sort();
          const l = new FrontCodedList(frontCode(sorted, bs));
          for (const w of sorted) assert.ok(l.has(w), w);
          for (const p of probes) assert.strictEqual(l.has(p), ws.includes(p), p);
        }),
      );
    });
    it('a number of blocks given, right or wrong, gives the same index as counting them (property)', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Ha-c]{1,12}$/), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: -3, max: 3 }), (ws, bs, off) => {
          const sorted = [...ws].sort();
          const data = frontCode(sorted, bs);
          const counted = new FrontCodedList(data);
          const given = new FrontCodedList(data, Math.max(0, counted.blockCount + off));
          assert.strictEqual(given.blockCount, counted.blockCount);
          assert.deepStrictEqual([...given.words()], sorted);
          for (const w of sorted) assert.ok(given.has(w), w);
        }),
      );
    });
    it('the shipped data has ceil(FORM_COUNT / BLOCK_SIZE) blocks (the count the lexicon gives its list)', () => {
      assert.strictEqual(new FrontCodedList(DATA).blockCount, Math.ceil(FORM_COUNT / BLOCK_SIZE));
    });
    it('the shipped data decodes to FORM_COUNT sorted forms that are all found', () => {
      const l = new FrontCodedList(DATA);
      let n = 0;
      let prev = '';
      for (const w of l.words()) {
        assert.ok(w > prev, `${prev} < ${w}`);
        if (n % 97 === 0) {
          assert.ok(l.has(w), w);
          assert.ok(!l.has(w + '\u0001') && !l.has(w.slice(0, -1) + '\u0001'), w);
        }
        prev = w;
        n++;
      }
      assert.strictEqual(n, FORM_COUNT);
    });
    it('no form is longer than MAX_FORM, and the longest forms with every clitic stay within MAX_WORD_KEY', () => {
      let longest = '';
      for (const w of new FrontCodedList(DATA).words()) if (w.length > longest.length) longest = w;
      assert.ok(longest.length <= MAX_FORM, `longest form has ${longest.length} units (MAX_FORM ${MAX_FORM})`);
      // a longest form with و + ب + ال, or with و + ب + a pronoun, must stay short enough to be looked up
      const AL = foldKey('\u0627\u0644')!;
      const wb = foldKey('\u0648\u0628')!;
      assert.ok((wb + AL + longest).length <= MAX_WORD_KEY);
      assert.ok((wb + longest + foldKey('\u0647\u0645\u0627')!).length <= MAX_WORD_KEY);
      assert.ok(!isWord('\u0627\u0644\u0643\u062a\u0627\u0628'.repeat(1000)));
    });
    it('isListedForm does no clitic stripping', () => {
      assert.ok(isListedForm('كتاب'));
      assert.ok(!isListedForm('وكتاب'));
    });
  });
});
