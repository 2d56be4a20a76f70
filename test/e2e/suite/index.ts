/**
 * Entry point of the end-to-end suite inside the extension host: VS Code loads this module from
 * `extensionTestsPath` and awaits `run()` (the contract @vscode/test-electron and code-server's test
 * driver share). Runs mocha (tdd) over the compiled `*.e2e.test.js` files beside it.
 *
 * Prints one machine-readable line at the end, read by test/e2e/run-code-server.mjs:
 *   TADQIQ_E2E {"passed":N,"failed":M,"pending":P}
 * Environment: TADQIQ_E2E_GREP (only tests whose full title matches this regular expression).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const RESULT_PREFIX = 'TADQIQ_E2E ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, slow: Number(process.env.TADQIQ_E2E_SLOW_MS ?? 5000), reporter: 'spec' });
  if (process.env.TADQIQ_E2E_GREP) mocha.grep(new RegExp(process.env.TADQIQ_E2E_GREP));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      console.log(RESULT_PREFIX + JSON.stringify({ passed: 0, failed: 1, pending: 0 }));
      reject(new Error(`no *.e2e.test.js files in ${__dirname}`));
      return;
    }
    let passed = 0;
    let failed = 0;
    let pending = 0;
    console.log(`TADQIQ_E2E_BEGIN ${files.length} files`);
    try {
      const runner = mocha.run(() => {
        console.log(RESULT_PREFIX + JSON.stringify({ passed, failed, pending }));
        if (failed > 0 || passed === 0) reject(new Error(`${failed} e2e tests failed, ${passed} passed`));
        else resolve();
      });
      runner.on('pass', () => passed++);
      runner.on('fail', () => failed++);
      runner.on('pending', () => pending++);
    } catch (err) {
      console.log(RESULT_PREFIX + JSON.stringify({ passed, failed: failed + 1, pending }));
      reject(err);
    }
  });
}
