/**
 * lexicon/trigrams.ts (word trigrams and skip-pairs of correct news, side data a host provides) and their term in the
 * run-order search (runsClass.ts: where a one-cut line starts). Sentences written for these tests.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pairKeys, PARAGRAPH_EDGE } from './pairs';
import { hasTrigrams, provideTrigrams, skipHash, skipScore, tripleHash, tripleScore, trigramSequenceScore, type TrigramData } from './trigrams';
import { classSecond, CLASS, orderKeys } from './runsClass';
import { forgetRunLines, reversedRunRepairs } from './runs';

const keysOf = (s: string) => pairKeys(s, 0, s.length);
/** The table as the hosts read it (the source file; out/server/src/core/lexicon -> server/src/core/lexicon). */
const FILE = path.resolve(__dirname, '..', '..', '..', '..', '..', 'server', 'src', 'core', 'lexicon', 'trigrams.data.json');
const readTable = (): TrigramData => JSON.parse(fs.readFileSync(FILE, 'utf8'));

describe('lexicon/trigrams: word trigrams and skip-pairs of correct news (side data)', () => {
  afterEach(() => {
    provideTrigrams(null);
    forgetRunLines();
  });

  it('without a provider, or with one that throws or gives no table, there is no evidence and the class margin is unchanged', () => {
    for (const p of [null, () => null, () => { throw new Error('no file'); }, () => ({ data: 42 }) as unknown as TrigramData]) {
      provideTrigrams(p);
      assert.strictEqual(hasTrigrams(), false);
      assert.strictEqual(classSecond(), CLASS.second);
      const [a, b, c] = keysOf('في هذا السياق');
      assert.strictEqual(tripleScore(a, b, c), 0);
      assert.strictEqual(trigramSequenceScore([a, b, c], 1), 0);
    }
  });

  it('the provider is asked once, on first use', () => {
    let asked = 0;
    provideTrigrams(() => {
      asked++;
      return readTable();
    });
    assert.strictEqual(asked, 0);
    assert.ok(hasTrigrams());
    const [a, b, c] = keysOf('في هذا السياق');
    tripleScore(a, b, c);
    tripleScore(c, b, a);
    assert.strictEqual(asked, 1);
    assert.strictEqual(classSecond(), CLASS.triSecond);
  });

  it('a triple and a skip-pair of the same keys are stored under different hashes', () => {
    assert.notStrictEqual(tripleHash('a', 'b', 'c'), skipHash('a', 'c'));
    assert.notStrictEqual(tripleHash('a', 'b', 'c'), tripleHash('a', 'c', 'b'));
  });

  it('a phrase news writes often scores above its words in another order', () => {
    provideTrigrams(readTable);
    const [a, b, c] = keysOf('في هذا السياق');
    assert.ok(tripleScore(a, b, c) > 0, `${tripleScore(a, b, c)}`);
    assert.ok(tripleScore(a, b, c) > tripleScore(c, b, a));
    // (and a word with the word two ahead: في … السياق)
    assert.ok(skipScore(a, c) > skipScore(c, a), `${skipScore(a, c)} ${skipScore(c, a)}`);
  });

  it('unknown keys are no evidence; scores are clipped', () => {
    provideTrigrams(readTable);
    assert.strictEqual(tripleScore('?', 'x', 'y'), 0);
    assert.strictEqual(skipScore('?', 'y'), 0);
    assert.strictEqual(tripleScore('no such key', 'nor this', 'nor that'), 0);
    for (const s of ['وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب.', 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين.']) {
      const ks = [PARAGRAPH_EDGE, ...keysOf(s), PARAGRAPH_EDGE];
      for (let i = 2; i < ks.length; i++) assert.ok(Math.abs(tripleScore(ks[i - 2], ks[i - 1], ks[i])) <= 3 && Math.abs(skipScore(ks[i - 2], ks[i])) <= 3);
    }
  });

  it('a sentence written in order reads better than the same words started in the middle (one cut, rotated)', () => {
    provideTrigrams(readTable);
    const s = 'وقال المتحدث باسم الوزارة في بيان صحفي إن الحكومة ستواصل العمل على تنفيذ المشروع.';
    const ks = [PARAGRAPH_EDGE, ...keysOf(s), PARAGRAPH_EDGE];
    const mid = Math.floor(ks.length / 2);
    const rotated = [PARAGRAPH_EDGE, ...ks.slice(mid, -1), ...ks.slice(1, mid), PARAGRAPH_EDGE];
    assert.ok(trigramSequenceScore(ks, 1) > trigramSequenceScore(rotated, 1), `${trigramSequenceScore(ks, 1)} ${trigramSequenceScore(rotated, 1)}`);
  });

  it("an order's keys: the neighbours' edge keys, then the pieces, a torn word's halves as the word they make", () => {
    const K = ['b', 'c', 'x', 'y', 'a'];
    const ks = Int32Array.from([0, 2, 5]);
    const o = { pieces: [[1, 2], [0, 1]] as Array<[number, number]>, joinTears: [true], merged: ['ab'], bounds: [1], score: 0 };
    assert.deepStrictEqual(orderKeys(K, ks, o, ['p'], ['n']), ['p', 'x', 'y', 'ab', 'c', 'n']);
    assert.deepStrictEqual(orderKeys(K, ks, null, null, null), K);
  });

  it('the table is read by the search: the margin of a one-cut start moves with it (the same start best)', () => {
    const line = 'وأوضح المدير الجهوي للصحة أن المستشفى سيستقبل المرضى ابتداء من الأسبوع القادم.';
    const text = ['وشارك في الندوة عدد كبير من الباحثين والأساتذة القادمين من مختلف الجامعات.', 'مستشفى سيستقبل المرضى ابتداء من الأسبوع القادم. وأوضح المدير الجهوي للصحة أن ال', 'وتسعى الجمعية إلى توفير الكتب المدرسية لفائدة التلاميذ من العائلات المعوزة.'].join('\n');
    const without = reversedRunRepairs(text);
    forgetRunLines();
    provideTrigrams(readTable);
    const withTable = reversedRunRepairs(text);
    for (const r of [without, withTable]) assert.ok(r.length === 1 && r[0].text === line, JSON.stringify(r));
    assert.ok(Math.abs(without[0].margin - withTable[0].margin) > 0.5, `${without[0].margin} ${withTable[0].margin}`);
  });

  it('a one-cut line repaired the same way with and without the table when the pairs decide it', () => {
    const para = (line: string) => ['أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.', line, 'وقررت اللجنة المنظمة تأجيل المهرجان إلى موعد لاحق بسبب الظروف المناخية الصعبة.'].join('\n');
    const want = 'وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال.';
    const text = para('س الريفية في الجنوب والشمال. وأكدت الوزارة أن المشروع سيشمل المدار');
    const without = reversedRunRepairs(text);
    forgetRunLines();
    provideTrigrams(readTable);
    const withTable = reversedRunRepairs(text);
    for (const r of [without, withTable]) assert.ok(r.length === 1 && r[0].preferred && r[0].text === want, JSON.stringify(r));
  });
});
