/**
 * reversed-digits — digit runs written backwards, as pdftotext emits numbers inside right-to-left text
 * from some PDFs (LuaLaTeX, `\u202A 4102\u202C` for 2014): `في 32 أكتوبر 4102` for `في 23 أكتوبر 2014`.
 *
 * A single number cannot tell: 32 and 23 are both numbers. The document decides. Evidence that its
 * numbers are reversed: runs that are implausible as written and plausible reversed — a four-digit run
 * that is no year of 1800–2099 but reads as one of 1900–2099 backwards (4102, 0202), a run with a
 * leading zero (096, 01) whose reversal has none. Counter-evidence: years as written (2016) whose
 * reversal is none. With ≥ 2 pieces of evidence and at most a third as much counter-evidence, every
 * multi-digit run of the document is reported (palindromes and runs glued to Latin letters aside).
 * Fix: the run reversed; preferred (fix-all) when the evidence is strong (≥ 3, no counter-evidence) or the
 * run is itself evidence, offered without preference otherwise.
 *
 * Only damaged text counts (text/damage.ts): evidence and counter-evidence are read on lines that show the
 * signs of a PDF route (LRE…PDF embeddings, presentation forms, kashida glyphs), and only those lines' runs
 * are reported as reversed. Maghreb newsrooms write counts with a leading zero (`05 أطنان`, `(02) رشاشين`):
 * in a line in logical order with no such sign that is a number, not a reversal, and the rule stays quiet.
 * A run on an undamaged line of a damaged document is reported only when the evidence is strong and the run
 * cannot be read as written (4102), flag-only.
 */
import { isAnyDigit, isAsciiDigit, isLatinLetter } from '../text/arabic';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';

interface Run {
  start: number;
  end: number;
  text: string;
  digits: string;
}

function isSep(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;
}

/** ASCII digit runs with . , : / between digits, not glued to Latin letters or other digits systems. */
function digitRuns(text: string): Run[] {
  const out: Run[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let e = i;
    let sep = false;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (isAsciiDigit(c)) e++;
      else if (isSep(c) && e + 1 < n && isAsciiDigit(text.charCodeAt(e + 1))) {
        sep = true;
        e++;
      } else break;
    }
    i = e;
    const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
    const after = e < n ? text.charCodeAt(e) : 0x20;
    if (isLatinLetter(before) || isLatinLetter(after) || isAnyDigit(before) || isAnyDigit(after)) continue;
    const t0 = text.slice(s, e);
    // (a run is ASCII digits and separators: without a separator, its digits are the run)
    out.push({ start: s, end: e, text: t0, digits: sep ? t0.replace(/[^0-9]/g, '') : t0 });
  }
  return out;
}

const reverse = (s: string) => s.split('').reverse().join('');

function isYear(s: string, lo: number, hi: number): boolean {
  if (s.length !== 4) return false;
  const v = Number(s);
  return v >= lo && v <= hi;
}

/** The run is implausible as written and plausible reversed. */
function isEvidence(r: Run): boolean {
  if (r.text !== r.digits) return false;
  const d = r.digits;
  if (d.length === 4 && !isYear(d, 1800, 2099) && isYear(reverse(d), 1900, 2099)) return true;
  // (the reversed number starts with the last digit)
  if (d.length >= 2 && d[0] === '0' && d[d.length - 1] !== '0') return true;
  return false;
}

/** A four-digit run that is no year as written and a year reversed (4102, 0202). */
function isYearEvidence(r: Run): boolean {
  return r.text === r.digits && r.digits.length === 4 && !isYear(r.digits, 1800, 2099) && isYear(reverse(r.digits), 1900, 2099);
}

/** The run is a plausible year as written and not reversed. */
function isCounterEvidence(r: Run): boolean {
  return r.text === r.digits && isYear(r.digits, 1900, 2099) && !isYear(reverse(r.digits), 1800, 2099);
}

export const reversedDigits: Rule = defineRule({
  id: 'reversed-digits',
  title: { en: 'Reversed digits', ar: 'أرقام معكوسة' },
  description: {
    en: 'Flags numbers whose digits came out backwards from a PDF (4102 for 2014), when the document shows it: years and leading zeros that only make sense reversed.',
    ar: 'ينبّه إلى الأعداد التي خرجت أرقامها معكوسة من ملف PDF (4102 بدل 2014) متى دلّ المستند على ذلك: سنوات وأصفار بادئة لا يستقيم معناها إلا بالعكس.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    reversed: {
      en: 'Digits in reverse order (a PDF extraction artefact): {digits} reads {fixed}.',
      ar: 'أرقام بترتيب معكوس (من أثر الاستخراج من PDF): {digits} صوابها {fixed}.',
    },
    reverse: {
      en: 'Reverse the digits: {fixed}',
      ar: 'عكس الأرقام: {fixed}',
    },
  },
  check({ text, doc, message }) {
    const signs = doc.damage;
    if (!signs.any) return [];
    const runs = digitRuns(text);
    const damaged = runs.map((r) => signs.lineAt(r.start));
    let evidence = 0;
    let counter = 0;
    for (let i = 0; i < runs.length; i++) {
      if (!damaged[i]) continue;
      if (isEvidence(runs[i])) evidence++;
      else if (isCounterEvidence(runs[i])) counter++;
    }
    // the evidence of the whole draft (when the engine checks it chunk by chunk: Document.count/decide)
    doc.count('reversed-digits.evidence', evidence);
    doc.count('reversed-digits.counter', counter);
    if (runs.length === 0) return [];
    const verdict = doc.decide((total) => {
      const ev = total('reversed-digits.evidence');
      const co = total('reversed-digits.counter');
      return ev < 2 || co * 3 > ev ? 'none' : ev >= 3 && co === 0 ? 'strong' : 'some';
    });
    if (verdict === 'none') return [];
    const strong = verdict === 'strong';
    const out: RuleFinding[] = [];
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i];
      if (r.digits.length < 2) continue;
      // on a line with no sign, only a run that cannot be read as written (4102) and only in a document whose
      // damaged lines prove the reversal; leading zeros there are the newsroom's style (05 أطنان)
      if (!damaged[i] && !(strong && isYearEvidence(r))) continue;
      const fixed = reverse(r.text);
      if (fixed === r.text) continue;
      const own = damaged[i] && isEvidence(r);
      out.push({
        start: r.start,
        end: r.end,
        message: message('reversed', { digits: r.text, fixed }),
        fixes: [
          {
            title: message('reverse', { fixed }),
            edits: [{ start: r.start, end: r.end, newText: fixed }],
            preferred: damaged[i] && (strong || own),
          },
        ],
      });
    }
    return out;
  },
});
