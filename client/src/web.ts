/**
 * The entry point in VS Code for the Web (package.json `browser`, dist/web/extension.js), e.g. github.dev: the
 * language server is dist/web/server.js in a Web Worker, LSP over `postMessage` — the same server, core and lexicon
 * as on the desktop. The worker has no file system: the client reads and writes `.tadqiq/reviewed.json` for it
 * through `vscode.workspace.fs` (reviewFiles.ts). Everything else is activate.ts, shared with the desktop entry.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { WEB_DOCUMENT_SCHEMES } from '../../server/src/shared/vocabulary';
import { activateOn, deactivate, TadqiqApi } from './activate';

/** The Worker constructor of the browser extension host (this project compiles without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export { deactivate };

export function activate(context: vscode.ExtensionContext): Promise<TadqiqApi> {
  return activateOn(context, {
    schemes: WEB_DOCUMENT_SCHEMES,
    createClient(ctx, id, name, options) {
      const main = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js');
      return new LanguageClient(id, name, options, new Worker(main.toString(true), { name: 'tadqiq-server' }));
    },
  });
}
