/**
 * The CLI tests' scratch folder: a fresh temporary folder for each test of the enclosing `describe` (mocha hooks),
 * removed after it. `onDir` receives each new folder; the returned `write` puts a file in the current one (folders
 * made as needed) and returns the name it was given.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function eachTestInTempDir(prefix: string, onDir: (dir: string) => void): (name: string, content: string | Buffer) => string {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    onDir(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return name;
  };
}
