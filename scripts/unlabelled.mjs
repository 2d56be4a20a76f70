// Shared by the scripts that mine or measure on ../shared/unlabelled/ant-news.txt.gz (clean-guard, the round trips,
// build-attested, build-numeral-context): where the file is, reading it, and the `--name value` options they take.
// The text is third-party: read at run time, never written into the repository.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** The value after `name` in `args`, or `dflt`. */
export const opt = (args, name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

/** The path of the unlabelled news file under a shared folder (default: $TADQIQ_SHARED, then ../shared). */
export function unlabelledPath(shared = process.env.TADQIQ_SHARED ?? path.join('..', 'shared')) {
  return path.resolve(shared, 'unlabelled', 'ant-news.txt.gz');
}

/** The file's text, or null when it is not there. */
export function readUnlabelled(gz) {
  return fs.existsSync(gz) ? zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8') : null;
}

/** The file's text, or exit 2 with one clear message (for scripts that cannot go on without it). */
export function requireUnlabelled(gz, hint = 'set TADQIQ_SHARED') {
  const text = readUnlabelled(gz);
  if (text === null) {
    console.error(`${gz} not found (${hint})`);
    process.exit(2);
  }
  return text;
}
