// Bundles the extension client, the language server and the CLI, so the VSIX carries no node_modules.
//   node esbuild.mjs            development build (source maps)
//   node esbuild.mjs --production   minified, for the VSIX
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'linked',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/bin/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/bin/cli.ts'], outfile: 'dist/cli.js' }),
]);
