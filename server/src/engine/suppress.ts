// Inline suppression comments in markdownlint's form:
//   <!-- inspection-reports-disable rule-a rule-b -- reason -->   (until -enable; no ids: all rules)
//   <!-- inspection-reports-enable rule-a -->
//   <!-- inspection-reports-disable-line rule-a -- reason -->      (the comment's own line)
//   <!-- inspection-reports-disable-next-line rule-a -- reason --> (the line after the comment)
//   <!-- inspection-reports-disable-file rule-a -- reason -->      (the whole file)
import { blockLinesAt, type ReportModel } from './model';
import { parseReport } from './parse';
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
 * The edit behind "disable for this line", placed where markdown-it reads it as a comment of
 * its own (a comment that some other construct swallows suppresses nothing, and can turn the
 * author's prose into a comment):
 * - on a line in no block (blank: a document-level finding of an empty draft), a `disable-line`
 *   comment at the start of the line, which becomes its content;
 * - on the first line of a top-level block (a paragraph, heading, list, table, quote...), a
 *   `disable-next-line` comment on a line of its own above it: an HTML comment line ends any
 *   block above it and starts none, so this is sound whatever the blocks are;
 * - on a later line of a block (where a new line would split it), a `disable-line` comment at
 *   the end of the line, if the block, re-parsed with it, still reads it as a comment of its own
 *   and is still the same kinds of block;
 * - otherwise (the line-end comment would close an unclosed `<!--`, fall inside a code span, a
 *   link title, an open bracket or parenthesis or an extra table cell, or make a paragraph a
 *   table) a `disable` ... `enable` pair of lines around the whole top-level block, as one edit.
 *   It silences the rule for the whole block, not just the line.
 */
export function disableEdit(model: ReportModel, ruleId: string, offset: number, reason?: string): TextEdit {
  const tail = reason ? ` -- ${reason}` : '';
  const eol = model.eol;
  // No comment can go inside front matter: a finding there is disabled for the file, just below it.
  if (model.frontMatter && offset < model.frontMatter.end) {
    const at = model.frontMatter.end;
    return { start: at, end: at, newText: `${eol}<!-- ${SUPPRESSION_PREFIX}disable-file ${ruleId}${tail} -->` };
  }
  const lines = model.lines;
  const line = lines.lineAt(offset);
  const lineEnd = lines.lineEnd(line);
  const comment = `<!-- ${SUPPRESSION_PREFIX}disable-line ${ruleId}${tail} -->`;
  const atEnd: TextEdit = { start: lineEnd, end: lineEnd, newText: ` ${comment}` };
  const block = blockLinesAt(model, line);
  // Comments go after a byte order mark: moved to the second line, it would be text.
  const afterBom = (at: number) => (at === 0 && model.text.startsWith('\uFEFF') ? 1 : 0);
  // A line in no block (a blank line, where a document-level finding of an empty draft sits):
  // the comment becomes the line's content, so it is on the finding's own line. It goes before
  // the line's spaces and tabs (after a byte order mark): after them, four columns of indent
  // would make it an indented code block.
  if (!block) {
    const at = lines.lineStart(line) + afterBom(lines.lineStart(line));
    return { start: at, end: at, newText: comment };
  }
  // Document-level findings of a draft with no prose sit on line 0 whatever is inserted above
  // it (reportAnchor), so a comment line above would move the content but not them.
  const fixedAnchor = line === 0 && !model.blocks.some((b) => b.footnote === undefined && b.text.trim());
  const blockStart = lines.lineStart(block[0]);
  const bom = afterBom(blockStart);
  if (block[0] === line && !fixedAnchor) {
    const at = blockStart + bom;
    return { start: at, end: at, newText: `<!-- ${SUPPRESSION_PREFIX}disable-next-line ${ruleId}${tail} -->${eol}` };
  }
  const blockEnd = lines.lineEnd(block[1] - 1);
  const original = model.text.slice(blockStart, blockEnd);
  const seen = parserView(original, blockStart === 0);
  const withComment = seen.slice(0, lineEnd - blockStart) + atEnd.newText + seen.slice(lineEnd - blockStart);
  if (!insideBrackets(seen, lineEnd - blockStart) && readsAsComment(withComment, seen, lineEnd - blockStart + 1, comment.length)) return atEnd;
  const disable = `<!-- ${SUPPRESSION_PREFIX}disable ${ruleId}${tail} -->`;
  const enable = `<!-- ${SUPPRESSION_PREFIX}enable ${ruleId} -->`;
  return { start: blockStart + bom, end: blockEnd, newText: `${disable}${eol}${original.slice(bom)}${eol}${enable}` };
}

/**
 * True when a top-level block's text (in which `[at, at + length)` is an HTML comment) parses
 * with that comment as a comment of its own, into the same blocks as the text without it: a
 * comment that gives a line the cell count of a delimiter row below it would turn a paragraph
 * into a table. A top-level block parses alone as it does in the document (link definitions
 * elsewhere cannot matter: a comment binds more tightly than a link). The leading line break
 * keeps a block that starts with `---` from being read as front matter.
 */
function readsAsComment(blockText: string, withoutComment: string, at: number, length: number): boolean {
  const withIt = parseReport(`\n${blockText}`);
  if (!withIt.comments.some((c) => c.start === at + 1 && c.end === at + 1 + length)) return false;
  const kinds = (model: ReportModel) => model.blocks.map((b) => b.kind).join(' ');
  return kinds(withIt) === kinds(parseReport(`\n${withoutComment}`));
}

/**
 * Whether `at` is inside a square bracket or a parenthesis opened before it in the block and not
 * yet closed: a comment there would become part of a link's text or of a "Long Form (ACR)"
 * definition that runs over the line end, and change what it says.
 */
function insideBrackets(text: string, at: number): boolean {
  let square = 0;
  let round = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++; // a backslash escapes the next character
    else if (c === 91) square++;
    else if (c === 93) square = Math.max(0, square - 1);
    else if (c === 40) round++;
    else if (c === 41) round = Math.max(0, round - 1);
  }
  return square > 0 || round > 0;
}

/** What the model's parser sees of a block: NUL as U+FFFD and, at the document's start, a BOM as a space. */
function parserView(text: string, atDocumentStart: boolean): string {
  const visible = text.replace(/\0/g, '\uFFFD');
  return atDocumentStart ? visible.replace(/^\uFEFF/, ' ') : visible;
}
