// What go to definition, references, hovers and the structure view read: the document's own
// lint, or, for a chapter of a multi-file report, the lint of the whole report (the chapters
// joined in order, see engine/reportset.ts). The feature functions take an outcome and an offset
// and give spans of that outcome's text; a scope turns a position of the document into such an
// offset, and the spans back into locations in the files they fall in. The whole report is read
// only when one of these requests comes, never per keystroke.
import type { Location, Range } from 'vscode-languageserver-types';
import type { LintOutcome } from '../engine/lint';
import type { LineMap } from '../engine/lines';
import type { Span } from '../engine/model';
import { chapterSpan, describeOffset, type ReportSetOutcome } from '../engine/reportset';
import { lineOf } from './acronyms';
import { toRange } from './convert';

export interface Scope {
  /** The outcome to ask: the document's, or its report's. */
  outcome: LintOutcome;
  /** True for a chapter read with its whole report: some spans fall in other files. */
  whole: boolean;
  /** The position asked about, as an offset of `outcome`'s text. */
  offset: number;
  /** Where a span of `outcome`'s text is. */
  location(span: Span): Location;
  /** A span in the asking document's own range, or undefined when it falls in another file. */
  ownRange(span: Span): Range | undefined;
  /** "line 12", or "line 12 of 01-summary.md" for a place in another file. */
  where(offset: number): string;
}

/** A document on its own. */
export function documentScope(outcome: LintOutcome, uri: string, offset: number): Scope {
  const lines = outcome.model.lines;
  return {
    outcome,
    whole: false,
    offset,
    location: (s) => ({ uri, range: toRange(lines, s.start, s.end) }),
    ownRange: (s) => toRange(lines, s.start, s.end),
    where: lineOf(outcome),
  };
}

/**
 * Chapter `index` of a report, asked at `offset` of its own text. `file` gives each chapter's
 * URI and line map (of the text the report was linted from).
 */
export function reportScope(report: ReportSetOutcome, index: number, offset: number, file: (path: string) => { uri: string; lines: LineMap }): Scope {
  const parts = report.joined.parts;
  const joined = parts[index].start + offset;
  const local = (s: Span) => chapterSpan(parts, s);
  return {
    outcome: report.outcome,
    whole: true,
    offset: joined,
    location: (s) => {
      const at = local(s);
      const { uri, lines } = file(at.path);
      return { uri, range: toRange(lines, at.start, at.end) };
    },
    ownRange: (s) => {
      const at = local(s);
      return at.index === index ? toRange(file(at.path).lines, at.start, at.end) : undefined;
    },
    where: (o) => describeOffset(parts, report.outcome.model, o, joined),
  };
}
