// Engine findings and fixes in LSP form.
import {
  DiagnosticSeverity,
  type CodeDescription,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { LineMap } from '../engine/lines';
import type { Finding, Fix, Severity } from '../engine/types';
import { ruleDocUrl } from '../engine/rule';

export const SOURCE = 'inspection-reports';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineMap, start: number, end: number): Range {
  return { start: lines.position(start), end: lines.position(end) };
}

/** Data carried by each diagnostic so code actions find their finding again. */
export interface DiagnosticData {
  version: number;
  index: number;
}

/** One documentation link per rule, shared by its diagnostics: a long report sends thousands per keystroke. */
const docLinks = new Map<string, CodeDescription>();

function docLink(ruleId: string): CodeDescription {
  let link = docLinks.get(ruleId);
  if (!link) docLinks.set(ruleId, (link = { href: ruleDocUrl(ruleId) }));
  return link;
}

/**
 * A finding as a diagnostic. Related locations in another file (another chapter, the other
 * language's version) are placed with `other`, which gives that file's URI and line map.
 */
export function toDiagnostic(finding: Finding, index: number, lines: LineMap, uri: string, version: number, other?: (path: string) => { uri: string; lines: LineMap }): Diagnostic {
  const data: DiagnosticData = { version, index };
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: severities[finding.severity],
    code: finding.ruleId,
    codeDescription: docLink(finding.ruleId),
    source: SOURCE,
    message: finding.message,
    relatedInformation: finding.related?.map((r) => {
      const where = r.path !== undefined && other ? other(r.path) : { uri, lines };
      return { location: { uri: where.uri, range: toRange(where.lines, r.start, r.end) }, message: r.message };
    }),
    data,
  };
}

export function toTextEdits(lines: LineMap, edits: Fix['edits']): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
}

/** A fix as a WorkspaceEdit: edits of this document, plus any edits of config or glossary files. */
export function toWorkspaceEdit(fix: Fix, lines: LineMap, uri: string, version: number, readFile: (path: string) => string | undefined): WorkspaceEdit {
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (fix.edits.length) documentChanges.push({ textDocument: { uri, version }, edits: toTextEdits(lines, fix.edits) });
  for (const file of fix.fileEdits ?? []) {
    const fileUri = URI.file(file.path).toString();
    const existing = readFile(file.path);
    if (existing === undefined) {
      documentChanges.push({ kind: 'create', uri: fileUri, options: { ignoreIfExists: true } });
      documentChanges.push({ textDocument: { uri: fileUri, version: null }, edits: file.edits.map((e) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: e.newText })) });
    } else {
      documentChanges.push({ textDocument: { uri: fileUri, version: null }, edits: toTextEdits(new LineMap(existing), file.edits) });
    }
  }
  return { documentChanges };
}
