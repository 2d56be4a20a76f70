// Bundle entry of dist/web/server.js: the language server in a Web Worker (VS Code for the Web).
import { main } from '../lsp/browser';

declare const self: unknown;
main(self);
