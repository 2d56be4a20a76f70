/** Node entry point of the language server (dist/server.js, `tadqiq lsp --stdio`): the transport (--node-ipc, --stdio, --socket) comes from argv. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ReviewStore } from '../node/reviewed';
import type { ServerHost } from './host';
import { startServer } from './server';

/** The reviews are read and written with `fs`, as the CLI does. */
export const nodeHost: ServerHost = {
  pid: process.pid,
  reviews: (folders, _request, log) => new ReviewStore(folders, log),
};

export function main(): void {
  startServer(createConnection(ProposedFeatures.all), nodeHost);
}
