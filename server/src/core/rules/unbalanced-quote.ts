/**
 * unbalanced-quote — an opening bracket or guillemet without its closing one in the same paragraph, or a
 * closing one without an opening one: `( … ` , `« …`, `… »`. Extraction moves or drops these marks (a
 * quote at the end of a visual line, a bracket left in an LTR embedding), and drafts lose them.
 *
 * Pairs checked: ( ), [ ], « ». Straight quotes (") have no direction and curly quotes (“ ”) are used both
 * ways round in Arabic typography, so they are not judged. A paragraph (text between blank lines) in
 * visual order is left to reversed-line and mirrored-bracket, and so is a mirrored pair `)…(`.
 * Flag only: where the missing mark belongs is the writer's call.
 */
import { defineRule } from '../types';
import type { Rule, RuleFinding } from '../types';
import { looksVisual } from '../lexicon/visualLine';

const PAIRS: Array<[number, number]> = [
  [0x28, 0x29],
  [0x5b, 0x5d],
  [0xab, 0xbb],
];
const MAX_PARAGRAPH = 20_000;

/** text.slice(start, end).trim() === '' without the slice: only white space (\s, as trim() takes it). */
export const unbalancedQuote: Rule = defineRule({
  id: 'unbalanced-quote',
  title: { en: 'Unbalanced bracket or guillemet', ar: 'قوس أو علامة تنصيص بلا نظير' },
  description: {
    en: 'Flags an opening bracket or guillemet ( ( [ « ) with no closing one in the same paragraph, and a closing one with no opening one.',
    ar: 'ينبّه إلى قوس أو علامة تنصيص مفتوحة ( ( [ « ) لا تُغلق في الفقرة نفسها، أو مغلقة لم تُفتح.',
  },
  defaultSeverity: 'info',
  defaultEnabled: true,
  reach: 'paragraph',
  options: {},
  messages: {
    neverClosed: {
      en: '“{ch}” is never closed in this paragraph.',
      ar: '«{ch}» لا تُغلق في هذه الفقرة.',
    },
    closesNothing: {
      en: '“{ch}” closes nothing in this paragraph.',
      ar: '«{ch}» لا تُغلق شيئًا في هذه الفقرة.',
    },
  },
  check({ text, doc, message }) {
    const out: RuleFinding[] = [];
    for (const p of doc.paragraphs) {
      if (p.end - p.start > MAX_PARAGRAPH || looksVisual(text, p.start, p.end)) continue;
      // one pass for the three pairs (most paragraphs hold none of their characters)
      const stacks: number[][] = [[], [], []];
      const strays: number[][] = [[], [], []];
      for (let i = p.start; i < p.end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 0x28 && c !== 0x29 && c !== 0x5b && c !== 0x5d && c !== 0xab && c !== 0xbb) continue;
        for (let q = 0; q < PAIRS.length; q++) {
          if (c === PAIRS[q][0]) stacks[q].push(i);
          else if (c === PAIRS[q][1]) {
            if (stacks[q].length) stacks[q].pop();
            else strays[q].push(i);
          }
        }
      }
      for (let q = 0; q < PAIRS.length; q++) {
        const [open, close] = PAIRS[q];
        const stack = stacks[q];
        const stray = strays[q];
        // a mirrored pair )…( is mirrored-bracket's: one stray closer followed by one unclosed opener
        if (stray.length === 1 && stack.length === 1 && stray[0] < stack[0]) continue;
        for (const [at, id, ch] of [[stack, 'neverClosed', open], [stray, 'closesNothing', close]] as const) {
          for (const i of at) out.push({ start: i, end: i + 1, message: message(id, { ch: String.fromCharCode(ch) }), fixes: [] });
        }
      }
    }
    return out;
  },
});
