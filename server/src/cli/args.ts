/**
 * What the CLI's commands (main.ts: lint, fix, report; extract.ts) share in reading their arguments: the usage error
 * (exit 2), the `--rules a,b` list, and the settings file (`--config FILE` or the nearest `.tadqiq.json`).
 */
import fs = require('fs');
import path = require('path');
import { resolveConfig } from '../core/config';
import type { LintOptions } from '../core/types';
import { errMessage, findUp } from '../node/files';
import { CONFIG_FILE } from '../shared/vocabulary';
export { ruleList, UsageError } from './usage';

/**
 * The settings: `--config FILE` (relative to `cwd`) or the nearest `.tadqiq.json` above it, none = defaults. `problems`
 * are the settings resolveConfig ignored; `error` says why the file could not be read (missing, not JSON).
 */
export function readSettings(config: string | undefined, cwd: string): { lint: LintOptions; file: string | null; problems: string[]; error?: string } {
  const file = config ? path.resolve(cwd, config) : findUp(cwd, CONFIG_FILE);
  if (!file) return { ...resolveConfig({}, 'en'), file: null };
  let raw: unknown;
  try {
    // A leading BOM (Notepad's "UTF-8") is not part of the JSON.
    raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
  } catch (e) {
    return { lint: {}, file, problems: [], error: `${config ?? file}: ${e instanceof SyntaxError ? 'not valid JSON: ' + e.message : errMessage(e)}` };
  }
  return { ...resolveConfig(raw, 'en'), file };
}
