// lint(text, config) -> model and findings: the one entry point every face uses.
import { BlockCache, type ReportModel } from './model';
import { parseReport } from './parse';
import { opensFrontMatter } from './frontmatter';
import type { ConfigHost, ResolvedConfig } from './config';
import { defaultConfig } from './configure';
import { knowledgeFor, type ReportKnowledge } from './knowledge';
import { rules } from './rules/index';
import { applySuppressions } from './suppress';
import { applyEdits, safeEdits } from './edits';
import type { CompiledTemplate } from './templates/match';
import { optionDefaults, type TranslationContext } from './rule';
import { findPartner, MAX_PARTNER_BYTES } from './translation/pairing';
import type { Finding, FindingInput, LintResult, Severity } from './types';
import { deadlineToken, OperationCanceled, withCancellation, type CancellationToken } from './cancellation';

export interface LintRequest {
  text: string;
  /** Absolute path of the document, for `reports` globs. */
  path?: string;
  config?: ResolvedConfig;
  /** Per-document cache of block work; pass the same one for every version of a document. */
  cache?: BlockCache;
  /**
   * Treat the draft as a report even without a template in its front matter or a matching glob
   * (engine tests and embedders; the editor and the CLI decide as described in the README).
   */
  assumeReport?: boolean;
  /** Check the draft as a report of this template, whatever its front matter says (the CLI's `--template`). */
  template?: string;
  /** Reads the workspace glossary files the config names (none are read without it). */
  host?: ConfigHost;
  /**
   * Milliseconds the check may take (from the call): a rule running when they are up is stopped
   * at its next block (its findings dropped) and the rules after it are skipped; all are listed.
   */
  budgetMs?: number;
  /** Stops the check as `budgetMs` does, when the token is cancelled (read at the engine's checkpoints). */
  cancellation?: CancellationToken;
  /** Run only the rules about the document and its structure (see STRUCTURE_ONLY_CHARS). */
  structureOnly?: boolean;
  /**
   * The caller does nothing with a text that is no report: one that opens no front matter, and
   * that the request and config do not make a report, is not parsed unless its model is read
   * (the CLI skips such files).
   */
  reportsOnly?: boolean;
  /** Names the place of an offset in messages (a multi-file report names the file); default "line N". */
  where?: (offset: number, from: number | undefined, model: ReportModel) => string;
  /**
   * The report's other-language version (its text and absolute path), for translation-parity.
   * Without it, the version named by the front matter or the file name (translation/pairing.ts)
   * is read through `host`, when there is one; `null`: compare with no other version.
   */
  translation?: { text: string; path: string } | null;
}

/**
 * Above this size (5 million characters, about 700,000 words: seven times the longest published
 * report) a document is checked for its structure only: front matter, template, required, empty,
 * duplicate and out-of-order sections. The prose rules (acronyms, evidence) are skipped, and
 * the CLI and the language server say so. Such a file is a merge of many reports or generated
 * text, and its prose findings (hundreds of thousands) would help no one.
 */
export const STRUCTURE_ONLY_CHARS = 5_000_000;
const STRUCTURE_TAGS = new Set(['structure', 'document']);

export interface LintOutcome extends LintResult {
  model: ReportModel;
  isReport: boolean;
  template?: CompiledTemplate;
  knowledge: ReportKnowledge;
  /** Rules skipped because the time budget ran out (or the check was cancelled), or the document is checked for structure only. */
  skipped: string[];
  /** The rule stopped while it ran, when the budget ran out (or the check was cancelled) during it; also in `skipped`. */
  stopped?: string;
  /** The other-language version the report was compared with, if any. */
  translation?: TranslationContext;
}

export function lint(request: LintRequest): LintOutcome {
  const started = performance.now();
  const config = request.config ?? defaultConfig();
  const knowledge = knowledgeFor(config, request.host);
  const reportAnyway =
    request.template !== undefined ||
    (request.path !== undefined && config.isReportPath(request.path)) ||
    (!!request.assumeReport && !config.hasReportGlobs);
  // Without front matter, only the request and config could have made it a report.
  if (request.reportsOnly && !reportAnyway && !opensFrontMatter(request.text)) {
    let model: ReportModel | undefined;
    return { get model() { return (model ??= parseReport(request.text, request.cache, request.path)); }, isReport: false, knowledge, findings: [], suppressed: [], skipped: [] };
  }
  const model = parseReport(request.text, request.cache, request.path);
  const named = model.frontMatter?.data.template;
  const isReport = reportAnyway || named !== undefined || !!model.frontMatter?.errors.length;
  if (!isReport) return { model, isReport, knowledge, findings: [], suppressed: [], skipped: [] };
  const template = request.template !== undefined ? knowledge.template(request.template) : chooseTemplate(model, knowledge);
  const findings: Finding[] = [];
  const skipped: string[] = [];
  let stopped: string | undefined;
  const cancellation = request.cancellation ?? (request.budgetMs !== undefined ? deadlineToken(started + request.budgetMs) : undefined);
  const where = request.where
    ? (offset: number, from?: number) => request.where!(offset, from, model)
    : (offset: number) => `line ${model.lines.lineAt(offset) + 1}`;
  const front = model.frontMatter?.data as Record<string, unknown> | undefined;
  const partner = request.translation === null ? undefined : request.translation ?? (request.host && request.path !== undefined && config.rules.get('translation-parity')?.severity !== 'off'
    ? findPartner(request.path, front, (p) => request.host!.readFile(p, { maxBytes: MAX_PARTNER_BYTES }))
    : undefined);
  const translation = partner && translationContext(model, partner);
  for (const rule of rules) {
    // A rule registered after the config was read (a test's stand-in) runs with its defaults.
    const setting = config.rules.get(rule.id) ?? { severity: rule.defaultSeverity, options: optionDefaults(rule) };
    if (setting.severity === 'off') continue;
    if (request.structureOnly && !rule.tags.some((tag) => STRUCTURE_TAGS.has(tag))) {
      skipped.push(rule.id);
      continue;
    }
    if (cancellation?.isCancellationRequested) {
      skipped.push(rule.id);
      continue;
    }
    const severity: Severity = setting.severity;
    const ctx = {
      options: setting.options,
      template,
      knowledge,
      config: { path: config.path, text: config.text },
      where,
      translation,
      report: (f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) => findings.push(finding(f, rule.id, f.severity ?? severity)),
    };
    const before = findings.length;
    try {
      withCancellation(cancellation, () => rule.check(model, ctx));
    } catch (error) {
      if (error instanceof OperationCanceled) {
        // Stopped at a checkpoint: what it found so far may be wrong without the rest (an acronym "unused").
        findings.length = before;
        skipped.push(rule.id);
        stopped = rule.id;
        continue;
      }
      // One failing rule must not take the others (or the server) down with it.
      findings.push({ ruleId: rule.id, severity: 'info', start: 0, end: 0, message: `Rule ${rule.id} failed on this document and was skipped: ${(error as Error).message}` });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { model, isReport, template, knowledge, skipped, stopped, translation, ...applySuppressions(model, findings) };
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
 * Parses of other-language versions, kept per path so that a keystroke in one version does not
 * parse the other from scratch (the block cache re-uses every unchanged block).
 */
const partnerCaches = new Map<string, BlockCache>();
const PARTNER_CACHES = 8;

function translationContext(model: ReportModel, other: { text: string; path: string }): TranslationContext {
  let cache = partnerCaches.get(other.path);
  if (cache) partnerCaches.delete(other.path);
  else cache = new BlockCache();
  partnerCaches.set(other.path, cache);
  for (const oldest of partnerCaches.keys()) {
    if (partnerCaches.size <= PARTNER_CACHES) break;
    partnerCaches.delete(oldest);
  }
  const otherModel = parseReport(other.text, cache, other.path);
  const ownLanguage = model.language;
  const language = otherModel.language;
  // Two files that both read as one language: the other is the other language all the same.
  return { model: otherModel, path: other.path, ownLanguage, language: language === ownLanguage ? (ownLanguage === 'cy' ? 'en' : 'cy') : language };
}

/**
 * Applies the safe fixes until none is left (at most `maxPasses` rounds, as ESLint does): one
 * fix can make another finding fixable (C.I.W. becomes CIW, which then needs spelling out). When
 * a pass's fixes leave the very findings they were to fix (a fix that brings its own finding
 * back), fixing stops: that pass is undone and `stopped` says why.
 */
export function fixAll(request: LintRequest, maxPasses = 10): { text: string; fixed: number; outcome: LintOutcome; stopped?: string } {
  const result = fixPasses([request.text], lint(request), (o) => [o.findings], ([text]) => lint({ ...request, text }), maxPasses);
  return { text: result.texts[0], fixed: result.fixed[0], outcome: result.outcome, stopped: result.stopped };
}

/**
 * Passes of safe fixes over one text or the files of one report, until none is left (at most
 * `maxPasses`): each pass applies every text's safe fixes, then `relint` checks the texts again.
 * A pass that leaves the same findings to fix as before it made no progress (two fixes undoing
 * each other): it is undone, and the passes stop with a message saying so.
 */
export function fixPasses<O>(
  texts: string[],
  outcome: O,
  findingsOf: (outcome: O) => Finding[][],
  relint: (texts: string[]) => O,
  maxPasses = 10,
): { texts: string[]; fixed: number[]; outcome: O; stopped?: string } {
  let fixed = texts.map(() => 0);
  let previous: { texts: string[]; outcome: O; fixed: number[]; keys: string } | undefined;
  for (let pass = 0; pass < maxPasses; pass++) {
    const findings = findingsOf(outcome);
    const edits = findings.map(safeEdits);
    if (!edits.some((e) => e.length)) break;
    const perText = findings.map(fixableKeys);
    const keys = perText.join('\n\n');
    if (previous && keys === previous.keys) {
      const first = perText.flatMap((k) => k.split('\n')).find(Boolean) ?? '';
      const stopped = `fixing stopped: pass ${pass} left the same findings to fix as before it ("${first}"), so that pass was undone`;
      return { texts: previous.texts, fixed: previous.fixed, outcome: previous.outcome, stopped };
    }
    previous = { texts, outcome, fixed, keys };
    texts = texts.map((text, i) => (edits[i].length ? applyEdits(text, edits[i]) : text));
    fixed = fixed.map((n, i) => n + edits[i].length);
    outcome = relint(texts);
  }
  return { texts, fixed, outcome };
}

/** The findings a pass would fix, as rule and message: the same list twice running means no progress. */
function fixableKeys(findings: Finding[]): string {
  return findings.filter((f) => f.fixes?.some((x) => x.isPreferred && !x.fileEdits?.length && !x.command)).map((f) => `${f.ruleId}: ${f.message}`).join('\n');
}
