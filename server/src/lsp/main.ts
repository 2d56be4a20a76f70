/** Node entry point of the language server (dist/server.js, `tadqiq lsp --stdio`): the transport (--node-ipc, --stdio, --socket) comes from argv. */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { Console } from 'console';
import { Writable } from 'stream';
import { ReviewStore } from '../node/reviewed';
import { encodeMessage } from './encode';
import type { ServerHost } from './host';
import { startServer } from './server';
import { provideSideData } from '../node/sideData';

/** The reviews are read and written with `fs`, as the CLI does. */
export const nodeHost: ServerHost = {
  pid: process.pid,
  reviews: (folders, _request, log) => new ReviewStore(folders, log),
};

/**
 * Over stdio, the messages are written by a writer whose encoder writes a diagnostics report from the parts its
 * diagnostics keep from keystroke to keystroke (lsp/encode.ts); the library's own stdio connection does what follows
 * too: the process ends with stdin, and the console (stdout is the protocol's stream) writes to the client's log.
 */
function stdioConnection(): Connection {
  // (as the library's own encoder: a message that cannot be written is a rejected promise, not an exception)
  const encode = (msg: unknown): Promise<Uint8Array> => {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: { name: 'application/json', encode } });
  // (a stream as the reader: the library ends the process when it ends; the writer as it is)
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // (the console to the client's log, as the library's stdio connection has it: stdout is the protocol's stream)
  const toClient = (send: (message: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        send(String(chunk).replace(/\n$/, ''));
        done();
      },
    });
  const client = new Console({ stdout: toClient((m) => connection.console.log(m)), stderr: toClient((m) => connection.console.error(m)) });
  const methods = ['assert', 'count', 'countReset', 'debug', 'dir', 'dirxml', 'error', 'group', 'groupCollapsed', 'groupEnd', 'info', 'log', 'table', 'time', 'timeEnd', 'timeLog', 'trace', 'warn'] as const;
  for (const m of methods) (console as unknown as Record<string, unknown>)[m] = (client[m] as (...args: unknown[]) => void).bind(client);
  return connection;
}

export function main(): void {
  // (the word trigrams beside the bundle, dist/data/ — outside the start-up part of the VSIX: read when a one-cut line
  // is first scored, not as the server starts)
  provideSideData(require('path').join(__dirname, 'data'));
  const stdio = process.argv.slice(2).includes('--stdio');
  startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all), nodeHost);
}
