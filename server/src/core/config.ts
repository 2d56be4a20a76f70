/**
 * Untrusted settings (VS Code configuration, initializationOptions, a CLI config file) → LintOptions.
 * Never throws: anything malformed is replaced by its default and described in `problems`, so the
 * caller can show one clear message.
 */
import { RULES } from './registry';
import type { LintOptions, Locale, OptionSpec, Rule, RuleOptions, RuleSetting, Severity } from './types';

const LEVELS = ['default', 'off', 'error', 'warning', 'info', 'hint'] as const;

export interface ResolvedConfig {
  lint: LintOptions;
  problems: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normaliseOption(name: string, spec: OptionSpec, value: unknown, problems: string[]): unknown {
  if (value === undefined || value === null) return spec.default;
  switch (spec.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) {
        return Math.min(spec.maximum ?? Infinity, Math.max(spec.minimum ?? -Infinity, value));
      }
      break;
    case 'string':
      if (typeof value === 'string' && (!spec.enum || spec.enum.includes(value))) return value;
      break;
    case 'string[]':
      if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value as string[];
      break;
  }
  problems.push(`${name}: expected ${spec.type}${spec.type === 'string' && spec.enum ? ` (${spec.enum.join('|')})` : ''}, got ${JSON.stringify(value)?.slice(0, 60)}; using the default`);
  return spec.default;
}

export function ruleOptions(rule: Rule, raw: unknown, problems: string[] = []): RuleOptions {
  const src = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push(`tadqiq.${rule.id}: expected an object of options`);
  const out: RuleOptions = {};
  for (const [name, spec] of Object.entries(rule.options)) {
    out[name] = normaliseOption(`tadqiq.${rule.id}.${name}`, spec, src[name], problems);
  }
  return out;
}

/**
 * Reads the shape of the `tadqiq` settings section:
 * `{ messageLanguage, rules: { <id>: level }, <id>: { <option>: value } }`.
 */
export function resolveConfig(raw: unknown, fallbackLocale: Locale = 'en'): ResolvedConfig {
  const problems: string[] = [];
  const cfg = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push('tadqiq: settings must be an object');
  let locale: Locale = fallbackLocale;
  const ml = cfg.messageLanguage;
  if (ml === 'ar' || ml === 'en') locale = ml;
  else if (ml !== undefined && ml !== 'auto') problems.push(`tadqiq.messageLanguage: expected auto|ar|en, got ${JSON.stringify(ml)}`);
  const levels = isObject(cfg.rules) ? cfg.rules : {};
  if (cfg.rules !== undefined && !isObject(cfg.rules)) problems.push('tadqiq.rules: expected an object of rule levels');
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    let level = levels[rule.id];
    if (level !== undefined && !(LEVELS as readonly unknown[]).includes(level)) {
      problems.push(`tadqiq.rules.${rule.id}: expected one of ${LEVELS.join('|')}, got ${JSON.stringify(level)}`);
      level = undefined;
    }
    rules[rule.id] = { level: (level as RuleSetting['level']) ?? 'default', options: ruleOptions(rule, cfg[rule.id], problems) };
  }
  for (const id of Object.keys(levels)) {
    if (!RULES.some((r) => r.id === id)) problems.push(`tadqiq.rules.${id}: no such rule`);
  }
  return { lint: { locale, rules }, problems };
}

export function effectiveSeverity(rule: Rule, setting: RuleSetting | undefined): Severity | null {
  const level = setting?.level ?? 'default';
  if (level === 'off') return null;
  if (level === 'default') return rule.defaultEnabled ? rule.defaultSeverity : null;
  return level;
}
