/**
 * lexicon/classGrams.ts (the word-class trigram of correct news) and lexicon/runsClass.ts (its term in the run-order
 * search: where a one-cut line starts).
 */
import * as assert from 'assert';
import { CLASS_FREQUENT, classLogProb, classSequenceScore, gramCount, gramName, keyClass } from './classGrams';
import { pairHash, pairKeys, PARAGRAPH_EDGE, storedCount } from './pairs';
import { rescoreRotations, type OrderShape } from './runsClass';

/** Sentences written for these tests (news register; not from any corpus). */
const SENTENCES = ['وأكدت الوزارة أن المشروع سيشمل المدارس الريفية في الجنوب والشمال.', 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.'];

const keysOf = (s: string) => pairKeys(s, 0, s.length);
const classes = (ks: string[]) => [PARAGRAPH_EDGE, ...ks, PARAGRAPH_EDGE].map(keyClass);

describe('lexicon/classGrams: word-class trigrams of correct news', () => {
  it('a frequent word is its own class, a rare one its shape, punctuation and the paragraph edge their own', () => {
    const fi = keysOf('في')[0];
    assert.ok(storedCount(pairHash(fi)) >= CLASS_FREQUENT);
    assert.strictEqual(keyClass(fi), fi);
    const rare = keysOf('والمستشفيات')[0];
    assert.ok(storedCount(pairHash(rare)) < CLASS_FREQUENT);
    assert.ok(keyClass(rare).startsWith('~'), keyClass(rare));
    assert.strictEqual(keyClass('.'), '.');
    assert.strictEqual(keyClass(PARAGRAPH_EDGE), PARAGRAPH_EDGE);
  });

  it('the table decodes: the counts a paragraph start needs are there', () => {
    assert.ok(gramCount(gramName.cont1('.')) > 100);
    // (nothing follows the paragraph's end)
    assert.strictEqual(gramCount(gramName.ctx('.', PARAGRAPH_EDGE)), 0);
    assert.ok(gramCount(gramName.ctx(PARAGRAPH_EDGE, keyClass(keysOf('وقال')[0]))) > 2);
    assert.strictEqual(gramCount('no such name'), 0);
  });

  it('every probability is a number in (0, 1]: classes and contexts the table never saw, counts lost to collisions', () => {
    for (const [u, v, w] of [[null, 'no such class', 'nor this'], ['x', 'y', 'z'], ['.', PARAGRAPH_EDGE, '.'], [PARAGRAPH_EDGE, '.', PARAGRAPH_EDGE]] as const) {
      const lp = classLogProb(u, v, w);
      assert.ok(Number.isFinite(lp) && lp <= 0, `${u} ${v} ${w}: ${lp}`);
    }
  });

  it('a sentence between paragraph edges reads better than every rotation of it (what a one-cut line is)', () => {
    for (const s of SENTENCES) {
      const ks = keysOf(s);
      const right = classSequenceScore(classes(ks));
      assert.ok(Number.isFinite(right));
      for (let b = 1; b < ks.length; b++) assert.ok(classSequenceScore(classes([...ks.slice(b), ...ks.slice(0, b)])) < right, `${s} from word ${b}`);
    }
  });
});

describe('lexicon/runsClass: where a one-cut line starts', () => {
  // the line `D E F A B` read as chunks of one key each; order b: chunks b… then 0…b − 1, the last and first healed
  const K = keysOf(SENTENCES[0]);
  const m = K.length;
  const ks = Int32Array.from({ length: m + 1 }, (_, i) => i);
  const rotation = (b: number, score: number): OrderShape => ({ bounds: [b], pieces: [[b, m], [0, b]], joinTears: [true], merged: [K[m - 1] + K[0]], score });
  it('the best rotation keeps its own score, the others fall below it; orders of more cuts are left alone', () => {
    const rots = [1, 2, 3, 4].map((b) => rotation(b, 5));
    const twoCut: OrderShape = { bounds: [1, 3], pieces: [[3, m], [1, 3], [0, 1]], joinTears: [true, true], merged: ['x', 'y'], score: 4 };
    const all = [...rots, twoCut];
    const plain = rescoreRotations(all, K, ks, null, null);
    assert.strictEqual(plain.size, 4);
    assert.strictEqual(twoCut.score, 4);
    const kept = rots.filter((c) => c.score === 5);
    assert.strictEqual(kept.length, 1);
    for (const c of rots) {
      assert.strictEqual(plain.get(c), 5);
      assert.ok(c.score <= 5);
    }
  });
  it('one rotation alone: nothing to rank', () => {
    const one = rotation(2, 3);
    assert.strictEqual(rescoreRotations([one], K, ks, null, null).size, 0);
    assert.strictEqual(one.score, 3);
  });
});
