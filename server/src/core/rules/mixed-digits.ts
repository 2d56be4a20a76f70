/**
 * mixed-digits — Western (0–9), Arabic-Indic (٠–٩, U+0660–0669) and Persian (۰–۹, U+06F0–06F9)
 * digits mixed in one document: `2016` beside `٢٠١٦`. Search, sorting and number parsing treat them
 * as different characters, and the mix is visible (٤٥٦ vs ۴۵۶ vs 456).
 *
 * A number is a maximal run of digits joined by `. , : / ٫ ٬` between digits (`1,250.5`,
 * `2017/03/24`). One finding per number not written in the target system; the fix rewrites its
 * digits only (separators are left as they are). Target: option `system` — `majority` (default: the
 * system most numbers of the document use; on a tie, the system of the first number), or a fixed
 * `western` / `arabic-indic` / `persian` (then every number in another system is flagged, even in a
 * document that does not mix).
 *
 * Not counted and not flagged:
 *  - numbers that belong to Latin text: inside a chunk (whitespace-delimited) with Latin letters,
 *    or next to a Latin word (`COVID-19`, `iPhone 7`, `Windows 10`, `H2O`, `A4`), URLs, e-mail
 *    addresses, code-like chunks (`x=3`, `[1]`), chunks longer than 200 characters;
 *  - Persian digits in a Persian or Urdu line (a line with ک or ی or an Urdu letter), unless the
 *    document's target is itself Persian: a Persian quotation inside an Arabic article keeps its own
 *    digits. In a Persian document (target Persian) Arabic-Indic digits are flagged as usual —
 *    Persian writes ۴۵۶, not ٤٥٦.
 */
import { isLatinLetter, isSpace } from '../text/arabic';
import {
  ChunkClassifier,
  convertDigits,
  DigitSystem,
  digitSystem,
  isCodeLike,
  isPersianUrduLetter,
} from '../text/charclass';
import { defineRule } from '../types';
import type { Locale, Rule, RuleFinding } from '../types';
import { t } from '../types';

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const WESTERN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;
/** A digit of any system but this one (one scan for two systems). */
const OTHER_DIGIT: Readonly<Record<number, RegExp>> = {
  [DigitSystem.Western]: /[\u0660-\u0669\u06F0-\u06F9]/,
  [DigitSystem.ArabicIndic]: /[0-9\u06F0-\u06F9]/,
  [DigitSystem.Persian]: /[0-9\u0660-\u0669]/,
};

/**
 * Can the text have no finding (most drafts write one digit system)? With the majority target, when at most one system
 * appears in it: every number is then written in that system, which is the target. With a configured one, when no
 * other system appears. (One or two scans for a character, where the numbers' scan below builds every number and its
 * chunk: this rule runs on the whole draft at every keystroke, core/incremental.ts.)
 */
function nothingToFlag(text: string, configured: DigitSystem | undefined): boolean {
  if (configured !== undefined) return !OTHER_DIGIT[configured].test(text);
  if (WESTERN_DIGIT.test(text)) return !OTHER_DIGIT[DigitSystem.Western].test(text);
  return !(ARABIC_INDIC_DIGIT.test(text) && PERSIAN_DIGIT.test(text));
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x066b || c === 0x066c;
}

const NAMES: Record<number, { en: string; ar: string }> = {
  [DigitSystem.Western]: { en: 'Western digits (0–9)', ar: 'الأرقام الغربية (0–9)' },
  [DigitSystem.ArabicIndic]: { en: 'Arabic-Indic digits (٠–٩)', ar: 'الأرقام العربية المشرقية (٠–٩)' },
  [DigitSystem.Persian]: { en: 'Persian digits (۰–۹)', ar: 'الأرقام الفارسية (۰–۹)' },
};

const OPTION: Record<string, DigitSystem> = {
  western: DigitSystem.Western,
  'arabic-indic': DigitSystem.ArabicIndic,
  persian: DigitSystem.Persian,
};

interface NumberToken {
  start: number;
  end: number;
  /** bit (1 << system) for each system present */
  mask: number;
  persianLine: boolean;
}

/** The chunk belongs to Latin text, a URL, an e-mail or code ("iPhone 7", "10 GB": a Latin word one space away). */
function latinChunk(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isLatinLetter(text.charCodeAt(i))) return true;
  if (isCodeLike(text.slice(s, e))) return true;
  if (s > 1 && isSpace(text.charCodeAt(s - 1)) && isLatinLetter(text.charCodeAt(s - 2))) return true;
  if (e + 1 < text.length && isSpace(text.charCodeAt(e)) && isLatinLetter(text.charCodeAt(e + 1))) return true;
  return false;
}

function systemName(s: DigitSystem, locale: Locale): string {
  return t(locale, NAMES[s]);
}

export const mixedDigits: Rule = defineRule({
  id: 'mixed-digits',
  title: { en: 'Mixed digit systems', ar: 'أنظمة أرقام مختلطة' },
  description: {
    en: 'Flags numbers written in a different digit system (Western 0–9, Arabic-Indic ٠–٩, Persian ۰–۹) from the rest of the document, or from the configured system; the fix rewrites the digits.',
    ar: 'ينبّه إلى الأعداد المكتوبة بنظام أرقام (الغربية 0–9، المشرقية ٠–٩، الفارسية ۰–۹) يخالف بقية المستند أو النظام المضبوط في الإعدادات، ويعيد كتابة الأرقام.',
  },
  defaultSeverity: 'warning',
  defaultEnabled: true,
  reach: 'document',
  options: {
    system: {
      type: 'string',
      default: 'majority',
      enum: ['majority', 'western', 'arabic-indic', 'persian'],
      description: {
        en: 'The digit system numbers should use: the majority of the document, or always Western, Arabic-Indic or Persian.',
        ar: 'نظام الأرقام المطلوب: نظام أغلب أعداد المستند، أو الغربية دائمًا، أو العربية المشرقية، أو الفارسية.',
      },
    },
  },
  messages: {
    majorityMixed: {
      en: 'Mixed digits: “{src}” mixes digit systems, while this document mostly uses {target}.',
      ar: 'أرقام مختلطة: «{src}» يخلط بين أنظمة الأرقام، وأغلب أعداد المستند ب{target}.',
    },
    majorityOther: {
      en: 'Mixed digits: “{src}” is written in {system}, while this document mostly uses {target}.',
      ar: 'أرقام مختلطة: «{src}» مكتوب ب{system}، وأغلب أعداد المستند ب{target}.',
    },
    configuredMixed: {
      en: 'Digits: “{src}” mixes digit systems; the configured system is {target}.',
      ar: 'الأرقام: «{src}» يخلط بين أنظمة الأرقام، والنظام المضبوط في الإعدادات هو {target}.',
    },
    configuredOther: {
      en: 'Digits: “{src}” is written in {system}; the configured system is {target}.',
      ar: 'الأرقام: «{src}» مكتوب ب{system}، والنظام المضبوط في الإعدادات هو {target}.',
    },
    convert: {
      en: 'Convert to {target}: “{fixed}”',
      ar: 'التحويل إلى {target}: «{fixed}»',
    },
  },
  check({ text, options, locale, message }) {
    const configured = OPTION[options.system];
    if (nothingToFlag(text, configured)) return [];
    const tokens: NumberToken[] = [];
    const latin = new ChunkClassifier(text, (_c, s, e) => latinChunk(text, s, e));
    // Persian/Urdu line test, computed only for lines that carry Persian digits, once per line
    let lineS = -1;
    let lineE = -1;
    let linePersian = false;
    const persianLineAt = (s: number): boolean => {
      if (s < lineS || s >= lineE) {
        let ls = s;
        while (ls > 0 && !isLineEnd(text.charCodeAt(ls - 1))) ls--;
        LINE_BREAK.lastIndex = s;
        const b = LINE_BREAK.exec(text);
        lineS = ls;
        lineE = b ? b.index : text.length;
        linePersian = false;
        for (let i = ls; i < lineE; i++) {
          if (isPersianUrduLetter(text.charCodeAt(i))) {
            linePersian = true;
            break;
          }
        }
      }
      return linePersian;
    };
    DIGIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIGIT.exec(text))) {
      const s = m.index;
      let e = s;
      let mask = 0;
      while (e < text.length) {
        const c = text.charCodeAt(e);
        const sys = digitSystem(c);
        if (sys !== DigitSystem.None) {
          mask |= 1 << sys;
          e++;
          continue;
        }
        if (isNumberSeparator(c) && e + 1 < text.length && digitSystem(text.charCodeAt(e + 1)) !== DigitSystem.None && e > s) {
          e++;
          continue;
        }
        break;
      }
      DIGIT.lastIndex = e;
      if (latin.at(s)) continue;
      tokens.push({ start: s, end: e, mask, persianLine: (mask & (1 << DigitSystem.Persian)) !== 0 && persianLineAt(s) });
    }
    if (tokens.length === 0) return [];

    let target = configured;
    let majority = false;
    if (target === undefined) {
      majority = true;
      const count = [0, 0, 0, 0];
      let first: DigitSystem = DigitSystem.None;
      for (const tk of tokens) {
        const sys = single(tk.mask);
        if (sys === DigitSystem.None) continue;
        count[sys]++;
        if (first === DigitSystem.None) first = sys;
      }
      if (first === DigitSystem.None) first = DigitSystem.Western;
      target = first;
      for (const sys of [DigitSystem.Western, DigitSystem.ArabicIndic, DigitSystem.Persian]) {
        if (count[sys] > count[target]) target = sys;
      }
    }
    const tgt = target;

    const out: RuleFinding[] = [];
    for (const tk of tokens) {
      if (tk.mask === 1 << tgt) continue;
      if (tgt !== DigitSystem.Persian && tk.persianLine && tk.mask === 1 << DigitSystem.Persian) continue;
      const src = text.slice(tk.start, tk.end);
      const fixed = convertDigits(src, tgt);
      const sys = single(tk.mask);
      const target = systemName(tgt, locale);
      const id = (majority ? 'majority' : 'configured') + (sys === DigitSystem.None ? 'Mixed' : 'Other');
      out.push({
        start: tk.start,
        end: tk.end,
        message: message(id, { src, system: sys === DigitSystem.None ? '' : systemName(sys, locale), target }),
        fixes: [
          {
            title: message('convert', { target, fixed }),
            edits: [{ start: tk.start, end: tk.end, newText: fixed }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
});

function single(mask: number): DigitSystem {
  if (mask === 1 << DigitSystem.Western) return DigitSystem.Western;
  if (mask === 1 << DigitSystem.ArabicIndic) return DigitSystem.ArabicIndic;
  if (mask === 1 << DigitSystem.Persian) return DigitSystem.Persian;
  return DigitSystem.None;
}

function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
