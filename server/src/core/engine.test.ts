import * as assert from 'assert';
import * as fc from 'fast-check';
import { resolveConfig } from './config';
import { diffEdit, fixAll, lintText } from './engine';
import { applyEdits } from './fix';
import { RULES } from './registry';
import { fixOf, type Rule } from './types';

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

  it('hands on every fix in one shape: the same properties in the same order, the optional ones present (types.ts fixOf)', () => {
    // a claim without a source (fixes: plain, snippet, command), a count gone before its noun, a bidi control (preferred)
    const text = '\u0623\u0643\u062f\u062a \u0645\u0635\u0627\u062f\u0631 \u0645\u0637\u0644\u0639\u0629 \u0623\u0646 \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0633\u062a\u063a\u0644\u0642 \u0627\u0644\u0645\u0635\u0627\u0646\u0639 \u0627\u0644\u0642\u062f\u064a\u0645\u0629.\n\n' +
      '\u0642\u062a\u0644  \u0634\u062e\u0635\u0627 \u0641\u064a \u0627\u0644\u062d\u0627\u062f\u062b \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f.\n\n' +
      '\u0643\u062a\u0628\u202B \u0627\u0644\u0637\u0627\u0644\u0628 \u0627\u0644\u062f\u0631\u0633 \u060c \u062b\u0645 \u0646\u0627\u0645.\n';
    const fixes = lintText(text).findings.flatMap((f) => f.fixes);
    // the rules made fixes of several shapes (else this test could not fail)
    const made = new Set(fixes.map((x) => Object.keys(x).filter((k) => (x as unknown as Record<string, unknown>)[k] !== undefined).join(',')));
    assert.ok(made.size >= 3, [...made].join(' | '));
    for (const x of fixes) assert.deepStrictEqual(Object.keys(x), ['title', 'edits', 'preferred', 'snippet', 'plainText', 'command', 'moves']);
  });

  it('fixOf keeps what JSON and the readers see', () => {
    const plain = { title: 't', edits: [{ start: 1, end: 2, newText: 'x' }] };
    const full = { ...plain, preferred: true, snippet: true, plainText: 'p', command: { id: 'c', args: [1] }, moves: [[0, 1, 0]] as const };
    for (const x of [plain, { ...plain, preferred: true }, full]) assert.strictEqual(JSON.stringify(fixOf(x)), JSON.stringify(x));
    const moved = fixOf(full, [], false);
    assert.deepStrictEqual([moved.edits, moved.preferred, moved.command], [[], false, full.command]);
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
