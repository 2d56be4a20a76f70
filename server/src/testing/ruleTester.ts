/**
 * Table-driven rule tests (textlint-tester's shape): `valid` texts must give no finding of the rule;
 * each `invalid` row gives the flagged substrings in order and, with `output`, the text after the
 * rule's preferred fixes are applied (fix-all, to a fixed point). Uses mocha's global describe/it.
 */
import * as assert from 'assert';
import { fixAll, lintText } from '../core/engine';
import { visible } from '../core/text/visible';
import type { Finding, LintOptions, Locale, Rule, RuleOptions } from '../core/types';

export interface InvalidRow {
  text: string;
  /** Substrings covered by the findings, in order (text.slice(start, end)). */
  flagged?: string[];
  /** Number of findings, when `flagged` is not given. */
  count?: number;
  /** Text after fix-all with this rule only. */
  output?: string;
  /** Each message must match. */
  message?: RegExp;
  options?: RuleOptions;
  locale?: Locale;
  name?: string;
}

export type ValidRow = string | { text: string; options?: RuleOptions; name?: string };

function lintOptions(rule: Rule, options: RuleOptions | undefined, locale: Locale = 'en'): LintOptions {
  return { only: [rule.id], locale, rules: { [rule.id]: { level: 'default', options } } };
}

export function findingsOf(rule: Rule, text: string, options?: RuleOptions, locale?: Locale): Finding[] {
  const r = lintText(text, lintOptions(rule, options, locale));
  assert.deepStrictEqual(r.failures, [], 'rule threw');
  return r.findings.filter((f) => f.ruleId === rule.id);
}

/** Make invisible characters readable in test names (the same notation as hovers and the rule docs). */
export const show = visible;

export function ruleTester(rule: Rule, table: { valid: ValidRow[]; invalid: InvalidRow[] }): void {
  describe(`rule ${rule.id}`, () => {
    describe('valid', () => {
      for (const row of table.valid) {
        const r = typeof row === 'string' ? { text: row } : row;
        it(r.name ?? show(r.text), () => {
          const got = findingsOf(rule, r.text, r.options);
          assert.deepStrictEqual(got.map((f) => show(r.text.slice(f.start, f.end))), [], 'expected no findings');
        });
      }
    });
    describe('invalid', () => {
      for (const row of table.invalid) {
        it(row.name ?? show(row.text), () => {
          const got = findingsOf(rule, row.text, row.options, row.locale);
          if (row.flagged) {
            assert.deepStrictEqual(got.map((f) => show(row.text.slice(f.start, f.end))), row.flagged.map(show));
          } else {
            assert.strictEqual(got.length, row.count ?? 1, `findings: ${got.map((f) => show(row.text.slice(f.start, f.end))).join(' | ')}`);
          }
          assert.ok(got.length > 0, 'expected at least one finding');
          for (const f of got) {
            assert.strictEqual(f.ruleId, rule.id);
            if (row.message) assert.match(f.message, row.message);
            assert.ok(f.fixes.filter((x) => x.preferred).length <= 1, 'at most one preferred fix');
          }
          if (row.output !== undefined) {
            const out = fixAll(row.text, lintOptions(rule, row.options, row.locale)).text;
            assert.strictEqual(show(out), show(row.output));
          }
        });
      }
    });
  });
}

/**
 * Assertions for a rule that finds where something dropped out of a line (missing-numeral's tests): `gap(marked)` — the
 * text with one `‸` (U+2038, removed before linting) where it dropped — expects exactly one finding, starting within
 * one unit of the mark; `quiet(text)` expects none.
 */
export function gapExpectations(rule: Rule): { GAP: string; expectGap: (marked: string) => void; expectQuiet: (text: string) => void } {
  const GAP = '\u2038';
  const at = (text: string) => findingsOf(rule, text).map((f) => f.start);
  return {
    GAP,
    expectGap: (marked) => {
      const p = marked.indexOf(GAP);
      const text = marked.slice(0, p) + marked.slice(p + 1);
      const found = at(text);
      assert.ok(found.length === 1 && Math.abs(found[0] - p) <= 1, `${visible(text)}: ${JSON.stringify(found)} for a gap at ${p}`);
    },
    expectQuiet: (text) => assert.deepStrictEqual(at(text), [], visible(text)),
  };
}
