/**
 * Loads pdf.js (pdfjs-dist 4.8.69, legacy build: runs on Node 18–24 and in browsers and Web Workers) with its
 * worker code in the same thread: `globalThis.pdfjsWorker` makes pdf.js use its "fake worker", so no worker thread
 * or worker file is needed (a Web Worker cannot always start another). Entry of the lazily loaded bundle
 * `dist/pdf/pdfjs.js`; the other bundles reach it through `loadPdfjs` (see esbuild.mjs), never at start-up.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    quietPolyfillWarnings();
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= worker;
    return lib;
  })();
  return loaded;
}

/**
 * On Node, pdf.js warns on the console that it cannot polyfill DOMMatrix and Path2D (it would need the `canvas`
 * package): they serve rendering, which tadqiq never does. Those two lines, and only they, are dropped.
 */
function quietPolyfillWarnings(): void {
  const g = globalThis as { console?: { log: (...a: unknown[]) => void }; DOMMatrix?: unknown };
  const c = g.console;
  if (!c || g.DOMMatrix) return;
  const log = c.log;
  c.log = function (this: unknown, ...args: unknown[]) {
    if (args.length === 1 && typeof args[0] === 'string' && /^Warning: Cannot polyfill `(DOMMatrix|Path2D)`/.test(args[0])) return;
    log.apply(this, args);
  };
}
