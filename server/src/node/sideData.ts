/**
 * Side data the Node hosts hand to the core (the core never does IO): the word trigrams of the run-order search
 * (core/lexicon/trigrams.ts, issue 10), read from `dir` (the CLI: dist/cli-data/, the desktop server: dist/data/) the
 * first time a one-cut line is scored — not as the host starts: the file is outside the editor's start-up budget. A
 * missing or unreadable file is no table (the core catches it): the search is then what it is without one.
 */
import { provideTrigrams } from '../core/lexicon/trigrams';

/** The trigram table's file name in the directory a host reads (esbuild.mjs copies trigrams.data.json there). */
export const TRIGRAMS_FILE = 'trigrams.json';

export function provideSideData(dir: string): void {
  provideTrigrams(() => {
    // (fs and path by require, when the table is first needed: nothing read or loaded at start)
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    return JSON.parse(fs.readFileSync(path.join(dir, TRIGRAMS_FILE), 'utf8'));
  });
}
