/** The CLI contract (DEVELOPERS.md): exit codes, JSON shape, text format, fix/--write/--rules, bad input. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const T = '\u0640';

function tadqiq(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  let dir: string;
  const write = eachTestInTempDir('tadqiq-cli-', (d) => (dir = d));

  it('exits 0 on a clean file and prints nothing', () => {
    write('clean.txt', 'أعلنت الحكومة خطة جديدة.\n');
    const r = tadqiq(['lint', 'clean.txt'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, '');
  });

  it('exits 1 on findings, text format file:line:col severity message [rule]', () => {
    write('d.txt', `سطر أول\nقال الوزي${T}${T}ر\n`);
    const r = tadqiq(['lint', 'd.txt'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /^d\.txt:2:5 warning Stray tatweel in “الوزير”.* \[tatweel\]$/m);
    assert.match(r.out, /1 problem \(1 warning\) in 1 file/);
  });

  it('--format json prints the contract shape, keyed by the path as given', () => {
    write('sub/d.txt', `أ\r\nالجم${T}اعة 😀 ق${T}ال`);
    const r = tadqiq(['lint', '--format', 'json', 'sub/d.txt'], dir);
    assert.strictEqual(r.code, 1);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(json), ['sub/d.txt']);
    const [a, b] = json['sub/d.txt'].filter((f: { ruleId: string }) => f.ruleId === 'tatweel');
    assert.deepStrictEqual(a.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    assert.strictEqual(a.ruleId, 'tatweel');
    assert.strictEqual(a.severity, 'warning');
    assert.strictEqual(typeof a.message, 'string');
    assert.deepStrictEqual(a.fixes[0].edits, [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, newText: '' }]);
    assert.strictEqual(typeof a.fixes[0].title, 'string');
    // after a surrogate pair (two UTF-16 units)
    assert.deepStrictEqual(b.range.start, { line: 1, character: 12 });
  });

  it('json: every file appears, clean ones with []', () => {
    write('a.txt', 'نص سليم');
    write('b.txt', `ق${T}ال`);
    const json = JSON.parse(tadqiq(['lint', '--format=json', 'a.txt', 'b.txt'], dir).out);
    assert.deepStrictEqual(json['a.txt'], []);
    assert.strictEqual(json['b.txt'].length, 1);
  });

  it('expands directories (text and Markdown only) and globs', () => {
    write('drafts/one.txt', `ق${T}ال`);
    write('drafts/two.md', `ق${T}ال`);
    write('drafts/deep/three.ar.txt', `ق${T}ال`);
    write('drafts/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const dirRun = JSON.parse(tadqiq(['lint', '--format', 'json', 'drafts'], dir).out);
    assert.deepStrictEqual(Object.keys(dirRun).sort(), ['drafts/deep/three.ar.txt', 'drafts/one.txt', 'drafts/two.md'].map((p) => p.split('/').join(path.sep)).sort());
    const globRun = JSON.parse(tadqiq(['lint', '--format', 'json', 'drafts/**/*.txt'], dir).out);
    assert.strictEqual(Object.keys(globRun).length, 2);
  });

  it('binary, wrong-encoding and missing files: one clear message each, the run goes on, exit 2', () => {
    write('bin.txt', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    write('cp1256.txt', Buffer.from([0xc7, 0xe1, 0xcd, 0xdf, 0xe6, 0xe3, 0xc9]));
    write('ok.txt', `ق${T}ال`);
    const r = tadqiq(['lint', 'bin.txt', 'cp1256.txt', 'missing.txt', 'ok.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /bin\.txt: binary file/);
    assert.match(r.err, /cp1256\.txt: not valid UTF-8/);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.match(r.out, /ok\.txt:1:1 warning/);
    assert.strictEqual(r.err.trim().split('\n').length, 3);
  });

  it('a text with a few NULs (unmapped PDF glyphs) is still text: linted and fixed; real binaries get the one message', () => {
    write('nul.txt', 'قال الو\u0000زارة إن الم\u0004درسة ستفتح.\n');
    const r = tadqiq(['lint', '--format', 'json', 'nul.txt'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.deepStrictEqual(JSON.parse(r.out)['nul.txt'].map((f: { ruleId: string }) => f.ruleId), ['extraction-junk', 'extraction-junk']);
    assert.strictEqual(tadqiq(['fix', '--write', 'nul.txt'], dir).code, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'nul.txt'), 'utf8'), 'قال الوزارة إن المدرسة ستفتح.\n');
    // binaries: PNG, PDF (binary comment line), zip, ELF, UTF-16 without a byte order mark, a valid UTF-8 file of padding
    write('a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    write('a.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n'), Buffer.alloc(4)]));
    write('a.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0xa1, 0xb2, 0xc3, 0xd4]));
    write('a.elf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8), Buffer.from([2, 0, 0x3e, 0, 1, 0, 0, 0, 0x40, 0x10, 0x40, 0, 0xff, 0xfe])]));
    write('pad.txt', Buffer.concat([Buffer.from('header '), Buffer.alloc(512), Buffer.from(' trailer')]));
    write('u16.txt', Buffer.from('قال الوزير إن المشروع جاهز', 'utf16le'));
    write('u16ascii.txt', Buffer.from('The minister said the project is ready', 'utf16le'));
    const bad = tadqiq(['lint', 'a.png', 'a.pdf', 'a.zip', 'a.elf', 'pad.txt', 'u16.txt', 'u16ascii.txt'], dir);
    assert.strictEqual(bad.code, 2);
    for (const f of ['a.png', 'a.pdf', 'a.zip', 'a.elf', 'pad.txt']) assert.match(bad.err, new RegExp(`${f.replace('.', '\\.')}: binary file`), bad.err);
    assert.match(bad.err, /u16ascii\.txt: UTF-16 text without a byte order mark/);
    // Arabic UTF-16LE without a BOM has no NUL byte at all (U+06xx is 0x?? 0x06): not valid UTF-8 either way
    assert.match(bad.err, /u16\.txt: (UTF-16 text without a byte order mark|not valid UTF-8|binary file)/);
    assert.strictEqual(bad.err.trim().split('\n').length, 7);
  });

  it('UTF-16 with a byte order mark is read, and fix --write keeps its encoding and BOM', () => {
    for (const [name, enc] of [['le.txt', 'utf-16le'], ['be.txt', 'utf-16be']] as const) {
      const bytes = Buffer.from(`\ufeffقال الوزي${T}ر\r\n`, 'utf16le');
      if (enc === 'utf-16be') bytes.swap16();
      write(name, bytes);
      const r = tadqiq(['lint', '--format', 'json', name], dir);
      assert.strictEqual(r.code, 1, r.err);
      assert.deepStrictEqual(JSON.parse(r.out)[name].map((f: { ruleId: string }) => f.ruleId), ['tatweel']);
      assert.strictEqual(tadqiq(['fix', name], dir).out, 'قال الوزير\r\n');
      assert.strictEqual(tadqiq(['fix', '--write', name], dir).code, 0);
      const back = fs.readFileSync(path.join(dir, name));
      if (enc === 'utf-16be') back.swap16();
      assert.strictEqual(back.toString('utf16le'), '\ufeffقال الوزير\r\n');
    }
  });

  it('usage errors exit 2', () => {
    assert.strictEqual(tadqiq(['lint'], dir).code, 2);
    assert.strictEqual(tadqiq(['lint', '--format', 'xml', 'a.txt'], dir).code, 2);
    assert.strictEqual(tadqiq(['lint', '--rules', 'nope', 'a.txt'], dir).code, 2);
    assert.strictEqual(tadqiq(['frobnicate'], dir).code, 2);
    assert.strictEqual(tadqiq([], dir).code, 2);
    const r = tadqiq(['--help'], dir);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /tadqiq lint/);
  });

  it('fix prints the fixed text; --write rewrites atomically keeping BOM and CRLF', () => {
    write('d.txt', `\ufeffالجم${T}${T}اعة\r\nق${T}ال`);
    const printed = tadqiq(['fix', 'd.txt'], dir);
    assert.strictEqual(printed.code, 0);
    assert.strictEqual(printed.out, '\ufeffالجماعة\r\nقال');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'd.txt'), 'utf8'), `\ufeffالجم${T}${T}اعة\r\nق${T}ال`, 'fix without --write leaves the file');
    const w = tadqiq(['fix', '--write', 'd.txt'], dir);
    assert.strictEqual(w.code, 0, w.err);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'd.txt'), 'utf8'), '\ufeffالجماعة\r\nقال');
    assert.deepStrictEqual(fs.readdirSync(dir), ['d.txt'], 'no temporary file left');
  });

  it('fix --rules limits the rules applied', () => {
    write('d.txt', `ق${T}ال ${T} بعد`);
    assert.strictEqual(tadqiq(['fix', '--rules', 'tatweel-dash', 'd.txt'], dir).out, `ق${T}ال \u2013 بعد`);
    assert.strictEqual(tadqiq(['fix', '--rules', 'tatweel', 'd.txt'], dir).out, `قال ${T} بعد`);
  });

  it('lint --rules limits the rules reported', () => {
    write('d.txt', `ق${T}ال ${T} بعد`);
    const json = JSON.parse(tadqiq(['lint', '--format', 'json', '--rules', 'tatweel', 'd.txt'], dir).out);
    assert.deepStrictEqual(json['d.txt'].map((f: { ruleId: string }) => f.ruleId), ['tatweel']);
  });

  it('reads .tadqiq.json settings; a broken one is one clear error', () => {
    write('d.txt', `ق${T}ال`);
    write('.tadqiq.json', JSON.stringify({ rules: { tatweel: 'error' }, messageLanguage: 'ar' }));
    const r = tadqiq(['lint', 'd.txt'], dir);
    assert.match(r.out, /error تطويل زائد/);
    write('.tadqiq.json', '{ rules: ');
    const bad = tadqiq(['lint', 'd.txt'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /\.tadqiq\.json: not valid JSON/);
    write('.tadqiq.json', JSON.stringify({ rules: { tatweel: 'loud' } }));
    const warn = tadqiq(['lint', 'd.txt'], dir);
    assert.strictEqual(warn.code, 1);
    assert.match(warn.err, /tadqiq\.rules\.tatweel: expected one of/);
  });

  it('--lang ar gives Arabic messages', () => {
    write('d.txt', `ق${T}ال`);
    assert.match(tadqiq(['lint', '--lang', 'ar', 'd.txt'], dir).out, /تطويل زائد في «قال»/);
  });

  it('handles empty files and a 10 MB single line', function () {
    this.timeout(60000);
    write('empty.txt', '');
    assert.strictEqual(tadqiq(['lint', 'empty.txt'], dir).code, 0);
    // one line, 10 MB: a stretched word every ~1,000 words
    const chunk = 'أعلنت الحكومة خطة جديدة لدعم المزارعين '.repeat(166) + `الجم${T}اعة `;
    const reps = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(chunk));
    write('huge.txt', chunk.repeat(reps));
    const r = tadqiq(['lint', '--format', 'json', 'huge.txt'], dir);
    assert.strictEqual(r.code, 1, r.err);
    const found = JSON.parse(r.out)['huge.txt'].filter((f: { ruleId: string }) => f.ruleId === 'tatweel');
    assert.strictEqual(found.length, reps);
    assert.strictEqual(found[reps - 1].range.start.line, 0);
    const f = tadqiq(['fix', 'huge.txt'], dir);
    assert.strictEqual(f.code, 0);
    assert.ok(!f.out.includes(T));
  });

  it('rules lists every registered rule, each with the address of its page (docs/rules/<id>.md)', () => {
    const json = JSON.parse(tadqiq(['rules', '--format', 'json'], dir).out);
    assert.ok(json.some((r: { id: string }) => r.id === 'tatweel'));
    for (const r of json as Array<{ id: string; docs: string }>) assert.ok(r.docs.endsWith(`/blob/main/docs/rules/${r.id}.md`), JSON.stringify(r.docs));
  });
});
