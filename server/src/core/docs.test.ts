import * as assert from 'assert';
import { REPOSITORY, repositoryWebUrl, ruleDocUrl } from './docs';
import { RULES } from './registry';
import { RULE_DOC_SECTIONS, ruleDocBlock, updateRuleDoc } from './schema';

describe('rule documentation links (core/docs)', () => {
  it('repositoryWebUrl understands the forms package.json allows', () => {
    const cases: Array<[unknown, string | undefined]> = [
      ['https://github.com/o/r.git', 'https://github.com/o/r'],
      ['git+https://github.com/o/r.git', 'https://github.com/o/r'],
      [{ type: 'git', url: 'git+ssh://git@gitlab.com/o/r.git' }, 'https://gitlab.com/o/r'],
      ['git@github.com:o/r.git', 'https://github.com/o/r'],
      ['git://github.com/o/r.git', 'https://github.com/o/r'],
      ['github:o/r', 'https://github.com/o/r'],
      ['gitlab:o/r', 'https://gitlab.com/o/r'],
      ['o/r', 'https://github.com/o/r'],
      ['http://example.org/o/r/', 'https://example.org/o/r'],
      ['', undefined],
      [{}, undefined],
      [42, undefined],
      ['not a url', undefined],
    ];
    for (const [input, want] of cases) assert.strictEqual(repositoryWebUrl(input), want, JSON.stringify(input));
  });
  it('ruleDocUrl: <repository>/blob/main/docs/rules/<id>.md from REPOSITORY; none without a repository', () => {
    assert.strictEqual(ruleDocUrl('tatweel', 'https://github.com/o/r.git'), 'https://github.com/o/r/blob/main/docs/rules/tatweel.md');
    assert.strictEqual(ruleDocUrl('tatweel'), `${repositoryWebUrl(REPOSITORY)}/blob/main/docs/rules/tatweel.md`);
    assert.strictEqual(ruleDocUrl('tatweel', ''), undefined);
  });
});

describe('rule pages (schema.updateRuleDoc)', () => {
  const rule = RULES.find((r) => r.id === 'tatweel')!;
  it('a new page has both generated blocks and every hand-written heading, waiting for text', () => {
    const page = updateRuleDoc(undefined, rule);
    for (const h of RULE_DOC_SECTIONS) assert.ok(page.includes(`${h}\n\nTODO`), h);
    assert.ok(page.includes(ruleDocBlock(rule, 'header')) && page.includes(ruleDocBlock(rule, 'options')));
    assert.strictEqual(updateRuleDoc(page, rule), page, 'idempotent');
  });
  it('rewrites stale generated blocks and keeps the hand-written text byte for byte', () => {
    const page = updateRuleDoc(undefined, rule).replace('## What it finds\n\nTODO', '## What it finds\n\nHand-written, with `code` and <U+0640>.');
    const stale = page.replace(ruleDocBlock(rule, 'header'), '# old title').replace(ruleDocBlock(rule, 'options'), 'old options');
    assert.notStrictEqual(stale, page);
    assert.strictEqual(updateRuleDoc(stale, rule), page);
  });
  it('a page that lost a block gets it back (header first, options last)', () => {
    const page = updateRuleDoc(undefined, rule);
    const headerEnd = page.indexOf('<!-- END GENERATED: header -->') + '<!-- END GENERATED: header -->'.length;
    const withoutHeader = page.slice(headerEnd).replace(/^\n+/, '');
    assert.strictEqual(updateRuleDoc(withoutHeader, rule), page);
  });
  it('generated blocks carry no raw invisible character (tatweel shown as <U+0640>)', () => {
    for (const r of RULES) {
      const text = ruleDocBlock(r, 'header') + ruleDocBlock(r, 'options');
      assert.ok(!/[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/.test(text), r.id);
    }
    assert.ok(ruleDocBlock(rule, 'header').includes('ه<U+0640>'));
  });
});
