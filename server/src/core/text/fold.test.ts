import * as assert from 'assert';
import { isAnyDigit, isArabicLetter, isArabicMark, isLatinLetter, isPresentationForm } from './arabic';
import { ARABIC_TOKEN, CH, CONTROL, DIGIT, FLAGGED, FORM, JUNK, LATIN, LETTER, MARK, nfkc, SPACE, TATWEEL_C } from './chars';
import { FOLD, FOLD_DROP, FOLD_LOOSE, FOLD_MULTI, foldBase, foldExpansion, foldLoose, foldLooseString } from './fold';

describe('text/chars: the one character table', () => {
  it('agrees with the readable predicates of arabic.ts on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      assert.strictEqual((CH[c] & LETTER) !== 0, isArabicLetter(c), `letter ${c.toString(16)}`);
      assert.strictEqual((CH[c] & MARK) !== 0, isArabicMark(c) && !isArabicLetter(c), `mark ${c.toString(16)}`);
      assert.strictEqual((CH[c] & FORM) !== 0, isPresentationForm(c), `form ${c.toString(16)}`);
      assert.strictEqual((CH[c] & DIGIT) !== 0, isAnyDigit(c), `digit ${c.toString(16)}`);
      assert.strictEqual((CH[c] & LATIN) !== 0, isLatinLetter(c), `latin ${c.toString(16)}`);
    }
    // FLAGGED: every code unit with a flag, once
    const flagged = new Set(FLAGGED);
    assert.strictEqual(flagged.size, FLAGGED.length);
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(flagged.has(c), CH[c] !== 0, `flagged ${c.toString(16)}`);
  });
  it('classes tatweel, spaces, controls and word characters', () => {
    assert.ok(CH[0x0640] & TATWEEL_C);
    for (const c of [0x20, 0x09, 0xa0, 0x202f]) assert.ok(CH[c] & SPACE);
    for (const c of [0x200f, 0x202b, 0x2067, 0x061c, 0xfeff, 0x200c]) assert.ok(CH[c] & CONTROL);
    for (const c of [0x0628, 0x064e, 0x0640, 0xfe8d, 0x200d, 0xfffd]) assert.ok(CH[c] & ARABIC_TOKEN, c.toString(16));
    for (const c of [0x20, 0x31, 0x61, 0x060c, 0x202b]) assert.ok(!(CH[c] & ARABIC_TOKEN), c.toString(16));
  });
  it('nfkc caches String.prototype.normalize per code unit', () => {
    for (let c = 0xfb50; c <= 0xfefc; c++) assert.strictEqual(nfkc(c), String.fromCharCode(c).normalize('NFKC'));
  });
});

describe('text/fold: the one folding module', () => {
  it('FOLD is the base fold of every code unit (the table visits only flagged ones: the others are themselves)', () => {
    const base = (c: number) => (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 ? 0x0627 : c === 0x0649 ? 0x064a : c);
    for (let c = 0; c < 0x10000; c++) {
      const f = CH[c];
      let want: number | number[] = c;
      if (f & (MARK | TATWEEL_C | CONTROL | JUNK)) want = FOLD_DROP;
      else if (f & LETTER) want = base(c);
      else if (f & FORM) {
        const n = nfkc(c);
        const units = [...n].map((d) => d.charCodeAt(0)).filter((d) => CH[d] & LETTER).map(base);
        want = n === String.fromCharCode(c) ? c : units.length === 0 ? FOLD_DROP : units.length === 1 ? units[0] : units;
      }
      if (Array.isArray(want)) {
        assert.strictEqual(FOLD[c], FOLD_MULTI, c.toString(16));
        assert.deepStrictEqual(foldExpansion(c), want, c.toString(16));
      } else assert.strictEqual(FOLD[c], want, c.toString(16));
    }
  });
  it('FOLD_LOOSE is the loose fold of FOLD, code unit by code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = FOLD[c];
      assert.strictEqual(FOLD_LOOSE[c], u === FOLD_DROP || u === FOLD_MULTI ? u : foldLoose(u), c.toString(16));
    }
    assert.strictEqual(FOLD_LOOSE[0x0629], 0x0647); // ة → ه
    assert.strictEqual(FOLD_LOOSE[0x0623], 0x0627); // أ → ا
  });
  it('base: marks, tatweel and controls dropped, alef forms and final yeh unified', () => {
    assert.strictEqual(foldBase('أَحْمَد\u0640 \u202bإلى\u202c آمال'), 'احمد الي امال');
    assert.strictEqual(FOLD[0x064e], FOLD_DROP);
    assert.strictEqual(FOLD[0x0628], 0x0628);
  });
  it('base: every presentation form folds to the base fold of its NFKC letters', () => {
    for (let c = 0xfb50; c <= 0xfefc; c++) {
      const n = nfkc(c);
      if (!(CH[c] & FORM) || n === String.fromCharCode(c)) continue;
      const want = foldBase(n).replace(/[^\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9]/g, '');
      const f = FOLD[c];
      const got = f === FOLD_DROP ? '' : f === FOLD_MULTI ? String.fromCharCode(...foldExpansion(c)) : String.fromCharCode(f);
      assert.strictEqual(got, want, c.toString(16));
    }
    assert.strictEqual(foldBase('\uFEFB\uFEE3'), 'لام');
  });
  it('loose: also ة ؤ ئ ی ک', () => {
    assert.strictEqual(foldLooseString('مسؤولة تُرئّس کتابی'), 'مسووله تريس كتابي');
  });
});
