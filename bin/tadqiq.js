#!/usr/bin/env node
'use strict';
// Loads the CLI bundle (dist/cli.js) with V8's code cache, so a run does not compile the bundle again: Node's own
// compile cache where there is one (module.enableCompileCache, Node >= 22.1), else the bundle's cached data kept
// in the user's cache folder (cacheFile below). TADQIQ_NO_COMPILE_CACHE=1 loads it plainly.
// `tadqiq --help`, `--version` and `rules` need none of the rules' code: dist/cli-start.js (a 40 KB bundle) answers
// them, and the CLI's bundle is loaded only when it says the command is not one of those.
const fs = require('fs');
const path = require('path');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');

/** The user's cache folder for tadqiq (created private), or undefined. */
function cacheDir() {
  const env = process.env;
  const base =
    env.TADQIQ_CACHE_DIR ||
    (process.platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, '.cache') : undefined));
  if (!base) return undefined;
  const dir = env.TADQIQ_CACHE_DIR ? base : path.join(base, 'tadqiq');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  // Code from the cache runs as this user: never trust a folder someone else owns or can write to.
  if (process.platform !== 'win32' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
  return dir;
}

/** Runs the bundle from V8 cached data (made on the first run, or when V8 rejects it); false if it could not. */
function loadCached() {
  if (process.env.TADQIQ_NO_COMPILE_CACHE) return false;
  // (this module's constructor is node's Module: require('module') would load node's public module API, its ESM loader
  // and source-map code, which a run never uses — ~2 ms of a one-line lint's CPU)
  const Module = typeof module.constructor?.wrap === 'function' ? module.constructor : require('module');
  if (typeof Module.enableCompileCache === 'function') {
    try {
      const dir = cacheDir();
      if (dir) Module.enableCompileCache(path.join(dir, 'node-compile-cache'));
    } catch {
      /* no cache: compiled as usual */
    }
    return false;
  }
  let vm, source, stat, dir;
  try {
    vm = require('vm');
    stat = fs.statSync(bundle);
    dir = cacheDir();
    if (!dir) return false;
    // The bundle is ASCII (esbuild.mjs writes it so): read as Latin-1 it is the same string, made in half the time of
    // UTF-8's decoding (3 MB: ~3 ms saved); a bundle that is not ASCII is decoded as UTF-8.
    const bytes = fs.readFileSync(bundle);
    const { isAscii } = require('buffer');
    source = typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return false;
  }
  // V8 checks only the length of the source against cached data: the name says which build it was made from. One
  // cache per command: each holds the functions its command compiled (a lint compiles the rules, `rules` does not).
  const command = ['lint', 'fix', 'report', 'rules', 'lsp'].includes(process.argv[2]) ? process.argv[2] : 'other';
  const build = `${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
  const cacheFile = path.join(dir, `cli-${build}-${command}.cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // after the run, so that the functions it compiled are in the cache too
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        // caches of other builds are dropped
        for (const f of fs.readdirSync(dir)) if (f.startsWith('cli-') && f.endsWith('.cache') && !f.startsWith(`cli-${build}-`)) fs.unlinkSync(path.join(dir, f));
      } catch {
        /* a read-only or full disk: no cache, no harm */
      }
    });
  }
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  return true;
}

// V8 compiles a function with its optimising compiler once it has run a budget of bytecode (67,584 bytes in Node 20).
// A CLI run is short: a cold lint of 1 MB spent about as much CPU in those compilations (V8's background threads,
// 1.1-1.3 s) as in the lint itself, many for functions that had little left to run. Ten times the budget: 1 MB
// 2.5 -> 1.9 s of CPU, 4 MB 5.0 -> 4.4 s, a one-line file ~8 ms less (README, Speed); the same output. Not for
// `tadqiq lsp`, a long-lived server, nor when the budget is given to node.
// Nor does the optimising compiler inline callees there (--no-turbo-inlining): its compilations are smaller and fewer
// are redone, and a run is too short for the inlined code to pay them back — 1 MB about 90-110 ms of CPU less, 4 MB
// and 1 MB of distinct drafts about 110 (8 alternating runs each; README, Speed); the same output.
function budget() {
  if (process.argv[2] === 'lsp') return;
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS || ''}`;
  const flags = [];
  if (!given.includes('--interrupt-budget')) flags.push('--interrupt-budget=675840');
  if (!given.includes('turbo-inlining')) flags.push('--no-turbo-inlining');
  if (flags.length > 0) setV8Flags(flags);
}

// require('v8') loads node's heap utilities and with them its streams: ~7 ms of CPU of a one-line lint (11 alternating
// runs), which otherwise never loads them. The same function, node's binding under the v8 module, is asked for through
// process.binding where node still lends it (Node 20: no warning unless --pending-deprecation, which is kept quiet
// here: a deprecation warning of ours must not reach stderr); anywhere else, from the v8 module.
function setV8Flags(flags) {
  const quiet = process.noDeprecation;
  let set;
  try {
    process.noDeprecation = true;
    const binding = typeof process.binding === 'function' ? process.binding('v8') : undefined;
    if (binding && typeof binding.setFlagsFromString === 'function') set = (f) => binding.setFlagsFromString(f);
  } catch {
    /* no such binding: the v8 module below */
  } finally {
    process.noDeprecation = quiet;
  }
  if (!set) set = require('v8').setFlagsFromString;
  for (const f of flags) set(f);
}

if (!fs.existsSync(bundle)) {
  process.stderr.write('tadqiq: not built yet: run `npm run build` first\n');
  process.exit(2);
}
const command = process.argv[2];
// `tadqiq lsp` with a transport runs the editor server's bundle (dist/server.js, 1.4 MB, the lexicon data beside it in
// dist/data/lexicon.js) directly: the CLI's bundle holds no server code (its `lsp` loads dist/server.js too) and would
// only be read and compiled to hand over. Without a transport the CLI's bundle says what is missing.
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (command === 'lsp' && process.argv.slice(3).some((a) => a === '--stdio' || /^--(node-ipc|socket|pipe)/.test(a)) && fs.existsSync(server)) {
  require(server);
  return;
}
const started = !['lint', 'fix', 'report', 'lsp', 'extract'].includes(command) && require(path.join(__dirname, '..', 'dist', 'cli-start.js')).start(process.argv.slice(2));
if (!started) {
  budget();
  if (!loadCached()) require(bundle);
}
