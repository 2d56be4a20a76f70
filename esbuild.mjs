// Bundles the extension client, the language server and the CLI, so the VSIX carries no node_modules,
// and writes dist/THIRD_PARTY_NOTICES.txt: the licence of every package and data file inside the bundles.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified, for the VSIX
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

/** A module esbuild built in memory (write: false), run here: its exports. WHO names it in the error when it needs a
 * module outside its bundle (what the build computes must depend on nothing else). */
function evaluate(r, who) {
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(mod, mod.exports, () => {
    throw new Error(`esbuild.mjs: ${who} must need no module outside the bundle`);
  });
  return mod.exports;
}

const production = process.argv.includes('--production');

// The version, extension id and repository reach the bundles through server/src/shared/package.generated.ts,
// which `npm run gen` copies from package.json: refuse to bundle a stale copy.
{
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const gen = fs.readFileSync('server/src/shared/package.generated.ts', 'utf8');
  const value = (name) => /^export const \w+ = '(.*)';$/m.exec(gen.split('\n').find((l) => l.startsWith(`export const ${name} =`)) ?? '')?.[1];
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (value('VERSION') !== pkg.version || value('EXTENSION_ID') !== `${pkg.publisher}.${pkg.name}` || value('REPOSITORY') !== repo) {
    console.error('esbuild.mjs: server/src/shared/package.generated.ts differs from package.json: run `npm run gen`');
    process.exit(1);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

/** Bundles `input` (`{ entryPoints }`, or `{ source, dir }`: TypeScript importing from dir) in memory with the bundles'
 * own settings and runs it here: its exports. */
async function runAtBuild(input, who) {
  const entry = input.source === undefined ? { entryPoints: input.entryPoints } : { stdin: { contents: input.source, resolveDir: input.dir, loader: 'ts' } };
  const r = await esbuild.build({ ...common, sourcemap: false, minify: false, metafile: false, write: false, ...entry });
  return evaluate(r, who);
}

// The server and the CLI start no processes. vscode-languageserver's deprecated `Files.resolve*` helpers
// (never called by tadqiq) require child_process to ask npm/yarn for global folders; in these two
// bundles that module is replaced by a stub that throws, so no code path can spawn anything
// (test/security.test.ts checks the bundles). The client keeps the real one: it forks the server.
const noChildProcess = {
  name: 'no-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'tadqiq-no-child-process' }));
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-no-child-process' }, () => ({
      contents:
        "const refuse = () => { throw new Error('tadqiq: the server and the CLI start no processes'); };\n" +
        'module.exports = { fork: refuse, spawn: refuse, spawnSync: refuse, exec: refuse, execSync: refuse, execFile: refuse, execFileSync: refuse };\n',
      loader: 'js',
    }));
  },
};

// VS Code for the Web: the same client and server for a browser. platform 'browser' makes any Node built-in a build
// error, so the two web bundles cannot depend on one; the worker is a classic script (iife), the extension a
// CommonJS module as the web extension host loads it.
const web = { ...common, platform: 'browser', target: 'es2022' };

// pdf.js (issue 14) is its own file, dist/pdf/pdfjs.js, loaded only when a PDF is read (`tadqiq extract`, and the
// editor's "Open PDF" / paste), never at start-up: every other bundle's `./pdfjs` (server/src/pdf/pdfjs.ts) is replaced
// by a loader of that file: require() beside the bundle on Node, importScripts() in a Web Worker.
const lazyPdfjs = (browser) => ({
  name: 'lazy-pdfjs',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdfjs$/ }, (args) =>
      /server[\\/]src[\\/]pdf$/.test(args.resolveDir) ? { path: 'pdfjs', namespace: 'tadqiq-lazy-pdfjs' } : undefined,
    );
    build.onResolve({ filter: /^pdfjs-dist/ }, (args) => ({ errors: [{ text: `pdf.js must stay out of this bundle (imported from ${args.importer}): go through server/src/pdf/pdfjs.ts` }] }));
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-lazy-pdfjs' }, () => ({
      contents: browser
        ? "let loading;\n" +
          'exports.loadPdfjs = () => (loading ??= Promise.resolve().then(() => {\n' +
          "  if (!globalThis.tadqiqPdfjs && typeof importScripts === 'function') importScripts(new URL('../pdf/pdfjs.js', self.location.href).href);\n" +
          "  if (!globalThis.tadqiqPdfjs) throw new Error('dist/pdf/pdfjs.js is not loaded (setPdfjsLoader)');\n" +
          '  return globalThis.tadqiqPdfjs.loadPdfjs();\n' +
          '}));\n'
        : "let loading;\n" +
          "exports.loadPdfjs = () => (loading ??= Promise.resolve().then(() => require(require('path').join(__dirname, 'pdf', 'pdfjs.js')).loadPdfjs()));\n",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
});

// dist/pdf/pdfjs.js itself: pdf.js and its worker code in one classic script (a global `tadqiqPdfjs`, and
// module.exports under require()). tadqiq hands pdf.js the bytes of a PDF, never a URL or a font/CMap folder, so the
// modules pdf.js imports on Node to fetch those (fs, http, https, url) and to render (canvas, path2d) are empty
// stubs: the bundle can read no file and open no connection (test/security.test.ts).
const pdfjsBundle = {
  ...web,
  format: 'iife',
  globalName: 'tadqiqPdfjs',
  footer: { js: "if (typeof module === 'object' && module.exports) module.exports = tadqiqPdfjs;" },
  plugins: [
    {
      name: 'pdfjs-no-node-io',
      setup(b) {
        b.onResolve({ filter: /^(node:)?(fs|http|https|url|canvas|path2d)$/ }, (a) => ({ path: a.path, namespace: 'tadqiq-empty' }));
        b.onLoad({ filter: /.*/, namespace: 'tadqiq-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
      },
    },
  ],
  entryPoints: ['server/src/pdf/pdfjs.ts'],
  outfile: 'dist/pdf/pdfjs.js',
};

// The editor's servers (in the VSIX, whose size is bounded: issue 16) leave out unattributed-claim's stored key
// tables (data/keys.data.ts, 120 KB of hashes that do not compress): a long-lived server computes them once at its
// first check (~15 ms). The CLI, which starts a process per run, keeps them.
const noStoredClaimKeys = {
  name: 'no-stored-claim-keys',
  setup(build) {
    build.onResolve({ filter: /[\\/]keys\.data$/ }, (args) =>
      /unattributed-claim[\\/]data$/.test(path.resolve(args.resolveDir, path.dirname(args.path))) ? { path: 'keys.data', namespace: 'tadqiq-no-claim-keys' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-no-claim-keys' }, () => ({
      contents: "export const STORED = { triggers: '', cue: '', joinExtra: '', headExtra: '' };\n",
      loader: 'js',
    }));
  },
};

// The lexicon's word list, word-pair table and word-class trigrams (lexicon/data.ts, pairs.data.ts, classGrams.data.ts) are the
// bulk of an editor server, and the desktop and the web server would each carry a copy in the VSIX (issue 16's budget).
// They live once in dist/data/lexicon.js, a classic script (a global `tadqiqData`, and module.exports under require()),
// which each editor server loads as it starts: require() beside the bundle on Node, importScripts() in a Web Worker
// (dist/web/server.js -> ../data/lexicon.js). The CLI, which is not in the VSIX, reads them from dist/cli-data/ (cliSideData).
const SHARED_DATA = { data: 'data', 'pairs.data': 'pairs', 'classGrams.data': 'classGrams' };
const sharedLexiconData = (browser) => ({
  name: 'shared-lexicon-data',
  setup(build) {
    build.onResolve({ filter: /^\.\/(data|pairs\.data|classGrams\.data)$/ }, (args) =>
      /server[\\/]src[\\/]core[\\/]lexicon$/.test(args.resolveDir) ? { path: SHARED_DATA[args.path.slice(2)], namespace: 'tadqiq-shared-data' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-shared-data' }, (args) => ({
      contents: browser
        ? "if (!globalThis.tadqiqData) importScripts(new URL('../data/lexicon.js', self.location.href).href);\n" +
          `module.exports = globalThis.tadqiqData.${args.path};\n`
        : `module.exports = require(require('path').join(__dirname, 'data', 'lexicon.js')).${args.path};\n`,
      loader: 'js',
    }));
  },
});
const sharedDataBundle = {
  ...web,
  format: 'iife',
  globalName: 'tadqiqData',
  // (tadqiqData made a plain object of values: esbuild's exports are getters, closures of this script, and a live
  // function keeps its script's source alive — 1.8 MB of data held twice, as source and as the strings made from it)
  footer: {
    js: "tadqiqData = { data: tadqiqData.data, pairs: tadqiqData.pairs, classGrams: tadqiqData.classGrams };\nif (typeof module === 'object' && module.exports) module.exports = tadqiqData;",
  },
  entryPoints: ['server/src/core/lexicon/shared-data.ts'],
  outfile: 'dist/data/lexicon.js',
};

// dist/cli-start.js (issue 13's start-up): `tadqiq --help`, `--version` and `rules` (server/src/cli/usage.ts) without the
// rules' code. What those commands say of each rule (server/src/cli/ruleMeta.ts: ids, titles, descriptions, severities)
// is computed here, by bundling and running that module once, and the bundle holds it as values.
const ruleMeta = (await runAtBuild({ entryPoints: ['server/src/cli/ruleMeta.ts'] }, 'server/src/cli/ruleMeta.ts')).RULE_META;
const ruleMetaValues = {
  name: 'rule-meta-values',
  setup(build) {
    build.onResolve({ filter: /^\.\/ruleMeta$/ }, (args) => (/server[\\/]src[\\/]cli$/.test(args.resolveDir) ? { path: 'ruleMeta', namespace: 'tadqiq-rule-meta' } : undefined));
    build.onResolve({ filter: /core[\\/](registry|engine)$/ }, (args) => ({ errors: [{ text: `the rules' code must stay out of dist/cli-start.js (${args.path} imported from ${args.importer})` }] }));
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-rule-meta' }, () => ({ contents: `export const RULE_META = ${JSON.stringify(ruleMeta)};\n`, loader: 'js' }));
  },
};

// The CLI's count tables come with their indexes (server/src/core/lexicon/tableIndex.ts, issue 13's start-up): where
// in each table's bit stream each range of fingerprints starts, so that a short run decodes only the ranges it looks
// up. Computed here from the tables the bundle carries (bundling and running countTable.ts's indexCountTable once).
const tableIndexes = await runAtBuild(
  {
    source:
      "import { indexCountTable } from './countTable';\n" +
      "import * as P from './pairs.data';\n" +
      "import * as C from './classGrams.data';\n" +
      'export const PAIR_INDEX = indexCountTable(P.PAIR_DATA, P.PAIR_ENTRIES, P.PAIR_RICE, P.PAIR_FP_BITS);\n' +
      'export const CLASS_INDEX = indexCountTable(C.CLASS_DATA, C.CLASS_ENTRIES, C.CLASS_RICE, C.CLASS_FP_BITS);\n',
    dir: 'server/src/core/lexicon',
  },
  'the count tables',
);
const tableIndexValues = {
  name: 'table-index-values',
  setup(build) {
    build.onResolve({ filter: /^\.\/tableIndex$/ }, (args) => (/server[\\/]src[\\/]core[\\/]lexicon$/.test(args.resolveDir) ? { path: 'tableIndex', namespace: 'tadqiq-table-index' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-table-index' }, () => ({
      contents: `export const PAIR_INDEX = ${JSON.stringify(tableIndexes.PAIR_INDEX)};\nexport const CLASS_INDEX = ${JSON.stringify(tableIndexes.CLASS_INDEX)};\n`,
      loader: 'js',
    }));
  },
};

// The CLI's data tables beside its bundle (issue 13's start-up): every string of 4,096 characters or more that a data
// module (*.data.ts, lexicon/data.ts) exports is written to dist/cli-data/ and read from there as the module is
// initialised, not carried in dist/cli.js as a literal. A literal that large was paid for at every run four times over: read with
// the bundle's source, hashed by V8 with it, and read and deserialised again from the code cache (whose bulk it was).
// The module's values are computed here by bundling and running it once; the rest of its exports stay inline.
const CLI_DATA_DIR = 'dist/cli-data';
const SIDE_MIN = 4096;
const cliSideData = {
  name: 'cli-side-data',
  setup(build) {
    fs.rmSync(CLI_DATA_DIR, { recursive: true, force: true });
    fs.mkdirSync(CLI_DATA_DIR, { recursive: true });
    build.onResolve({ filter: /(^|\/)(data|[\w-]+\.data)$/ }, (args) => {
      const file = path.resolve(args.resolveDir, `${args.path}.ts`);
      if (!/[\\/]server[\\/]src[\\/]core[\\/]/.test(file) || !fs.existsSync(file)) return undefined;
      return { path: file, namespace: 'tadqiq-cli-side-data' };
    });
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-cli-side-data' }, async (args) => {
      const mod = { exports: await runAtBuild({ entryPoints: [args.path] }, args.path) };
      const base = path.relative('server/src/core', args.path).replace(/\.ts$/, '').replace(/[\\/]/g, '-');
      // (an ES module, as the source is: the importers keep direct bindings to its values, no getter per access)
      // (node's modules by require(), not `import * as`: esbuild's interop would copy every property of fs and path into a
      // namespace object of its own, in every such module, at every run)
      const lines = ["const fs = require('fs');", "const path = require('path');", "const read = (f, encoding) => fs.readFileSync(path.join(__dirname, 'cli-data', f), encoding);"];
      // a string: ASCII read as Latin-1 (one byte a character), anything else as UTF-16 code units (every unit kept)
      const side = (name, s) => {
        const ascii = /^[\x00-\x7f]*$/.test(s);
        const file = `${base}.${name}.${ascii ? 'txt' : 'u16'}`;
        fs.writeFileSync(path.join(CLI_DATA_DIR, file), Buffer.from(s, ascii ? 'latin1' : 'utf16le'));
        return `read(${JSON.stringify(file)}, ${JSON.stringify(ascii ? 'latin1' : 'utf16le')})`;
      };
      const value = (name, v) => {
        if (typeof v === 'string' && v.length >= SIDE_MIN) return side(name, v);
        // an object of strings (keys.data.ts's STORED): its large strings each a file of their own
        if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'string' && x.length >= SIDE_MIN)) {
          return `{\n${Object.entries(v).map(([k, x]) => `  ${JSON.stringify(k)}: ${typeof x === 'string' && x.length >= SIDE_MIN ? side(`${name}.${k}`, x) : JSON.stringify(x)}`).join(',\n')}\n}`;
        }
        if (v === undefined || typeof v === 'function' || typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`esbuild.mjs: ${args.path}: export ${name} is not data`);
        return JSON.stringify(v);
      };
      for (const k of Object.keys(mod.exports)) {
        if (!/^[A-Za-z_$][\w$]*$/.test(k)) throw new Error(`esbuild.mjs: ${args.path}: export ${k}`);
        lines.push(`export const ${k} = ${value(k, mod.exports[k])};`);
      }
      return { contents: lines.join('\n') + '\n', loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

// The default claim lexicon's word tables (unattributed-claim/builtTables.ts, issue 13's start-up): ~1,900 words
// folded, every reporting verb conjugated, every source noun inflected — 6-7 ms of a one-line lint when computed at
// the first check. Computed here from the same word lists by the rule's own code (lexicon.ts `wordTables`, tables.ts
// `encodeWordTables`), written beside the CLI's bundle (dist/cli-data/) and read back as text by its first check.
const CLAIM_DIR = 'server/src/core/rules/unattributed-claim';
const TEXT_DIR = 'server/src/core/text';

// A module of the CLI's bundle (`./${name}` imported from `dir`) whose value the build computed: `files()` (file name ->
// bytes) are written beside the bundle (dist/cli-data/) as the bundle is built — after cliSideData has emptied the
// folder — and `body` reads them back through `bytes(file)`.
function builtAtBuildTime(plugin, name, dir, files, body) {
  const namespace = `tadqiq-${plugin}`;
  return {
    name: plugin,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^\\./${name}$`) }, (args) => (path.resolve(args.resolveDir) === path.resolve(dir) ? { path: name, namespace } : undefined));
      build.onLoad({ filter: /.*/, namespace }, () => {
        for (const [file, bytes] of Object.entries(files())) fs.writeFileSync(path.join(CLI_DATA_DIR, file), bytes);
        return {
          contents:
            "const fs = require('fs');\nconst path = require('path');\n" +
            "const bytes = (f) => fs.readFileSync(path.join(__dirname, 'cli-data', f));\n" +
            'const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;\n' +
            body,
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
    },
  };
}

// The claim tables: text, UTF-16, every code unit kept.
const claimTablesText = (
  await runAtBuild(
    { source: "import { wordTables } from './lexicon';\nimport { encodeWordTables } from './tables';\nexport const TEXT = encodeWordTables(wordTables({}));\n", dir: CLAIM_DIR },
    'the claim lexicon',
  )
).TEXT;
const CLAIM_TABLES_FILE = 'rules-unattributed-claim-builtTables.u16';
const claimTables = builtAtBuildTime(
  'claim-tables',
  'builtTables',
  CLAIM_DIR,
  () => ({ [CLAIM_TABLES_FILE]: Buffer.from(claimTablesText, 'utf16le') }),
  `export const BUILT_TABLES = bytes(${JSON.stringify(CLAIM_TABLES_FILE)}).toString('utf16le');\n`,
);

// The fold tables (text/foldBuilt.ts, issue 13's start-up): FOLD and FOLD_LOOSE, 64K code units each, and the
// expansions of FOLD_MULTI, which text/fold.ts otherwise computes as it is loaded (a presentation form's NFKC each).
// Computed by fold.ts itself, written little-endian and read as they are; a big-endian machine computes them.
const foldTablesValue = await runAtBuild({
  source:
    "import { FOLD, FOLD_LOOSE, FOLD_MULTI, foldExpansion } from './fold';\n" +
    'export const fold = Array.from(FOLD);\nexport const loose = Array.from(FOLD_LOOSE);\n' +
    'export const expand = [];\nfor (let c = 0; c < 0x10000; c++) if (FOLD[c] === FOLD_MULTI) expand.push([c, [...foldExpansion(c)]]);\n',
  dir: TEXT_DIR,
}, 'text/fold.ts');
const FOLD_FILES = { fold: 'text-foldBuilt.FOLD.u16le', loose: 'text-foldBuilt.FOLD_LOOSE.u16le' };
const u16le = (values) => {
  const b = Buffer.alloc(2 * values.length);
  values.forEach((u, i) => b.writeUInt16LE(u, 2 * i));
  return b;
};
const foldTables = builtAtBuildTime(
  'fold-tables',
  'foldBuilt',
  TEXT_DIR,
  () => ({ [FOLD_FILES.fold]: u16le(foldTablesValue.fold), [FOLD_FILES.loose]: u16le(foldTablesValue.loose) }),
  'const read = (f) => { const t = new Uint16Array(0x10000); new Uint8Array(t.buffer).set(bytes(f)); return t; };\n' +
    `export const FOLD_BUILT = little ? { fold: read(${JSON.stringify(FOLD_FILES.fold)}), loose: read(${JSON.stringify(FOLD_FILES.loose)}), expand: ${JSON.stringify(foldTablesValue.expand)} } : null;\n`,
);

// The character table (text/charsBuilt.ts, issue 13's start-up): chars.ts CH (64K flags) and FLAGGED, computed by
// chars.ts itself, written little-endian and read as they are; a big-endian machine computes them.
const charTablesValue = await runAtBuild(
  { source: "import { CH, FLAGGED } from './chars';\nexport const ch = Array.from(CH);\nexport const flagged = [...FLAGGED];\n", dir: TEXT_DIR },
  'text/chars.ts',
);
const CHAR_FILES = { ch: 'text-charsBuilt.CH.u32le', flagged: 'text-charsBuilt.FLAGGED.u16le' };
const charTables = builtAtBuildTime(
  'char-tables',
  'charsBuilt',
  TEXT_DIR,
  () => {
    const ch = Buffer.alloc(4 * 0x10000);
    charTablesValue.ch.forEach((f, i) => ch.writeUInt32LE(f, 4 * i));
    return { [CHAR_FILES.ch]: ch, [CHAR_FILES.flagged]: u16le(charTablesValue.flagged) };
  },
  `const ch = () => { const t = new Uint32Array(0x10000); new Uint8Array(t.buffer).set(bytes(${JSON.stringify(CHAR_FILES.ch)})); return t; };\n` +
    `const flagged = () => { const b = bytes(${JSON.stringify(CHAR_FILES.flagged)}); const t = new Uint16Array(b.length >> 1); new Uint8Array(t.buffer).set(b); return Array.from(t); };\n` +
    'export const CHARS_BUILT = little ? { ch: ch(), flagged: flagged() } : null;\n',
);

// `tadqiq lsp` in the CLI's bundle is the editor server's bundle (dist/server.js, built beside it; bin/tadqiq.js already
// runs that one for `lsp --stdio`): the language server's code and its libraries (~0.46 MB, a third of dist/cli.js)
// are not read, hashed and cached at every lint.
const lspFromServerBundle = {
  name: 'lsp-from-server-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/lsp\/main$/ }, (args) => (/server[\\/]src[\\/]cli$/.test(args.resolveDir) ? { path: 'lsp-main', namespace: 'tadqiq-lsp-main' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'tadqiq-lsp-main' }, () => ({
      // (dist/server.js starts the server as it is loaded, its transport read from the command line as here)
      contents: "exports.main = () => { require(require('path').join(__dirname, 'server.js')); };\n",
      loader: 'js',
    }));
  },
};

const results = await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyPdfjs(false)] }),
  esbuild.build({ ...common, entryPoints: ['server/src/bin/server.ts'], outfile: 'dist/server.js', plugins: [noChildProcess, lazyPdfjs(false), noStoredClaimKeys, sharedLexiconData(false)] }),
  esbuild.build({ ...common, entryPoints: ['server/src/bin/cli.ts'], outfile: 'dist/cli.js', plugins: [noChildProcess, lazyPdfjs(false), tableIndexValues, cliSideData, claimTables, foldTables, charTables, lspFromServerBundle] }),
  esbuild.build({ ...common, entryPoints: ['server/src/bin/cli-start.ts'], outfile: 'dist/cli-start.js', plugins: [noChildProcess, ruleMetaValues] }),
  esbuild.build({ ...web, format: 'cjs', entryPoints: ['client/src/web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], plugins: [lazyPdfjs(true)] }),
  esbuild.build({ ...web, format: 'iife', entryPoints: ['server/src/bin/server-browser.ts'], outfile: 'dist/web/server.js', plugins: [lazyPdfjs(true), noStoredClaimKeys, sharedLexiconData(true)] }),
  esbuild.build(pdfjsBundle),
  esbuild.build(sharedDataBundle),
]);

// The word trigrams of the run-order search (lexicon/trigrams.data.json, issue 10): side data, which no bundle carries;
// the hosts read it when a one-cut line is first scored (node/sideData.ts) — beside the CLI (dist/cli-data/) and the
// desktop server (dist/data/, outside the VSIX's start-up part: test/package.test.ts). The web server goes without.
for (const dir of [CLI_DATA_DIR, 'dist/data']) fs.copyFileSync('server/src/core/lexicon/trigrams.data.json', path.join(dir, 'trigrams.json'));

// esbuild writes ASCII strings but leaves the Arabic of regular expressions (and comments) as it is; one such
// character makes V8 keep the whole bundle's source as a two-byte string (5.4 MB for the server instead of 2.7 MB,
// held for the process's life). Every non-ASCII code unit is written as \uXXXX instead: the same meaning in a
// regular expression, string or identifier (none sits in a tagged template's raw text), and nothing in a comment.
// (In a development build the columns of a line so escaped drift in the source map.)
for (const f of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-start.js', 'dist/web/extension.js', 'dist/web/server.js', 'dist/data/lexicon.js']) {
  const text = fs.readFileSync(f, 'utf8');
  // (a non-ASCII character escaped by a backslash, \ـ, is that character: its backslash is dropped)
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, bs, c) => bs.slice(bs.length % 2) + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  if (ascii !== text) fs.writeFileSync(f, ascii);
}

// Third-party notices: every node_modules package that ended up in a bundle, with its licence text.
const packages = new Map();
const dataNotices = new Set();
for (const r of results) {
  for (const input of Object.keys(r.metafile.inputs)) {
    const i = input.lastIndexOf('node_modules/');
    if (i >= 0) {
      const parts = input.slice(i + 'node_modules/'.length).split('/');
      const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      packages.set(name, input.slice(0, i + 'node_modules/'.length) + name);
    } else {
      // data files shipped inside the bundle carry their licence beside them (LICENSE-*.txt)
      const dir = path.dirname(input);
      for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (/^LICENSE-.*\.txt$/.test(f)) dataNotices.add(path.join(dir, f));
    }
  }
}
const sections = [];
for (const [name, dir] of [...packages].sort()) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licFile = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = licFile ? fs.readFileSync(path.join(dir, licFile), 'utf8').trim() : `License: ${pkg.license}`;
  sections.push(`${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(60)}\n${text}\n`);
}
// (the Apache License's text once: a data notice that carries it again points to the copy above)
const apacheText = (t) => {
  const a = t.search(/^\s*Apache License\s*$/m);
  const b = t.indexOf('END OF TERMS AND CONDITIONS', a);
  return a < 0 || b < 0 ? null : t.slice(a, b + 'END OF TERMS AND CONDITIONS'.length);
};
const squash = (t) => t.replace(/\s+/g, ' ').trim();
for (const f of [...dataNotices].sort()) {
  let text = fs.readFileSync(f, 'utf8').trim();
  const own = apacheText(text);
  const above = own && sections.find((x) => apacheText(x) !== null && squash(apacheText(x)) === squash(own));
  if (above) text = text.replace(own, `(The Apache License, Version 2.0: its full text stands above, under ${above.slice(0, above.indexOf('\n'))}.)`);
  sections.push(`${path.basename(f)}\n${'-'.repeat(60)}\n${text}\n`);
}
fs.writeFileSync(
  'dist/THIRD_PARTY_NOTICES.txt',
  `tadqiq bundles the following third-party software and data. Each is used under the licence below.\n\n${sections.join('\n')}`,
);
