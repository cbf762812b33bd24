// Quick fixes for findings, "disable for this line", rule documentation, and source.fixAll.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { fixAll, type LintOutcome, type LintRequest } from '../engine/lint';
import type { Finding, Fix, TextEdit } from '../engine/types';
import { safeEdits } from '../engine/edits';
import { disableEdit } from '../engine/suppress';
import { ruleDocUrl } from '../engine/rule';
import { REVEAL_COMMAND_ID } from '../engine/placeholders';
import { SOURCE, toWorkspaceEdit, type DiagnosticData } from './convert';

export const COMMANDS = {
  disableWithReason: 'inspection-reports.disableWithReason',
  openRuleDoc: 'inspection-reports.openRuleDoc',
  /** Executed by the server: builds the abbreviations section from the acronyms used. */
  insertAbbreviations: 'inspection-reports.insertAbbreviations',
  /** Executed by the client: selects a range (engine fixes give it offsets). */
  reveal: REVEAL_COMMAND_ID,
};

export const INSERT_ABBREVIATIONS_KIND = `${CodeActionKind.Source}.inspectionReports.abbreviations`;

export interface DocumentLint {
  uri: string;
  version: number;
  outcome: LintOutcome;
  /** How the document was linted (text, path, config), so that "fix all" can lint again. */
  request: LintRequest;
}

export function codeActions(lint: DocumentLint, params: CodeActionParams, readFile: (path: string) => string | undefined): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingFor(lint, diagnostic);
      if (finding) actions.push(...quickFixes(lint, finding, diagnostic, readFile));
    }
  }
  // Two findings of one rule on one line offer the same "disable" and documentation actions once.
  const seen = new Set<string>();
  const unique = actions.filter((a) => {
    const key = `${a.title}\u0000${JSON.stringify(a.edit ?? a.command)}`;
    return !seen.has(key) && !!seen.add(key);
  });
  if (wants(CodeActionKind.SourceFixAll) && safeEdits(lint.outcome.findings).length) {
    const edits = fixAllEdit(lint);
    if (edits.length) {
      unique.push({ title: 'Fix all safe inspection-report findings', kind: CodeActionKind.SourceFixAll, edit: toWorkspaceEdit({ title: '', edits }, lint.outcome.model.lines, lint.uri, lint.version, readFile) });
    }
  }
  if (wants(INSERT_ABBREVIATIONS_KIND) && only?.length && lint.outcome.isReport) {
    unique.push({ title: 'Insert abbreviations table', kind: INSERT_ABBREVIATIONS_KIND, command: { title: 'Insert abbreviations table', command: COMMANDS.insertAbbreviations, arguments: [lint.uri] } });
  }
  return unique;
}

function findingFor(lint: DocumentLint, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  const findings = lint.outcome.findings;
  if (data && data.version === lint.version && findings[data.index]?.ruleId === diagnostic.code) return findings[data.index];
  const lines = lint.outcome.model.lines;
  const start = lines.offset(diagnostic.range.start);
  const end = lines.offset(diagnostic.range.end);
  return findings.find((f) => f.ruleId === diagnostic.code && f.start === start && f.end === end && f.message === diagnostic.message);
}

/** A reveal command from the engine carries offsets [start, end]: the client wants the document and a range. */
function commandArguments(lint: DocumentLint, command: NonNullable<Fix['command']>): unknown[] {
  if (command.id !== COMMANDS.reveal) return command.args;
  const [start, end] = command.args as [number, number];
  const lines = lint.outcome.model.lines;
  return [lint.uri, { start: lines.position(start), end: lines.position(end) }];
}

function quickFixes(lint: DocumentLint, finding: Finding, diagnostic: Diagnostic, readFile: (path: string) => string | undefined): CodeAction[] {
  const { model } = lint.outcome;
  const actions: CodeAction[] = (finding.fixes ?? []).map((fix: Fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred,
    edit: fix.edits.length || fix.fileEdits?.length ? toWorkspaceEdit(fix, model.lines, lint.uri, lint.version, readFile) : undefined,
    command: fix.command ? { title: fix.title, command: fix.command.id, arguments: commandArguments(lint, fix.command) } : undefined,
  }));
  const disable: Fix = { title: `Disable ${finding.ruleId} for this line`, edits: [disableEdit(model, finding.ruleId, finding.start)] };
  actions.push({ title: disable.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(disable, model.lines, lint.uri, lint.version, readFile) });
  actions.push({
    title: `Disable ${finding.ruleId} for this line, giving a reason…`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Disable with a reason', command: COMMANDS.disableWithReason, arguments: [lint.uri, finding.ruleId, diagnostic.range.start.line] },
  });
  actions.push({
    title: `Show documentation for ${finding.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Open rule documentation', command: COMMANDS.openRuleDoc, arguments: [finding.ruleId, ruleDocUrl(finding.ruleId)] },
  });
  return actions;
}

/** "Fix all" as one edit: the safe fixes applied until none is left, as the CLI's --fix does. */
function fixAllEdit(lint: DocumentLint): TextEdit[] {
  const before = lint.request.text;
  const after = fixAll({ ...lint.request, cache: undefined }).text;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair at either end of the edit.
  if (start > 0 && (before.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
  if (tail > 0 && (before.charCodeAt(before.length - tail) & 0xfc00) === 0xdc00) tail--;
  return before === after ? [] : [{ start, end: before.length - tail, newText: after.slice(start, after.length - tail) }];
}
