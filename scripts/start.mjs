// `npm start`: the main job on the bundled sample — lint the draft(s) in samples/ and show what fix-all makes of them.
import { spawnSync } from 'child_process';
const cli = ['dist/cli.js'];
const lint = spawnSync('node', [...cli, 'lint', 'samples/'], { stdio: 'inherit' });
if (lint.status === 2 || lint.status === null) process.exit(2);
console.log('\n--- tadqiq fix samples/draft.ar.txt (fix-all; the file is not changed) ---\n');
const fix = spawnSync('node', [...cli, 'fix', 'samples/draft.ar.txt'], { stdio: 'inherit' });
if (fix.status !== 0) process.exit(fix.status ?? 2);
console.log(`--- lint exit code ${lint.status}: ${lint.status === 1 ? 'problems found (the sample is damaged on purpose)' : 'clean'} ---`);
