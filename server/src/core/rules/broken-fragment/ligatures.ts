/**
 * broken-fragment, 2. and 3.: a word that lost the ال + alef part of a lam-alef ligature (`لطارات` for `الإطارات`;
 * pdftotext on some LuaLaTeX fonts), and the alef pieces left orphaned at the end of a line or run (`ا إ`). The
 * pieces are put back into the word when the line before (or after: alefIntoPrevLine) shows where they go; else the
 * readings are offered, in a draft that shows a PDF route's signs only.
 */
import { foldKey, isAttested, isFunctionWord, isWord, isWordKey } from '../../lexicon/index';
import { Span } from '../../lexicon/tokens';
import type { Document } from '../../document';
import type { Fix, RuleContext, RuleFinding } from '../../types';
import { ownCopy } from '../../text/strings';
import { releasable } from '../../text/memos';

const PDF = 0x202c;

const LAM = '\u0644';
const ALEF_FORMS = ['\u0627', '\u0623', '\u0625', '\u0622'];

interface Tk {
  start: number;
  end: number;
  text: string;
}

/** A lone alef (any hamza form), as a token: a piece of a torn lam-alef ligature. */
function isAlefPiece(w: string): boolean {
  return w.length === 1 && ALEF_FORMS.includes(w.normalize('NFKC'));
}

/** The trailing group of alef pieces of a line (`ا إ`), if the line ends with one (before PDF/space). */
function orphanGroup(text: string, spans: readonly Span[], lineEnd: number): Tk[] {
  const group: Tk[] = [];
  for (let k = spans.length - 1; k >= 0 && group.length < 2; k--) {
    const sp = spans[k];
    if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) break;
    const tk: Tk = { start: sp.start, end: sp.end, text: text[sp.start] };
    // only spaces and bidi controls after it
    let p = tk.end;
    const limit = group.length ? group[0].start : lineEnd;
    while (p < limit && (text.charCodeAt(p) === 0x20 || (text.charCodeAt(p) >= 0x202a && text.charCodeAt(p) <= 0x202e))) p++;
    if (p < limit) break;
    group.unshift(tk);
  }
  return group;
}

/** Restorations of a token that lost ال + alef (لطارات → الإطارات), one per alef form that gives a word. */
function ligatureRepairs(w: string): string[] {
  const base = w.normalize('NFKC');
  if (!base.startsWith(LAM) || base.startsWith(LAM + LAM)) return [];
  const rest = base.slice(1);
  // the lexicon folds hamza: one answer for all alef forms, offered as plain alef, hamza above, below
  return isWord('\u0627' + LAM + '\u0627' + rest) ? ['\u0627', '\u0623', '\u0625'].map((a) => '\u0627' + LAM + a + rest) : [];
}

interface LamToken {
  /** isWord of the token. */
  word: boolean;
  /** ligatureRepairs of the token (shared: read only), computed on first use. */
  repairs: readonly string[] | undefined;
}
const lamTokens = releasable('broken-fragment.lamTokens', new Map<string, LamToken | null>());

/** What ligatureFragments asks of a lam-initial token (null: no key or under 3 letters), cached per token. */
function lamToken(w: string): LamToken | null {
  let v = lamTokens.get(w);
  if (v === undefined) {
    const key = foldKey(w);
    v = key === null || key.length < 3 ? null : { word: isWordKey(key), repairs: undefined };
    if (lamTokens.size >= 50_000) lamTokens.clear();
    lamTokens.set(ownCopy(w), v);
  }
  return v;
}

/** Whether only spaces and bidi controls lie in [from, to). */
function onlyBlank(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && (c < 0x202a || c > 0x202e)) return false;
  }
  return true;
}

interface PrevLine {
  toks: readonly Span[];
  end: number;
  /** the line's first token when it starts with lam, with the index in `out` of its finding (-1: none) */
  first: { tk: Tk; outIdx: number; fixed: boolean } | null;
  /** its trailing alef pieces were already put back into the line before it */
  claimed: boolean;
  /** Is it in visual order (then it is no line before the next one)? Judged when first asked. */
  visual: () => boolean;
}

/**
 * Some extractions (pdftotext on LuaLaTeX fonts) emit the tail of a line that holds a lam-alef ligature as
 * a line of its own *before* it: the line ends with the alef piece (`… المواد ا أ`, `… خ ا`) and the
 * previous line opens with the lam and the rest of the word (`لولية …`, `لل …`). The word is the piece
 * before the alef (when it is no word of its own) + ل + that alef + the rest: `ا`+`ل`+`أ`+`ولية`, or,
 * after a whole word, ل + alef + the rest (`الدولة أ` + `لسهم` → `لأسهم`). Only when the lexicon knows it.
 */
function alefIntoPrevLine(text: string, toks: readonly Span[], lineEnd: number, first: Tk): { word: string; delStart: number; delEnd: number } | null {
  const n = toks.length;
  const a = toks[n - 1];
  if (a.end - a.start !== 1 || !isAlefPiece(text[a.start]) || !onlyBlank(text, a.end, lineEnd)) return null;
  const base = first.text.normalize('NFKC');
  // (a function word of 3+ letters opening the line — لكن، لماذا، لذلك — is no torn word; لك and لل may be)
  if (!base.startsWith(LAM) || base.length < 2 || (base.length >= 3 && isFunctionWord(base))) return null;
  const rest = base.slice(1);
  const alef = text[a.start].normalize('NFKC');
  const p = n >= 2 && onlyBlank(text, toks[n - 2].end, a.start) ? toks[n - 2] : null;
  const back = (q: number): number => {
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    return q;
  };
  if (p !== null && p.end - p.start <= 12) {
    const pt = text.slice(p.start, p.end).normalize('NFKC');
    const w = pt + LAM + alef + rest;
    if (isWord(w)) return { word: w, delStart: back(p.start), delEnd: a.end };
    if (!isWord(pt)) return null;
  }
  const w = LAM + alef + rest;
  return isWord(w) ? { word: w, delStart: back(a.start), delEnd: a.end } : null;
}

export function ligatureFragments(doc: Document, message: RuleContext['message'], out: RuleFinding[]): void {
  const text = doc.text;
  let prev: PrevLine | null = null;
  const orphanFindings: Array<{ tk: Tk; fix?: Fix }> = [];
  // (the damage signs read the whole text: asked only when a guess needs them)
  let signedMemo: boolean | undefined;
  const signed = () => (signedMemo ??= doc.damage.any);
  lines: for (let li = 0; li < doc.lines.length; li++) {
    const line = doc.lines[li];
    // (tokens without bangs hold no `!`: a token's text is its slice, taken only for the few tokens looked at)
    const toks = doc.lineTokens(li);
    // (a line without Arabic — digits, a marker, an empty line — is looked through: PDF extraction sets the pieces of a
    // torn ligature apart by a blank line as often as not, so the search crosses paragraphs and the rule reads the
    // whole document)
    if (toks.length === 0) continue;
    // A line in visual order is passed over, and is no line before the next one (prev). Judged only when it matters:
    // before this line reports anything (every report below asks first: a visual line drops the line, nothing of it
    // done yet), and when the next line asks for its line before — most lines never are (clean text: none).
    let vis: boolean | undefined;
    const visual = () => (vis ??= doc.isVisualLine(line.start, line.end));
    const before = prev;
    const beforeLive = () => before !== null && !before.visual();
    // this line's trailing alef piece belongs to the word that opens the previous line
    let claimed = false;
    let keepBefore = line.end;
    let alefFix: { at: number; fix: Fix } | null = null;
    if (before && before.first && !before.first.fixed) {
      const pf = before.first;
      const r = alefIntoPrevLine(text, toks, line.end, pf.tk);
      if (r !== null && beforeLive()) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        const fix: Fix = {
          title: message('restore', { word: r.word }),
          edits: [
            { start: pf.tk.start, end: pf.tk.end, newText: r.word },
            { start: r.delStart, end: r.delEnd, newText: '' },
          ],
          preferred: true,
        };
        // the fix goes on the torn word when it lost ال + alef (or already has a finding), else on the alef
        // piece's finding
        const f: RuleFinding | null =
          pf.outIdx >= 0 || (r.word.length === pf.tk.text.normalize('NFKC').length + 2 && r.word.startsWith('\u0627' + LAM)) ? {
            start: pf.tk.start,
            end: pf.tk.end,
            message: message('lostPieceNext', { token: pf.tk.text, word: r.word }),
            fixes: [fix],
          } : null;
        if (f === null) alefFix = { at: r.delEnd - 1, fix };
        else if (pf.outIdx >= 0) out[pf.outIdx] = f;
        else out.push(f);
        claimed = true;
        keepBefore = r.delStart;
      }
    }
    let first: PrevLine['first'] = null;
    {
      const c0 = text.charCodeAt(toks[0].start);
      if (c0 === 0x0644 || (c0 >= 0xfedd && c0 <= 0xfee0)) first = { tk: { start: toks[0].start, end: toks[0].end, text: text.slice(toks[0].start, toks[0].end) }, outIdx: -1, fixed: false };
    }
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].start >= keepBefore) break;
      const c0 = text.charCodeAt(toks[k].start);
      if (c0 !== 0x0644 && (c0 < 0xfedd || c0 > 0xfee0)) continue; // starts with lam (or its presentation forms)
      const tk: Tk = { start: toks[k].start, end: toks[k].end, text: text.slice(toks[k].start, toks[k].end) };
      const lt = lamToken(tk.text);
      if (lt === null) continue;
      // the first word of a line whose previous line ends with the torn-off alef pieces: put them back
      // (even when the torn word reads as a word too: لنتاج is ل + نتاج)
      let group = k === 0 && before && !before.claimed ? orphanGroup(text, before.toks, before.end) : [];
      if (group.length && !beforeLive()) group = [];
      const alef = group.length ? group[group.length - 1].text.normalize('NFKC') : null;
      if (alef === null && lt.word) continue;
      // a function word of 3+ letters opening a line (لكن، لماذا، لذلك) is no torn word, whatever the line
      // before ends with
      if (alef !== null && tk.text.length >= 3 && isFunctionWord(tk.text)) continue;
      const reps = (lt.repairs ??= ligatureRepairs(tk.text));
      if (reps.length === 0) continue;
      if (alef !== null) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        const word = '\u0627' + LAM + alef + tk.text.normalize('NFKC').slice(1);
        let delStart = group[0].start;
        while (delStart > 0 && text.charCodeAt(delStart - 1) === 0x20) delStart--;
        if (k === 0 && first) first.fixed = true;
        out.push({
          start: tk.start,
          end: tk.end,
          message: message('lostPiecePrev', { token: tk.text, word }),
          fixes: [
            {
              title: message('restore', { word }),
              edits: [
                { start: delStart, end: group[group.length - 1].end, newText: '' },
                { start: tk.start, end: tk.end, newText: word },
              ],
              // with both pieces (ا أ) the letters only move; with one piece the article's ا, lost with the
              // ligature, is restored (the one letter a repair adds: order.property.test.ts). A line of
              // correct text does not end on a lone alef before a lam word that reads as ال + alef + rest
              preferred: true,
            },
          ],
        });
        continue;
      }
      // a guess with no structure behind it: only in text that shows a PDF route's signs (in correct text
      // لوبن، لوس أنجليس، لبشار are names and ل + a name)
      if (!signed() || isAttested(tk.text)) continue;
      if (visual()) {
        prev = null;
        continue lines;
      }
      if (k === 0 && first) first.outIdx = out.length;
      out.push({
        start: tk.start,
        end: tk.end,
        message: message('lostPieceGuess', { token: tk.text, word: reps[0] }),
        fixes: reps.map((r) => ({
          title: message('restore', { word: r }),
          edits: [{ start: tk.start, end: tk.end, newText: r }],
        })),
      });
    }
    // lone alef pieces at the end of the line or of an RTL run (before PDF)
    for (const sp of toks) {
      if (sp.end - sp.start !== 1 || !isAlefPiece(text[sp.start])) continue;
      let p = sp.end;
      while (p < line.end && text.charCodeAt(p) === 0x20) p++;
      if (p >= line.end || text.charCodeAt(p) === PDF) {
        if (visual()) {
          prev = null;
          continue lines;
        }
        orphanFindings.push({ tk: { start: sp.start, end: sp.end, text: text[sp.start] }, fix: alefFix && alefFix.at === sp.start ? alefFix.fix : undefined });
      }
    }
    prev = { toks, end: line.end, first, claimed, visual };
  }
  for (const { tk, fix } of orphanFindings) {
    // no fix of its own: the repair of the next line's word moves it back when it can tell where it goes
    out.push({
      start: tk.start,
      end: tk.end,
      message: message('loneAlef'),
      fixes: fix ? [fix] : [],
    });
  }
}
