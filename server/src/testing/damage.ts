/**
 * The damage laboratory: functions that apply one kind of PDF damage to clean paragraphs, as the routes of
 * ../shared/corpus produce it, so that a repair can be measured on thousands of paragraphs whose correct text is
 * known (scripts/damage-roundtrip.mjs, part of `npm run eval`; a small fixed sample in test/damage.test.ts).
 * Every function takes its randomness from the caller's `rand` (seeded), so a round trip is reproducible.
 *
 *  - wrapParagraph: a paragraph as a justified PDF sets it, lines of about `width` characters (the unit every
 *    line-level damage applies to).
 *  - reverseRuns: a line written as runs cut where justification opened a gap, read back left to right (issue 10,
 *    ../shared/corpus/tools/inject_runs.py): `cuts` cuts inside words (weighted towards a cut after ر ز, then
 *    after the other letters that do not join the next), or between words with probability `between`; the runs in
 *    reverse order, one space between them.
 *  - kashidaStretch: justification kashida (U+0640) drawn into a few words of a line.
 *  - presentationForms, visualOrder, strayTatweel: the other damages of the corpus routes, for the round trip of
 *    their rules.
 */
import { toPresentationForms } from '../core/text/charclass';
// a Chromium PDF read by pdf.js in a font drawn in presentation forms (pdfjsDamage.ts)
export { canPdfjsForms, loQuoteLines, pdfjsFormItems, pdfjsForms, pdfjsItemLines, pdfjsItems, pdfjsMarkItems } from './pdfjsDamage';
// runs out of order on lines that carry a corpus route's other damage (inject_runs.py on pdftotext/mutool drafts)
export { cutRuns, pickRoute, routeLine, routeRuns } from './routeRuns';

export type Rand = () => number;

/** A seeded generator (LCG, as the other round trips use). */
export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const isLetter = (c: string) => c >= '\u0621' && c <= '\u064a' && c !== '\u0640';
const isMark = (c: string) => c >= '\u064b' && c <= '\u0652';
/** Letters that do not join the next one: a gap opens after them, and PDF producers cut runs there. */
const NONJOIN = new Set('رزدذواأإآؤة');
const JOINS_NEXT = (c: string) => isLetter(c) && !NONJOIN.has(c) && c !== 'ء' && c !== 'ى';

/** The lines of a paragraph set in lines of at most `width` characters (greedy, as a justified PDF breaks them). */
export function wrapParagraph(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of paragraph.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** Can reverseRuns damage this line (long enough, enough Arabic words, places to cut)? */
export function canReverseRuns(line: string): boolean {
  return line.length >= 40 && (line.match(/[\u0621-\u064a]{2,}/g) ?? []).length >= 7 && cutPoints(line).length > 3;
}

/** Places inside words where a run boundary can fall, with their weight (inject_runs.py's cut_points). */
function cutPoints(line: string): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (const m of line.matchAll(/\S+/g)) {
    const w = m[0];
    const s = m.index!;
    if ([...w].filter(isLetter).length < 4) continue;
    for (let j = 2; j < w.length; j++) {
      const a = w[j - 1];
      const b = w[j];
      if (!isLetter(b) || !(isLetter(a) || isMark(a))) continue;
      if (![...w.slice(0, j - 1)].some(isLetter)) continue;
      const weight = 'رز'.includes(a) ? 6 : NONJOIN.has(a) ? 3 : 1;
      const pos = s + j;
      if (pos >= 8 && pos <= line.length - 8) pts.push([pos, weight]);
    }
  }
  return pts;
}

/** Spaces between words where a run boundary can fall. */
function spacePoints(line: string): number[] {
  const out: number[] = [];
  for (let i = 8; i <= line.length - 8; i++) if (line[i] === ' ') out.push(i);
  return out;
}

/**
 * The line as an extractor that orders runs left to right reads it: cut at `cuts` places (inside words; between
 * words with probability `between` each), the runs in reverse order, one space between them (none, with probability
 * `glue` each: runs the extractor joined). Returns null when the line has too few places to cut.
 */
export function reverseRuns(line: string, cuts: number, rand: Rand, between = 0, glue = 0): { text: string; cuts: number[] } | null {
  const pts = cutPoints(line);
  const spaces = spacePoints(line);
  const chosen: Array<{ at: number; space: boolean }> = [];
  for (let k = 0; k < cuts; k++) {
    const far = (p: number) => chosen.every((c) => Math.abs(p - c.at) >= 10);
    if (rand() < between) {
      const pool = spaces.filter(far);
      if (!pool.length) return null;
      chosen.push({ at: pool[Math.floor(rand() * pool.length)], space: true });
      continue;
    }
    const pool = pts.filter(([p]) => far(p));
    if (!pool.length) return null;
    let r = rand() * pool.reduce((n, [, w]) => n + w, 0);
    for (const [p, w] of pool) {
      r -= w;
      if (r <= 0) {
        chosen.push({ at: p, space: false });
        break;
      }
    }
    if (chosen.length === k) chosen.push({ at: pool[pool.length - 1][0], space: false });
  }
  chosen.sort((a, b) => a.at - b.at);
  const runs: string[] = [];
  let from = 0;
  for (const c of chosen) {
    runs.push(line.slice(from, c.at));
    // a cut at a space: the space goes with neither run (the gap between runs is the extractor's space)
    from = c.space ? c.at + 1 : c.at;
  }
  runs.push(line.slice(from));
  runs.reverse();
  // (glue: the extractor writes no space between two runs with this probability each — pdf.js on LibreOffice's PDFs)
  let text = runs[0];
  for (let r = 1; r < runs.length; r++) text += (glue > 0 && rand() < glue ? '' : ' ') + runs[r];
  return { text, cuts: chosen.map((c) => c.at) };
}

/**
 * LibreOffice's kashida-justified runs as pdf.js gives them (issue 10, routes13; lexicon/gluedPieces.ts): 2–6 cuts inside
 * words (reverseRuns' places), the runs in reverse order glued head to tail, a kashida glyph (U+0002) at every junction
 * in half the lines. Null when the line has too few places to cut.
 */
export function gluedRuns(line: string, rand: Rand): string | null {
  const d = reverseRuns(line, 2 + Math.floor(rand() * 5), rand, 0);
  if (d === null) return null;
  const glyph = rand() < 0.5 ? '\u0002' : '';
  const bounds = [0, ...d.cuts, line.length];
  const runs: string[] = [];
  for (let k = 1; k < bounds.length; k++) runs.push(line.slice(bounds[k - 1], bounds[k]));
  return runs.reverse().join(glyph);
}

/** Kashida drawn into 1–3 words of the line (1–3 tatweel after a letter that joins the next, never at a word end). */
export function kashidaStretch(line: string, rand: Rand): string {
  return stretchWords(line, rand, () => '\u0640');
}

/** Into 1–3 words of 4 letters or more, 1–3 copies of `glyph()` after a letter that joins the next (never at a word
 *  end): kashida, or what an extractor writes for a kashida glyph. */
function stretchWords(line: string, rand: Rand, glyph: () => string): string {
  const words = line.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
  const n = 1 + Math.floor(rand() * 3);
  for (let k = 0; k < n && long.length; k++) {
    const [w, i] = long.splice(Math.floor(rand() * long.length), 1)[0];
    const at: number[] = [];
    for (let j = 1; j + 1 < w.length; j++) if (JOINS_NEXT(w[j - 1]) && isLetter(w[j])) at.push(j);
    if (!at.length) continue;
    const j = at[Math.floor(rand() * at.length)];
    const c = glyph();
    words[i] = w.slice(0, j) + c.repeat(1 + Math.floor(rand() * 3)) + w.slice(j);
  }
  return words.join(' ');
}

/** The line in presentation forms (the glyphs of a PDF), as some extractors emit them. */
export function presentationForms(line: string): string {
  return toPresentationForms(line);
}

/**
 * What a visual-order line keeps left to right: numbers with their inner separators (`2016`, `10.5`, `2009-2010`, `15%`)
 * and Latin words with the spaces between them (`3D`, `Much Loved`), as a PDF displays them — the corpus's reversed
 * lines keep their numbers so (all 6 of the dev split's reversed lines with a number of two digits or more).
 */
const LTR_RUN = /[0-9A-Za-z]+(?:[.,:/-][0-9A-Za-z]+)*%?(?: (?=[A-Za-z])[0-9A-Za-z]+(?:[.,:/-][0-9A-Za-z]+)*)*|ل[\u064b-\u0652]*[اأإآ]/g;

/**
 * The line in visual order (mutool, pdfminer): its characters reversed, each left-to-right run (LTR_RUN) kept whole,
 * and each lam-alef kept in its order (one ligature glyph, which extractors map to lam then alef: `الأمم` reads
 * `مملأا`, not `ممألا`; the corpus's reversed lines on dev: 138 lam-alef words so, 5 reversed).
 */
export function visualOrder(line: string): string {
  const units: string[] = [];
  let i = 0;
  for (const m of line.matchAll(LTR_RUN)) {
    for (const ch of line.slice(i, m.index)) units.push(ch);
    units.push(m[0]);
    i = m.index! + m[0].length;
  }
  for (const ch of line.slice(i)) units.push(ch);
  return units.reverse().join('');
}

/** Stray tatweel: 1–3 U+0640 in up to four words of the line (typed or justified, inside a word). */
export function strayTatweel(line: string, rand: Rand): string {
  let out = line;
  for (let k = 0; k < 4; k++) out = kashidaStretch(out, rand);
  return out;
}

/**
 * Extraction junk (issue 10): the kashida glyphs of 1–3 words written as the control characters pdf.js and PDFium
 * give them (U+0004, U+0005, U+0007, U+0008, U+000C, U+001C, U+FFFE, and U+0000 for a glyph with no mapping), one
 * to three of them after a letter that joins the next. (A NUL that stands for a lost *letter* cannot be restored by
 * anyone; here it stands for an unmapped kashida glyph.)
 */
export const JUNK_CHARS = ['\u0004', '\u0005', '\u0007', '\u0008', '\u000C', '\u001C', '\uFFFE', '\u0000'];
export function controlJunk(line: string, rand: Rand): string {
  return stretchWords(line, rand, () => JUNK_CHARS[Math.floor(rand() * JUNK_CHARS.length)]);
}

/**
 * Kashida glyphs printed as text (issue 10: LibreOffice's kashida-justified PDFs through pdf.js and PDFium, by font):
 * one glyph character for the paragraph, as a font has one (`7`, `1`, `0`, `5`, `#`, `$`, `&`), written 1–3 times
 * after a letter that joins the next in 1–3 words of every line of 30 characters or more (`محط77ة`, `ملي#ار`). Null
 * when no line takes one. The extraction-junk rule removes them where the lexicon confirms the word, twice at least
 * per character in the draft.
 */
export const PRINTED_KASHIDA = ['7', '1', '0', '5', '3', '#', '$', '&'];
export function printedKashida(lines: readonly string[], rand: Rand): string[] | null {
  const g = PRINTED_KASHIDA[Math.floor(rand() * PRINTED_KASHIDA.length)];
  let any = false;
  const out = lines.map((l) => {
    if (l.length < 30) return l;
    const d = stretchWords(l, rand, () => g);
    if (d !== l) any = true;
    return d;
  });
  return any ? out : null;
}

/**
 * Numbers glued to the words around them (issue 10: pdf.js and PDFium lose the spaces around a left-to-right run):
 * every number of the lines standing between two Arabic words loses both spaces. Null when no number does.
 */
export function glueNumbers(lines: readonly string[]): string[] | null {
  let any = false;
  const out = lines.map((l) =>
    l.replace(/([\u0621-\u064a\u064b-\u0652]) ([0-9\u0660-\u0669]+(?:[.,][0-9]+)*) (?=[\u0621-\u064a])/g, (_, a: string, num: string) => {
      any = true;
      return a + num;
    }),
  );
  return any ? out : null;
}

/**
 * A word torn across a line break (issue 10: PDFium cuts LibreOffice's lines into pieces, pdf.js ends a line inside
 * a run): the last word of a line (five letters at least) is cut inside — after two letters at least, before one —
 * and its tail opens the next line. Null when no line ends in such a word.
 */
export function tearAcrossLine(lines: readonly string[], rand: Rand): string[] | null {
  const spots: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (/(?:^| )[\u0621-\u064a]{5,}$/.test(lines[i])) spots.push(i);
  if (!spots.length) return null;
  const i = spots[Math.floor(rand() * spots.length)];
  const w = /[\u0621-\u064a]+$/.exec(lines[i])![0];
  const at = 2 + Math.floor(rand() * (w.length - 2));
  const out = lines.slice();
  out[i] = lines[i].slice(0, lines[i].length - w.length + at);
  out[i + 1] = w.slice(at) + ' ' + lines[i + 1];
  return out;
}

/**
 * A paragraph shredded as PDFium reads some kashida-justified LibreOffice PDFs (issue 10, routes6): every line cut into
 * pieces, each on a line of its own and in order — inside words where a letter joins the next (a kashida point), about
 * one such point in four, and at a few spaces (the space then ends its piece and is dropped, as trailing spaces are);
 * pieces two characters long at least. Null when no line can be cut.
 */
export function shredLines(lines: readonly string[], rand: Rand): string[] | null {
  const out: string[] = [];
  let cuts = 0;
  for (const line of lines) {
    let from = 0;
    for (let j = 2; j + 2 <= line.length; j++) {
      if (j - from < 2) continue;
      const inWord = JOINS_NEXT(line[j - 1]) && isLetter(line[j]);
      const atSpace = line[j] === ' ' && isLetter(line[j - 1]) && isLetter(line[j + 1] ?? '');
      if ((inWord && rand() < 0.25) || (atSpace && rand() < 0.1)) {
        out.push(line.slice(from, j));
        from = atSpace ? j + 1 : j;
        cuts++;
      }
    }
    out.push(line.slice(from));
  }
  return cuts >= 2 ? out : null;
}

/**
 * Marks moved into a word's kashida gap (issue 10, session 14: LibreOffice's kashida-justified PDFs through PDFium): in
 * each line, one word with a full stop glued after it (`حوادث.`) or a quotation of one word (`"الحراك"`) —
 * picked at random among those the line has — is cut at a point where a letter joins the next (not right after the
 * article), two letters from its end at least, and its marks stand spaced in the gap (`ح . وادث`, `الح " " راك`); a clause mark glued after the
 * closing quote is then set off by a space, as PDFium leaves it (`"الحراك"،` → `الح " " راك ،`). Null when no line
 * has such a word.
 */
export function gapMarks(lines: readonly string[], rand: Rand): string[] | null {
  let any = false;
  const out = lines.map((line) => {
    const spots: Array<{ start: number; end: number; word: string; marks: string; quoted: boolean }> = [];
    const re = /(^|[ (])("?)([\u0621-\u064a\u064b-\u0652]{4,})("?)(\.?)(?=[ \u060c\u061b]|$)/g;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const quoted = m[2] === '"' && m[4] === '"';
      if (!quoted && (m[2] || m[4] || !m[5])) continue;
      const start = m.index + m[1].length;
      // (a quotation's stop stays where it is: only the quotes move)
      spots.push({ start, end: start + m[0].length - m[1].length - (quoted ? m[5].length : 0), word: m[3], marks: quoted ? '" "' : m[5], quoted });
    }
    if (!spots.length) return line;
    const s = spots[Math.floor(rand() * spots.length)];
    const points: number[] = [];
    // (LibreOffice draws no kashida right after the article: no gap there)
    for (let j = 1; j + 2 <= s.word.length; j++) if (JOINS_NEXT(s.word[j - 1]) && isLetter(s.word[j]) && !/^[وفبك]?(?:ال|لل)$/.test(s.word.slice(0, j))) points.push(j);
    if (!points.length) return line;
    const j = points[Math.floor(rand() * points.length)];
    any = true;
    const rest = line.slice(s.end);
    const trace = s.quoted && /^[\u060c\u061b.:]/.test(rest) ? ' ' : '';
    return line.slice(0, s.start) + s.word.slice(0, j) + ' ' + s.marks + ' ' + s.word.slice(j) + trace + rest;
  });
  return any ? out : null;
}

/**
 * A word torn after its first letter (PDFium cuts anywhere: `ت` ⏎ `ونس`): the last word of a line (four letters at
 * least) loses all but its first letter to the next line. Null when no line ends in such a word.
 */
export function tearAfterFirstLetter(lines: readonly string[], rand: Rand): string[] | null {
  const spots: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (/(?:^| )[\u0621-\u064a]{4,}$/.test(lines[i])) spots.push(i);
  if (!spots.length) return null;
  const i = spots[Math.floor(rand() * spots.length)];
  const w = /[\u0621-\u064a]+$/.exec(lines[i])![0];
  const out = lines.slice();
  out[i] = lines[i].slice(0, lines[i].length - w.length + 1);
  out[i + 1] = w.slice(1) + ' ' + lines[i + 1];
  return out;
}

/**
 * A word torn right after a letter that carries a haraka, the haraka opening the next line with the tail (PDFium:
 * `مكل` ⏎ `ّف`, `المستخدمين ي` ⏎ `ُدعى`): the last word of a line with a haraka on a letter before its last. Null when
 * no line ends in such a word.
 */
export function tearAtMark(lines: readonly string[], rand: Rand): string[] | null {
  const spots: Array<{ line: number; cut: number }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /(?:^| )([\u0621-\u064a\u064b-\u0652]+)$/.exec(lines[i]);
    if (!m) continue;
    const w = m[1];
    const start = lines[i].length - w.length;
    // a mark after a letter, with a letter after it (the tail has letters)
    for (let j = 1; j + 1 < w.length; j++) if (isMark(w[j]) && isLetter(w[j - 1]) && /[\u0621-\u064a]/.test(w.slice(j + 1))) spots.push({ line: i, cut: start + j });
  }
  if (!spots.length) return null;
  const { line, cut } = spots[Math.floor(rand() * spots.length)];
  const out = lines.slice();
  out[line] = lines[line].slice(0, cut);
  out[line + 1] = lines[line].slice(cut) + ' ' + lines[line + 1];
  return out;
}

/** A haraka of the paragraph's lines (tanwin, shadda, a vowel on a letter): where it is, or null when none. */
function markAt(lines: readonly string[], rand: Rand): { line: number; at: number } | null {
  const spots: Array<{ line: number; at: number }> = [];
  lines.forEach((l, li) => {
    for (let j = 1; j < l.length; j++) if (isMark(l[j]) && isLetter(l[j - 1]) && !isMark(l[j + 1] ?? '')) spots.push({ line: li, at: j });
  });
  return spots.length ? spots[Math.floor(rand() * spots.length)] : null;
}

/** A haraka torn from its letter onto a line of its own, after the line it was on (PDFium). Null when none. */
export function loneDiacritic(lines: readonly string[], rand: Rand): string[] | null {
  const m = markAt(lines, rand);
  if (!m) return null;
  const l = lines[m.line];
  const out = lines.slice();
  out.splice(m.line, 1, l.slice(0, m.at) + l.slice(m.at + 1), l[m.at]);
  return out;
}

/**
 * Every haraka cluster of a paragraph set off from its letter by a space, after it (`عرضا ً`, `ك ُتب`; pdftotext on
 * word-processor PDFs: an extractor does it to every mark glyph of a draft, the corpus's drafts have no mark left in
 * place). Null when the paragraph has no haraka after a letter.
 */
export function spacedDiacritic(lines: readonly string[]): string[] | null {
  return spaceMarks(lines, (letter, marks) => letter + ' ' + marks);
}

/**
 * Every haraka cluster of a paragraph set off by a space and put before its letter (`تص ُّرف` for `تصرُّف`, `ال ُمح ّبون`
 * for `المُحبّون`): what the corpus's extractors do (34 of the 37 such marks of the dev split's drafts sit before their
 * letter). A cluster on a word's first letter only moves before it (`ُعرضت`). Null when the paragraph has none.
 */
export function spacedDiacriticBefore(lines: readonly string[]): string[] | null {
  return spaceMarks(lines, (letter, marks, first) => (first ? '' : ' ') + marks + letter);
}

function spaceMarks(lines: readonly string[], move: (letter: string, marks: string, first: boolean) => string): string[] | null {
  let any = false;
  const out = lines.map((l) =>
    l.replace(/([\u0621-\u063a\u0641-\u064a])([\u064b-\u0652]+)/g, (_, letter: string, marks: string, at: number) => {
      any = true;
      return move(letter, marks, at === 0 || !isLetter(l[at - 1]));
    }),
  );
  return any ? out : null;
}

/**
 * Word-level visual order, as `pdftotext -raw` writes a right-to-left line: the words in reverse order, each word with
 * Arabic letters in an RLE…PDF embedding of its own, punctuation at a word's end moved to its start, bare; a word
 * that starts with ال is cut, with probability `cut`, into pieces as pdftotext cuts the article's glyphs
 * (`الحالي` → `<RLE>حالي<PDF><RLE>ل<PDF><RLE>ا<PDF>`, seen in Chromium PDFs).
 */
export function wordLevelVisual(line: string, rand: Rand, cut = 0.3): string {
  const RLE = '\u202B';
  const PDF = '\u202C';
  return line
    .split(' ')
    .filter(Boolean)
    .reverse()
    .map((w) => {
      const m = /^(.*?)([.،,:؛!؟?"»«)(]*)$/.exec(w)!;
      const body = m[1];
      const punct = [...m[2]].reverse().join('');
      if (!/[\u0621-\u064a]/.test(body)) return punct + body;
      const pieces = /^ال[\u0621-\u064a]{2,}/.test(body) && rand() < cut ? ['ا', 'ل', body.slice(2)] : [body];
      return punct + pieces.reverse().map((p) => RLE + p + PDF).join('');
    })
    .join(' ');
}

/**
 * Harakat one letter early, as Chrome's viewer (PDFium) copies them (issue 10: `مكّلف` for `مكلّف`, `منتجًا` for
 * `منتجاً`, `مّر` for `مرّ`): every haraka cluster of the paragraph moves onto the letter before its own; a cluster
 * on a word's first letter moves before the word (`ُعرضت`). PDFium does it to every mark glyph, so the damage is
 * deterministic. Null when the paragraph has no haraka after a letter.
 */
export function earlyHarakat(lines: readonly string[]): string[] | null {
  let any = false;
  const out = lines.map((l) =>
    l.replace(/[\u0621-\u063a\u0641-\u064a\u064b-\u0652]+/g, (w) => {
      if (!/[\u064b-\u0652]/.test(w) || /^[\u064b-\u0652]/.test(w)) return w;
      // letters with the marks after each; each letter's marks go before it
      let s = '';
      for (const m of w.matchAll(/([\u0621-\u063a\u0641-\u064a])([\u064b-\u0652]*)/g)) s += m[2] + m[1];
      if (s !== w) any = true;
      return s;
    }),
  );
  return any ? out : null;
}

/**
 * Every lam-alef of the paragraph in reverse order, as PDFium and pdf.js copy the ligature from some fonts (issue 10:
 * `األخبار` for `الأخبار`, `ثالثة` for `ثلاثة`, `والية` for `ولاية`, `وال` for `ولا`): a PDF that reverses the ligature
 * reverses every one, so the damage is deterministic. Null when the paragraph has no lam-alef.
 */
export function reversedLamAlefs(lines: readonly string[]): string[] | null {
  let any = false;
  const out = lines.map((l) =>
    l.replace(/\u0644([\u0627\u0623\u0625\u0622])/g, (_, a: string) => {
      any = true;
      return a + '\u0644';
    }),
  );
  return any ? out : null;
}

/**
 * The article's alef set apart from its lam by a space where the lam opens a lam-kaf ligature (`ا لكبيرة` for
 * `الكبيرة`, `وا لكرامة` for `والكرامة`), as Chrome's viewer (PDFium) copies Chromium's PDFs in Amiri, Noto Naskh
 * Arabic and Scheherazade (issue 10, routes: split-word): every such word of the paragraph, after at most one
 * proclitic (و ف ب ك), at the start of a line or after a space or a quote. Deterministic. Null when no line has one.
 */
export function articleAlefApart(lines: readonly string[]): string[] | null {
  let any = false;
  const out = lines.map((l) =>
    l.replace(/(^|[\s"«(])([\u0648\u0641\u0628\u0643]?\u0627)(\u0644\u0643)/g, (_, before: string, alef: string, lamKaf: string) => {
      any = true;
      return before + alef + ' ' + lamKaf;
    }),
  );
  return any ? out : null;
}

/**
 * A line split at the tanwin of a word ending with alef + fathatan (`بحثاً`), its two pieces in reverse order: the
 * tanwin, a space and the rest of the line first, then the line's start up to the alef on a line of its own (`ً عن
 * الأضرار…` ⏎ `الفنيون بحثا`), as Chrome's viewer (PDFium) copies LibreOffice's two-column lines (issue 10, routes;
 * cut-word). Every line with such a word before its last (the first of them). Deterministic. Null when no line has one.
 */
export function tanwinSwapped(lines: readonly string[]): string[] | null {
  let any = false;
  const out: string[] = [];
  for (const l of lines) {
    const m = /[\u0621-\u064a]\u0627\u064b (?=\S)/.exec(l);
    if (!m) {
      out.push(l);
      continue;
    }
    any = true;
    const alef = m.index + 2;
    out.push('\u064b ' + l.slice(alef + 2), l.slice(0, alef));
  }
  return any ? out : null;
}

/**
 * A line split at every letter that carries a haraka (a vowel, shadda or sukun: not tanwin), the pieces in reverse order,
 * each marked letter a line of its own with its marks first (`ن أن العمل مستمر.` ⏎ `\u0651ي` ⏎ `بمراحل صعبة ثم تب` ⏎ `\u0651ر`
 * ⏎ `وأكد المدير أن المشروع م` for `وأكد المدير أن المشروع مرّ بمراحل صعبة ثم تبيّن أن العمل مستمر.`), as Chrome's viewer (PDFium) copies Chromium's PDFs (issue 10,
 * routes, session 16: cut-word's markChains). The spaces at the pieces' edges are lost, and the line's tanwin on a last
 * alef is copied before it (`مبكرًا`: PDFium copies every mark of these PDFs before its letter). One line of the paragraph with
 * such a letter inside it (not at its edges, a piece of text between two of them), chosen by `rand`. Null when none has.
 */
export function markedLetterChain(lines: readonly string[], rand: Rand): string[] | null {
  const cuts = (l: string): number[] | null => {
    const at: number[] = [];
    for (let j = 1; j + 1 < l.length; j++) {
      if (!isLetter(l[j]) || !/[\u064e-\u0652]/.test(l[j + 1])) continue;
      let e = j + 1;
      while (e < l.length && isMark(l[e])) e++;
      // (tanwin is copied in place; marks after the letter only, the letter not at the line's edges)
      if (/[\u064b-\u064d]/.test(l.slice(j + 1, e)) || e - j - 1 > 2 || e >= l.length) continue;
      at.push(j);
      j = e - 1;
    }
    if (!at.length) return null;
    // a piece of text between two marked letters and at both ends
    const pieces = pieceTexts(l, at);
    return pieces.every((p) => /[\u0621-\u064a]/.test(p)) ? at : null;
  };
  const cand = lines.map((l, i) => (cuts(l) ? i : -1)).filter((i) => i >= 0);
  if (!cand.length) return null;
  const li = cand[Math.floor(rand() * cand.length)];
  // (the line's tanwin on a last alef copied before the alef, as PDFium copies every mark of these PDFs: `مبكرًا`)
  const l = lines[li].replace(/\u0627\u064b/g, '\u064b\u0627');
  const at = cuts(l)!;
  const pieces = pieceTexts(l, at);
  const out: string[] = [pieces[pieces.length - 1]];
  for (let k = at.length - 1; k >= 0; k--) {
    let e = at[k] + 1;
    while (e < l.length && isMark(l[e])) e++;
    out.push(l.slice(at[k] + 1, e) + l[at[k]], pieces[k]);
  }
  return [...lines.slice(0, li), ...out, ...lines.slice(li + 1)];
}

/** The text between the marked letters at `at` (each with its marks), edges trimmed. */
function pieceTexts(l: string, at: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const j of at) {
    out.push(l.slice(from, j).trim());
    let e = j + 1;
    while (e < l.length && isMark(l[e])) e++;
    from = e;
  }
  out.push(l.slice(from).trim());
  return out;
}

/**
 * A full stop moved to the end of its line, as pdf.js and PDFium give LibreOffice's justified lines (issue 10: `… أو
 * أزرق وأظهرت … ممتاز في.` for `… أو أزرق. وأظهرت … ممتاز في`): in every line but the paragraph's last with exactly
 * one sentence mark, a full stop glued to an Arabic word and followed by a space, the stop goes to the line's end.
 * Deterministic. Null when no line has one.
 */
export function stopToLineEnd(lines: readonly string[]): string[] | null {
  return moveStops(lines, (before, after) => before + after.trimEnd() + '.');
}

/**
 * In every line but the paragraph's last with exactly one sentence mark, a full stop glued to an Arabic word and
 * followed by a space: the line rebuilt by `place` from the text before the stop (the word included) and after it
 * (from the space after it). Null when no line has one.
 */
function moveStops(lines: readonly string[], place: (before: string, after: string) => string): string[] | null {
  let any = false;
  const out = lines.map((l, i) => {
    if (i === lines.length - 1 || (l.match(/[.!?؟:]/g) ?? []).length !== 1) return l;
    const m = /([\u0621-\u064a\u064b-\u0652])\. (?=\S)/.exec(l);
    if (!m) return l;
    any = true;
    return place(l.slice(0, m.index + 1), l.slice(m.index + 2));
  });
  return any ? out : null;
}

/**
 * The same full stop moved to the start of its line instead, as PDFium gives LibreOffice's justified lines (issue 10:
 * `. … أو أزرق وأظهرت …` for `… أو أزرق. وأظهرت …`): in every line but the paragraph's last with exactly one sentence
 * mark, a full stop glued to an Arabic word and followed by a space opens the line, a space after it. Deterministic.
 * Null when no line has one.
 */
export function stopToLineStart(lines: readonly string[]): string[] | null {
  return moveStops(lines, (before, after) => '. ' + before + after.trimEnd());
}

/** Splits fewer than this in a paragraph: no damage (split-word waits for three joins in a text without other signs). */
const MIN_SPLITS = 3;

/**
 * Justification gaps read as spaces inside words, as pdftotext and mutool give word processors' justified PDFs
 * (`ق د تت دهور بع د ف ترة` for `قد تتدهور بعد فترة`): each Arabic word of two letters or more is split with
 * probability `density`, at a letter boundary drawn evenly from its inside, twice (one word in twenty, four letters or
 * more), or, one split in twelve where the word has a haraka, between a letter and its haraka (`غالب ًا`). Measured on
 * the corpus dev split's 463 split words (its annotations): 95 % in two pieces, 5 % in three; 8 % of the cuts open a
 * piece with a haraka; cut positions spread over the whole word, after joining letters (367) and non-joining ones
 * (82) alike; a document splits 1 % to 26 % of its words. Null when the paragraph gets fewer than `minSplits` splits.
 */
export function splitWords(lines: readonly string[], rand: Rand, density: number, minSplits = MIN_SPLITS): string[] | null {
  let splits = 0;
  const out = lines.map((l) =>
    l.replace(/[\u0621-\u063a\u0641-\u0652\u0670]+/g, (w) => {
      // the boundaries: after a letter and its marks (a normal cut), or between a letter and its marks (mark-led)
      const letters: number[] = [];
      const markLed: number[] = [];
      for (let i = 0; i < w.length; i++) {
        if (!isLetter(w[i])) continue;
        letters.push(i);
        if (i + 1 < w.length && isMark(w[i + 1]) && i > 0) markLed.push(i + 1);
      }
      if (letters.length < 2 || rand() >= density) return w;
      const cuts: number[] = [];
      if (markLed.length && rand() < 1 / 12) cuts.push(markLed[Math.floor(rand() * markLed.length)]);
      else {
        const k = letters.length >= 4 && rand() < 0.05 ? 2 : 1;
        const inner = letters.slice(1); // a cut before each letter but the first
        while (cuts.length < k && inner.length) cuts.push(inner.splice(Math.floor(rand() * inner.length), 1)[0]);
      }
      cuts.sort((a, b) => a - b);
      splits += cuts.length;
      let s = '';
      let from = 0;
      for (const c of cuts) (s += w.slice(from, c) + ' '), (from = c);
      return s + w.slice(from);
    }),
  );
  return splits >= minSplits ? out : null;
}
