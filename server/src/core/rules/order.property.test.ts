/**
 * Properties of the repairs that move text around — reversed-line (a line in visual order), broken-fragment
 * (runs out of order, torn ligatures), split-word and cut-word (joins), broken-paragraph (rejoined lines),
 * reversed-lam-alef and reversed-digits (swaps): on damaged and undamaged text alike they only permute, rejoin
 * and drop spaces or line breaks — they never lose a letter or a digit and never invent one (the multiset of
 * letters and digits is kept; the alef pieces of a torn lam-alef move between lines, and the article's ا lost
 * with the ligature may be restored in extracted text). Fix-all with them is idempotent and every edit lands on UTF-16 boundaries.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll, lintText } from '../engine';

const ORDER_RULES = ['reversed-line', 'broken-fragment', 'split-word', 'cut-word', 'broken-paragraph', 'reversed-lam-alef', 'reversed-digits', 'mirrored-bracket', 'rtl-spacing'];

const WORDS = [
  'أعلنت', 'الحكومة', 'اليوم', 'عن', 'خطة', 'جديدة', 'لدعم', 'المزارعين', 'في', 'المناطق', 'الريفية', 'وقال', 'الوزير', 'إن',
  'المشروع', 'سيشمل', 'المدارس', 'الجنوب', 'الأمريكية', 'الاجتماعي', 'على', 'إلى', 'التي', 'مليون', 'دينار', 'سنة', 'مالطا',
  'إل', 'جي', 'تونس', 'والتنمية', 'الإجمالية', '2014', '05', '(12)', '«الخطة»', '،', '.', 'ال\u064028', 'ب\u0640"الكارثة"',
];

/** Damage as PDF routes make it, applied to a line of words. */
const damages: Array<(words: string[], k: number) => string> = [
  (ws) => ws.join(' '), // none
  (ws) => [...ws.join(' ')].reverse().join(''), // visual order
  (ws, k) => {
    // runs out of order, the word at the cut torn
    const line = ws.join(' ');
    const cut = 1 + (k % Math.max(1, line.length - 1));
    return line.slice(cut) + ' ' + line.slice(0, cut);
  },
  (ws, k) => ws.map((w, i) => (i === k % ws.length && w.length > 3 ? `${w.slice(0, 2)} ${w.slice(2)}` : w)).join(' '), // split
  (ws, k) => ws.map((w, i) => (i === k % ws.length ? w.replace('لا', 'ال').replace('لأ', 'أل') : w)).join(' '), // lam-alef
  (ws) => ws.map((w) => (/^\d+$/.test(w) ? `\u202A ${[...w].reverse().join('')}\u202C` : w)).join(' '), // reversed digits in LRE
];

const line = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }), fc.nat(5), fc.nat()).map(([ws, d, k]) => damages[d](ws, k));
const doc = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n')), { minLength: 1, maxLength: 6 }).map((ls) => ls.map(([l, br]) => l + br).join(''));

/** Letters and digits with their counts (alef forms folded: a torn lam-alef's pieces may change hamza carrier). */
function letterCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.normalize('NFKC')) {
    if (!/[\p{L}\p{N}]/u.test(ch) || ch === '\u0640') continue;
    const k = /[اأإآ]/.test(ch) ? 'ا' : ch;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

describe('order repairs only permute and rejoin (properties)', () => {
  it('never lose or invent a letter or a digit', () => {
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepStrictEqual(lintText(text, { only: ORDER_RULES }).failures, []);
        const fixed = fixAll(text, { only: ORDER_RULES }).text;
        const before = letterCounts(text);
        const after = letterCounts(fixed);
        // the one letter a repair may add: the ا of an article torn off with a lam-alef ligature (لنتاج ⏎ أ →
        // الأنتاج), in extracted text only; every other letter and digit is kept, none is added
        const alefs = (after.get('ا') ?? 0) - (before.get('ا') ?? 0);
        assert.ok(alefs >= 0, `an alef lost: ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`);
        after.delete('ا');
        before.delete('ا');
        assert.deepStrictEqual(after, before, `${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
      }),
      { numRuns: 400 },
    );
  });

  it('are idempotent under fix-all, and their edits land on UTF-16 boundaries outside CRLF pairs', () => {
    fc.assert(
      fc.property(doc, (text) => {
        for (const f of lintText(text, { only: ORDER_RULES }).findings) {
          for (const e of f.fixes.flatMap((x) => x.edits)) {
            for (const p of [e.start, e.end]) {
              assert.ok(p >= 0 && p <= text.length);
              assert.ok(!(text.charCodeAt(p - 1) === 0x0d && text.charCodeAt(p) === 0x0a), `edit inside a CRLF at ${p}`);
              const hi = text.charCodeAt(p - 1);
              assert.ok(!(hi >= 0xd800 && hi <= 0xdbff), `edit inside a surrogate pair at ${p}`);
            }
          }
        }
        const once = fixAll(text, { only: ORDER_RULES }).text;
        assert.strictEqual(fixAll(once, { only: ORDER_RULES }).text, once);
      }),
      { numRuns: 300 },
    );
  });
});
