/**
 * The settings schema, generated from the registry: package.json `contributes.configuration` is
 * written from this by `npm run gen`, and test/manifest.test.ts fails when package.json is stale.
 * docs/rules.md is generated the same way.
 */
import { RULES } from './registry';
import type { OptionSpec } from './types';

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
    'tadqiq.enable': { type: 'boolean', default: true, description: 'Run tadqiq on Arabic drafts. / تشغيل تدقيق على المسودات العربية.', scope: 'window', order: 0 },
    'tadqiq.languages': {
      type: 'array',
      items: { type: 'string' },
      default: ['plaintext', 'markdown', 'arabic-draft'],
      description: 'Language ids of the documents tadqiq checks (fenced code in Markdown is skipped). / معرّفات لغات المستندات التي يفحصها تدقيق.',
      scope: 'window',
      order: 1,
    },
    'tadqiq.messageLanguage': {
      type: 'string',
      enum: ['auto', 'ar', 'en'],
      enumDescriptions: ['The language of VS Code\u2019s display', 'العربية', 'English'],
      default: 'auto',
      description: 'Language of the messages and quick-fix titles. / لغة الرسائل وعناوين الإصلاحات.',
      scope: 'resource',
      order: 2,
    },
    'tadqiq.debounce': {
      type: 'number',
      default: 150,
      minimum: 0,
      maximum: 5000,
      description: 'Milliseconds to wait after typing stops before checking again. / مهلة الانتظار بعد الكتابة قبل إعادة الفحص (مللي ثانية).',
      scope: 'resource',
      order: 3,
    },
    'tadqiq.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: 'Trace the communication between VS Code and the tadqiq server (Output panel).',
      scope: 'window',
      order: 4,
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
  properties['tadqiq.rules'] = {
    type: 'object',
    properties: levels,
    additionalProperties: false,
    default: {},
    markdownDescription: 'Turn rules off or change their severity, e.g. `{ "tatweel": "error", "unattributed-claim": "off" }`. / إيقاف القواعد أو تغيير درجتها.',
    scope: 'resource',
    order: 5,
  };
  for (const rule of RULES) {
    for (const [name, spec] of Object.entries(rule.options)) {
      properties[`tadqiq.${rule.id}.${name}`] = optionSchema(spec);
    }
  }
  return { title: 'tadqiq (تدقيق)', properties };
}

export function rulesMarkdown(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from server/src/core/registry.ts by `npm run gen`; do not edit. -->',
    '',
    '| id | default | title | العنوان |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.id}\` | ${r.defaultEnabled ? r.defaultSeverity : 'off'} | ${r.title.en} | ${r.title.ar} |`),
    '',
  ];
  for (const r of RULES) {
    lines.push(`## \`${r.id}\``, '', r.description.en, '', r.description.ar, '');
    const opts = Object.entries(r.options);
    if (opts.length) {
      lines.push('Options:', '');
      for (const [name, spec] of opts) lines.push(`- \`tadqiq.${r.id}.${name}\` (${spec.type}, default \`${JSON.stringify(spec.default)}\`): ${spec.description.en}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
