/** `tadqiq report FILE [-o OUT.html] [--lang ar|en]`: the review report, its exit codes (as lint) and errors. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const T = '\u0640';

function tadqiq(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI report', () => {
  let dir: string;
  const write = eachTestInTempDir('tadqiq-report-', (d) => (dir = d));

  it('writes the page to -o OUT.html, prints nothing on stdout, exits 1 when there are findings', () => {
    write('d.txt', `سطر أول\nقال الوزي${T}${T}ر <b>&</b>\n`);
    const r = tadqiq(['report', 'd.txt', '-o', 'out/../report.html'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.strictEqual(r.out, '');
    assert.match(r.err, /report\.html: report of d\.txt \(1 problem\)/);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
    assert.ok(html.includes('<div class="draft" dir="rtl" lang="ar">'));
    assert.ok(html.includes('Stray tatweel: 1 in 1 line'));
    assert.ok(html.includes('&lt;b&gt;&amp;&lt;/b&gt;'), 'draft text escaped');
    assert.ok(!html.includes('<script'), 'no script in the file version');
    assert.ok(html.includes('<title>Review report: d.txt</title>'));
  });

  it('prints the page on stdout without -o; exits 0 on a clean draft; --output= works too', () => {
    write('clean.txt', 'أعلنت الحكومة خطة جديدة.\n');
    const r = tadqiq(['report', 'clean.txt'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^<!DOCTYPE html>[\s\S]*No problems found\.[\s\S]*<\/html>\n$/);
    assert.strictEqual(r.err, '');
    const o = tadqiq(['report', '--output=r.html', 'clean.txt'], dir);
    assert.strictEqual(o.code, 0, o.err);
    assert.ok(fs.existsSync(path.join(dir, 'r.html')));
  });

  it('--lang ar writes the page in Arabic (right to left) with Arabic messages', () => {
    write('d.txt', `ق${T}ال`);
    const r = tadqiq(['report', '--lang', 'ar', 'd.txt'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /<html lang="ar" dir="rtl">/);
    assert.ok(r.out.includes('تطويل زائد: 1 في 1 سطر'));
  });

  it('exits 2 on usage and file errors, and says why', () => {
    write('a.txt', 'نص');
    write('b.txt', 'نص');
    const cases: Array<[string[], RegExp]> = [
      [['report'], /no files given/],
      [['report', 'a.txt', 'b.txt'], /give one file/],
      [['report', 'missing.txt'], /missing\.txt/],
      [['report', 'a.txt', '-o'], /-o needs a value/],
      [['report', 'a.txt', '-o', 'no/such/dir/r.html'], /could not write/],
      [['report', '--lang', 'fr', 'a.txt'], /--lang must be ar or en/],
    ];
    for (const [args, message] of cases) {
      const r = tadqiq(args, dir);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message, args.join(' '));
    }
    assert.ok(!fs.existsSync(path.join(dir, 'no')), 'nothing created');
  });

  it('is documented in the usage text', () => {
    const r = tadqiq(['--help'], dir);
    assert.match(r.out, /tadqiq report \[options\] FILE/);
    assert.match(r.out, /-o, --output FILE/);
  });
});
