/** `tadqiq extract` (issue 14) on the PDF fixtures of test/fixtures/pdf (scripts/make-pdf-fixtures.sh). */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cer } from '../server/src/testing/cer';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'pdf');
const fixture = (name: string) => path.join(FIXTURES, name);
const source = (name: string) => fs.readFileSync(fixture(name), 'utf8');

function tadqiq(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI extract', function () {
  this.timeout(60000);
  let dir: string;
  eachTestInTempDir('tadqiq-extract-', (d) => (dir = d));

  it('prints the text of a Chromium page exactly as written, nothing on stderr', () => {
    const r = tadqiq(['extract', fixture('simple.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, source('simple.txt'));
    assert.strictEqual(r.err, '');
  });

  it('two columns under a headline, in reading order', () => {
    const r = tadqiq(['extract', fixture('two-columns.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, source('two-columns.txt'));
  });

  it('LibreOffice kashida-justified text: character error rate at most 1 %', () => {
    const r = tadqiq(['extract', fixture('justified.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    const rate = cer(source('justified.txt'), r.out);
    assert.ok(rate <= 0.01, `CER ${rate}`);
  });

  it('LuaLaTeX (no space glyphs, two columns, hamza and madda drawn as marks, numbers drawn from the right) comes out as written', () => {
    const r = tadqiq(['extract', '--raw', fixture('lualatex.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, source('lualatex.txt'));
    assert.strictEqual(tadqiq(['extract', fixture('lualatex.pdf')]).out, source('lualatex.txt'));
  });

  it('a visual-order PDF (reportlab + python-bidi: each line one string in display order) comes out logical', () => {
    const r = tadqiq(['extract', fixture('visual.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, source('visual.txt'));
  });

  it('repairs as fix does; --raw does not', () => {
    const repaired = tadqiq(['extract', fixture('repairs.pdf')]);
    assert.strictEqual(repaired.out, 'قال المتحدث، إن الخطة جاهزة منذ أسبوع.\n');
    const raw = tadqiq(['extract', '--raw', fixture('repairs.pdf')]);
    assert.strictEqual(raw.code, 0, raw.err);
    assert.strictEqual(raw.out, source('repairs.txt'));
  });

  it("the repairs follow fix's settings: .tadqiq.json, --config, --rules", () => {
    fs.writeFileSync(path.join(dir, '.tadqiq.json'), JSON.stringify({ rules: { 'latin-punctuation': 'off' } }));
    assert.strictEqual(tadqiq(['extract', fixture('repairs.pdf')], dir).out, source('repairs.txt'));
    fs.writeFileSync(path.join(dir, 'on.json'), JSON.stringify({ rules: {} }));
    assert.strictEqual(tadqiq(['extract', '--config', 'on.json', fixture('repairs.pdf')], dir).out, 'قال المتحدث، إن الخطة جاهزة منذ أسبوع.\n');
    assert.strictEqual(tadqiq(['extract', '--rules', 'tatweel', '--config', 'on.json', fixture('repairs.pdf')], dir).out, source('repairs.txt'));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{');
    assert.strictEqual(tadqiq(['extract', '--config', 'bad.json', fixture('repairs.pdf')], dir).code, 2);
  });

  it('-o writes the file and says how many pages, at how many pages per second', () => {
    const r = tadqiq(['extract', fixture('simple.pdf'), '-o', 'out.txt'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, '');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'), source('simple.txt'));
    assert.match(r.err, /simple\.pdf: 1 page in \d+\.\d\d s \(\d+\.\d pages\/s\) → out\.txt\n$/);
  });

  it('--progress reports pages on stderr (not a terminal: one line per page or second)', () => {
    const r = tadqiq(['extract', '--progress', fixture('simple.pdf')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /page 1\/1\n/);
    assert.match(r.err, /pages\/s/);
    assert.strictEqual(r.out, source('simple.txt'));
  });

  it('--pages: a range inside the document is read; one past its end is an error', () => {
    assert.strictEqual(tadqiq(['extract', '--pages', '1-1', fixture('simple.pdf')]).out, source('simple.txt'));
    assert.strictEqual(tadqiq(['extract', '--pages=1', fixture('simple.pdf')]).out, source('simple.txt'));
    const past = tadqiq(['extract', '--pages', '2-3', fixture('simple.pdf')]);
    assert.strictEqual(past.code, 2);
    assert.match(past.err, /the PDF has 1 page/);
  });

  const failures: Array<[string, RegExp]> = [
    ['encrypted.pdf', /encrypted \(password-protected\)/],
    ['image-only.pdf', /no text layer .* OCR/],
    ['truncated.pdf', /damaged and could not be read/],
    ['not-a-pdf.pdf', /not a PDF file/],
  ];
  for (const [file, message] of failures) {
    it(`${file}: exit 2 with one clear line`, () => {
      const r = tadqiq(['extract', fixture(file)]);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.out, '');
      assert.match(r.err, message);
      assert.strictEqual(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /\n\s+at /);
    });
  }

  it('usage and file errors exit 2', () => {
    for (const args of [['extract'], ['extract', 'a.pdf', 'b.pdf'], ['extract', '--pages', '3-1', 'a.pdf'], ['extract', '--bogus', 'a.pdf'], ['extract', 'missing.pdf']]) {
      const r = tadqiq(args, dir);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.strictEqual(r.err.trim().split('\n').length <= 2, true, r.err);
    }
    assert.match(tadqiq(['extract', 'missing.pdf'], dir).err, /missing\.pdf: .*(no such file|ENOENT|not found)/i);
  });

  it('--help lists extract', () => {
    assert.match(tadqiq(['--help']).out, /tadqiq extract \[options\] FILE\.pdf/);
  });

  it('pdf.js is only in dist/pdf/pdfjs.js: no start-up bundle carries it', () => {
    for (const bundle of ['cli.js', 'server.js', 'extension.js', 'web/server.js', 'web/extension.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      assert.ok(!text.includes('WorkerMessageHandler'), `${bundle} carries pdf.js`);
    }
    assert.ok(fs.readFileSync(path.join(ROOT, 'dist', 'pdf', 'pdfjs.js'), 'utf8').includes('WorkerMessageHandler'), 'the check sees pdf.js');
  });
});
