/**
 * Golden files for fix-all: test/golden/<name>.input.txt → <name>.fixed.txt (all default rules).
 * Files are written with \uXXXX escapes for invisible characters (never raw); the test unescapes
 * them. `UPDATE_GOLDEN=1 npm test` rewrites the .fixed.txt files — review the diff before committing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lintText } from '../server/src/core/engine';

const DIR = path.resolve(__dirname, '..', '..', 'test', 'golden');

export function unescape(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escape(s: string): string {
  return s.replace(/[\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00a0\ufb50-\ufdff\ufe70-\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
}

describe('golden fixes', () => {
  const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith('.input.txt')).sort();
  it('has golden files', () => assert.ok(inputs.length >= 3));
  for (const input of inputs) {
    const name = input.replace(/\.input\.txt$/, '');
    it(name, () => {
      const src = unescape(fs.readFileSync(path.join(DIR, input), 'utf8'));
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      const fixed = fixAll(src, { format }).text;
      const goldenPath = path.join(DIR, `${name}.fixed.txt`);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(goldenPath, escape(fixed));
      assert.strictEqual(escape(fixed), fs.readFileSync(goldenPath, 'utf8'));
      // fix-all reaches a fixed point: no preferred fix is left
      const left = lintText(fixed, { format }).findings.filter((f) => f.fixes.some((x) => x.preferred && !x.snippet && !x.command));
      assert.deepStrictEqual(left.map((f) => f.ruleId), []);
    });
  }
});
