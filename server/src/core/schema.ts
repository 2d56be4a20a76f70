/**
 * The settings schema, generated from the registry: package.json `contributes.configuration` is
 * written from this by `npm run gen`, and test/manifest.test.ts fails when package.json is stale.
 * docs/rules.md is generated the same way, and so are the generated blocks of each rule's page
 * docs/rules/<id>.md (`updateRuleDoc`: the rest of a page is written by hand and kept).
 */
import { ruleDocUrl } from './docs';
import { RULES } from './registry';
import { CONFIG_FILE, CONFIG_SECTION, DEBOUNCE_MS, MAX_DIAGNOSTICS, DISPLAY_NAME, MESSAGE_LANGUAGES, SETTING_DEFAULTS, settingName, TRACE_LEVELS } from '../shared/vocabulary';
import { visible } from './text/visible';
import type { OptionSpec, Rule } from './types';

export { RULES }; // for scripts/gen-manifest.mjs, which bundles this module alone

type JsonSchema = Record<string, unknown>;

function optionSchema(spec: OptionSpec): JsonSchema {
  const base: JsonSchema = { default: spec.default, markdownDescription: `${spec.description.en}\n\n${spec.description.ar}`, scope: 'resource' };
  switch (spec.type) {
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'number':
      return { type: 'number', ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}), ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}), ...base };
    case 'string':
      return { type: 'string', ...(spec.enum ? { enum: spec.enum } : {}), ...base };
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, ...base };
  }
}

export function configurationSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    [settingName('enable')]: { type: 'boolean', default: SETTING_DEFAULTS.enable, description: 'Run tadqiq on Arabic drafts. / تشغيل تدقيق على المسودات العربية.', scope: 'window', order: 0 },
    [settingName('languages')]: {
      type: 'array',
      items: { type: 'string' },
      default: [...SETTING_DEFAULTS.languages],
      description: 'Language ids of the documents tadqiq checks (fenced code in Markdown is skipped). / معرّفات لغات المستندات التي يفحصها تدقيق.',
      scope: 'window',
      order: 1,
    },
    [settingName('messageLanguage')]: {
      type: 'string',
      enum: [...MESSAGE_LANGUAGES],
      enumDescriptions: ['The language of VS Code\u2019s display', 'العربية', 'English'],
      default: SETTING_DEFAULTS.messageLanguage,
      description: 'Language of the messages and quick-fix titles. / لغة الرسائل وعناوين الإصلاحات.',
      scope: 'resource',
      order: 2,
    },
    [settingName('debounce')]: {
      type: 'number',
      default: DEBOUNCE_MS.default,
      minimum: DEBOUNCE_MS.minimum,
      maximum: DEBOUNCE_MS.maximum,
      description: 'Milliseconds to wait after typing stops before checking again. / مهلة الانتظار بعد الكتابة قبل إعادة الفحص (مللي ثانية).',
      scope: 'resource',
      order: 3,
    },
    [settingName('maxDiagnostics')]: {
      type: 'number',
      default: MAX_DIAGNOSTICS.default,
      minimum: MAX_DIAGNOSTICS.minimum,
      maximum: MAX_DIAGNOSTICS.maximum,
      markdownDescription:
        'The most problems the editor is sent for one draft (0: all). Over it, errors come first, then the problems nearest your last edit; the review report and `tadqiq lint` list them all. VS Code shows at most 1,000 per file. / أقصى عدد من المشكلات يُرسل إلى المحرر للمسودة الواحدة (0: الكل). عند تجاوزه تأتي الأخطاء أولًا ثم المشكلات الأقرب إلى آخر تعديل؛ ويسرد تقرير المراجعة و`tadqiq lint` المشكلات كلها.',
      scope: 'resource',
      order: 3,
    },
    [settingName('traceServer')]: {
      type: 'string',
      enum: [...TRACE_LEVELS],
      default: SETTING_DEFAULTS.traceServer,
      description: 'Trace the communication between VS Code and the tadqiq server (Output panel).',
      scope: 'window',
      order: 4,
    },
    [settingName('pasteRepairByDefault')]: {
      type: 'boolean',
      default: SETTING_DEFAULTS.pasteRepairByDefault,
      markdownDescription:
        'Make "Paste as repaired Arabic" the default paste when the pasted text carries PDF damage (presentation forms, bidi controls, tatweel, visual order …). Off: the plain paste stays the default and the repaired text is one click away in the paste widget (or `editor.action.pasteAs`). Per language too, e.g. `"[arabic-draft]": { "tadqiq.paste.repairByDefault": true }`.\n\n' +
        'جعل «اللصق نصًا عربيًا مُصلَحًا» هو اللصق الافتراضي متى حمل النص الملصوق أضرار PDF (أشكال العرض، محارف الاتجاه، التطويل، الترتيب البصري …). عند إيقافه يبقى اللصق العادي هو الافتراضي، والنص المُصلَح على بعد نقرة في أداة اللصق.',
      scope: 'language-overridable',
      order: 6,
    },
  };
  const levels: Record<string, JsonSchema> = {};
  for (const rule of RULES) {
    levels[rule.id] = {
      type: 'string',
      enum: ['default', 'off', 'error', 'warning', 'info', 'hint'],
      default: 'default',
      markdownDescription: `**${rule.title.en}** — ${rule.description.en} (default: ${rule.defaultEnabled ? rule.defaultSeverity : 'off'})\n\n**${rule.title.ar}** — ${rule.description.ar}`,
    };
  }
  properties[settingName('rules')] = {
    type: 'object',
    properties: levels,
    additionalProperties: false,
    default: { ...SETTING_DEFAULTS.rules },
    markdownDescription: 'Turn rules off or change their severity, e.g. `{ "tatweel": "error", "unattributed-claim": "off" }`. / إيقاف القواعد أو تغيير درجتها.',
    scope: 'resource',
    order: 5,
  };
  for (const rule of RULES) {
    for (const [name, spec] of Object.entries(rule.options)) {
      properties[`${CONFIG_SECTION}.${rule.id}.${name}`] = optionSchema(spec);
    }
  }
  return { title: DISPLAY_NAME, properties };
}

export function rulesMarkdown(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from server/src/core/registry.ts by `npm run gen`; do not edit. -->',
    '',
    'Each rule has its page in [rules/](rules/): what it finds, why it matters, examples (damaged → repaired), when it stays quiet, its options. ' +
      'Invisible characters are written `<U+0640>` (tatweel), `<U+202A>` (LRE) … and a line break `⏎`.',
    '',
    '| id | default | title | العنوان |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.defaultEnabled ? r.defaultSeverity : 'off'} | ${visible(r.title.en)} | ${visible(r.title.ar)} |`),
    '',
  ];
  for (const r of RULES) {
    lines.push(`## \`${r.id}\``, '', visible(r.description.en), '', visible(r.description.ar), '', `Examples, legitimate uses and why it matters: [docs/rules/${r.id}.md](rules/${r.id}.md).`, '');
    const opts = Object.entries(r.options);
    if (opts.length) {
      lines.push('Options:', '');
      for (const [name, spec] of opts) lines.push(`- \`${CONFIG_SECTION}.${r.id}.${name}\` (${spec.type}, default \`${JSON.stringify(spec.default)}\`): ${visible(spec.description.en)}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

// ---- docs/rules/<id>.md ------------------------------------------------------------------------------

/** The generated blocks of a rule page, in page order; everything outside them is written by hand. */
export const RULE_DOC_BLOCKS = ['header', 'options'] as const;
export type RuleDocBlock = (typeof RULE_DOC_BLOCKS)[number];

/** The headings every rule page's hand-written part has (test/manifest.test.ts checks them). */
export const RULE_DOC_SECTIONS = ['## What it finds', '## Why it matters', '## Examples', '## When it stays quiet'] as const;

const GEN_NOTE = 'npm run gen writes this block from the rule registry; edit server/src/core/rules, not this';

function begin(name: RuleDocBlock): string {
  return `<!-- BEGIN GENERATED: ${name} (${GEN_NOTE}) -->`;
}
function end(name: RuleDocBlock): string {
  return `<!-- END GENERATED: ${name} -->`;
}

function defaultLevel(rule: Rule): string {
  return rule.defaultEnabled ? rule.defaultSeverity : 'off';
}

/** Markdown table cell: no line breaks, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** A JSON value as inline code, with a fence longer than any backtick run inside it. */
function code(value: unknown): string {
  const s = visible(JSON.stringify(value));
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

/** The content of one generated block (without its markers). */
export function ruleDocBlock(rule: Rule, name: RuleDocBlock): string {
  if (name === 'header') {
    return [
      `# \`${rule.id}\` — ${visible(rule.title.en)} · ${visible(rule.title.ar)}`,
      '',
      visible(rule.description.en),
      '',
      `<div dir="rtl">${visible(rule.description.ar)}</div>`,
      '',
      `Default severity: **${defaultLevel(rule)}** · [all rules](../rules.md)`,
    ].join('\n');
  }
  const lines = ['## Options and severity', ''];
  lines.push(
    `Default severity: **${defaultLevel(rule)}**${rule.defaultEnabled ? '' : ' (off by default)'}. Change it with \`"${settingName('rules')}": { "${rule.id}": "error" }\` ` +
      `(\`off\`, \`error\`, \`warning\`, \`info\`, \`hint\` or \`default\`), or \`${CONFIG_FILE}\` for the command line.`,
    '',
  );
  const opts = Object.entries(rule.options);
  if (!opts.length) {
    lines.push('This rule has no options.');
  } else {
    lines.push('| setting | type | default | meaning |', '| --- | --- | --- | --- |');
    for (const [key, spec] of opts) {
      const extra = spec.type === 'string' && spec.enum ? ` One of ${spec.enum.map((e) => `\`${e}\``).join(', ')}.` : spec.type === 'number' && (spec.minimum !== undefined || spec.maximum !== undefined) ? ` Range ${spec.minimum ?? '…'}–${spec.maximum ?? '…'}.` : '';
      lines.push(`| \`${CONFIG_SECTION}.${rule.id}.${key}\` | ${spec.type} | ${code(spec.default)} | ${cell(visible(spec.description.en) + extra)} ${cell(visible(spec.description.ar))} |`);
    }
  }
  const url = ruleDocUrl(rule.id);
  if (url) lines.push('', `Editors link each finding of this rule to this page: ${url}`);
  return lines.join('\n');
}

/** A new page: the generated blocks around the hand-written headings, each waiting for its text. */
function skeleton(rule: Rule): string {
  const parts = [begin('header'), ruleDocBlock(rule, 'header'), end('header'), ''];
  for (const h of RULE_DOC_SECTIONS) parts.push(h, '', 'TODO', '');
  parts.push(begin('options'), ruleDocBlock(rule, 'options'), end('options'), '');
  return parts.join('\n');
}

/**
 * The rule page with its generated blocks rewritten from the registry and everything else kept.
 * `existing` undefined: a new page (skeleton). A page that lost a block's markers gets the block back
 * (the header at the top, the options at the end).
 */
export function updateRuleDoc(existing: string | undefined, rule: Rule): string {
  if (existing === undefined) return skeleton(rule);
  let out = existing;
  for (const name of RULE_DOC_BLOCKS) {
    const block = `${begin(name)}\n${ruleDocBlock(rule, name)}\n${end(name)}`;
    const b = out.indexOf(`<!-- BEGIN GENERATED: ${name} `);
    const e = out.indexOf(end(name));
    if (b >= 0 && e > b) out = out.slice(0, b) + block + out.slice(e + end(name).length);
    else out = name === 'header' ? `${block}\n\n${out}` : `${out.replace(/\n*$/, '\n')}\n${block}\n`;
  }
  return out;
}
