/** The CLI honours inline suppression comments and "ignore here" keys in .tadqiq/reviewed.json (README, "Suppressing findings"). */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { reviewKey } from '../server/src/core/rules/missing-numeral';
import { reviewedKey } from '../server/src/core/rules/unattributed-claim';
import { eachTestInTempDir } from './tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const T = '\u0640';
const W = `الوزي${T}${T}ر`;

function tadqiq(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI: suppression', () => {
  let dir: string;
  const write = eachTestInTempDir('tadqiq-cli-sup-', (d) => (dir = d));
  const lines = (out: string) => [...out.matchAll(/^[^:\n]+:(\d+):\d+ .*\[(\S+)\]$/gm)].map((m) => `${m[1]} ${m[2]}`);

  it('Markdown: disable-next-line and disable … enable drop their findings; the rest stay; exit 1', () => {
    write(
      'd.md',
      [
        '# عنوان',
        '<!-- tadqiq-disable-next-line tatweel -->',
        `قال ${W} أمس.`,
        `قال ${W} اليوم.`,
        '<!-- tadqiq-disable -->',
        `قال ${W} غدًا.`,
        '<!-- tadqiq-enable -->',
        '```',
        '<!-- tadqiq-disable -->',
        '```',
        `قال ${W} أخيرًا.`,
        '',
      ].join('\n'),
    );
    const r = tadqiq(['lint', 'd.md'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.deepStrictEqual(lines(r.out), ['4 tatweel', '11 tatweel']);
  });

  it('every finding suppressed: exit 0, nothing printed; the comment alone is never a finding', () => {
    write('d.md', `<!-- tadqiq-disable-next-line tatweel -->\r\nقال ${W} أمس.\r\n`);
    write('e.txt', `<!-- tadqiq-disable tatweel, bidi-control -->\nقال ${W} أمس.\n`);
    const r = tadqiq(['lint', 'd.md', 'e.txt'], dir);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.out, '');
  });

  it('fix leaves suppressed findings alone', () => {
    write('d.md', `<!-- tadqiq-disable-next-line -->\nقال ${W} أمس.\nقال ${W} اليوم.\n`);
    const r = tadqiq(['fix', 'd.md'], dir);
    assert.strictEqual(r.out, `<!-- tadqiq-disable-next-line -->\nقال ${W} أمس.\nقال الوزير اليوم.\n`);
  });

  it('"ignore here" keys in .tadqiq/reviewed.json are honoured for any rule; older keys of the two review rules still work', () => {
    const claim = 'ويرى محللون أن الأسعار سترتفع.';
    const gap = 'قُتل  أشخاص في الهجوم.';
    const text = `قال ${W} إن الخطة جاهزة.\n${claim}\n${gap}\nوقال ${W} أمس\n`;
    write('drafts/d.txt', text);
    const before = lines(tadqiq(['lint', '--rules', 'tatweel,unattributed-claim,missing-numeral', 'drafts/d.txt'], dir).out);
    assert.deepStrictEqual(before, ['1 tatweel', '2 unattributed-claim', '3 missing-numeral', '4 tatweel']);
    const keys = [
      // the key "Ignore here" stores (ignoreKey): the rule, the words around, the flagged word with its tatweel written out
      'tatweel:قال \u27e6الوزي<U+0640><U+0640>ر\u27e7 إن الخطة جاهزة.',
      reviewedKey(claim),
      reviewKey(text, text.indexOf('  ') + 1),
    ];
    write('.tadqiq/reviewed.json', JSON.stringify({ version: 1, reviewed: keys }, null, 2));
    const r = tadqiq(['lint', '--rules', 'tatweel,unattributed-claim,missing-numeral', 'drafts/d.txt'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.deepStrictEqual(lines(r.out), ['4 tatweel']);
    write('.tadqiq/reviewed.json', JSON.stringify({ version: 1, reviewed: [keys[0], `tatweel:وقال \u27e6الوزي<U+0640><U+0640>ر\u27e7 أمس`] }));
    const all = tadqiq(['lint', '--rules', 'tatweel', 'drafts/d.txt'], dir);
    assert.strictEqual(all.code, 0, all.out + all.err);
  });
});
