/**
 * The vocabulary of the core engine. Everything here is plain data: offsets are
 * UTF-16 code-unit indices into the linted string (native JS string indices),
 * end-exclusive. Only `lsp/positions.ts` and the CLI turn them into lines and
 * characters.
 */
import type { Document } from './document';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Locale = 'ar' | 'en';

/** Replace text[start, end) with newText. start === end inserts. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown in the quick-fix menu; previews the result where it helps. */
  title: string;
  edits: Edit[];
  /** The fix that fix-all applies and that the editor marks as preferred. At most one per finding. */
  preferred?: boolean;
  /**
   * The edits' newText is an LSP/VS Code snippet (`${1:…}`). Clients without snippet support
   * get `plainText` instead (see `snippetFallback`).
   */
  snippet?: boolean;
  /** Shown instead of newText where snippets are not supported (a visible marker). */
  plainText?: string;
  /** A command for the editor instead of (or besides) the edits, e.g. "mark as reviewed". */
  command?: { id: string; args: unknown[] };
  /**
   * A fix of one edit that moves text (a line's runs put back in reading order): the spans of its newText that copy
   * the text it replaces, `[from, to, at]` — text[start + from, start + to) is newText[at, at + to − from), offsets
   * relative to the edit's start. Fix-all applies the other preferred fixes that lie inside such a span in the same
   * pass, carried along with it (`fix.ts` preferredEdits): the line's other repairs do not wait for the next pass.
   */
  moves?: ReadonlyArray<readonly [number, number, number]>;
}

export interface Finding {
  ruleId: string;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  fixes: Fix[];
}

/** What a rule's check returns: a finding without what the engine fills in (the rule's id and the severity). */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'> & Partial<Pick<Finding, 'ruleId' | 'severity'>>;

/** Bilingual text: every user-facing string exists in Arabic and English. */
export interface Text2 {
  ar: string;
  en: string;
}

export type OptionSpec =
  | { type: 'boolean'; default: boolean; description: Text2 }
  | { type: 'number'; default: number; minimum?: number; maximum?: number; description: Text2 }
  | { type: 'string'; default: string; enum?: string[]; description: Text2 }
  | { type: 'string[]'; default: string[]; description: Text2 };

export type RuleOptions = Record<string, unknown>;

/** The value type an option spec declares. */
export type OptionValue<S extends OptionSpec> = S extends { type: 'boolean' } ? boolean : S extends { type: 'number' } ? number : S extends { type: 'string[]' } ? string[] : string;
/** A rule's options as its check reads them: typed from its specs (defaults filled in by the engine). */
export type OptionsOf<S extends Record<string, OptionSpec>> = { readonly [K in keyof S]: OptionValue<S[K]> };

export interface RuleContext<O = RuleOptions> {
  /** The text to lint. Regions excluded from linting (Markdown code) are blanked to spaces, same length. */
  text: string;
  /**
   * The document of `text`: lines, damage signs, visual-order lines, paragraphs, sentences, the repaired view —
   * computed once per lint and shared by every rule (core/document.ts).
   */
  doc: Document;
  /** The message `id` of the rule's `messages` table, in the lint's language, `{name}` filled from `data`. */
  message(id: string, data?: Record<string, string | number>): string;
  /** This rule's options, already normalised against its OptionSpec (defaults filled in), typed from the specs. */
  options: O;
  locale: Locale;
  severity: Severity;
  /** Keys of findings the team marked as reviewed (`.tadqiq/reviewed.json`); rules that support it stay quiet on them. */
  reviewed: ReadonlySet<string>;
}

export interface Rule<S extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  id: string;
  /** Short name, both languages. */
  title: Text2;
  description: Text2;
  defaultSeverity: Severity;
  /** Rules that are noisy by nature may ship off by default. */
  defaultEnabled: boolean;
  options: S;
  /**
   * The rule's user-facing texts, both languages, by id (ESLint's `meta.messages`): messages and fix titles,
   * `{name}` placeholders filled by `ctx.message(id, data)`. One table per rule, so a translation is reviewed in
   * one place and no text is written twice.
   */
  messages?: Record<string, Text2>;
  /**
   * What the rule reads: the text as it is (default: rules about characters and their order), or the repaired
   * view (core/view.ts: controls, tatweel and kashida glyphs dropped, presentation forms as letters, visual lines
   * read backwards) for rules about language; the engine maps their findings back to the text.
   */
  view?: 'text' | 'repaired';
  /**
   * Whether the rule's preferred repairs make the repaired view that rules about language read (default: yes, for
   * every rule that reads the text as it is). `false` where view.ts reads the damage better itself.
   */
  repairsView?: boolean;
  /**
   * What text a finding of the rule can depend on (core/incremental.ts re-checks only what an edit touches): `line`,
   * the line it is on; `paragraph`, its paragraph (lines up to an empty line: neighbouring lines, quotes, sentences);
   * `neighbours`, its paragraph and, across the blank lines around it, the nearest unit that is not blank on either
   * side (`doc.beyond`: a gap at a line's edge looks at the number facing it on the next line, where PDF text puts a
   * blank line between every two lines); `nearby`, a scan over the lines whose findings (and what they leave to the
   * next line) depend on a few lines with Arabic letters around them, however many lines without any lie between,
   * findings and edits spanning blank lines (cut-word, broken-paragraph, broken-fragment); `document`, anything. Besides its reach, a rule may read the few answers the document gives about the whole draft
   * (`doc.damage.any`/`mostly`, `doc.singleSpaced`: Document.whole) and decide on its own counts over the draft
   * (`doc.count`/`doc.decide`), which the engine sums over the whole draft.
   * A `document` rule is run on the whole draft after every edit, a `nearby` one on a window of lines around the edit
   * (core/incremental.ts), the others on the chunks an edit touches
   * (`test/incremental.test.ts` checks that the result equals a full check).
   */
  reach: 'line' | 'paragraph' | 'neighbours' | 'nearby' | 'document';
  /** None of the rule's fixes is ever preferred (placeholders, commands): fix-all does not run it. */
  neverPreferred?: boolean;
  /** Pure, linear-time, never throws (the engine guards it anyway). */
  check(ctx: RuleContext<OptionsOf<S>>): RuleFinding[];
}

/**
 * A rule with its options typed from its specs (`ctx.options.allow` is a string[] where the spec says
 * `type: 'string[]'`); the registry holds it as a plain Rule.
 */
export function defineRule<S extends Record<string, OptionSpec>>(rule: Rule<S>): Rule {
  return rule as unknown as Rule;
}

/** Per-rule configuration as the user writes it. */
export interface RuleSetting {
  /** 'off' disables; a severity overrides the default; 'default' keeps it. */
  level?: 'off' | 'default' | Severity;
  options?: RuleOptions;
}

export interface LintOptions {
  locale?: Locale;
  /** Only run these rule ids (CLI --rules). */
  only?: string[];
  rules?: Record<string, RuleSetting>;
  /** 'markdown' blanks fenced and inline code before linting. */
  format?: 'text' | 'markdown';
  /** Reviewed keys (see RuleContext.reviewed). */
  reviewed?: readonly string[];
}

export function t(locale: Locale, text: Text2): string {
  return locale === 'ar' ? text.ar : text.en;
}

/** `{name}` → data.name (a name not in data is left as written). */
export function fillMessage(s: string, data: Record<string, string | number>): string {
  const parts = compiled(s);
  if (parts.length === 1) return s;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, k) ? String(data[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A template split once into [literal, name, literal, name, …, literal] (a finding's message and title are filled
 * tens of thousands of times in an extracted file: no regular expression per call). Templates are the rules'
 * static texts, so the cache stays small; it is bounded anyway.
 */
const TEMPLATES = new Map<string, string[]>();
function compiled(s: string): string[] {
  let parts = TEMPLATES.get(s);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of s.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
    parts.push(s.slice(last, m.index), m[1]);
    last = m.index! + m[0].length;
  }
  parts.push(s.slice(last));
  if (TEMPLATES.size >= 4096) TEMPLATES.clear();
  TEMPLATES.set(s, parts);
  return parts;
}
