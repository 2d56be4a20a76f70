// Bundle entry of dist/cli-start.js: `tadqiq --help`, `--version`, `rules` (cli/usage.ts) without the rules' code,
// which bin/tadqiq.js tries first for a command line that does not begin with one of the other commands. `start`
// answers true when it ran the command (the exit code set), false when the whole CLI (dist/cli.js) must.
import { runStart } from '../cli/usage';

export function start(argv: string[]): boolean {
  const code = runStart(argv, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
  if (code === undefined) return false;
  process.exitCode = code;
  return true;
}
