/**
 * reversed-line — a line (or a column segment of a line) written in visual order: the characters of an
 * RTL line reversed, as mutool, pdfminer and copies from visual-order sources produce them:
 *   `ةيفيرلا قطانملا يف نيعرازملا معدل ةديدج ةطخ` for `خطة جديدة لدعم المزارعين في المناطق الريفية`.
 *
 * Detection (per segment: line pieces separated by ≥ 3 spaces):
 *  1. a cheap signal first: a token that starts with a letter no Arabic word starts with (ة ى, or a
 *     final/medial presentation form), or ends with a reversed article (…لا, 4+ letters);
 *  2. then the lexicon decides: the share of letters in known words must rise from the segment as it is
 *     to its reversal (≥ 0.5 after, ≥ 0.25 more than before) over ≥ 3 Arabic tokens; a shorter segment
 *     (one or two words) only when the document has at least two such lines and the reversal is all
 *     known while the original is not.
 * Fix (preferred): the segment in logical order — characters reversed, digit and Latin runs kept, brackets
 * mirrored, lam-alef pairs read as the lexicon knows them (lexicon/visual.ts). The title previews it.
 *
 * pdf.js (Firefox's viewer) on Chromium-made PDFs: in a presentation-form font the line is in visual order with its
 * plain-letter runs reversed in place, which the fix undoes first (lexicon/visualMixed.ts); in a plain-letter font the
 * line's text items come left to right, cut at numbers, Latin runs and marks drawn apart (lexicon/itemOrder.ts):
 * reported only when the lexicon and the word pairs are sure enough for fix-all to apply the order.
 *
 * Flag-only (the reading offered, session 15): in a draft with two item lines fix-all reorders, the item readings it does
 * not apply; and, in a draft with two such lines, lines whose words came out reversed with no embedding (pdf.js on
 * LibreOffice's two-column PDFs; lexicon/wordOrder.ts bareWordOrder, judged by the word pairs with the neighbours' edges).
 *
 * Also lines in visual order word by word, as `pdftotext -raw` writes them (each word in its own RLE…PDF, the words
 * reversed; lexicon/wordOrder.ts, the word pairs of correct news judging the direction): the fix (preferred) puts the
 * words and their pieces back in order and drops the embeddings; bidi-control leaves those embeddings to it.
 */
import { DRAFT_ITEM_MARGIN, itemOrderRepair, type ItemOrderRepair } from '../lexicon/itemOrder';
import { PARAGRAPH_EDGE, pairKeys } from '../lexicon/pairs';
import { GLUED_DRAFT_GAIN, GLUED_DRAFT_MARGIN, gluedPiecesRepair } from '../lexicon/gluedPieces';
import { quoteItemsRepair } from '../lexicon/quoteItems';
import { segments } from '../lexicon/tokens';
import { visualToLogical } from '../lexicon/visual';
import { bareWordOrder } from '../lexicon/wordOrder';
import { MAX_SEGMENT, readsReversed, score, type Scored, suspiciousRange } from '../lexicon/visualLine';
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';

/** Re-reading a line with its neighbours' readings as edges (off: the incremental check reads a line's neighbours only). */
const NEIGHBOUR_READINGS = false;

/** The first and last pair keys of a line's reading (the paragraph edge when it has none). */
const firstKey = (s: string): string => pairKeys(s, 0, s.length)[0] ?? PARAGRAPH_EDGE;
const lastKey = (s: string): string => pairKeys(s, 0, s.length).at(-1) ?? PARAGRAPH_EDGE;

/** The pair key of the last (dir -1) or first (dir 1) token of a line; the paragraph edge for a blank line. */
function edgeKey(text: string, line: { start: number; end: number }, dir: 1 | -1): string {
  const keys = pairKeys(text, line.start, line.end);
  if (keys.length === 0) return PARAGRAPH_EDGE;
  return dir < 0 ? keys[keys.length - 1] : keys[0];
}

export const reversedLine: Rule = defineRule({
  id: 'reversed-line',
  title: { en: 'Line in visual (reversed) order', ar: 'سطر بترتيب بصري معكوس' },
  description: {
    en: 'Flags lines whose Arabic letters run left to right, character by character reversed, as PDF extractors (mutool, pdfminer, pdf.js) and visual-order sources emit them, word by word reversed, each word in its own embedding (pdftotext -raw), or as text pieces cut at numbers and Latin words in left-to-right order (pdf.js on Chromium PDFs), and restores the logical order.',
    ar: 'ينبّه إلى الأسطر التي جاءت حروفها العربية معكوسة حرفًا حرفًا من اليسار إلى اليمين كما تُخرجها أدوات استخراج PDF والمصادر ذات الترتيب البصري، أو معكوسة كلمةً كلمة وكل كلمة في تضمين خاص بها (pdftotext -raw)، أو مقاطعَ مقطوعة عند الأرقام والكلمات اللاتينية مرتبة من اليسار إلى اليمين (pdf.js مع ملفات Chromium)، ويعيد ترتيبها المنطقي.',
  },
  defaultSeverity: 'warning',
  // The repaired view reads a visual-order line itself, character by character (view.ts): every letter where the
  // line has it. This rule's repair also re-reads runs of digits and Latin and lam-alef pairs, right for fix-all but
  // a guess that, measured, cost the claim rule 4 false lines in 660 on the claims round trip.
  repairsView: false,
  defaultEnabled: true,
  reach: 'line',
  options: {},
  messages: {
    visual: {
      en: 'This line is in visual order (letters reversed, as extracted from a PDF): {before} % of it reads as words, {after} % once reversed.',
      ar: 'هذا السطر بترتيب بصري معكوس (كما يُستخرج من PDF): {before}٪ منه كلمات معروفة، و{after}٪ بعد عكسه.',
    },
    restore: {
      en: 'Restore reading order: “{preview}”',
      ar: 'إعادة ترتيب القراءة: «{preview}»',
    },
    items: {
      en: 'This line reads as text items in visual order (numbers, Latin words and marks drawn apart, the runs between them left to right, as pdf.js gives a Chromium PDF).',
      ar: 'يبدو هذا السطر مقاطع نصية بترتيب بصري (الأرقام والكلمات اللاتينية والحركات مرسومة على حدة، والمقاطع بينها من اليسار إلى اليمين، كما يعطيها pdf.js لملف PDF من Chromium).',
    },
    quotes: {
      en: 'This line reads as text pieces in visual order with its quotation marks at the end (as pdf.js gives a LibreOffice PDF whose font has no quotation mark).',
      ar: 'يبدو هذا السطر مقاطع نصية بترتيب بصري وعلامتا التنصيص في آخره (كما يعطيها pdf.js لملف PDF من LibreOffice لا يحوي خطه علامة التنصيص).',
    },
    glued: {
      en: 'This line reads as pieces glued head to tail in reverse order (as pdf.js gives a kashida-justified line of a LibreOffice PDF): the words torn at the joins read whole once the pieces are put back in order.',
      ar: 'يبدو هذا السطر مقاطع ملتصقة بترتيب معكوس (كما يعطي pdf.js سطرًا مضبوطًا بالكشيدة من ملف PDF أنشأه LibreOffice): تلتئم الكلمات الممزقة عند مواضع الالتصاق إذا أعيدت المقاطع إلى ترتيبها.',
    },
    bareWords: {
      en: 'The words of this line seem to be in reverse order (as pdf.js gives some lines of a two-column PDF): they read far better reversed.',
      ar: 'يبدو أن كلمات هذا السطر بترتيب معكوس (كما يعطي pdf.js بعض أسطر ملف PDF ذي عمودين): تُقرأ أفضل بكثير معكوسة.',
    },
    wordOrder: {
      en: 'This line is in visual order word by word (each word in its own right-to-left embedding, the words reversed, as pdftotext -raw writes them).',
      ar: 'هذا السطر بترتيب بصري كلمةً كلمة (كل كلمة في تضمين خاص بها والكلمات معكوسة، كما يكتبها pdftotext -raw).',
    },
  },
  check({ text, doc, message }) {
    const strong: Scored[] = [];
    const weak: Scored[] = [];
    for (const line of doc.lines) {
      if (line.end - line.start > MAX_SEGMENT) continue;
      for (const seg of segments(text, line)) {
        if (!suspiciousRange(text, seg.start, seg.end)) continue;
        const s = score(text, seg);
        if (s.tokens >= 3) {
          if (readsReversed(text, s)) strong.push(s);
        } else if (s.letters >= 4 && s.before === 0 && s.after === 1) weak.push(s);
      }
    }
    // (a line too short to judge alone counts when the draft has two lines at least that read in visual order: the
    // whole draft's, when the engine checks it chunk by chunk)
    doc.count('reversed-line.strong', strong.length);
    const flagged = weak.length && doc.decide((total) => total('reversed-line.strong') >= 2) ? [...strong, ...weak] : strong;
    const out: RuleFinding[] = [];
    // a line (or its span) that reads right as `fixed`: flagged, the reading its one fix (its title previews it)
    const restore = (start: number, end: number, msg: string, fixed: string, preferred: boolean): RuleFinding => ({
      start,
      end,
      message: msg,
      fixes: [{ title: message('restore', { preview: fixed.length > 40 ? fixed.slice(0, 40) + '…' : fixed }), edits: [{ start, end, newText: fixed }], preferred }],
    });
    // word-level visual order (lexicon/wordOrder.ts): the words and their pieces reversed, the embeddings dropped
    for (const line of doc.lines) {
      const fixed = doc.wordOrder.get(line.start)?.text;
      if (fixed === undefined) continue;
      out.push(restore(line.start, line.end, message('wordOrder'), fixed, true));
    }
    // text items in visual order (lexicon/itemOrder.ts): a line that is neither of the above
    const visualLines = new Set<number>();
    for (const s of flagged) visualLines.add(s.seg.start);
    const lines = doc.lines;
    const items: Array<{ start: number; end: number; text: string; strong?: boolean }> = [];
    const weakItems: Array<{ start: number; end: number; text: string }> = [];
    // (readings neither preferred nor favoured enough: offered, not applied, in such a draft)
    const offered: Array<{ start: number; end: number; text: string }> = [];
    const quotes: Array<{ start: number; end: number; text: string; preferred: boolean }> = [];
    const glued: Array<{ start: number; end: number; text: string; preferred: boolean; draft: boolean }> = [];
    const readings: Array<{ r: ReturnType<typeof itemOrderRepair>; body: string; start: number } | undefined> = [];
    // (a neighbour in visual order is no evidence: its edge word is not the one next to this line)
    const usable = (j: number) => {
      const u = text.slice(lines[j].start, lines[j].end);
      return !visualLines.has(lines[j].start + u.length - u.trimStart().length) && doc.wordOrder.get(lines[j].start) === undefined;
    };
    // the neighbours' edge words, read lazily (a neighbour read in item order gives the edge word of its reading, the
    // one next to this line)
    const edges = (i: number) => ({
      before: () => (i === 0 ? PARAGRAPH_EDGE : usable(i - 1) ? edgeKey(text, lines[i - 1], -1) : undefined),
      after: () => (i + 1 === lines.length ? PARAGRAPH_EDGE : usable(i + 1) ? edgeKey(text, lines[i + 1], 1) : undefined),
    });
    const read = (i: number, body: string) => itemOrderRepair(body, edges(i));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.end - line.start > MAX_SEGMENT || doc.wordOrder.get(line.start) !== undefined) continue;
      const t = text.slice(line.start, line.end);
      const body = t.trim();
      if (!body || visualLines.has(line.start + t.indexOf(body))) continue;
      // (the neighbours' edge words are read only for a line that gets as far as its junctions)
      readings[i] = { r: read(i, body), body, start: line.start + t.indexOf(body) };
      // LibreOffice's quotation marks after the line's pieces (lexicon/quoteItems.ts): a line no correct text writes
      if (readings[i]!.r === null) {
        const q = quoteItemsRepair(body, edges(i));
        if (q !== null) quotes.push({ start: readings[i]!.start, end: readings[i]!.start + body.length, text: q.text, preferred: q.preferred });
      }
      // LibreOffice's runs glued head to tail in reverse order (lexicon/gluedPieces.ts): a line no item reading or run
      // order repairs (lexicon/runs.ts, broken-fragment's)
      if (!readings[i]!.r?.preferred && (quotes.length === 0 || quotes[quotes.length - 1].start !== readings[i]!.start)) {
        const s0 = readings[i]!.start;
        const s1 = s0 + body.length;
        if (!doc.runs.repairs.some((r) => r.preferred && r.start < s1 && r.end > s0)) {
          const g = gluedPiecesRepair(body, edges(i));
          if (g !== null) glued.push({ start: s0, end: s1, text: g.text, preferred: g.preferred, draft: g.margin >= GLUED_DRAFT_MARGIN && g.gain >= GLUED_DRAFT_GAIN });
        }
      }
    }
    // a line beside one read in item order (preferred, or favoured enough for a draft that shows that order), read
    // again with that neighbour's reading as its edge: a reading fix-all then applies only in such a draft (below)
    const weakly = (r: ItemOrderRepair | null | undefined): r is ItemOrderRepair => !!r && r.itemsOnly && r.lexGain >= 0 && r.pairGain >= DRAFT_ITEM_MARGIN;
    const itemRead = (j: number) => {
      const r = readings[j]?.r;
      return r?.preferred || weakly(r) ? r!.text : undefined;
    };
    for (let i = 0; i < readings.length && NEIGHBOUR_READINGS; i++) {
      const x = readings[i];
      if (x === undefined || x.r?.preferred) continue;
      const prev = i > 0 ? itemRead(i - 1) : undefined;
      const next = itemRead(i + 1);
      if (prev === undefined && next === undefined) continue;
      const r = itemOrderRepair(x.body, {
        before: () => (i === 0 ? PARAGRAPH_EDGE : prev !== undefined ? lastKey(prev) : usable(i - 1) ? edgeKey(text, lines[i - 1], -1) : undefined),
        after: () => (i + 1 === lines.length ? PARAGRAPH_EDGE : next !== undefined ? firstKey(next) : usable(i + 1) ? edgeKey(text, lines[i + 1], 1) : undefined),
      });
      if (r === null || !(r.preferred || weakly(r))) continue;
      // (preferred on its own when the neighbours it read are: else only in such a draft)
      const sure = (j: number) => j < 0 || j >= readings.length || !!readings[j]?.r?.preferred || itemRead(j) === undefined;
      x.r = r.preferred && sure(i - 1) && sure(i + 1) ? r : { ...r, preferred: false, pairGain: Math.max(r.pairGain, DRAFT_ITEM_MARGIN) };
    }
    for (const x of readings) {
      // (only a reading fix-all applies: a flag on the others would fall on clean lines with numbers too — but in a
      // draft whose other lines show that order, below)
      if (x === undefined || x.r === null) continue;
      const { r, start, body } = x;
      if (r.preferred) items.push({ start, end: start + body.length, text: r.text, strong: r.itemsOnly });
      else if (weakly(r)) weakItems.push({ start, end: start + body.length, text: r.text });
      else offered.push({ start, end: start + body.length, text: x.r.text });
    }
    // a reading the pairs favour less clearly, in a draft with two lines read so with confidence (numbers or Latin
    // runs cut out: Chromium's items through pdf.js, not LibreOffice's hamza items) — that draft's lines with numbers
    // came out so; a clean draft has none (routes' articles 1–20, session 15)
    doc.count('reversed-line.items', items.filter((x) => x.strong).length);
    const itemDraft = (weakItems.length > 0 || offered.length > 0) && doc.decide((total) => total('reversed-line.items') >= 2);
    const itemLines = itemDraft ? [...items, ...weakItems] : items;
    for (const x of itemLines) {
      out.push(restore(x.start, x.end, message('items'), x.text, true));
    }
    // the other item readings, in such a draft (a pdf.js copy of a Chromium PDF): flagged, the reading offered
    if (itemDraft) {
      for (const b of offered) {
        out.push(restore(b.start, b.end, message('items'), b.text, false));
      }
    }
    for (const x of quotes) {
      out.push(restore(x.start, x.end, message('quotes'), x.text, x.preferred));
    }
    // glued pieces: the preferred readings applied; the others offered in a draft with two preferred ones at least, and
    // applied there when they still beat the next reading and the line as it is (lexicon/gluedPieces.ts GLUED_DRAFT_*)
    doc.count('reversed-line.glued', glued.filter((x) => x.preferred).length);
    const gluedDraft = glued.some((x) => !x.preferred) && doc.decide((total) => total('reversed-line.glued') >= 2);
    for (const x of glued) {
      if (!x.preferred && !gluedDraft) continue;
      out.push(restore(x.start, x.end, message('glued'), x.text, x.preferred || x.draft));
    }
    // words in reverse order with no embedding (lexicon/wordOrder.ts bareWordOrder): flagged, the order offered, in a
    // draft with two such lines at least (one alone is as likely a line the pairs read badly)
    const bare: Array<{ start: number; end: number; text: string }> = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.end - line.start > MAX_SEGMENT || doc.wordOrder.get(line.start) !== undefined || readings[i]?.r?.preferred) continue;
      const t = text.slice(line.start, line.end);
      const body = t.trim();
      if (!body || visualLines.has(line.start + t.indexOf(body))) continue;
      const r = bareWordOrder(text, line.start, line.end, i === 0 ? PARAGRAPH_EDGE : edgeKey(text, lines[i - 1], -1), i + 1 === lines.length ? PARAGRAPH_EDGE : edgeKey(text, lines[i + 1], 1));
      if (r !== null) bare.push({ start: line.start + t.indexOf(body), end: line.start + t.indexOf(body) + body.length, text: r.text });
    }
    doc.count('reversed-line.bareWords', bare.length);
    if (bare.length && doc.decide((total) => total('reversed-line.bareWords') >= 2)) {
      for (const b of bare) {
        out.push(restore(b.start, b.end, message('bareWords'), b.text, false));
      }
    }
    for (const s of flagged) {
      const original = text.slice(s.seg.start, s.seg.end);
      const fixed = visualToLogical(original);
      if (fixed === original) continue;
      out.push(restore(s.seg.start, s.seg.end, message('visual', { before: Math.round(s.before * 100), after: Math.round(s.after * 100) }), fixed, true));
    }
    return out;
  },
});
