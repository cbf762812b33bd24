// The shape of a rule: metadata beside its check. Rules do no I/O and never parse text:
// everything they need is on the model or the context, computed once per lint.
import type { ReportModel } from './model';
import type { FindingInput, OptionSchema, RuleTag, SeveritySetting } from './types';
import type { CompiledTemplate } from './templates/match';
import type { ReportKnowledge } from './knowledge';

/** The report's other-language version, when it has one (see translation/pairing.ts). */
export interface TranslationContext {
  model: ReportModel;
  /** Absolute path of the other version. */
  path: string;
  /** The other version's language, and this one's. */
  language: 'en' | 'cy';
  ownLanguage: 'en' | 'cy';
}

export interface RuleContext<O> {
  options: O;
  /** The report's template, if the draft is a report with a known template. */
  template?: CompiledTemplate;
  knowledge: ReportKnowledge;
  /** The workspace config file, for fixes that add to it (its allow list, say). */
  config: { path?: string; text?: string };
  /**
   * How a message names the place of an offset: "line 12", or, in a report kept in several
   * files, "line 12 of 02-findings.md" when the offset is in another file than the finding.
   */
  where(offset: number, from?: number): string;
  /** The other-language version of the report, if the face found one. */
  translation?: TranslationContext;
  report(finding: FindingInput): void;
}

export interface Rule<O extends object = Record<string, never>> {
  /** Kebab-case; also the file name, Diagnostic.code, setting key, fixture folder and doc page. */
  id: string;
  /** One line, shown in the rules table and as the SARIF short description. */
  description: string;
  defaultSeverity: SeveritySetting;
  tags: RuleTag[];
  fixable: boolean;
  options: { [K in keyof O]: OptionSchema };
  /** Hand-written body of the rule's documentation page (Markdown). */
  docs: string;
  check(model: ReportModel, ctx: RuleContext<O>): void;
}

/** Erases a rule's option type so rules of different option shapes share one registry. */
export type AnyRule = Rule<Record<string, unknown>>;

export function defineRule<O extends object>(rule: Rule<O>): AnyRule {
  return rule as unknown as AnyRule;
}

export function optionDefaults(rule: AnyRule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.options).map(([k, v]) => [k, v.default]));
}

export const DOCS_BASE = 'https://github.com/inspection-reports/inspection-reports/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
