/**
 * Where each rule's documentation page lives: docs/rules/<id>.md in the repository named by package.json's
 * `repository` field. `REPOSITORY` is copied from package.json by `npm run gen` (scripts/gen-manifest.mjs) into
 * server/src/shared/package.generated.ts; test/manifest.test.ts fails when the two differ. The language server puts `ruleDocUrl` into each
 * diagnostic's `codeDescription.href` and into its hovers.
 */

import { REPOSITORY } from '../shared/vocabulary';

export { REPOSITORY };

/** The branch the links point at. */
export const DOCS_BRANCH = 'main';

/**
 * The web address of a repository from a package.json `repository` value: `git+https://host/o/r.git`,
 * `git@host:o/r.git`, `ssh://git@host/o/r.git`, `github:o/r`, `gitlab:o/r`, `bitbucket:o/r`, `o/r` (GitHub)
 * or `{ url }`. Undefined when nothing usable is there.
 */
export function repositoryWebUrl(repository: unknown): string | undefined {
  const raw: unknown = typeof repository === 'string' ? repository : repository && typeof repository === 'object' ? (repository as { url?: unknown }).url : undefined;
  if (typeof raw !== 'string') return undefined;
  let url: string = raw;
  url = url.trim();
  if (!url) return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
    return `https://${host}/${shorthand[2].replace(/\.git$/, '')}`;
  }
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(url); // git@github.com:o/r.git
  if (scp) url = `https://${scp[1]}/${scp[2]}`;
  url = url.replace(/^git\+/, '').replace(/^(?:ssh|git):\/\/(?:[^@/]+@)?/, 'https://').replace(/^http:\/\//, 'https://');
  if (!/^https:\/\/[^/]+\/.+/.test(url)) return undefined;
  return url.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** `<repository>/blob/main/docs/rules/<id>.md`, or undefined when the repository field gives no address. */
export function ruleDocUrl(id: string, repository: unknown = REPOSITORY): string | undefined {
  const base = repositoryWebUrl(repository);
  return base ? `${base}/blob/${DOCS_BRANCH}/docs/rules/${encodeURIComponent(id)}.md` : undefined;
}
