/**
 * Words cut by a space inside a justified line: pdf.js writes a space for any gap of 0.1–0.6 em inside a run, and
 * kashida justification leaves such gaps after the letters that do not join (التجار ية, تعو يضات). Two Arabic tokens
 * are joined when one of them cannot stand alone (lexicon: not a likely word) and the two together are a word.
 * Part of the repair (extractPdf's default), not of --raw: it is a judgement of the lexicon, not of the geometry.
 */
import { isLikelyWord, isWord } from '../core/lexicon/index';

/** The first piece: opening punctuation allowed before it; the second: closing punctuation after it. */
const FIRST = /^[(\[«"“]*([\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3]+)$/;
const SECOND = /^([\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3]+)[)\]»"”.,:;!?\u060C\u061B\u061F]*$/;

export function joinSplitWords(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const tokens = line.split(' ');
      if (tokens.length < 2) return line;
      const out: string[] = [tokens[0]];
      for (let i = 1; i < tokens.length; i++) {
        const a = out[out.length - 1];
        const b = tokens[i];
        const x = FIRST.exec(a)?.[1];
        const y = SECOND.exec(b)?.[1];
        if (x && y && (!isLikelyWord(y) || !isLikelyWord(x)) && isWord(x + y)) out[out.length - 1] = a + b;
        else out.push(b);
      }
      return out.join(' ');
    })
    .join('\n');
}
