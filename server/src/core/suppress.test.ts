import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll, lintText } from './engine';
import { RULES } from './registry';
import { ignoreKey, ignoredRules } from './review';
import { disableNextLineEdit, findDirectives, isSuppressed } from './suppress';
import { applyEdits } from './fix';
import type { LintOptions } from './types';

const T = '\u0640';
/** A stretched word: one tatweel finding each. */
const W = `الوزي${T}${T}ر`;
const L = `قال ${W}`;

/** The lines (1-based) of the tatweel findings. */
function tatweelLines(text: string, options: LintOptions = {}): number[] {
  const lines: number[] = [];
  for (const f of lintText(text, { ...options, only: ['tatweel'] }).findings) {
    lines.push(text.slice(0, f.start).split(/\r\n|\r|\n/).length);
  }
  return lines;
}

describe('suppression comments', () => {
  const table: Array<{ name: string; text: string; lines: number[]; format?: 'text' | 'markdown' }> = [
    { name: 'no comment', text: `${L}\n${L}\n`, lines: [1, 2] },
    { name: 'next-line, the rule named', text: `<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`, lines: [3] },
    { name: 'next-line, no rule named = all', text: `<!-- tadqiq-disable-next-line -->\n${L}\n${L}\n`, lines: [3] },
    { name: 'next-line, another rule named', text: `<!-- tadqiq-disable-next-line bidi-control -->\n${L}\n`, lines: [2] },
    { name: 'next-line skips blank lines', text: `<!-- tadqiq-disable-next-line tatweel -->\n\n  \n${L}\n${L}\n`, lines: [5] },
    { name: 'stacked next-line comments all apply to the next text line', text: `<!-- tadqiq-disable-next-line bidi-control -->\n<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`, lines: [4] },
    { name: 'next-line with indentation', text: `  <!-- tadqiq-disable-next-line tatweel -->\n  ${L}\n${L}\n`, lines: [3] },
    { name: 'ids separated by commas', text: `<!-- tadqiq-disable-next-line bidi-control,tatweel -->\n${L}\n`, lines: [] },
    { name: 'ids separated by commas and spaces', text: `<!-- tadqiq-disable-next-line bidi-control , tatweel -->\n${L}\n`, lines: [] },
    { name: 'unknown ids are ignored (the known one applies)', text: `<!-- tadqiq-disable-next-line no-such-rule tatweel -->\n${L}\n`, lines: [] },
    { name: 'only unknown ids: nothing is suppressed (not "all")', text: `<!-- tadqiq-disable-next-line no-such-rule -->\n${L}\n`, lines: [2] },
    { name: 'a misspelt directive is not a directive', text: `<!-- tadqiq-disabled -->\n${L}\n`, lines: [2] },
    { name: 'another tool\u2019s comment is not a directive', text: `<!-- markdownlint-disable -->\n${L}\n`, lines: [2] },
    { name: 'disable-line', text: `${L} <!-- tadqiq-disable-line tatweel -->\n${L}\n`, lines: [2] },
    { name: 'disable … enable', text: `${L}\n<!-- tadqiq-disable tatweel -->\n${L}\n${L}\n<!-- tadqiq-enable tatweel -->\n${L}\n`, lines: [1, 6] },
    { name: 'disable all … enable all', text: `<!-- tadqiq-disable -->\n${L}\n<!-- tadqiq-enable -->\n${L}\n`, lines: [4] },
    { name: 'disable without enable runs to the end', text: `${L}\n<!-- tadqiq-disable tatweel -->\n${L}\n\n${L}`, lines: [1] },
    { name: 'disable all, enable one rule', text: `<!-- tadqiq-disable -->\n${L}\n<!-- tadqiq-enable tatweel -->\n${L}\n`, lines: [4] },
    { name: 'disable one rule, enable all', text: `<!-- tadqiq-disable tatweel -->\n${L}\n<!-- tadqiq-enable -->\n${L}\n`, lines: [4] },
    { name: 'nested: disable twice, one enable ends both (not counted)', text: `<!-- tadqiq-disable tatweel -->\n<!-- tadqiq-disable tatweel -->\n${L}\n<!-- tadqiq-enable tatweel -->\n${L}\n`, lines: [5] },
    { name: 'overlapping: disable a, disable all, enable a, enable all', text: `<!-- tadqiq-disable tatweel -->\n${L}\n<!-- tadqiq-disable -->\n${L}\n<!-- tadqiq-enable tatweel -->\n${L}\n<!-- tadqiq-enable -->\n${L}\n`, lines: [6, 8] },
    { name: 'enable of another rule leaves the disabled one disabled', text: `<!-- tadqiq-disable tatweel -->\n<!-- tadqiq-enable bidi-control -->\n${L}\n`, lines: [] },
    { name: 'next-line inside a disabled range changes nothing', text: `<!-- tadqiq-disable tatweel -->\n<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`, lines: [] },
    { name: 'a next-line range inside a disable that is still open (ranges out of order)', text: `<!-- tadqiq-disable tatweel -->\n${L}\n<!-- tadqiq-disable-next-line tatweel -->\n${L}\n`, lines: [] },
    { name: 'a finding after a comment on the comment\u2019s own line, all disabled above', text: `<!-- tadqiq-disable -->\n<!-- tadqiq-disable-next-line tatweel -->${W}\n${L}`, lines: [] },
    { name: 'CRLF', text: `<!-- tadqiq-disable-next-line tatweel -->\r\n${L}\r\n${L}\r\n<!-- tadqiq-disable -->\r\n${L}\r\n`, lines: [3] },
    { name: 'lone CR', text: `<!-- tadqiq-disable-next-line tatweel -->\r${L}\r${L}\r`, lines: [3] },
    { name: 'Markdown: the same', text: `<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`, lines: [3], format: 'markdown' },
    { name: 'Markdown: a comment inside a fenced block is not a directive', text: '```\n<!-- tadqiq-disable -->\n```\n' + `${L}\n`, lines: [4], format: 'markdown' },
    { name: 'Markdown: a comment inside an inline code span is not a directive', text: '`<!-- tadqiq-disable -->`\n' + `${L}\n`, lines: [2], format: 'markdown' },
    { name: 'Markdown: a next-line comment before a fence does not reach past it to prose', text: '<!-- tadqiq-disable-next-line tatweel -->\n```\ncode\n```\n' + `${L}\n`, lines: [5], format: 'markdown' },
    { name: 'an unclosed comment is not a directive', text: `<!-- tadqiq-disable\n${L}\n`, lines: [2] },
    { name: 'a comment split over two lines is not a directive', text: `<!-- tadqiq-disable\n-->\n${L}\n`, lines: [3] },
    { name: 'upper-case rule ids', text: `<!-- tadqiq-disable-next-line TATWEEL -->\n${L}\n`, lines: [] },
  ];
  for (const c of table) {
    it(c.name, () => {
      assert.deepStrictEqual(tatweelLines(c.text, { format: c.format ?? 'text' }), c.lines);
    });
  }

  it('the comments themselves are never flagged by any rule, in Markdown or plain text', () => {
    const ids = RULES.map((r) => r.id);
    const comments = [
      `<!-- tadqiq-disable-next-line ${ids.join(', ')} -->`,
      `<!-- tadqiq-disable ${ids.join(',')} -->`,
      `<!-- tadqiq-enable ${ids.slice(0, 3).join(' ')} -->`,
      '<!-- tadqiq-disable-next-line no-such-rule,,  -->',
      '<!--tadqiq-disable-->',
    ];
    for (const format of ['text', 'markdown'] as const) {
      for (const comment of comments) {
        const text = `أعلنت الحكومة خطة جديدة.\n${comment}\nوقال الوزير إن الخطة جاهزة.\n`;
        const s = text.indexOf(comment);
        const e = s + comment.length;
        const on = lintText(text, { format, rules: Object.fromEntries(ids.map((id) => [id, { level: 'warning' as const }])) }).findings.filter(
          (f) => f.start < e && f.end > s,
        );
        assert.deepStrictEqual(on, [], `${format}: ${comment}`);
      }
    }
  });

  it('a suppressed finding is not fixed by fix-all', () => {
    const text = `<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`;
    assert.strictEqual(fixAll(text).text, `<!-- tadqiq-disable-next-line tatweel -->\n${L}\nقال الوزير\n`);
  });

  it('findDirectives: ranges per rule, linear on many comments and long lines', () => {
    const d = findDirectives('<!-- tadqiq-disable tatweel -->\nabc\n<!-- tadqiq-enable tatweel -->\n', ['tatweel', 'diacritic']);
    assert.deepStrictEqual(d.comments, [
      [0, 31],
      [36, 66],
    ]);
    assert.deepStrictEqual(d.ranges.get('tatweel'), [[0, 36]]);
    assert.strictEqual(d.ranges.get('diacritic'), undefined);
    assert.ok(isSuppressed(d, 'tatweel', 33) && !isSuppressed(d, 'tatweel', 36) && !isSuppressed(d, 'diacritic', 33));
    // many lines, one unclosed comment at the end; many opens on one line; many comments: the directives found,
    // well-formed (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs)
    const NEXT = '<!-- tadqiq-disable-next-line tatweel -->\n';
    const big: Array<[string, number]> = [
      [`${'سطر\n'.repeat(200000)}<!--`, 0],
      ['<!-- '.repeat(200000), 0],
      [NEXT.repeat(50000), 50000],
      ['-->'.repeat(200000) + '<!--', 0],
    ];
    for (const [text, comments] of big) {
      const got = findDirectives(text, RULES.map((r) => r.id));
      assert.strictEqual(got.comments.length, comments, `${text.length} units`);
      got.comments.forEach(([s, e], i) => assert.ok(s === i * NEXT.length && e === s + NEXT.length - 1, `comment ${i}: [${s}, ${e})`));
      for (const [id, ranges] of got.ranges) {
        let last = 0;
        for (const [s, e] of ranges) {
          assert.ok(last <= s && s < e && e <= text.length, `${id}: [${s}, ${e})`);
          last = e;
        }
      }
    }
  });

  it('property: with directive fragments mixed into any text, never throws, findings stay well-formed, a leading disable-all leaves nothing', () => {
    const piece = fc.oneof(
      fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءة'.split('')),
      fc.constantFrom('\u0640', ' ', '  ', '\n', '\r\n', '\r', '،', '.', '«', '»', '1', '`', '```', '\u202b', '\u202c', '\ud800'),
      fc.constantFrom('<!--', '-->', ' tadqiq-disable', ' tadqiq-enable', ' tadqiq-disable-next-line', ' tadqiq-disable-line', ' tatweel', ',', ' no-such'),
      fc.constantFrom('<!-- tadqiq-disable-next-line tatweel -->', '<!-- tadqiq-disable -->', '<!-- tadqiq-enable tatweel -->', '<!-- tadqiq-enable -->'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((p) => p.join('')), fc.boolean(), (text, md) => {
        const format = md ? 'markdown' : 'text';
        const { findings, failures } = lintText(text, { format });
        assert.deepStrictEqual(failures, []);
        for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
        // a disable-all before a text without enable (nor, in Markdown, a fence that could swallow it) removes every finding
        const all = `<!-- tadqiq-disable -->\n${text}`;
        if (!text.includes('tadqiq-enable') && (!md || !/^ {0,3}(`{3,}|~{3,})/m.test(text))) assert.deepStrictEqual(lintText(all, { format }).findings, []);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on odd input', () => {
    for (const text of ['', '<!--', '-->', '<!---->', '<!-- -->', '<!-- tadqiq- -->', '<!-- tadqiq-enable -->', '\ud800<!-- tadqiq-disable -->\udc00', '<!-- tadqiq-disable-next-line -->']) {
      assert.doesNotThrow(() => findDirectives(text, ['tatweel']));
      assert.doesNotThrow(() => lintText(text, { format: 'markdown' }));
    }
  });
});

describe('"Ignore on this line" edit', () => {
  it('inserts the comment above the line, with its indentation and line ending; the finding goes, the next line\u2019s stays', () => {
    for (const [text, expected] of [
      [`${L}\n${L}\n`, `<!-- tadqiq-disable-next-line tatweel -->\n${L}\n${L}\n`],
      [`أول\n  ${L}\n${L}\n`, `أول\n  <!-- tadqiq-disable-next-line tatweel -->\n  ${L}\n${L}\n`],
      [`أول\r\n> ${L}\r\n${L}\r\n`, `أول\r\n> <!-- tadqiq-disable-next-line tatweel -->\r\n> ${L}\r\n${L}\r\n`],
      [`أول\n\t${L}`, `أول\n\t<!-- tadqiq-disable-next-line tatweel -->\n\t${L}`],
    ]) {
      const f = lintText(text, { only: ['tatweel'] }).findings[0];
      const out = applyEdits(text, [disableNextLineEdit(text, f.ruleId, f.start)]);
      assert.strictEqual(out, expected);
      for (const format of ['text', 'markdown'] as const) {
        assert.strictEqual(lintText(out, { only: ['tatweel'], format }).findings.length, lintText(text, { only: ['tatweel'], format }).findings.length - 1);
      }
    }
  });

  it('applied twice for two rules on one line, both stay quiet', () => {
    const B = '\u202b';
    let text = `أول\n${L} ${B}نص\u202c\n`;
    const before = lintText(text).findings.map((f) => f.ruleId);
    assert.ok(before.includes('tatweel') && before.includes('bidi-control'), before.join());
    for (const id of ['tatweel', 'bidi-control']) {
      const f = lintText(text).findings.find((g) => g.ruleId === id)!;
      text = applyEdits(text, [disableNextLineEdit(text, id, f.start)]);
    }
    assert.deepStrictEqual(lintText(text).findings.filter((f) => f.ruleId === 'tatweel' || f.ruleId === 'bidi-control'), []);
  });
});

describe('"Ignore here" keys', () => {
  it('a key per finding: rule id, the words around, the flagged text with invisible characters written out', () => {
    const text = `بداية السطر ثم قال ${W} إن الخطة جاهزة اليوم\nسطر آخر`;
    const f = lintText(text, { only: ['tatweel'] }).findings[0];
    assert.strictEqual(ignoreKey(text, f), 'tatweel:السطر ثم قال \u27e6الوزي<U+0640><U+0640>ر\u27e7 إن الخطة جاهزة');
    assert.deepStrictEqual([...ignoredRules(new Set([ignoreKey(text, f), 'missing-numeral:a \u2038 b', 'جملة']))], ['tatweel']);
  });

  it('the engine honours the key for any rule: that finding goes, the same word elsewhere stays', () => {
    const text = `قال ${W} إن الخطة جاهزة\nوقال الوزير ثم ${W} أمس\n`;
    const fs = lintText(text).findings.filter((f) => f.ruleId === 'tatweel');
    assert.strictEqual(fs.length, 2);
    const key = ignoreKey(text, fs[0]);
    const after = lintText(text, { reviewed: [key] }).findings.filter((f) => f.ruleId === 'tatweel');
    assert.deepStrictEqual(after.map((f) => f.start), [fs[1].start]);
    // the key survives an edit elsewhere in the text
    const edited = `سطر جديد في الأعلى\n${text}`;
    assert.strictEqual(lintText(edited, { reviewed: [key] }).findings.filter((f) => f.ruleId === 'tatweel').length, 1);
    // and fix-all leaves the ignored word alone
    assert.ok(fixAll(text, { reviewed: [key] }).text.startsWith(`قال ${W} `));
  });

  it('keys are bounded: a flagged run of a megabyte gives a short key', () => {
    const text = `قال ال${T.repeat(1 << 20)}وزير`;
    const f = lintText(text, { only: ['tatweel'] }).findings[0];
    assert.ok(f);
    assert.ok(ignoreKey(text, f).length < 400);
  });
});
