/**
 * The indexes of the count tables (countTable.ts `indexCountTable`): empty here, so the tables are decoded whole on
 * their first lookup. The CLI's bundle replaces this module with the indexes computed from its own tables when it is
 * built (esbuild.mjs), so that a short run decodes only the ranges it looks up (issue 13, start-up). The editor
 * servers keep it empty: they decode every range sooner or later, and the VSIX has no room to spare (issue 16).
 */
export const PAIR_INDEX: string = '';
export const CLASS_INDEX: string = '';
