/**
 * Every rule keeps its user-facing texts in one table (Rule.messages, ARCHITECTURE.md): each id a rule's code asks
 * for is in the table of a rule defined in the same file (or folder), and each text has the same placeholders in
 * both languages.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/registry';
import { fillMessage, messageOf } from '../server/src/core/engine';

const RULES_DIR = path.resolve(__dirname, '..', '..', 'server', 'src', 'core', 'rules');

/** Source files of the rules: rules/<id>.ts, or every non-test .ts file of rules/<id>/. */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(RULES_DIR)) {
    const p = path.join(RULES_DIR, f);
    if (fs.statSync(p).isDirectory()) {
      let src = '';
      for (const g of fs.readdirSync(p)) if (g.endsWith('.ts') && !g.endsWith('.test.ts')) src += fs.readFileSync(path.join(p, g), 'utf8') + '\n';
      out.set(f, src);
    } else if (f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('.data')) out.set(f.replace(/\.ts$/, ''), fs.readFileSync(p, 'utf8'));
  }
  return out;
}

/** The literal message ids a source asks for: message('id' …), message(cond ? 'a' : 'b' …). */
function askedIds(src: string): string[] {
  const ids: string[] = [];
  for (const m of src.matchAll(/\bmessage\(([^,()]*?)[,)]/g)) for (const q of m[1].matchAll(/'([A-Za-z][A-Za-z0-9]*)'/g)) ids.push(q[1]);
  return ids;
}

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('rule messages', () => {
  it('every id a rule asks for is in its table', () => {
    const missing: string[] = [];
    let asked = 0;
    for (const [file, src] of sources()) {
      const defined = new Set<string>();
      for (const m of src.matchAll(/\bid: '([a-z-]+)'/g)) for (const id of Object.keys(RULES.find((r) => r.id === m[1])?.messages ?? {})) defined.add(id);
      for (const id of askedIds(src)) {
        asked++;
        if (!defined.has(id)) missing.push(`${file}: ${id}`);
      }
    }
    assert.deepStrictEqual(missing, []);
    assert.ok(asked >= 30, `the check sees the calls (${asked})`);
  });

  it('both languages, the same placeholders', () => {
    const bad: string[] = [];
    for (const rule of RULES) {
      for (const [id, m] of Object.entries(rule.messages ?? {})) {
        if (!m.en.trim() || !m.ar.trim()) bad.push(`${rule.id}.${id}: empty`);
        if (placeholders(m.en).join() !== placeholders(m.ar).join()) bad.push(`${rule.id}.${id}: ${placeholders(m.en)} ≠ ${placeholders(m.ar)}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('ctx.message fills placeholders in the lint language and keeps unknown ones', () => {
    const rule = RULES.find((r) => r.id === 'tatweel')!;
    assert.strictEqual(messageOf(rule, 'en')('removeTatweel', { fixed: 'كلمة' }), 'Remove tatweel: “كلمة”');
    assert.strictEqual(messageOf(rule, 'ar')('removeTatweel', { fixed: 'كلمة' }), 'حذف التطويل: «كلمة»');
    assert.strictEqual(fillMessage('{a} and {b}', { a: '{b}' }), '{b} and {b}');
    assert.strictEqual(messageOf(rule, 'en')('no-such-id'), 'no-such-id');
  });
});
