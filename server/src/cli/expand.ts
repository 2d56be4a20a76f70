/** Turn the CLI's arguments (files, directories, globs) into a list of files, in a stable order. */
import fs = require('fs');
import path = require('path');

export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface Expanded {
  files: string[];
  errors: Array<{ path: string; error: string }>;
}

export function hasGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp('^' + re + '$');
}

function escape(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, (c) => '\\' + c);
}

function isDraft(file: string): boolean {
  const lower = file.toLowerCase();
  return DRAFT_EXTENSIONS.some((e) => lower.endsWith(e));
}

function walk(dir: string, out: string[], filter: (p: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      walk(p, out, filter);
    } else if (e.isFile() && filter(p)) out.push(p);
  }
}

export function expandPaths(args: string[]): Expanded {
  const files: string[] = [];
  const errors: Expanded['errors'] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (hasGlob(arg) && !fs.existsSync(arg)) {
      const norm = arg.split(path.sep).join('/');
      const parts = norm.split('/');
      const firstGlob = parts.findIndex(hasGlob);
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const re = globToRegExp(norm.startsWith('./') ? norm.slice(2) : norm);
      const found: string[] = [];
      walk(base, found, (p) => {
        const rel = p.split(path.sep).join('/');
        return re.test(rel.startsWith('./') ? rel.slice(2) : rel);
      });
      if (found.length === 0) errors.push({ path: arg, error: 'no files match this pattern' });
      found.forEach(add);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      errors.push({ path: arg, error: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(arg, found, isDraft);
      if (found.length === 0) errors.push({ path: arg, error: `no text or Markdown files (${DRAFT_EXTENSIONS.join(' ')}) in this directory` });
      found.forEach(add);
    } else add(arg);
  }
  return { files, errors };
}
