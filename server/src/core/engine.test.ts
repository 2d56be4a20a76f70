import * as assert from 'assert';
import * as fc from 'fast-check';
import { resolveConfig } from './config';
import { diffEdit, fixAll, lintText } from './engine';
import { applyEdits } from './fix';
import { RULES } from './registry';
import type { Rule } from './types';

/** Arbitrary text biased towards Arabic letters, tatweel, marks, spaces, line breaks, digits, surrogates and controls. */
export const arabicish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى'.split('')),
      fc.constantFrom('\u0640', '\u0640\u0640', ' ', '  ', '\n', '\r\n', '\r', '،', '.', '«', '»', '"', '(', ')', ':', '%'),
      fc.constantFrom('\u064e', '\u0651', '\u0652', '\u200f', '\u202b', '\u202c', '\ufeff', '\ufefb', '\ufe8d', '😀', '\ud800'),
      fc.constantFrom('1', '2', '٣', '۴', 'a', 'Z', '`', '```', '#'),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('engine', () => {
  it('never throws and returns well-formed findings on any input', () => {
    fc.assert(
      fc.property(arabicish, fc.boolean(), (text, md) => {
        const { findings, failures } = lintText(text, { format: md ? 'markdown' : 'text' });
        assert.deepStrictEqual(failures, []);
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('fix-all is idempotent', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const once = fixAll(text).text;
        assert.strictEqual(fixAll(once).text, once);
      }),
      { numRuns: 300 },
    );
  });

  it('the edits of one preferred fix never overlap each other', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        for (const f of lintText(text).findings) {
          for (const fix of f.fixes) {
            const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
            for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end, `${f.ruleId}: overlapping edits`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixing tatweel removes only U+0640 (and, by default, kashida glyphs ! % U+FFFD)', () => {
    fc.assert(
      fc.property(arabicish, fc.constantFrom('!', '%', '\ufffd', '!!'), (base, glyph) => {
        const text = base.replace(/a/g, glyph); // let kashida glyphs appear between letters
        const only = fixAll(text, { only: ['tatweel'], rules: { tatweel: { options: { kashidaGlyphs: false } } } }).text;
        assert.strictEqual(only.replace(/\u0640/g, ''), text.replace(/\u0640/g, ''));
        const fixed = fixAll(text, { only: ['tatweel'] }).text;
        assert.strictEqual(fixed.replace(/[\u0640!%\ufffd]/g, ''), text.replace(/[\u0640!%\ufffd]/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('guards a rule that throws: the others still run, the failure is reported', () => {
    const bad: Rule = { ...RULES[0], id: 'boom', check: () => { throw new Error('kaput'); } };
    (RULES as Rule[]).push(bad);
    try {
      const r = lintText('الجم\u0640اعة');
      assert.deepStrictEqual(r.failures, [{ ruleId: 'boom', error: 'kaput' }]);
      assert.ok(r.findings.some((f) => f.ruleId === 'tatweel'));
    } finally {
      (RULES as Rule[]).pop();
    }
  });

  it('drops findings inside Markdown code', () => {
    const text = 'الجم\u0640اعة\n```\nالجم\u0640اعة\n```\n`الجم\u0640اعة`';
    const md = lintText(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'tatweel');
    assert.strictEqual(md.length, 1);
    assert.strictEqual(md[0].start, 0);
    assert.strictEqual(lintText(text, { format: 'text' }).findings.filter((f) => f.ruleId === 'tatweel').length, 3);
  });

  it('respects rule levels and --rules', () => {
    const text = 'الجم\u0640اعة';
    assert.strictEqual(lintText(text, resolveConfig({ rules: { tatweel: 'off' } }).lint).findings.length, 0);
    const err = lintText(text, resolveConfig({ rules: { tatweel: 'error' } }).lint).findings;
    assert.strictEqual(err[0].severity, 'error');
    assert.ok(lintText(text, { only: ['tatweel-dash'] }).findings.every((f) => f.ruleId === 'tatweel-dash'));
  });

  it('diffEdit produces one minimal edit that never splits a surrogate pair', () => {
    fc.assert(
      fc.property(arabicish, arabicish, (a, b) => {
        const e = diffEdit(a, b);
        if (a === b) return assert.strictEqual(e, null);
        assert.ok(e);
        assert.strictEqual(applyEdits(a, [e!]), b);
      }),
      { numRuns: 300 },
    );
    const e = diffEdit('x\ud83d\ude00', 'x\ud83d\ude01');
    assert.deepStrictEqual(e, { start: 1, end: 3, newText: '\ud83d\ude01' });
  });
});

describe('config', () => {
  it('reports broken settings once each and falls back to defaults', () => {
    const { lint, problems } = resolveConfig({ rules: { tatweel: 'loud', nosuch: 'off' }, tatweel: { allow: 'x' }, messageLanguage: 'fr' });
    assert.strictEqual(lint.rules!.tatweel.level, 'default');
    assert.deepStrictEqual(lint.rules!.tatweel.options!.allow, []);
    assert.strictEqual(problems.length, 4, problems.join('\n'));
  });
  it('accepts garbage without throwing', () => {
    for (const raw of [null, undefined, 42, 'x', [], { rules: [] }, { rules: null }, { tatweel: 5 }]) {
      assert.doesNotThrow(() => resolveConfig(raw));
    }
  });
  it('messageLanguage picks the locale', () => {
    assert.strictEqual(resolveConfig({ messageLanguage: 'ar' }).lint.locale, 'ar');
    assert.strictEqual(resolveConfig({ messageLanguage: 'auto' }, 'ar').lint.locale, 'ar');
  });
});
