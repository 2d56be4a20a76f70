/**
 * The desktop entry point (package.json `main`, dist/extension.js): the language server is dist/server.js, a Node
 * process the client forks and talks to over stdio — the transport whose writer sends a diagnostics report from the
 * bytes its unchanged diagnostics keep (lsp/encode.ts); over IPC node serialises every report whole. Everything else is activate.ts, shared with the web entry (web.ts).
 */
import type * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DOCUMENT_SCHEMES, SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/shared/vocabulary';
import { activateOn, deactivate, TadqiqApi } from './activate';

export type { TadqiqApi };
export { deactivate };

export function activate(context: vscode.ExtensionContext): Promise<TadqiqApi> {
  return activateOn(context, {
    schemes: DOCUMENT_SCHEMES,
    async createClient(ctx, id, name, options) {
      const module = ctx.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        // (node flags and environment that keep the server's memory small: vocabulary.ts SERVER_EXEC_ARGV, SERVER_ENV;
        // vscode-languageclient adds `env` to the extension host's environment)
        run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
        debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
      };
      return new LanguageClient(id, name, serverOptions, options);
    },
  });
}
