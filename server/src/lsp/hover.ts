/**
 * The hover of a finding (textDocument/hover): the rule, the message, the repair before → after and the rule's page,
 * as Markdown and as plain text. Knows no LSP connection; imports no Node module.
 */
import { ruleDocUrl } from '../core/docs';
import { displayText, repairPreview } from '../core/preview';
import { getRule } from '../core/registry';
import type { Finding, Locale } from '../core/types';
import { t } from '../core/types';

/** Markdown-escape plain text (hover messages and titles). */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]<>()#+\-.!|~]/g, (c) => '\\' + c);
}

/** Inline code whose fence is longer than any backtick run inside (CommonMark), padded when needed. */
function inlineCode(s: string): string {
  const longest = Math.max(0, ...Array.from(s.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || s.startsWith(' ') || s.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** One finding's hover text, as Markdown and as plain text. */
export function hoverPart(text: string, f: Finding, locale: Locale): { markdown: string; plain: string } {
  const rule = getRule(f.ruleId);
  const title = rule ? t(locale, rule.title) : f.ruleId;
  const message = displayText(f.message);
  const preview = repairPreview(text, f);
  const href = ruleDocUrl(f.ruleId);
  const md = [`**${escapeMarkdown(title)}** · tadqiq(\`${f.ruleId}\`)`, '', escapeMarkdown(message)];
  const plain = [`${title} · tadqiq(${f.ruleId})`, message];
  if (preview) {
    const label = t(locale, { en: 'Repair', ar: 'الإصلاح' });
    md.push('', `${label}: ${inlineCode(preview.before)} → ${inlineCode(preview.after)}`);
    plain.push(`${label}: ${preview.before} → ${preview.after}`);
  } else {
    const offered = f.fixes.map((x) => displayText(x.title));
    if (offered.length) {
      const label = t(locale, { en: 'Quick fixes (none applied automatically)', ar: 'إصلاحات سريعة (لا يُطبَّق أي منها تلقائيًا)' });
      md.push('', `${label}:`, ...offered.map((o) => `- ${escapeMarkdown(o)}`));
      plain.push(`${label}: ${offered.join('; ')}`);
    }
  }
  if (href) {
    const label = t(locale, { en: 'Rule documentation', ar: 'توثيق القاعدة' });
    md.push('', `[${label}](${href})`);
    plain.push(`${label}: ${href}`);
  }
  return { markdown: md.join('\n'), plain: plain.join('\n') };
}
