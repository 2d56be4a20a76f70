/**
 * Web Worker entry point of the language server (dist/web/server.js, VS Code for the Web): LSP over `postMessage`
 * with the extension's browser client, the same server, core and lexicon as on the desktop, no Node module. The
 * worker has no file system: `.tadqiq/reviewed.json` is read and written by the client through
 * `vscode.workspace.fs` (lsp/clientReviews.ts). `.tadqiq.json` is the CLI's settings file; no server reads it.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { setPdfjsLoader } from '../pdf/extract';
import { browserPdfjsLoader } from './browserPdfjs';
import { ClientReviewStore } from './clientReviews';
import type { ServerHost } from './host';
import { startServer } from './server';

export const browserHost: ServerHost = {
  reviews: (folders, request, log) => new ClientReviewStore(folders, request, log),
};

/** `scope`: the worker's global scope (`self`). */
export function main(scope: unknown): void {
  const port = scope as ConstructorParameters<typeof BrowserMessageReader>[0];
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
  // pdf.js (Open PDF as Arabic draft) from beside the worker, or where the client says (browserPdfjs.ts)
  setPdfjsLoader(browserPdfjsLoader((method, params) => connection.sendRequest(method, params)));
  startServer(connection, browserHost);
}
