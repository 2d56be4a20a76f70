/**
 * lexicon/countTable.ts — the count tables decoded whole, or one range at a time through an index (the CLI's bundle,
 * issue 13's start-up): the same count for every hash, whichever ranges were decoded before.
 */
import * as assert from 'assert';
import { CountTable, indexCountTable } from './countTable';
import { dequantise, pairHash } from './pairs';
import { PAIR_DATA, PAIR_ENTRIES, PAIR_FP_BITS, PAIR_RICE } from './pairs.data';
import { CLASS_DATA, CLASS_ENTRIES, CLASS_FP_BITS, CLASS_RICE } from './classGrams.data';
import { seeded } from '../../testing/damage';

const TABLES = [
  { name: 'pairs', data: PAIR_DATA, entries: PAIR_ENTRIES, rice: PAIR_RICE, fpBits: PAIR_FP_BITS },
  { name: 'class trigrams', data: CLASS_DATA, entries: CLASS_ENTRIES, rice: CLASS_RICE, fpBits: CLASS_FP_BITS },
];

/** Hashes to look up: random ones (mostly absent), the edges of the hash space, and punctuation keys (stored). */
function probes(seed: number, fpBits: number): number[] {
  const rnd = seeded(seed);
  const out = [0, 0xffffffff, 1 << (32 - fpBits), (1 << (32 - fpBits)) - 1];
  for (let i = 0; i < 3000; i++) out.push(Math.floor(rnd() * 2 ** 32) >>> 0);
  for (const w of ['.', ',', '#', '@', '|', '. |']) out.push(pairHash(w));
  return out;
}

describe('lexicon/countTable', () => {
  for (const t of TABLES) {
    it(`${t.name}: through its index, every count is the whole decoding's, in any order of lookups`, () => {
      const index = indexCountTable(t.data, t.entries, t.rice, t.fpBits);
      assert.match(index, /^\d+:/);
      const k = Number(index.slice(0, index.indexOf(':')));
      // ranges of a few hundred entries: a lookup decodes a small part of the table
      assert.ok(t.entries / 2 ** k <= 256 && t.entries / 2 ** k > 64, `k ${k}`);
      const whole = new CountTable(t.data, t.entries, t.rice, t.fpBits, dequantise);
      const ranged = new CountTable(t.data, t.entries, t.rice, t.fpBits, dequantise, index);
      const hs = probes(7, t.fpBits);
      // the stored fingerprints themselves, found through the whole decoding's arrays
      const fps = (whole as unknown as { fps: Uint32Array | null; count(h: number): number });
      whole.count(0);
      const stored = fps.fps!;
      assert.strictEqual(stored.length, t.entries);
      const rnd = seeded(11);
      for (let i = 0; i < 3000; i++) {
        const f = stored[Math.floor(rnd() * stored.length)];
        hs.push((f << (32 - t.fpBits)) >>> 0, ((f << (32 - t.fpBits)) | ((1 << (32 - t.fpBits)) - 1)) >>> 0);
      }
      // the first and last entries, and the neighbours of range edges
      hs.push(stored[0] << (32 - t.fpBits), (stored[t.entries - 1] << (32 - t.fpBits)) >>> 0);
      let found = 0;
      for (const h of hs) {
        const c = whole.count(h);
        if (c > 0) found++;
        assert.strictEqual(ranged.count(h), c, `hash ${h}`);
      }
      assert.ok(found >= 3000, `${found} stored`);
      // the ranged table decoded every range it was asked about, and the same arrays as the whole decoding there
      const r = ranged as unknown as { fps: Uint32Array };
      let same = 0;
      for (let i = 0; i < t.entries; i++) if (r.fps[i] === stored[i]) same++;
      assert.ok(same > t.entries / 2, `${same} of ${t.entries}`);
    });
  }

  it('an index that is not the table\'s own shape is ignored: the table is decoded whole', () => {
    const t = TABLES[0];
    const whole = new CountTable(t.data, t.entries, t.rice, t.fpBits, dequantise);
    whole.count(0);
    const stored = (whole as unknown as { fps: Uint32Array }).fps;
    const hs = [0, 5, 100, 60000, t.entries - 1].map((i) => (stored[i] << (32 - t.fpBits)) >>> 0);
    for (const bad of ['x', '3:1,2', '99:0,0,-1', ':', '']) {
      const table = new CountTable(t.data, t.entries, t.rice, t.fpBits, dequantise, bad);
      for (const h of hs) {
        assert.ok(whole.count(h) >= 2);
        assert.strictEqual(table.count(h), whole.count(h));
      }
      assert.strictEqual((table as unknown as { ranges: unknown }).ranges, null);
    }
  });
});
