/**
 * A fixed sample of the held-out claim sentences (test/claims/, every 8th line of each file) through every PDF
 * damage of server/src/testing/claimDamage.ts. It checks the property, not a recall value (the held-out set is
 * never tuned on): a damage may lose at most 5 points of the sample's undamaged recall (at least one sentence
 * of slack), and it may not make a named sentence noisier than it is undamaged.
 * The full measurement is `node scripts/claims-heldout.mjs`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../server/src/core/engine';
import { damage, DAMAGES } from '../server/src/testing/claimDamage';

const DIR = path.resolve(__dirname, '..', '..', 'test', 'claims');
const RULE = 'unattributed-claim';

function sample(name: string): string[] {
  return fs
    .readFileSync(path.join(DIR, name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.trimStart().startsWith('#'))
    .map((l) => l.replace(/\s+#\s*[\p{L}\p{N}_-]+\s*$/u, ''))
    .filter((_, i) => i % 8 === 0);
}
const flagged = (t: string): boolean => lintText(t, { only: [RULE] }).findings.some((f) => f.ruleId === RULE);

describe('unattributed-claim held-out sample under PDF damage', () => {
  const claims = sample('heldout-claims.ar.txt');
  const named = sample('heldout-named.ar.txt');
  const found0 = claims.filter(flagged).length;
  const alarms0 = named.filter(flagged).length;
  it('has a sample of both files', () => {
    assert.ok(claims.length >= 15 && named.length >= 15);
    // the sample is a held-out measurement: most claims are found, few named sentences flagged
    assert.ok(found0 >= claims.length * 0.75, `undamaged: ${found0}/${claims.length}`);
    assert.ok(alarms0 <= 1, `undamaged alarms: ${alarms0}`);
  });
  for (const d of DAMAGES) {
    it(`${d}: recall within 5 points, named sentences no noisier`, () => {
      const found = claims.filter((c) => flagged(damage(d, c))).length;
      const slack = Math.max(1, Math.floor(claims.length * 0.05));
      assert.ok(found >= found0 - slack, `${d}: ${found}/${claims.length} found, undamaged ${found0}`);
      const alarms = named.filter((n) => flagged(damage(d, n))).length;
      assert.ok(alarms <= alarms0, `${d}: ${alarms} named sentences flagged, undamaged ${alarms0}`);
    });
  }
});
