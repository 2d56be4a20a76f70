/**
 * Never damage a correct draft: on correct text, damage rules stay quiet and fix-all changes no letter and no digit
 * (server/src/testing/cleanText.ts says what that means).
 *  - test/clean/*.ar.txt: correct news and encyclopaedic sentences written for these tests (numbers with leading
 *    zeros, times, dates, phone numbers, foreign names, Arabic spellings of acronyms, legitimate ب/ل/ال/ه + tatweel),
 *    tatweel written as the escape \\u0640 (unescaped when read),
 *    alone and inside a document whose first line is PDF-damaged (the damage must be repaired, the rest kept);
 *  - a property over a fixed sample of the 10,113 clean news articles in ../shared/unlabelled (read at run time,
 *    never committed; skipped with a message where the file is absent, as on a machine without ../shared).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { fixAll, lintText } from '../server/src/core/engine';
import { DAMAGE_RULES, letterSkeleton, splitArticles } from '../server/src/testing/cleanText';
import { unescape } from './golden.test';

const DIR = path.resolve(__dirname, '..', '..', 'test', 'clean');
const UNLABELLED = path.resolve(process.env.TADQIQ_SHARED ?? path.join(__dirname, '..', '..', '..', 'shared'), 'unlabelled', 'ant-news.txt.gz');

/** A line as pdftotext writes one from a right-to-left PDF: RLE…PDF around it, numbers reversed in LRE…PDF, a
 *  lam-alef reversed. */
const DAMAGED_LINE = '\u202Bأعلنت الشركة األمريكية عن خطة جديدة سنة \u202A 4102\u202C و\u202A 5102\u202C و\u202A 096\u202C\u202C';
const DAMAGED_LINE_FIXED = 'أعلنت الشركة الأمريكية عن خطة جديدة سنة 2014';

function damageFindings(text: string): string[] {
  return lintText(text).findings.filter((f) => DAMAGE_RULES.has(f.ruleId)).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

/** The lines whose letters or digits fix-all changed. */
function changedLines(text: string): string[] {
  const fixed = fixAll(text).text.split('\n');
  const lines = text.split('\n');
  assert.strictEqual(fixed.length, lines.length, 'fix-all kept the lines');
  return lines.filter((l, i) => letterSkeleton(l) !== letterSkeleton(fixed[i])).map((l, i) => `${l} → ${fixed[i]}`);
}

describe('correct text stays correct', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ar.txt')).sort();
  it('has the written sets', () => assert.ok(files.length >= 2));
  for (const f of files) {
    const text = unescape(fs.readFileSync(path.join(DIR, f), 'utf8'));
    it(`${f}: no damage-rule finding`, () => assert.deepStrictEqual(damageFindings(text), []));
    it(`${f}: fix-all changes no letter and no digit`, () => assert.deepStrictEqual(changedLines(text), []));
    it(`${f}: inside a PDF-damaged document, the damaged line is repaired and no correct line loses a letter`, () => {
      const doc = `${DAMAGED_LINE}\n${text}`;
      const fixed = fixAll(doc).text.split('\n');
      assert.ok(fixed[0].startsWith(DAMAGED_LINE_FIXED), fixed[0]);
      assert.deepStrictEqual(changedLines(doc).slice(1), []);
    });
  }

  describe('a fixed sample of clean published news (../shared/unlabelled)', function () {
    // every 20th article, as paragraphs: ~500 articles, ~2,000 paragraphs
    let paragraphs: string[] = [];
    before(function () {
      if (!fs.existsSync(UNLABELLED)) {
        console.log(`    (skipped: ${UNLABELLED} not found; set TADQIQ_SHARED)`);
        this.skip();
      }
      const articles = splitArticles(zlib.gunzipSync(fs.readFileSync(UNLABELLED)).toString('utf8')).filter((_, i) => i % 20 === 0);
      paragraphs = articles.flatMap((a) => a.text.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 0);
      assert.ok(paragraphs.length > 1000, `${paragraphs.length} paragraphs`);
    });

    it('fix-all changes no letter and no digit of any paragraph of the sample', () => {
      const doc = paragraphs.join('\n\n');
      assert.deepStrictEqual(changedLines(doc), []);
    });

    it('fix-all changes no letter and no digit of clean paragraphs, whatever their order and neighbours (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.boolean(), (picks, damaged) => {
          const ps = picks.map((k) => paragraphs[k % paragraphs.length]);
          const doc = (damaged ? [DAMAGED_LINE, ...ps] : ps).join('\n\n');
          const changed = changedLines(doc);
          assert.deepStrictEqual(damaged ? changed.slice(1) : changed, []);
        }),
        { numRuns: 200 },
      );
    });

    it('damage rules raise at most 5 findings per 1,000 articles of the sample', () => {
      const findings = paragraphs.length ? damageFindings(paragraphs.join('\n\n')) : [];
      const articles = Math.ceil(10113 / 20);
      assert.ok(findings.length * 1000 <= 5 * articles, findings.join('\n'));
    });
  });
});
