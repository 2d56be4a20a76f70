/**
 * The damage laboratory's fixed samples: clean paragraphs of the held-out (odd) half of ../shared/unlabelled (every
 * 25th article; the mined data come from the even half), set in lines of 55–89 characters as a justified PDF sets
 * them. Read at run time, never committed; null where the file is absent (the caller skips with a message).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { splitArticles } from '../server/src/testing/cleanText';
import { seeded, wrapParagraph } from '../server/src/testing/damage';

export const UNLABELLED = path.resolve(process.env.TADQIQ_SHARED ?? path.join(__dirname, '..', '..', '..', 'shared'), 'unlabelled', 'ant-news.txt.gz');

/** Up to `limit` paragraphs of 60 characters at least, each set in lines with widths drawn from `seed`; null without the file. */
export function oddHalfParagraphs(seed: number, limit: number): string[][] | null {
  if (!fs.existsSync(UNLABELLED)) return null;
  const rand = seeded(seed);
  const articles = splitArticles(zlib.gunzipSync(fs.readFileSync(UNLABELLED)).toString('utf8')).filter((_, i) => i % 2 === 1 && i % 25 === 1);
  const out: string[][] = [];
  for (const a of articles) for (const p of a.text.split('\n')) if (p.length >= 60) out.push(wrapParagraph(p, 55 + Math.floor(rand() * 35)));
  return out.slice(0, limit);
}
