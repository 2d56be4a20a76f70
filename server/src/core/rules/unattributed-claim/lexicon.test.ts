import * as assert from 'assert';
import { buildLexicon, defaultSurfaceKeys, fold } from './lexicon';
import { decodeKeys, encodeBucketed, encodeKeys, type KeyLookup, StoredKeys } from './keycodec';
import { hashFolded, key, KeySet } from './tokens';
import { NEWS_OF, IMPERSONAL_PHRASES, SOURCE_PHRASES } from './data/phrases';
import { ANONYMOUS_ADJECTIVES, ONE_OF, QUANTIFIERS, SAME, VAGUE_PRONOUNS } from './data/nouns';
import { FUNCTION_WORDS, STATEMENT_NOUNS } from './data/grammar';
import { IMPERSONAL_VERBS } from './data/verbs';
import { NAMED_SOURCES } from './data/exemptions';

/**
 * buildLexicon makes the surface-form keys from the hashes of their pieces (no string per form). These tests
 * build the same forms as strings, as the lexicon did before, and check that the key sets are exactly theirs.
 */
function reference(extra: Parameters<typeof buildLexicon>[0] = {}) {
  const lex = buildLexicon(extra);
  const k = (s: string) => key(hashFolded(s));
  const conj = (w: string) => [w, '\u0648' + w, '\u0641' + w];
  const cue = new Set<number>();
  for (const [form, info] of lex.verbs) {
    for (const b of info.present ? [form, '\u0633' + form] : [form]) {
      const encl = [b, b + '\u0647', b + '\u0647\u0627', b + '\u0647\u0645', b + '\u0647\u0645\u0627', b + '\u0646\u0627'];
      if (b.endsWith('\u0648\u0627')) {
        const st = b.slice(0, -1);
        encl.push(st + '\u0647', st + '\u0647\u0627', st + '\u0647\u0645', st + '\u0647\u0645\u0627');
      }
      for (const e of encl) for (const x of conj(e)) cue.add(k(x));
    }
  }
  const triggers = new Set(cue);
  const cueSurface = new Set(cue);
  for (const w of NEWS_OF) for (const x of conj(fold(w))) triggers.add(k(x));
  for (const w of STATEMENT_NOUNS) triggers.add(k(fold(w)));
  for (const w of IMPERSONAL_VERBS) if (fold(w)) for (const x of conj(fold(w))) triggers.add(k(x));
  const common = new Set([...FUNCTION_WORDS, 'بات', 'أصبح'].map(fold));
  for (const p of [...SOURCE_PHRASES, ...IMPERSONAL_PHRASES]) {
    const f = p.map(fold);
    if (f.length > 1 && common.has(f[0])) triggers.add(k(f[1]));
    else for (const x of conj(f[0])) triggers.add(k(x));
  }
  for (const n of lex.nouns.keys())
    for (const pre of ['', 'ال', 'لل', 'بال', 'كال', 'ب', 'ل', 'ك']) for (const x of conj(pre + n)) cueSurface.add(k(x));
  const joinSurface = new Set(cueSurface);
  for (const p of [...SOURCE_PHRASES, ...IMPERSONAL_PHRASES]) for (const w of p) for (const x of conj(fold(w))) joinSurface.add(k(x));
  for (const list of [VAGUE_PRONOUNS, QUANTIFIERS, ONE_OF, ANONYMOUS_ADJECTIVES])
    for (const w of list) for (const y of [fold(w), 'ال' + fold(w)]) for (const x of conj(y)) joinSurface.add(k(x));
  for (const info of lex.nouns.values()) for (const w of info.second ?? []) joinSurface.add(k(w));
  const headSurface = new Set(cueSurface);
  for (const list of [QUANTIFIERS, ONE_OF, VAGUE_PRONOUNS, SAME]) for (const w of list) for (const x of conj(fold(w))) headSurface.add(k(x));
  for (const phrase of [...NAMED_SOURCES, ...(extra.namedSources ?? [])]) {
    const f = phrase.trim().split(/\s+/).map(fold).filter((x) => x.length > 0)[0];
    if (f) for (const x of conj(f)) headSurface.add(k(x));
  }
  return { lex, want: { triggers, cueSurface, joinSurface, headSurface } };
}

function assertSame(got: KeyLookup, want: Set<number>, name: string): void {
  assert.strictEqual(got.keys().length, want.size, `${name}: size`);
  for (const x of want) assert.ok(got.has(x), `${name}: missing key ${x}`);
}

describe('unattributed-claim lexicon: surface keys', () => {
  it('the default lexicon holds exactly the keys of the forms built as strings', () => {
    const { lex, want } = reference();
    assert.ok(want.cueSurface.size > 10000, 'the reference is not empty');
    for (const [name, set] of Object.entries(want)) assertSame(lex[name as keyof typeof want], set, name);
  });

  it('so does a lexicon extended by options (verbs, vague nouns, named sources)', () => {
    const { lex, want } = reference({ verbs: ['صرح|يصرح', 'يزعم'], vagueNouns: ['مراقبون', 'مسؤول كبير'], namedSources: ['وكالة الأنباء الرسمية'] });
    for (const [name, set] of Object.entries(want)) assertSame(lex[name as keyof typeof want], set, name);
  });

  it('the stored tables (data/keys.data.ts) equal the keys computed from the word lists: else run node scripts/build-claim-keys.mjs', () => {
    const stored = buildLexicon();
    const computed = defaultSurfaceKeys();
    for (const name of ['triggers', 'cueSurface', 'joinSurface', 'headSurface'] as const)
      assert.deepStrictEqual(stored[name].keys(), computed[name].keys(), `${name} differs from the word lists`);
    // the stored lexicon's knownSurface is the cue table with the function words merged in: the computed one's keys
    assert.deepStrictEqual(stored.knownSurface.keys(), buildLexicon({}, true).knownSurface.keys(), 'knownSurface');
  });

  it('keycodec: keys survive encoding (gaps of every size, 0 and the largest key)', () => {
    const keys = [0, 1, 31, 32, 33, 1023, 1024, 65535, 1 << 20, (1 << 30) - 2, (1 << 30) - 1];
    const text = encodeKeys(keys);
    assert.ok(/^[\x30-\x6f]*$/.test(text), 'printable ASCII');
    assert.deepStrictEqual(decodeKeys(text).keys(), keys);
    assert.deepStrictEqual(decodeKeys('').keys(), []);
  });

  it('keycodec: bucketed text is read a bucket at a time, with the same keys (empty buckets, 0 and the largest key)', () => {
    for (const n of [0, 1, 7, 9, 100, 5000]) {
      const have = new Set<number>([0, 0x3fffffff, 1 << 29, (1 << 29) - 1]);
      for (let i = 0; i < n; i++) have.add((Math.imul(i + 1, 2654435761) >>> 2) & 0x3fffffff);
      const keys = [...have].sort((x, y) => x - y);
      const text = encodeBucketed(keys);
      assert.ok(/^[\x30-\x6f]*$/.test(text), 'printable ASCII');
      // looked up before the whole table is read: every key found, neighbours and others not
      const s = new StoredKeys(text);
      for (const x of keys) assert.ok(s.has(x), `key ${x} of ${n}`);
      for (const x of keys) for (const y of [x - 1, x + 1]) if (y >= 0 && y <= 0x3fffffff) assert.strictEqual(s.has(y), have.has(y), `neighbour ${y}`);
      for (let i = 0; i < 2000; i++) {
        const y = (Math.imul(i + 11, 40503) >>> 2) & 0x3fffffff;
        assert.strictEqual(s.has(y), have.has(y), `other key ${y}`);
      }
      assert.deepStrictEqual(new StoredKeys(text).keys(), keys);
    }
    assert.ok(!new StoredKeys('').has(5));
    assert.deepStrictEqual(new StoredKeys('').keys(), []);
    // extra keys merged into the buckets: before, between, equal to and after the stored ones, in empty buckets too
    const stored = [3, 5, 9, 1 << 29, 0x3fffffff];
    const extra = [0, 1, 5, 6, 10, 1 << 28, (1 << 29) + 1, 0x3ffffffe];
    const union = [...new Set([...stored, ...extra])].sort((x, y) => x - y);
    for (const perBucket of [1, 2, 8]) {
      const text = encodeBucketed(stored, perBucket);
      // (lookups past an eighth of the buckets turn the set into a hash table: its own, or a copy of `same`'s)
      for (const u of [new StoredKeys(text, extra), new StoredKeys(text, extra, new StoredKeys(text))])
        for (let round = 0; round < 2; round++)
          for (const x of [...union, 2, 4, 7, 11, (1 << 29) + 2]) assert.strictEqual(u.has(x), union.includes(x), `key ${x}, ${perBucket} a bucket`);
      assert.deepStrictEqual(new StoredKeys(text, extra).keys(), union);
    }
    assert.deepStrictEqual(new StoredKeys('', extra).keys(), extra);
    assert.ok(new StoredKeys('', extra).has(6) && !new StoredKeys('', extra).has(7));
  });

  it('KeySet: a key is found once added, and others are not; a copy is independent', () => {
    const s = new KeySet();
    const keys: number[] = [];
    for (let i = 0; i < 5000; i++) keys.push((Math.imul(i, 2654435761) >>> 2) & 0x3fffffff);
    keys.push(0, 0x3fffffff);
    for (const x of keys) s.add(x);
    for (const x of keys) assert.ok(s.has(x));
    assert.strictEqual(s.size, new Set(keys).size);
    let absent = 0;
    const have = new Set(keys);
    for (let i = 0; i < 5000; i++) {
      const x = (Math.imul(i + 7, 40503) >>> 2) & 0x3fffffff;
      if (!have.has(x)) {
        absent++;
        assert.ok(!s.has(x), `key ${x} was never added`);
      }
    }
    assert.ok(absent > 1000);
    const c = s.clone();
    c.add(12345678);
    assert.ok(c.has(12345678) && !have.has(12345678) && !s.has(12345678));
    assert.strictEqual(c.size, s.size + 1);
  });
});
