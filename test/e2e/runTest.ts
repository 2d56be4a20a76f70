/**
 * Runs the end-to-end suite in a downloaded VS Code with @vscode/test-electron — for machines that can
 * reach VS Code's update service (not the build machines of this project: they use
 * test/e2e/run-code-server.mjs, which runs the same suite in code-server).
 *
 *   npm run build && npx tsc -p . && node out/test/e2e/runTest.js
 *
 * Environment: TADQIQ_VSCODE_VERSION (default "stable").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // out/test/e2e/runTest.js -> repository root
  const extensionDevelopmentPath = path.resolve(__dirname, '../../..');
  const extensionTestsPath = path.resolve(__dirname, 'suite');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-e2e-ws-'));
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-e2e-ud-'));
  try {
    await runTests({
      version: process.env.TADQIQ_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('e2e (VS Code) failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
