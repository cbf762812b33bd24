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
  /** Position among the directives, to order two on one line. */
  order: number;
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
        directives.push({ kind: match[1], rules, reason, fromLine: startLine, toLine: Infinity, order: directives.length });
        break;
      case 'disable-line':
        directives.push({ kind: 'lines', rules, reason, fromLine: startLine, toLine: endLine, order: directives.length });
        break;
      case 'disable-next-line':
        directives.push({ kind: 'lines', rules, reason, fromLine: endLine + 1, toLine: endLine + 1, order: directives.length });
        break;
      case 'disable-file':
        directives.push({ kind: 'lines', rules, reason, fromLine: 0, toLine: Infinity, order: directives.length });
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
  const lookup = suppressionLookup(directives);
  for (const finding of findings) {
    const by = lookup(finding.ruleId, model.lines.lineAt(finding.start));
    if (by) suppressed.push({ ...finding, reason: by.reason });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

/**
 * Which directive, if any, silences a rule on a line. Line directives are indexed by line;
 * disable/enable ranges are swept once in line order, so many comments and many findings
 * cost n + m, not n × m. Findings must be asked for in line order.
 */
function suppressionLookup(directives: Directive[]): (ruleId: string, line: number) => Directive | undefined {
  const byLine = new Map<number, Directive[]>();
  const whole: Directive[] = [];
  const ranges = directives.filter((d) => d.kind !== 'lines').sort((a, b) => a.fromLine - b.fromLine || a.order - b.order);
  for (const d of directives) {
    if (d.kind !== 'lines') continue;
    if (d.toLine === Infinity) whole.push(d);
    else for (let line = d.fromLine; line <= d.toLine; line++) (byLine.get(line) ?? byLine.set(line, []).get(line)!).push(d);
  }
  const applies = (d: Directive, ruleId: string) => !d.rules.size || d.rules.has(ruleId);
  // State of the sweep: the last range directive seen for all rules, and per rule.
  let next = 0;
  let forAll: Directive | undefined;
  const perRule = new Map<string, Directive>();
  return (ruleId, line) => {
    const onLine = byLine.get(line)?.find((d) => applies(d, ruleId)) ?? whole.find((d) => applies(d, ruleId));
    if (onLine) return onLine;
    for (; next < ranges.length && ranges[next].fromLine <= line; next++) {
      const d = ranges[next];
      if (!d.rules.size) {
        forAll = d;
        perRule.clear();
      } else for (const id of d.rules) perRule.set(id, d);
    }
    const latest = [perRule.get(ruleId), forAll].filter((d): d is Directive => !!d).sort((a, b) => b.fromLine - a.fromLine || b.order - a.order)[0];
    return latest?.kind === 'disable' ? latest : undefined;
  };
}

/**
 * The edit behind "disable for this line". Above a line that starts a block, a
 * `disable-next-line` comment on its own line; elsewhere (inside a paragraph, list or table,
 * where a new line would split the block) a `disable-line` comment at the end of the line.
 */
export function disableEdit(model: ReportModel, ruleId: string, offset: number, reason?: string): TextEdit {
  const tail = reason ? ` -- ${reason}` : '';
  // No comment can go inside front matter: a finding there is disabled for the file, just below it.
  if (model.frontMatter && offset < model.frontMatter.end) {
    const at = model.frontMatter.end;
    return { start: at, end: at, newText: `${model.eol}<!-- ${SUPPRESSION_PREFIX}disable-file ${ruleId}${tail} -->` };
  }
  const line = model.lines.lineAt(offset);
  const lineStart = model.lines.lineStart(line);
  const lineEnd = model.lines.lineEnd(line);
  const lineText = model.text.slice(lineStart, lineEnd);
  const previousBlank = line === 0 || !model.text.slice(model.lines.lineStart(line - 1), model.lines.lineEnd(line - 1)).trim();
  if (previousBlank && /^[A-Za-z0-9\u00C0-\uFFFF"'“‘(]/.test(lineText)) {
    const eol = model.eol;
    return { start: lineStart, end: lineStart, newText: `<!-- ${SUPPRESSION_PREFIX}disable-next-line ${ruleId}${tail} -->${eol}` };
  }
  return { start: lineEnd, end: lineEnd, newText: ` <!-- ${SUPPRESSION_PREFIX}disable-line ${ruleId}${tail} -->` };
}
