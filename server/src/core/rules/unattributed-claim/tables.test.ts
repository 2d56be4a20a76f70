import * as assert from 'assert';
import { buildLexicon, wordTables } from './lexicon';
import { decodeWordTables, encodeWordTables } from './tables';

/** Every entry of a table in its order, each record with its own properties (undefined ones too). */
function entries(t: Record<string, unknown>): Array<[string, unknown]> {
  const flat = (v: unknown): unknown =>
    v instanceof Map ? [...v].map(([k, x]) => [k, flat(x)]) : v instanceof Set ? [...v] : v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).map(([k, x]) => [k, flat(x)]) : v;
  return Object.keys(t)
    .sort()
    .map((k) => [k, flat(t[k])]);
}

describe('unattributed-claim: the word tables as text (the CLI bundle carries the default lexicon\'s)', () => {
  it('decode(encode(tables)) is the tables: every field, entry and order', () => {
    const t = wordTables({});
    const back = decodeWordTables(encodeWordTables(t));
    assert.deepStrictEqual(back, t);
    assert.deepStrictEqual(entries(back as unknown as Record<string, unknown>), entries(t as unknown as Record<string, unknown>));
    assert.ok(t.verbs.size > 100 && t.nouns.size > 100, `${t.verbs.size} verb forms, ${t.nouns.size} nouns`);
    // a verb with no preposition keeps `via` as wordTables makes it (present, undefined)
    const plain = [...back.verbs.values()].find((v) => v.via === undefined);
    assert.ok(plain && 'via' in plain);
  });

  it('a lexicon built from decoded tables is the lexicon built from the word lists', () => {
    const t = decodeWordTables(encodeWordTables(wordTables({})));
    assert.deepStrictEqual(buildLexicon({}, false, t), buildLexicon({}));
    assert.deepStrictEqual(buildLexicon({}, true, t), buildLexicon({}, true));
  });

  it("a rule's options still extend the word lists (the stored tables are the default lexicon's only)", () => {
    const lex = buildLexicon({ vagueNouns: ['\u0632\u0631\u0642\u0648\u0646'] });
    assert.ok(lex.nouns.has('\u0632\u0631\u0642\u0648\u0646'));
    assert.ok(!wordTables({}).nouns.has('\u0632\u0631\u0642\u0648\u0646'), 'the noun is not already a default one');
  });
});
