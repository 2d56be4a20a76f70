/** Node entry point of the language server (dist/server.js, `tadqiq lsp --stdio`): the transport (--node-ipc, --stdio, --socket) comes from argv. */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { Console } from 'console';
import { Writable } from 'stream';
import { ReviewStore } from '../node/reviewed';
import { encodeMessage } from './encode';
import type { ServerHost } from './host';
import { startServer } from './server';

/** The reviews are read and written with `fs`, as the CLI does. */
export const nodeHost: ServerHost = {
  pid: process.pid,
  reviews: (folders, _request, log) => new ReviewStore(folders, log),
};

/**
 * Over stdio, the messages are written by a writer whose encoder writes a diagnostics report from the parts its
 * diagnostics keep from keystroke to keystroke (lsp/encode.ts); the library's own stdio connection does what follows
 * too: the process ends with stdin, and console.log/info/debug (stdout: the protocol's stream) go to the client's log.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(encodeMessage(msg)) } });
  // (a stream as the reader: the library ends the process when it ends; the writer as it is)
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // (every console method that writes to stdout: a console whose stdout is the client's log)
  const toClient = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      connection.console.log(String(chunk).replace(/\n$/, ''));
      done();
    },
  });
  const client = new Console({ stdout: toClient, stderr: process.stderr });
  const methods = ['log', 'info', 'debug', 'dir', 'dirxml', 'table', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd', 'timeLog'] as const;
  for (const m of methods) (console as unknown as Record<string, unknown>)[m] = (client[m] as (...args: unknown[]) => void).bind(client);
  return connection;
}

export function main(): void {
  const stdio = process.argv.slice(2).includes('--stdio');
  startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all), nodeHost);
}
