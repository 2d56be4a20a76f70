/**
 * Properties of the character-level rules (presentation-form, bidi-control, extraction-junk, mixed-digits,
 * latin-punctuation, diacritic): on any text, fix-all with one rule changes only what that rule
 * targets and is idempotent; the six together are idempotent too.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixAll, lintText } from '../engine';
import { digitValue, isInvisibleControl, toPresentationForms } from '../text/charclass';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى'.split('');
const MARKS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u06DB'];
const PRESENTATION = ['\uFE8D', '\uFEDF', '\uFEE0', '\uFEFB', '\uFEFC', '\uFEF7', '\uFE94', '\uFEE3', '\uFEE6', '\uFB50', '\uFC60', '\uFE70', '\uFE71', '\uFE7C', '\uFDF2', '\uFDFA', '\uFDFD', '\uFD3E'];
const CONTROLS = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202E', '\u2066', '\u2067', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u206C'];
const OTHER = [' ', ' ', '  ', '\n', '\r\n', '،', '.', ',', ';', '?', '!', '«', '»', '"', '(', ')', ':', '%', '=', '@', '://', 'www.', '_', '[', ']'];
const DIGITS = ['0', '1', '5', '9', '\u0660', '\u0663', '\u0669', '\u06F0', '\u06F4', '\u06F9', '1,000', '3.5'];
const LATIN = ['a', 'Z', 'x', 'CNN', 'iPhone', 'ک', 'ی', '😀', '\u25CC'];
/** Extraction junk (extraction-junk; TAB, which it leaves alone, is in its rule table). */
const JUNK = ['\u0000', '\u0004', '\u0005', '\u0007', '\u0008', '\u000B', '\u000C', '\u001C', '\u007F', '\uFFFE'];

const text = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 2, arbitrary: fc.constantFrom(...PRESENTATION) },
      { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
      { weight: 3, arbitrary: fc.constantFrom(...OTHER) },
      { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
      { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
      { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

const fixWith = (ids: string[], s: string) => fixAll(s, { only: ids }).text;

function idempotent(ids: string[]): void {
  fc.assert(
    fc.property(text, (s) => {
      assert.deepStrictEqual(lintText(s, { only: ids }).failures, []);
      const once = fixWith(ids, s);
      assert.strictEqual(fixWith(ids, once), once);
    }),
    { numRuns: 300 },
  );
}

const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
const isSpaceChar = (c: number) => c === 0x20 || c === 0xa0;

/** Remove the code units `drop` accepts; the rest in order. */
function strip(s: string, drop: (c: number) => boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!drop(s.charCodeAt(i))) out += s[i];
  return out;
}

/** Is the invisible control at i next to a mark, reading over spaces and other controls (the gap between a detached
 *  mark and its letter, which the diacritic rule reads through and removes with the space)? */
function controlBesideMark(s: string, i: number): boolean {
  const gap = (c: number) => isInvisibleControl(c) || isSpaceChar(c);
  let j = i + 1;
  while (j < s.length && gap(s.charCodeAt(j))) j++;
  if (j < s.length && isMark(s.charCodeAt(j))) return true;
  j = i - 1;
  while (j >= 0 && gap(s.charCodeAt(j))) j--;
  return j >= 0 && isMark(s.charCodeAt(j));
}

/** `small` is `big` with some code units removed, each accepted by `removable`. */
function isRemovalOf(big: string, small: string, removable: (c: number, i: number) => boolean): boolean {
  let j = 0;
  for (let i = 0; i < big.length; i++) {
    if (j < small.length && big[i] === small[j]) j++;
    else if (!removable(big.charCodeAt(i), i)) return false;
  }
  return j === small.length;
}

function reverseClusters(s: string): string {
  const cl: string[] = [];
  for (const ch of s) {
    if (cl.length && isMark(ch.charCodeAt(0))) cl[cl.length - 1] += ch;
    else cl.push(ch);
  }
  return cl.reverse().join('');
}

describe('character-level rules: properties', () => {
  describe('presentation-form', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['presentation-form']));

    it('on logical-order text the fix gives back exactly the letters (NFKC)', () => {
      const words = fc.array(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((a) => a.join('')), { minLength: 1, maxLength: 8 });
      fc.assert(
        fc.property(words, (ws) => {
          const line = ws.join(' ');
          const out = fixWith(['presentation-form'], toPresentationForms(line));
          assert.strictEqual(out, line.normalize('NFC'));
        }),
        { numRuns: 300 },
      );
    });

    it('on a visual-order line, reversing the fixed line gives back the letters (lam-alef included)', () => {
      // words of two or more letters with at least one joining pair, so the line has orientation evidence
      const word = fc.array(fc.constantFrom(...'بتثجحخسشصضطظعغفقكلمنهي'.split('')), { minLength: 2, maxLength: 6 }).map((a) => a.join(''));
      const words = fc.array(fc.oneof(word, fc.constant('لا'), fc.constant('الإنجاز'), fc.constant('استغلال')), { minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(word, words, fc.nat(), (w0, ws, k) => {
          ws.splice(k % (ws.length + 1), 0, w0);
          const line = ws.join(' ');
          const out = fixWith(['presentation-form'], toPresentationForms(line, true));
          assert.strictEqual(reverseClusters(out), line.normalize('NFC'));
        }),
        { numRuns: 300 },
      );
    });

    it('on any text: only presentation forms change, each into the letters of its NFKC', () => {
      fc.assert(
        fc.property(text, (s) => {
          for (const f of lintText(s, { only: ['presentation-form'] }).findings) {
            for (const e of f.fixes[0].edits) {
              const src = s.slice(e.start, e.end);
              const canon = (x: string) => [...x.normalize('NFKC').replace(/ (?=[\u064B-\u0652])/g, '')].sort().join('');
              assert.ok(/^[\uFB50-\uFDFF\uFE70-\uFEFC]+$/.test(src), 'edit covers only presentation forms');
              assert.strictEqual(canon(e.newText), canon(src));
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('bidi-control', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['bidi-control']));
    it('fix-all only removes invisible controls', () => {
      fc.assert(
        fc.property(text, (s) => {
          const out = fixWith(['bidi-control'], s);
          assert.ok(isRemovalOf(s, out, isInvisibleControl), 'only controls removed');
          // what is left of the stray kinds: only ZWNJ/ZWJ, a BOM at offset 0, and the edges of an
          // empty embedding (LRE <spaces> PDF: a dropped number, left for missing-numeral)
          // (the whole control run at each edge is left: it is one finding with one fix)
          const emptyEmbedding = /[\u200b-\u200f\u202a-\u202e\u2060-\u206f\u061c\ufeff]*[\u202a\u202b\u202d\u202e\u2066-\u2068] +[\u202c\u2069][\u200b-\u200f\u202a-\u202e\u2060-\u206f\u061c\ufeff]*/g;
          const inEmpty = new Set<number>();
          for (const m of out.matchAll(emptyEmbedding)) for (let k = 0; k < m[0].length; k++) inEmpty.add(m.index! + k);
          for (let i = 0; i < out.length; i++) {
            const c = out.charCodeAt(i);
            if (isInvisibleControl(c)) assert.ok(c === 0x200c || c === 0x200d || (c === 0xfeff && i === 0) || inEmpty.has(i), `kept U+${c.toString(16)}`);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('mixed-digits', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['mixed-digits']));
    it('fix-all only rewrites digits, keeping their values', () => {
      for (const system of ['majority', 'western', 'arabic-indic', 'persian']) {
        fc.assert(
          fc.property(text, (s) => {
            const out = fixAll(s, { only: ['mixed-digits'], rules: { 'mixed-digits': { options: { system } } } }).text;
            assert.strictEqual(out.length, s.length);
            for (let i = 0; i < s.length; i++) {
              if (s[i] === out[i]) continue;
              const v = digitValue(s.charCodeAt(i));
              assert.ok(v >= 0 && v === digitValue(out.charCodeAt(i)), `changed a non-digit or its value at ${i}`);
            }
          }),
          { numRuns: 100 },
        );
      }
    });
  });

  describe('latin-punctuation', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['latin-punctuation']));
    it('fix-all only replaces , ; ? by ، ؛ ؟', () => {
      const pair: Record<string, string> = { ',': '\u060C', ';': '\u061B', '?': '\u061F' };
      fc.assert(
        fc.property(text, (s) => {
          const out = fixWith(['latin-punctuation'], s);
          assert.strictEqual(out.length, s.length);
          for (let i = 0; i < s.length; i++) if (s[i] !== out[i]) assert.strictEqual(out[i], pair[s[i]]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('diacritic', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['diacritic']));
    it('fix-all keeps every letter in order and only moves marks, removes marks or removes spaces', () => {
      fc.assert(
        fc.property(text, (s) => {
          const out = fixWith(['diacritic'], s);
          // (a line that holds marks alone goes with its break: the only line breaks the rule removes)
          const base = (x: string) => strip(x, (c) => isMark(c) || isSpaceChar(c) || c === 0x0a || c === 0x0d || isInvisibleControl(c));
          assert.strictEqual(base(out), base(s), 'letters and other characters unchanged, in order');
          // (an invisible control is only removed from the gap between a detached mark and its letter, with its space)
          const at: number[] = [];
          for (let i = 0; i < s.length; i++) if (isInvisibleControl(s.charCodeAt(i))) at.push(i);
          const controls = (x: string) => strip(x, (c) => !isInvisibleControl(c));
          assert.ok(isRemovalOf(controls(s), controls(out), (_c, k) => controlBesideMark(s, at[k])), 'controls kept but in a mark\'s gap');
          const marks = (x: string) => [...strip(x, (c) => !isMark(c))].sort().join('');
          assert.ok(isRemovalOf(marks(s), marks(out), isMark), 'marks are only kept or removed');
          const lone = s.split(/\r\n|\n|\r/).filter((l) => /^[ \u00A0\u064B-\u065F\u0670\u06D6-\u06ED]*$/.test(l) && /[\u064B-\u0655\u0670]/.test(l)).length;
          const lines = (x: string) => x.split(/\r\n|\n|\r/).length;
          assert.ok(lines(out) <= lines(s) && lines(out) >= lines(s) - lone, `${lines(s)} lines, ${lone} of marks alone → ${lines(out)}`);
        }),
        // (fast-check found the first: the mark, its space and the LRM between them go, the mark onto the next alef)
        { numRuns: 300, examples: [['\u0627 \u200E\u064B\u0627'], ['\u0627\u200F \u064E\u0628 \u0628']] },
      );
    });
  });

  describe('extraction-junk', () => {
    it('fix-all is idempotent and never throws', () => idempotent(['extraction-junk']));
    it('removes junk and at most a space beside it, nothing else; no junk is left but VT/FF outside words', () => {
      const isJunk = (c: number) => (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f || c >= 0xfffe);
      // (a kashida printed as a glyph: one ASCII digit, #, $ or & repeated at most three times between two Arabic letters)
      const printed = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x23 || c === 0x24 || c === 0x26;
      const arabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a && c !== 0x0640;
      const inPrintedRun = (s: string, i: number) => {
        let a = i;
        while (a > 0 && s.charCodeAt(a - 1) === s.charCodeAt(i)) a--;
        let b = i + 1;
        while (b < s.length && s.charCodeAt(b) === s.charCodeAt(i)) b++;
        return b - a <= 3 && a > 0 && b < s.length && arabicLetter(s.charCodeAt(a - 1)) && arabicLetter(s.charCodeAt(b));
      };
      fc.assert(
        fc.property(text, (s) => {
          const out = fixWith(['extraction-junk'], s);
          const removable = (c: number, i: number) => isJunk(c) || c === 0x0b || c === 0x0c || c === 0x20 || (printed(c) && inPrintedRun(s, i));
          assert.ok(isRemovalOf(s, out, removable), 'only junk (and a space), or a kashida printed as a glyph inside a word, removed');
          assert.ok(![...out].some((ch) => isJunk(ch.charCodeAt(0))), JSON.stringify(out));
        }),
        { numRuns: 300, examples: [['\u0627' + '1\u0630' + '1\u0627'], ['\u0630 1 \u0627']] },
      );
    });
  });

  it('the six rules together: fix-all is idempotent', () =>
    idempotent(['presentation-form', 'bidi-control', 'extraction-junk', 'mixed-digits', 'latin-punctuation', 'diacritic']));
});
