/**
 * lexicon/quoteItems.ts — LibreOffice lines with a quotation read by pdf.js: the pieces left to right, the quotes
 * after them (issue 10). The damage comes from the laboratory (testing/pdfjsDamage.ts loQuoteItems, written apart from
 * the repair); the sentences are written for these tests.
 */
import * as assert from 'assert';
import { fixAll, lintText } from '../engine';
import { loQuoteItems } from '../../testing/pdfjsDamage';
import { quoteItemsRepair } from './quoteItems';

// (the line a paragraph of its own: the paragraph's edges on both sides)
const EDGES = { before: () => '|', after: () => '|' };

describe('lexicon/quoteItems: quotation marks after the pieces (pdf.js on LibreOffice PDFs)', () => {
  it('the damage: pieces cut beside the quotes, left to right, the quotes at the end', () => {
    assert.strictEqual(loQuoteItems('وقال المدير إن "المشروع" سينطلق في الربيع القادم'), 'سينطلق في الربيع القادم المشروع وقال المدير إن" "');
    assert.strictEqual(loQuoteItems('وقال المدير إن المشروع سينطلق في الربيع القادم'), null);
  });

  it('reads the pieces in reverse with the quotes around the middle one (the pairs choose the cuts)', () => {
    const line = 'وأكد رئيس الحكومة أن "الإصلاحات" ستتواصل خلال السنة القادمة';
    const d = loQuoteItems(line)!;
    const r = quoteItemsRepair(d, EDGES);
    assert.ok(r !== null);
    assert.strictEqual(r.text, line);
  });

  it('a full stop the font lacks comes before the quotes and goes back to the line end', () => {
    const r = quoteItemsRepair('ستتواصل خلال السنة القادمة الإصلاحات وأكد رئيس الحكومة أن. " "', EDGES);
    assert.ok(r !== null);
    assert.strictEqual(r.text, 'وأكد رئيس الحكومة أن "الإصلاحات" ستتواصل خلال السنة القادمة.');
  });

  it('reversed-line flags such a line; fix-all applies only a reading the pairs are sure of', () => {
    const line = 'وأكد رئيس الحكومة أن "الإصلاحات" ستتواصل خلال السنة القادمة';
    const d = loQuoteItems(line)!;
    assert.ok(lintText(d).findings.some((f) => f.ruleId === 'reversed-line'));
    const out = fixAll(d).text;
    assert.ok(out === line || out === d, out);
  });

  it('stays quiet on correct lines with quotations (no finding, nothing moves)', () => {
    for (const t of ['وأكد رئيس الحكومة أن "الإصلاحات" ستتواصل خلال السنة القادمة', 'وقال إن "الوضع مستقر"', '"المشروع" سينطلق قريبا']) {
      assert.strictEqual(quoteItemsRepair(t, EDGES), null);
      assert.ok(!lintText(t).findings.some((f) => f.ruleId === 'reversed-line'));
      assert.strictEqual(fixAll(t).text, t);
    }
  });
});
