// Bundle entry of dist/server.js (the extension starts it over IPC).
import { main } from '../lsp/main';
main();
