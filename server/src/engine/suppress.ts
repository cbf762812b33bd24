// Inline suppression comments in markdownlint's form:
//   <!-- inspection-reports-disable rule-a rule-b -- reason -->   (until -enable; no ids: all rules)
//   <!-- inspection-reports-enable rule-a -->
//   <!-- inspection-reports-disable-line rule-a -- reason -->      (the comment's own line)
//   <!-- inspection-reports-disable-next-line rule-a -- reason --> (the line after the comment)
//   <!-- inspection-reports-disable-file rule-a -- reason -->      (the whole file)
import type { ReportModel } from './model';
import type { Finding, SuppressedFinding, TextEdit } from './types';

export const SUPPRESSION_PREFIX = 'inspection-reports-';
const DIRECTIVE = /^\s*inspection-reports-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

interface Directive {
  kind: 'disable' | 'enable' | 'lines';
  /** Empty: every rule. */
  rules: Set<string>;
  reason?: string;
  /** First line the directive applies to (for 'lines': the only lines). */
  fromLine: number;
  toLine: number;
}

export function parseDirectives(model: ReportModel): Directive[] {
  const directives: Directive[] = [];
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [ids, ...reasonParts] = match[2].split(/\s--\s|\s--$/);
    const reason = reasonParts.join(' -- ').trim() || undefined;
    const rules = new Set(ids.split(/[\s,]+/).filter(Boolean));
    const startLine = model.lines.lineAt(comment.start);
    const endLine = model.lines.lineAt(comment.end);
    switch (match[1]) {
      case 'disable':
      case 'enable':
        directives.push({ kind: match[1], rules, reason, fromLine: startLine, toLine: Infinity });
        break;
      case 'disable-line':
        directives.push({ kind: 'lines', rules, reason, fromLine: startLine, toLine: endLine });
        break;
      case 'disable-next-line':
        directives.push({ kind: 'lines', rules, reason, fromLine: endLine + 1, toLine: endLine + 1 });
        break;
      case 'disable-file':
        directives.push({ kind: 'lines', rules, reason, fromLine: 0, toLine: Infinity });
        break;
    }
  }
  return directives;
}

/** Splits findings into those shown and those suppressed (with the reason given). */
export function applySuppressions(model: ReportModel, findings: Finding[]): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const directives = parseDirectives(model);
  if (!directives.length) return { findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = suppressor(directives, finding.ruleId, model.lines.lineAt(finding.start));
    if (by) suppressed.push({ ...finding, reason: by.reason });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

function suppressor(directives: Directive[], ruleId: string, line: number): Directive | undefined {
  let state: Directive | undefined;
  for (const d of directives) {
    if (d.rules.size && !d.rules.has(ruleId)) continue;
    if (d.kind === 'lines') {
      if (line >= d.fromLine && line <= d.toLine) return d;
    } else if (d.fromLine <= line) {
      state = d.kind === 'disable' ? d : undefined;
    }
  }
  return state;
}

/**
 * The edit behind "disable for this line". Above a line that starts a block, a
 * `disable-next-line` comment on its own line; elsewhere (inside a paragraph, list or table,
 * where a new line would split the block) a `disable-line` comment at the end of the line.
 */
export function disableEdit(model: ReportModel, ruleId: string, offset: number, reason?: string): TextEdit {
  const line = model.lines.lineAt(offset);
  const lineStart = model.lines.lineStart(line);
  const lineEnd = model.lines.lineEnd(line);
  const lineText = model.text.slice(lineStart, lineEnd);
  const tail = reason ? ` -- ${reason}` : '';
  const previousBlank = line === 0 || !model.text.slice(model.lines.lineStart(line - 1), model.lines.lineEnd(line - 1)).trim();
  if (previousBlank && /^[A-Za-z0-9\u00C0-\uFFFF"'“‘(]/.test(lineText)) {
    const eol = model.eol;
    return { start: lineStart, end: lineStart, newText: `<!-- ${SUPPRESSION_PREFIX}disable-next-line ${ruleId}${tail} -->${eol}` };
  }
  return { start: lineEnd, end: lineEnd, newText: ` <!-- ${SUPPRESSION_PREFIX}disable-line ${ruleId}${tail} -->` };
}
