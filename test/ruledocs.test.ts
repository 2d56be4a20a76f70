/**
 * The examples of docs/rules/<id>.md are true: every `damaged:` line of a page's Examples section is flagged by
 * that rule, and every `repaired:` line right after it is what fix-all with that rule makes of it (unless the
 * line says `(by the writer)`: a repair no tool makes). `<U+XXXX>` in the Markdown stands for the character,
 * `⏎` for a line break; a trailing `   (comment)` is dropped, and `(option: value)` sets a rule option.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lintText } from '../server/src/core/engine';
import { RULES } from '../server/src/core/registry';
import type { LintOptions } from '../server/src/core/types';

const ROOT = path.resolve(__dirname, '..', '..');

interface Example {
  damaged: string;
  repaired?: string;
  options: Record<string, unknown>;
  line: number;
}

function decode(s: string): string {
  return s.replace(/<U\+([0-9A-F]{4,6})>/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/⏎/g, '\n');
}

/** The damaged/repaired pairs of a page's Examples section (code blocks only). */
export function examplesOf(page: string): Example[] {
  const section = page.slice(page.indexOf('## Examples')).split(/^## (?!Examples)/m)[0];
  const blocks = [...section.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const out: Example[] = [];
  let n = 0;
  for (const block of blocks) {
    for (const raw of block.split('\n')) {
      n++;
      const m = /^(damaged|repaired|offered|message):\s*(.*)$/.exec(raw);
      if (!m) continue;
      const [body, comment] = m[2].split(/\s{3,}(?=\()/);
      const option = comment ? /^\(([A-Za-z]+): ("[^"]*"|true|false|\d+)\)$/.exec(comment.trim()) : null;
      if (m[1] === 'damaged') {
        out.push({ damaged: decode(body.trimEnd()), options: option ? { [option[1]]: JSON.parse(option[2]) } : {}, line: n });
      } else if (m[1] === 'repaired' && out.length && out[out.length - 1].repaired === undefined && !/by the writer/.test(comment ?? '')) {
        out[out.length - 1].repaired = decode(body.trimEnd());
      }
    }
  }
  return out;
}

describe('rule docs: the examples are what the rule does', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      const examples = examplesOf(page);
      assert.ok(examples.length >= 2, `docs/rules/${rule.id}.md: at least two damaged: examples`);
      for (const ex of examples) {
        const options: LintOptions = { locale: 'en', only: [rule.id], rules: { [rule.id]: { level: 'default', options: ex.options } } };
        const found = lintText(ex.damaged, options).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(found.length > 0, `not flagged: ${JSON.stringify(ex.damaged)}`);
        if (ex.repaired !== undefined) assert.strictEqual(fixAll(ex.damaged, options).text, ex.repaired, `fix-all of ${JSON.stringify(ex.damaged)}`);
      }
    });
  }
});
