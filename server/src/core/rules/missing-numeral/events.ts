/**
 * missing-numeral: the year of an event (issue 11, session 15). A curated list, not the mined tables: the even half of
 * the unlabelled news holds these nouns too rarely for the tables to weigh them (انتخابات 83 times, a number after it
 * 11; موسم 66, 14; مونديال 13, 5; باكالوريا 9, 4), but how they stand there is clear enough to be written down: of
 * the 722 uses there of the nouns below (indefinite, with or without ب، ل، و، ف), 5 are followed by a mark, 9 by a
 * preposition and 45 by a word with ب or ل (22 of them خطة ل…), the rest by a number, the noun's complement
 * (انتخابات المجلس) or its adjective (دورة تكوينية). So an event noun, or the name of an event (كأس العالم، بطولة إفريقيا، الانتخابات البلدية), before a
 * spaced mark in a draft that glues its own lost its year (`فاز المنتخب بكأس العرب .`, `لم يشارك في رئاسيات .`); and
 * the year-taking nouns (not خطة، رؤية، قمة، بطولة, which take ل often: خطة لتطوير) before two spaces and a
 * preposition, a word with ب or an adjective of relation with the article (`جرت انتخابات  في`, `ترشح لانتخابات
 * الرئاسية`, `تستعد لموسم  بتعاقدات`), or a name before two spaces and a preposition (`عاد من كأس العالم  في`) too. Words are in ordinary spelling, folded as the text is (contextForm).
 */
import { contextForm } from './slot';

const set = (words: string[]) => new Set(words.map(contextForm));

/** Indefinite nouns of an event a year follows in news (انتخابات 2019، موسم 2023-2024، دورة 2022، ميزانية 2024). */
const YEAR_NOUNS = set(['انتخابات', 'تشريعيات', 'رئاسيات', 'بلديات', 'مونديال', 'أولمبياد', 'موسم', 'دورة', 'باكالوريا', 'بكالوريا', 'ميزانية', 'تعداد', 'استفتاء']);
/** Nouns that take a year as often, but a complement with ل as well (خطة لتطوير، قمة للمناخ): only before a mark. */
const MARK_NOUNS = set(['خطة', 'رؤية', 'قمة', 'بطولة']);
/** The heads of an event's name, its name after them (كأس العالم، بطولة إفريقيا لكرة اليد، مهرجان كان، جائزة نوبل). */
const NAME_HEADS = set(['كأس', 'بطولة', 'دوري', 'مهرجان', 'معرض', 'جائزة', 'ألعاب', 'قمة']);
/** The same with the article, before an adjective with the article (الانتخابات البلدية، القمة الإفريقية). */
const DEFINITE_HEADS = set(['الانتخابات', 'القمة', 'الألعاب']);
/** Words that are no part of a name: prepositions, conjunctions, pronouns, particles, demonstratives. */
const NOT_NAME = set(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'منذ', 'خلال', 'حول', 'ضد', 'حتى', 'عند', 'لدى', 'بين', 'دون', 'و', 'أو', 'ثم', 'أن', 'إن', 'قد', 'لا', 'لم', 'لن', 'ما', 'الذي', 'التي', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'كل', 'عام', 'سنة']);

/** A folded word without و/ف and one of ب، ل، ك (لل… read as ال…). */
function bare(f: string): string {
  let s = f.replace(/^[\u0648\u0641](?=[\u0621-\u064a]{3})/, '');
  if (s.startsWith('\u0644\u0644') && s.length > 4) return '\u0627' + s.slice(1);
  if (/^[\u0628\u0644\u0643][\u0621-\u064a]{3}/.test(s) && !NAME_HEADS.has(s) && !YEAR_NOUNS.has(s)) s = s.slice(1);
  return s;
}

/** What stands before a gap: `words` the folded words before it, nearest first (up to 4). 1: a noun that takes a year,
 *  2: an event's name (a head and one to three words of its name), 3: a noun that takes a year or a complement, 0. */
export function eventBefore(words: readonly string[]): 0 | 1 | 2 | 3 {
  if (!words.length) return 0;
  const w0 = bare(words[0]);
  if (YEAR_NOUNS.has(w0)) return 1;
  if (MARK_NOUNS.has(w0)) return 3;
  for (let i = 1; i < words.length && i <= 3; i++) {
    const name = words[i - 1];
    if (name.length < 2 || NOT_NAME.has(name) || NOT_NAME.has(bare(name)) || YEAR_NOUNS.has(bare(name))) return 0;
    const head = bare(words[i]);
    if (NAME_HEADS.has(head)) return 2;
    if (DEFINITE_HEADS.has(head)) return i === 1 && name.startsWith('\u0627\u0644') ? 2 : 0;
  }
  return 0;
}

/** Can the folded word `f` follow an event noun and the two spaces its year left: a preposition (given by the caller),
 *  a word with ب (بقطر، بمشاركة), or an adjective of relation with the article (الرئاسية، التاريخي)? Not a word with ل,
 *  which goes on from the noun as often (استفتاء  لمنح الثقة: a typing slip the even half's round trip flagged). */
export function afterEvent(f: string): boolean {
  if (f.length >= 4 && f.charCodeAt(0) === 0x0628 && f.charCodeAt(1) !== 0x0627) return true;
  return f.startsWith('\u0627\u0644') && f.length >= 6 && /(?:\u064a|\u064a\u0629)$/.test(f);
}
