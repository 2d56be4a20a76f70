/**
 * `tadqiq lint --format sarif`, `--quiet` and `--max-warnings`: every SARIF log the CLI prints here is
 * validated against the SARIF 2.1.0 JSON schema (test/fixtures/sarif-schema-2.1.0.json, see its NOTICE)
 * with Ajv and its standard formats, so URIs are checked as real URI references.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { FINGERPRINT_KEY, REPOSITORY_URL, artifactUri } from '../server/src/cli/sarif';
import { RULES } from '../server/src/core/registry';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const T = '\u0640';
const EMOJI = '\u{1F600}'; // two UTF-16 code units

function tadqiq(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
// strictSchema: unknown keywords or formats in the schema are errors (so no format goes unchecked);
// the schema's style (required names declared in a sibling branch, untyped minimum) is not Ajv's strict style.
const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let validated = 0;

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Region } }>;
  partialFingerprints: Record<string, string>;
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: Region; insertedContent: { text: string } }> }> }>;
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string; enabled?: boolean };
}

/** Parses stdout as a SARIF log and asserts it is valid against the 2.1.0 schema. */
function sarifOf(out: string) {
  const log = JSON.parse(out);
  const data: unknown = log;
  const ok = validate(data);
  assert.ok(ok, `not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  validated++;
  assert.strictEqual(log.runs.length, 1);
  const run = log.runs[0];
  return { log, run, rules: run.tool.driver.rules as Rule[], results: run.results as Result[] };
}

const uriOf = (r: Result) => r.locations[0].physicalLocation.artifactLocation.uri;
const regionOf = (r: Result) => r.locations[0].physicalLocation.region;
const fingerprint = (r: Result) => r.partialFingerprints[FINGERPRINT_KEY];

describe('CLI --format sarif', () => {
  // count the SARIF logs validated, so that a refactor cannot silently stop validating them
  after(() => assert.ok(validated >= 13, `only ${validated} SARIF logs validated`));
  let dir: string;
  const write = eachTestInTempDir('tadqiq-sarif-', (d) => (dir = d));

  it('the schema fixture is the SARIF 2.1.0 schema and rejects a broken log', () => {
    assert.match(schema.title, /SARIF\) Version 2\.1\.0 JSON Schema/);
    assert.strictEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b.txt' } } }] }] }] }), false, 'a space in a URI is not a URI reference');
    assert.strictEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] }), false, "'info' is not a SARIF level");
  });

  it('Arabic drafts, several files, CRLF, a surrogate pair, relative and absolute paths: valid SARIF, positions as the JSON format', () => {
    write('drafts/news.txt', `سطر أول\r\n${EMOJI} الوزي${T}${T}ر ق${T}ال ${T} بعد\r\nويرى محللون أن الخطة ستفشل.\r\n`);
    write('drafts/مسودة الخبر.md', `# عنوان\n\nقال الوزير, إن ﻣﺰﺍﺭﻋﻴﻦ ق${T}الوا\n`);
    write('drafts/clean.txt', 'أعلنت الحكومة خطة جديدة.\n');
    const abs = path.join(dir, 'abs dir', `ح${T}ديث.txt`);
    write(path.join('abs dir', `ح${T}ديث.txt`), `${EMOJI}${EMOJI} ق${T}ال\n`);
    const args = ['drafts', abs];
    const r = tadqiq(['lint', '--format', 'sarif', ...args], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.strictEqual(r.err, '');
    const { log, run, rules, results } = sarifOf(r.out);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.strictEqual(run.tool.driver.name, 'tadqiq');
    assert.strictEqual(run.tool.driver.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.strictEqual(run.tool.driver.informationUri, REPOSITORY_URL);
    assert.deepStrictEqual(run.invocations, [{ executionSuccessful: true }]);
    // every result in the same place as --format json says (LSP positions are 0-based UTF-16)
    const json = JSON.parse(tadqiq(['lint', '--format', 'json', ...args], dir).out) as Record<string, Array<{ ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>>;
    const expected = Object.entries(json).flatMap(([file, fs_]) =>
      fs_.map((f) => ({ uri: artifactUri(file), ruleId: f.ruleId, region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 } })),
    );
    assert.deepStrictEqual(
      results.map((x) => ({ uri: uriOf(x), ruleId: x.ruleId, region: regionOf(x) })),
      expected,
    );
    const ruleIds = new Set(results.map((x) => x.ruleId));
    for (const id of ['tatweel', 'tatweel-dash', 'unattributed-claim', 'latin-punctuation', 'presentation-form']) assert.ok(ruleIds.has(id), `${id} found: ${[...ruleIds]}`);
    // relative paths: forward slashes, percent-encoded; absolute: a file:// URI that names the file
    const uris = [...new Set(results.map(uriOf))];
    assert.deepStrictEqual(uris.filter((u) => !u.startsWith('file:')).sort(), ['drafts/%D9%85%D8%B3%D9%88%D8%AF%D8%A9%20%D8%A7%D9%84%D8%AE%D8%A8%D8%B1.md', 'drafts/news.txt']);
    const fileUri = uris.find((u) => u.startsWith('file:'))!;
    assert.ok(fileUri.startsWith('file:///'), fileUri);
    assert.ok(!/[\s\u0600-\u06ff]/.test(fileUri), `percent-encoded: ${fileUri}`);
    assert.strictEqual(fileURLToPath(fileUri), abs);
    // the surrogate pair counts two columns: tatweel in "الوزير" starts at column 4 (after 😀 and a space) on line 2 of a CRLF file
    const news = results.filter((x) => uriOf(x) === 'drafts/news.txt' && x.ruleId === 'tatweel');
    assert.deepStrictEqual(regionOf(news[0]), { startLine: 2, startColumn: 4, endLine: 2, endColumn: 12 });
    const absTatweel = results.find((x) => uriOf(x) === fileUri && x.ruleId === 'tatweel')!;
    assert.deepStrictEqual(regionOf(absTatweel), { startLine: 1, startColumn: 6, endLine: 1, endColumn: 10 });
    // ruleIndex points at the rule; rules are those that ran, with registry texts and a docs/rules/<id>.md help URI
    for (const x of results) assert.strictEqual(rules[x.ruleIndex].id, x.ruleId);
    assert.deepStrictEqual(rules.map((x) => x.id), RULES.filter((x) => x.defaultEnabled).map((x) => x.id));
    for (const rule of rules) {
      const reg = RULES.find((x) => x.id === rule.id)!;
      assert.strictEqual(rule.shortDescription.text, reg.title.en);
      assert.strictEqual(rule.fullDescription.text, reg.description.en);
      assert.strictEqual(rule.helpUri, `${REPOSITORY_URL}/blob/main/docs/rules/${rule.id}.md`);
      assert.strictEqual(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[reg.defaultSeverity]);
      assert.match(rule.name, /^[A-Z][A-Za-z0-9]*$/);
    }
    // fingerprints: present and distinct
    const fps = results.map(fingerprint);
    assert.ok(fps.every((f) => /^[0-9a-f]{32}:\d+$/.test(f)), fps.join(' '));
    assert.strictEqual(new Set(fps.map((f, i) => uriOf(results[i]) + ' ' + f)).size, fps.length);
  });

  it('REPOSITORY_URL is package.json repository.url (help URIs and informationUri follow the repository)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url;
    assert.strictEqual(REPOSITORY_URL, url.replace(/^git\+/, '').replace(/\.git$/, ''));
  });

  it('a clean run, --rules, and an unreadable file are valid SARIF too (exit codes 0 and 2)', () => {
    write('clean.txt', 'أعلنت الحكومة خطة جديدة.\n');
    const clean = tadqiq(['lint', '--format', 'sarif', 'clean.txt'], dir);
    assert.strictEqual(clean.code, 0, clean.err);
    assert.deepStrictEqual(sarifOf(clean.out).results, []);
    write('d.txt', `ق${T}ال ${T} بعد`);
    const only = sarifOf(tadqiq(['lint', '--format', 'sarif', '--rules', 'tatweel-dash', 'd.txt'], dir).out);
    assert.deepStrictEqual(only.rules.map((x) => x.id), ['tatweel-dash']);
    assert.deepStrictEqual(only.results.map((x) => [x.ruleId, x.ruleIndex]), [['tatweel-dash', 0]]);
    write('bin.txt', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const bad = tadqiq(['lint', '--format', 'sarif', 'bin.txt', 'missing.txt', 'd.txt'], dir);
    assert.strictEqual(bad.code, 2);
    const { run, results } = sarifOf(bad.out);
    assert.strictEqual(run.invocations[0].executionSuccessful, false);
    const notes = run.invocations[0].toolExecutionNotifications;
    assert.deepStrictEqual(notes.map((n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => n.locations[0].physicalLocation.artifactLocation.uri).sort(), ['bin.txt', 'missing.txt']);
    assert.ok(notes.some((n: { message: { text: string } }) => /bin\.txt: binary file/.test(n.message.text)));
    assert.ok(notes.every((n: { level: string }) => n.level === 'error'));
    assert.ok(results.length > 0, 'the readable file is still reported');
  });

  it('levels: error → error, warning → warning, info and hint → note (configured severities)', () => {
    write('d.txt', `ق${T}ال ${T} بعد. ويرى محللون أن الخطة ستفشل. قال الوزير, إن`);
    const byRule = (results: Result[]) => Object.fromEntries(results.map((x) => [x.ruleId, x.level]));
    const defaults = sarifOf(tadqiq(['lint', '--format', 'sarif', 'd.txt'], dir).out);
    assert.deepStrictEqual(byRule(defaults.results), { tatweel: 'warning', 'tatweel-dash': 'note', 'unattributed-claim': 'note', 'latin-punctuation': 'warning' });
    write('.tadqiq.json', JSON.stringify({ rules: { tatweel: 'error', 'tatweel-dash': 'hint', 'latin-punctuation': 'info' } }));
    const configured = sarifOf(tadqiq(['lint', '--format', 'sarif', 'd.txt'], dir).out);
    assert.deepStrictEqual(byRule(configured.results), { tatweel: 'error', 'tatweel-dash': 'note', 'unattributed-claim': 'note', 'latin-punctuation': 'note' });
    // defaultConfiguration is the registry's default, whatever the settings
    assert.strictEqual(configured.rules.find((x) => x.id === 'tatweel')!.defaultConfiguration.level, 'warning');
  });

  it('fingerprints survive a line inserted above, an edit on another line and CRLF, and tell identical lines apart', () => {
    const lines = ['مقدمة الخبر.', `قال الوزي${T}ر إن خ${T}طة الدعم ${T} جاهزة.`, 'سطر آخر.', `قال الوزي${T}ر إن خ${T}طة الدعم ${T} جاهزة.`];
    const run = (text: string) => {
      write('d.txt', text);
      return sarifOf(tadqiq(['lint', '--format', 'sarif', 'd.txt'], dir).out).results;
    };
    const before = run(lines.join('\n') + '\n');
    assert.strictEqual(before.length, 6);
    const fps = before.map(fingerprint);
    assert.strictEqual(new Set(fps).size, 6, 'distinct fingerprints');
    // the same finding on two identical lines: same hash, occurrence 1 and 2
    assert.strictEqual(fps[0].split(':')[0], fps[3].split(':')[0]);
    assert.deepStrictEqual([fps[0].split(':')[1], fps[3].split(':')[1]], ['1', '2']);
    // a line inserted above and another line edited: same fingerprints, regions moved one line down
    const inserted = run([lines[0], 'سطر جديد أضيف فوق.', lines[1], 'سطر آخر تغير.', lines[3]].join('\n') + '\n');
    assert.deepStrictEqual(inserted.map(fingerprint), fps);
    assert.deepStrictEqual(inserted.map((x) => regionOf(x).startLine), before.map((x) => regionOf(x).startLine + 1));
    // CRLF instead of LF, and a trailing space on the line: same fingerprints
    assert.deepStrictEqual(run(lines.join('\r\n') + '\r\n').map(fingerprint), fps);
    assert.deepStrictEqual(run([lines[0], lines[1] + ' ', lines[2], lines[3]].join('\n')).map(fingerprint), fps);
    // fixing the first of two identical lines renumbers the second one (occurrence), as it must
    const fixedFirst = run([lines[0], lines[1].split(T).join(''), lines[2], lines[3]].join('\n'));
    assert.deepStrictEqual(fixedFirst.map(fingerprint), fps.slice(0, 3));
  });

  it('the preferred fix as SARIF replacements gives the text tadqiq fix prints', () => {
    const text = `سطر ${EMOJI} أول\r\nقال الوزي${T}${T}ر إن خ${T}طة الدعم\r\nق${T}ال ${T} بعد\n`;
    write('d.txt', text);
    const { results } = sarifOf(tadqiq(['lint', '--format', 'sarif', 'd.txt'], dir).out);
    const withFix = results.filter((x) => x.fixes);
    assert.ok(withFix.length >= 4, `${withFix.length} results with fixes`);
    // region → offset: 1-based line/column in UTF-16 units, lines ending at \r\n or \n
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const offset = (line: number, column: number) => starts[line - 1] + column - 1;
    const edits = withFix.flatMap((x) => {
      assert.strictEqual(x.fixes!.length, 1);
      assert.strictEqual(x.fixes![0].artifactChanges[0].artifactLocation.uri, 'd.txt');
      return x.fixes![0].artifactChanges[0].replacements.map((rep) => ({ start: offset(rep.deletedRegion.startLine, rep.deletedRegion.startColumn), end: offset(rep.deletedRegion.endLine, rep.deletedRegion.endColumn), text: rep.insertedContent.text }));
    });
    edits.sort((a, b) => b.start - a.start);
    let fixed = text;
    for (const e of edits) fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
    assert.strictEqual(fixed, tadqiq(['fix', 'd.txt'], dir).out);
  });

  // (how the time grows with the length: `npm run bench`, scripts/bench-linear.mjs; the timeout only stops a hang)
  it('a 1 MB single line: fingerprints hashed per line, not per finding', function () {
    this.timeout(60000);
    const chunk = 'أعلنت الحكومة خطة جديدة لدعم المزارعين '.repeat(40) + `الجم${T}اعة `;
    write('huge.txt', chunk.repeat(Math.ceil((1024 * 1024) / chunk.length)));
    const r = tadqiq(['lint', '--format', 'sarif', '--rules', 'tatweel', 'huge.txt'], dir);
    assert.strictEqual(r.code, 1, r.err);
    const { results } = sarifOf(r.out);
    assert.ok(results.length > 400, `${results.length} results`);
    assert.deepStrictEqual(results.map((x) => Number(fingerprint(x).split(':')[1])), results.map((_, i) => i + 1));
  });

  it('artifactUri: relative paths as percent-encoded URI references, absolute ones as file:// URIs', () => {
    assert.strictEqual(artifactUri('./a/../b c/د.txt'), 'b%20c/%D8%AF.txt');
    assert.strictEqual(artifactUri('../up/x#1?.md'), '../up/x%231%3F.md');
    assert.strictEqual(artifactUri('a:b.txt'), 'a%3Ab.txt', 'a colon in the first segment would read as a scheme');
    assert.strictEqual(artifactUri('100%.txt'), '100%25.txt');
    assert.strictEqual(artifactUri('sub\\d.txt', path.win32), 'sub/d.txt');
    assert.strictEqual(fileURLToPath(artifactUri('/tmp/a b/%/د.txt')), '/tmp/a b/%/د.txt');
  });
});

describe('CLI --quiet and --max-warnings', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-maxw-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);
  // two warnings (tatweel), one info (tatweel-dash)
  const WARNINGS = `ق${T}ال الوزي${T}ر ${T} بعد`;
  const INFO_ONLY = `قال ${T} بعد`;

  it('--max-warnings N: exit 1 only when the warnings exceed N (or on errors); info never fails', () => {
    write('w.txt', WARNINGS);
    write('i.txt', INFO_ONLY);
    assert.strictEqual(tadqiq(['lint', 'w.txt'], dir).code, 1, 'without the option any finding fails');
    const at = tadqiq(['lint', '--max-warnings', '2', 'w.txt'], dir);
    assert.strictEqual(at.code, 0, at.err);
    assert.match(at.out, /3 problems \(2 warnings, 1 info\)/, 'the findings are still shown');
    const over = tadqiq(['lint', '--max-warnings=1', 'w.txt'], dir);
    assert.strictEqual(over.code, 1);
    assert.match(over.err, /2 warnings found, more than --max-warnings 1/);
    assert.strictEqual(tadqiq(['lint', '--max-warnings', '0', 'i.txt'], dir).code, 0, 'info does not count');
    assert.strictEqual(tadqiq(['lint', '--max-warnings', '0', '--format', 'sarif', 'w.txt'], dir).code, 1);
    assert.strictEqual(tadqiq(['lint', '--max-warnings', '0', '--format', 'json', 'i.txt'], dir).code, 0);
    write('.tadqiq.json', JSON.stringify({ rules: { 'tatweel-dash': 'error' } }));
    const err = tadqiq(['lint', '--max-warnings', '10', 'w.txt'], dir);
    assert.strictEqual(err.code, 1, 'an error fails whatever the budget');
    assert.strictEqual(err.err, '');
  });

  it('--quiet reports errors only; warnings alone pass, unless --max-warnings counts them', () => {
    write('w.txt', WARNINGS);
    const quiet = tadqiq(['lint', '--quiet', 'w.txt'], dir);
    assert.strictEqual(quiet.code, 0, quiet.err);
    assert.strictEqual(quiet.out, '');
    assert.deepStrictEqual(JSON.parse(tadqiq(['lint', '--quiet', '--format', 'json', 'w.txt'], dir).out), { 'w.txt': [] });
    const budget = tadqiq(['lint', '--quiet', '--max-warnings', '1', 'w.txt'], dir);
    assert.strictEqual(budget.code, 1, 'hidden warnings still count against --max-warnings (as in ESLint)');
    assert.strictEqual(budget.out, '');
    write('.tadqiq.json', JSON.stringify({ rules: { 'tatweel-dash': 'error' } }));
    const errors = tadqiq(['lint', '--quiet', 'w.txt'], dir);
    assert.strictEqual(errors.code, 1);
    assert.deepStrictEqual(errors.out.trim().split('\n').filter(Boolean).map((l) => l.replace(/ .*\[/, ' [')), ['w.txt:1:14 [tatweel-dash]', '1 problem (1 error) in 1 file']);
    const sarif = sarifOf(tadqiq(['lint', '--quiet', '--format', 'sarif', 'w.txt'], dir).out);
    assert.deepStrictEqual(sarif.results.map((x) => [x.ruleId, x.level]), [['tatweel-dash', 'error']]);
    assert.ok(sarif.rules.some((x) => x.id === 'tatweel'), 'the rules that ran are listed even when quiet hides their results');
  });

  after(() => assert.ok(validated >= 14, `only ${validated} SARIF logs validated`));

  it('usage: bad --max-warnings values, --format sarif on rules, and the help text', () => {
    write('w.txt', WARNINGS);
    for (const bad of [['--max-warnings'], ['--max-warnings', 'lots'], ['--max-warnings', '-1'], ['--max-warnings', '1.5'], ['--format', 'sarif2']]) {
      const r = tadqiq(['lint', ...bad, 'w.txt'], dir);
      assert.strictEqual(r.code, 2, bad.join(' '));
      assert.match(r.err, /tadqiq: /);
    }
    assert.strictEqual(tadqiq(['rules', '--format', 'sarif'], dir).code, 2);
    write('gone.txt', '');
    fs.rmSync(path.join(dir, 'gone.txt'));
    assert.strictEqual(tadqiq(['lint', '--max-warnings', '5', 'gone.txt', 'w.txt'], dir).code, 2, 'a file error is still exit 2');
    const help = tadqiq(['--help'], dir).out;
    for (const s of ['--format text|json|sarif', '--quiet', '--max-warnings N']) assert.ok(help.includes(s), s);
  });
});
