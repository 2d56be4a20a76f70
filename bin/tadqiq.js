#!/usr/bin/env node
'use strict';
try {
  require('../dist/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    process.stderr.write('tadqiq: not built yet: run `npm run build` first\n');
    process.exit(2);
  }
  throw e;
}
