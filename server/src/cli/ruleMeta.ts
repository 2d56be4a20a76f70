/**
 * What `tadqiq rules` and `--rules a,b` need of each rule: its id, title, description, severity and whether it is on
 * by default — not its code. The CLI's start-up bundle (dist/cli-start.js, esbuild.mjs) replaces this module by these
 * values computed at build time, so `tadqiq rules`, `--help` and `--version` do not load the rules.
 */
import { RULES } from '../core/registry';
import type { Severity, Text2 } from '../core/types';

export interface RuleMeta {
  id: string;
  title: Text2;
  description: Text2;
  defaultSeverity: Severity;
  defaultEnabled: boolean;
}

export const RULE_META: readonly RuleMeta[] = RULES.map(({ id, title, description, defaultSeverity, defaultEnabled }) => ({ id, title, description, defaultSeverity, defaultEnabled }));
