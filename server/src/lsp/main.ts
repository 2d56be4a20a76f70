/** Entry point of dist/server.js: the transport (--node-ipc, --stdio, --socket) comes from argv. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

