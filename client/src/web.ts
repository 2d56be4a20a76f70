/**
 * The entry point in VS Code for the Web (package.json `browser`, dist/web/extension.js), e.g. github.dev: the
 * language server is dist/web/server.js in a Web Worker, LSP over `postMessage` — the same server, core and lexicon
 * as on the desktop. The worker has no file system: the client reads and writes `.tadqiq/reviewed.json` for it
 * through `vscode.workspace.fs` (reviewFiles.ts). Everything else is activate.ts, shared with the desktop entry.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { CLIENT_REQUESTS, WEB_DOCUMENT_SCHEMES } from '../../server/src/shared/vocabulary';
import { activateOn, deactivate, TadqiqApi } from './activate';

/** The Worker constructor of the browser extension host (this project compiles without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => Exclude<ServerOptions, () => unknown>;

export { deactivate };

/** The worker's name (DevTools, the e2e check of where the server runs). */
const WORKER_NAME = 'tadqiq-server';

/**
 * The server's worker. An extension from a marketplace is served over https, and its URL is what a Worker loads.
 * One installed on a remote (code-server, a remote window in the browser) has a `vscode-remote:` URI, from which
 * VS Code's web extension host refuses to create workers ("Creating workers from remote extensions is currently not
 * supported"): there the bundle is read through vscode.workspace.fs and started from a blob: URL, same origin, after
 * the lexicon data it would otherwise load from beside itself.
 */
async function serverWorker(ctx: vscode.ExtensionContext): Promise<Exclude<ServerOptions, () => unknown>> {
  const main = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js');
  const options = { name: WORKER_NAME };
  if (/^(https?|file)$/.test(main.scheme)) return new Worker(main.toString(true), options);
  // The lexicon data (dist/data/lexicon.js, a classic script setting globalThis.tadqiqData) goes first in the same blob:
  // a blob: worker has no URL to load it from beside itself, and with it set the server does not ask.
  const data = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'data', 'lexicon.js');
  const [lexicon, source] = await Promise.all([vscode.workspace.fs.readFile(data), vscode.workspace.fs.readFile(main)]);
  return new Worker(URL.createObjectURL(new Blob([lexicon, '\n;\n', source], { type: 'text/javascript' })), options);
}

/**
 * Where the worker loads pdf.js from (`tadqiq/pdfjs/url`, asked on the first PDF when the worker's own URL is a
 * blob:): the extension's https URL of dist/pdf/pdfjs.js, or a blob: URL of its bytes (made once).
 */
let pdfjsBlob: Promise<string> | undefined;
async function pdfjsUrl(ctx: vscode.ExtensionContext): Promise<{ url?: string; error?: string }> {
  const file = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'pdf', 'pdfjs.js');
  if (/^https?$/.test(file.scheme)) return { url: file.toString(true) };
  try {
    pdfjsBlob ??= Promise.resolve(vscode.workspace.fs.readFile(file)).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
    return { url: await pdfjsBlob };
  } catch (e) {
    pdfjsBlob = undefined;
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function activate(context: vscode.ExtensionContext): Promise<TadqiqApi> {
  return activateOn(context, {
    schemes: WEB_DOCUMENT_SCHEMES,
    async createClient(ctx, id, name, options) {
      const client = new LanguageClient(id, name, await serverWorker(ctx), options);
      client.onRequest(CLIENT_REQUESTS.pdfjsUrl, () => pdfjsUrl(ctx));
      return client;
    },
  });
}
