// lint(text, config) -> model and findings: the one entry point every face uses.
import { parseReport, BlockCache, type ReportModel } from './model';
import { defaultConfig, type ConfigHost, type ResolvedConfig } from './config';
import { knowledgeFor, type ReportKnowledge } from './knowledge';
import { rules } from './rules/index';
import { applySuppressions } from './suppress';
import { applyEdits, safeEdits } from './edits';
import type { CompiledTemplate } from './templates/match';
import type { Finding, FindingInput, LintResult, Severity } from './types';

export interface LintRequest {
  text: string;
  /** Absolute path of the document, for `reports` globs. */
  path?: string;
  config?: ResolvedConfig;
  /** Per-document cache of block work; pass the same one for every version of a document. */
  cache?: BlockCache;
  /** Treat the draft as a report even without a template in its front matter or a matching glob. */
  assumeReport?: boolean;
  /** Reads the workspace glossary files the config names (none are read without it). */
  host?: ConfigHost;
  /** Milliseconds the rules may take; rules not started by then are skipped (and listed). */
  budgetMs?: number;
}

export interface LintOutcome extends LintResult {
  model: ReportModel;
  isReport: boolean;
  template?: CompiledTemplate;
  knowledge: ReportKnowledge;
  /** Rules skipped because the time budget ran out (a very large document). */
  skipped: string[];
}

export function lint(request: LintRequest): LintOutcome {
  const started = performance.now();
  const config = request.config ?? defaultConfig();
  const knowledge = knowledgeFor(config, request.host);
  const model = parseReport(request.text, request.cache);
  const named = model.frontMatter?.data.template;
  const isReport =
    named !== undefined ||
    !!model.frontMatter?.errors.length ||
    (request.path !== undefined && config.isReportPath(request.path)) ||
    (!!request.assumeReport && !config.hasReportGlobs);
  if (!isReport) return { model, isReport, knowledge, findings: [], suppressed: [], skipped: [] };
  const template = chooseTemplate(model, knowledge);
  const findings: Finding[] = [];
  const skipped: string[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.id)!;
    if (setting.severity === 'off') continue;
    if (request.budgetMs !== undefined && performance.now() - started > request.budgetMs) {
      skipped.push(rule.id);
      continue;
    }
    const severity: Severity = setting.severity;
    const ctx = {
      options: setting.options,
      template,
      knowledge,
      config: { path: config.path, text: config.text },
      report: (f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) => findings.push(finding(f, rule.id, f.severity ?? severity)),
    };
    try {
      rule.check(model, ctx);
    } catch (error) {
      // One failing rule must not take the others (or the server) down with it.
      findings.push({ ruleId: rule.id, severity: 'info', start: 0, end: 0, message: `Rule ${rule.id} failed on this document and was skipped: ${(error as Error).message}` });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { model, isReport, template, knowledge, skipped, ...applySuppressions(model, findings) };
}

/** One object shape for every finding (a spread per finding was a hot spot on long drafts). */
function finding(f: FindingInput, ruleId: string, severity: Severity): Finding {
  return { start: f.start, end: f.end, message: f.message, fixes: f.fixes, related: f.related, ruleId, severity };
}

/** The front matter's template; none when it is malformed or unknown (other rules say so). */
function chooseTemplate(model: ReportModel, knowledge: ReportKnowledge): CompiledTemplate | undefined {
  if (model.frontMatter?.errors.length) return undefined;
  const named = model.frontMatter?.data.template;
  if (named === undefined) return knowledge.template(knowledge.defaultTemplateId);
  return typeof named === 'string' ? knowledge.template(named) : undefined;
}

export { BlockCache };

/**
 * Applies the safe fixes until none is left (at most `maxPasses` rounds, as ESLint does): one
 * fix can make another finding fixable (C.I.W. becomes CIW, which then needs spelling out). When
 * a pass's fixes leave the very findings they were to fix (a fix that brings its own finding
 * back), fixing stops: that pass is undone and `stopped` says why.
 */
export function fixAll(request: LintRequest, maxPasses = 10): { text: string; fixed: number; outcome: LintOutcome; stopped?: string } {
  let text = request.text;
  let fixed = 0;
  let outcome = lint(request);
  let previous: { text: string; outcome: LintOutcome; fixed: number; keys: string } | undefined;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = safeEdits(outcome.findings);
    if (!edits.length) break;
    const keys = fixableKeys(outcome.findings);
    if (previous && keys === previous.keys) {
      const stopped = `fixing stopped: pass ${pass} left the same findings to fix as before it ("${keys.split('\n')[0]}"), so that pass was undone`;
      return { text: previous.text, fixed: previous.fixed, outcome: previous.outcome, stopped };
    }
    previous = { text, outcome, fixed, keys };
    text = applyEdits(text, edits);
    fixed += edits.length;
    outcome = lint({ ...request, text });
  }
  return { text, fixed, outcome };
}

/** The findings a pass would fix, as rule and message: the same list twice running means no progress. */
function fixableKeys(findings: Finding[]): string {
  return findings.filter((f) => f.fixes?.some((x) => x.isPreferred && !x.fileEdits?.length && !x.command)).map((f) => `${f.ruleId}: ${f.message}`).join('\n');
}
