/**
 * How the language server in a Web Worker loads pdf.js (dist/pdf/pdfjs.js, a classic script defining the global
 * `tadqiqPdfjs`) on the first PDF: importScripts of the file beside the worker's own URL when the worker was
 * started from the extension's http(s) URL; otherwise (a worker started from a blob: URL, as VS Code's web
 * extension host requires for an extension installed on a remote) the client says where (`tadqiq/pdfjs/url`).
 */
import type { Pdfjs } from '../pdf/pdfjs';
import { CLIENT_REQUESTS } from '../shared/vocabulary';

interface WorkerScope {
  tadqiqPdfjs?: { loadPdfjs(): Promise<Pdfjs> };
  importScripts?: (...urls: string[]) => void;
  location?: { href: string };
}

export function browserPdfjsLoader(request: (method: string, params: unknown) => Promise<unknown>): () => Promise<Pdfjs> {
  let loading: Promise<Pdfjs> | undefined;
  return () =>
    (loading ??= (async () => {
      const g = globalThis as WorkerScope;
      if (!g.tadqiqPdfjs) {
        if (typeof g.importScripts !== 'function') throw new Error('pdf.js can only be loaded in a worker');
        const here = g.location?.href ?? '';
        let url: string | undefined = /^https?:/.test(here) ? new URL('../pdf/pdfjs.js', here).href : undefined;
        if (!url) {
          const answer = (await request(CLIENT_REQUESTS.pdfjsUrl, {})) as { url?: unknown; error?: unknown } | undefined;
          if (typeof answer?.url !== 'string') throw new Error(`the client did not say where pdf.js is${answer?.error ? `: ${String(answer.error)}` : ''}`);
          url = answer.url;
        }
        g.importScripts(url);
        if (!g.tadqiqPdfjs) throw new Error(`${url} did not define tadqiqPdfjs`);
      }
      return g.tadqiqPdfjs.loadPdfjs();
    })().catch((e) => {
      loading = undefined; // a later PDF tries again
      throw e;
    }));
}
