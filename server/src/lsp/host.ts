/**
 * What the language server needs from where it runs, and nothing more: the shared server (server.ts) takes a
 * connection and a host; two thin entry points make them — lsp/main.ts for Node (IPC or stdio; reviews read and
 * written with `fs`, server/src/node/reviewed.ts) and lsp/browser.ts for a Web Worker (VS Code for the Web; reviews
 * read and written by the client through `vscode.workspace.fs`, lsp/clientReviews.ts). Pure: no Node.
 */

/** The reviewed keys of the workspace folders (`.tadqiq/reviewed.json`). */
export interface Reviews {
  /** The keys that apply to the document `uri` (its folder's file, plus the reviews kept for this session). */
  keys(uri?: string): string[] | Promise<string[]>;
  /** Stores a key for the document `uri`: where it was written, or why it is kept for this session only. */
  add(key: string, uri?: string): Promise<{ file?: string; error?: string }>;
  /** Reads every folder's file again (one changed on disk). */
  reloadAll(): void | Promise<void>;
}

export interface ServerHost {
  /** The server's process id (`tadqiq/serverInfo`), where there is a process: none in a browser worker. */
  pid?: number;
  /**
   * The reviews store of these workspace folders (URIs). `request` sends a request to the client (for a host
   * without a file system of its own), `log` writes to the client's log.
   */
  reviews(folders: string[], request: (method: string, params: unknown) => Promise<unknown>, log: (m: string) => void): Reviews;
}
