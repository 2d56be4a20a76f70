/**
 * The core's memos released when the language server is idle (core/text/memos.ts; lsp/server.ts collectWhenIdle):
 * the registry empties what it holds, the core's memos are registered, and a check after a release — full, and
 * incremental after an edit — finds what it finds with the memos full.
 */
import * as assert from 'assert';
import { lintText } from '../server/src/core/engine';
import { IncrementalLinter } from '../server/src/core/incremental';
import { memoNames, onRelease, releasable, releaseMemos } from '../server/src/core/text/memos';
import { reverseRuns, seeded, wrapParagraph } from '../server/src/testing/damage';
import { justify, prng } from '../server/src/testing/pdfDamage';

const CLEAN = [
  'أعلنت البلدية صباح الأحد عن برنامج جديد لترميم الأسواق القديمة في وسط المدينة.',
  'وقال رئيس البلدية إن البرنامج سيبدأ في الربيع المقبل بكلفة تبلغ 12 مليون دينار.',
  'ويخشى التجار أن تطول الأشغال، فيما وعدت البلدية بأن تبقى المحلات مفتوحة طوال المدة.',
  'وأوضح المهندس المشرف أن الأعمال ستجري على ثلاث مراحل تنتهي قبل موسم الصيف.',
];

/** A draft damaged as extraction damages them: runs out of order, kashida justification, presentation forms. */
function damagedDraft(): string {
  const rand = seeded(11);
  const lines = wrapParagraph(CLEAN.join(' '), 50).map((l, i) => (i % 2 ? reverseRuns(l, 1, rand)?.text ?? l : l));
  return [
    lines.join('\n'),
    justify(CLEAN.join(' '), prng(5), 0.4),
    'وقالت مصادر إن \ufee3\ufeb0\ufe8d\ufeae\ufecb\ufef4\ufee6 المنطقة تضررت، والزر\u0640\u0640اعة في  خطر.',
    CLEAN.join(' '),
  ].join('\n\n');
}

const key = (r: ReturnType<typeof lintText>) => JSON.stringify(r);

describe('memos released when idle', () => {
  it('releaseMemos empties the registered memos and their counters, and leaves those it is told to keep', () => {
    const a = releasable('test.a', new Map<string, number>([['x', 1]]));
    const b = releasable('test.b', new Set<string>(['y']));
    let held = 5;
    const c = new Map<string, number>([['z', 2]]);
    onRelease('test.c', () => {
      c.clear();
      held = 0;
    });
    const emptied = releaseMemos((name) => name === 'test.b');
    assert.strictEqual(a.size, 0);
    assert.strictEqual(b.size, 1, 'kept');
    assert.strictEqual(c.size, 0);
    assert.strictEqual(held, 0);
    assert.strictEqual(emptied, memoNames().length - 1);
  });

  it("the core's memos keyed by a line or a word are registered", () => {
    const names = memoNames();
    for (const n of ['split-word.LINES', 'split-word/pieces.INFO', 'runs.LINES', 'tears.healCache', 'visualLine.JUDGED', 'visualLine.SCORED', 'visual.LOGICAL', 'index.cache', 'presentation-form.CACHES']) {
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    }
  });

  it('a damaged draft checked after a release, in full and incrementally after an edit, gives the findings of a check with the memos full', () => {
    const text = damagedDraft();
    const full = lintText(text);
    assert.ok(full.findings.length > 3, `findings on the damaged draft: ${full.findings.length}`);
    const inc = new IncrementalLinter({});
    assert.strictEqual(key(inc.lint(text)), key(full));
    releaseMemos();
    assert.strictEqual(key(lintText(text)), key(full), 'full check after a release');
    releaseMemos();
    const at = text.indexOf(' ', text.length >> 1) + 1;
    const edited = text.slice(0, at) + 'والمزارعين ' + text.slice(at);
    assert.strictEqual(key(inc.lint(edited)), key(lintText(edited)), 'incremental check after a release and an edit');
  });
});
