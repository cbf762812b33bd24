// The interface every mutation kind implements (one small module per kind in this folder).
//
// A kind finds candidate places in a real report (`find`), plants its defect at one of them
// (`apply`), and says which rule should report it and where (`Mutation.expect`). The mutated
// text is given as pieces of the original and new text, so the runner can map every position
// of the original into the mutated text and tell a finding that the mutation caused from one
// that was there before.
import type { Template } from '../../../server/src/engine/templates/types';
import type { ReportText } from './text';

export interface Span {
  start: number;
  end: number;
}

/** A piece of the mutated text: the original's text [from, to), or new text. */
export type Piece = { from: number; to: number } | { text: string };

export interface Expectation {
  /** The rule that should report the planted defect. */
  rule: string;
  /**
   * Places in the MUTATED text. A finding of `rule` that overlaps one of them (or touches it,
   * for an empty span) is a detection.
   */
  spans: Span[];
  /**
   * Count only a finding that the original did not have at the same (mapped) place, with the same
   * message: for a rule whose findings all sit at one anchor (required-section reports on the
   * title, naming the section in its message).
   */
  newOnly?: boolean;
  /**
   * Where the finding should also point (its related locations), in the mutated text: the long form
   * written out without its acronym. Counted apart ("points there"); a detection without it still counts.
   */
  related?: Span;
}

export interface Mutation {
  pieces: Piece[];
  expect: Expectation;
  /** One line saying what was planted, shown by --verbose for a miss. */
  note: string;
}

/** A real report as the kinds see it: the text linted (front matter naming its template) and its blocks. */
export interface Report extends ReportText {
  file: string;
  templateId: string;
  /** The built-in template the report is checked against. */
  template: Template;
}

export interface MutationKind<Site = unknown> {
  /** Short name, printed in the table: `acronym-remove-definition`. */
  kind: string;
  /** The issue that asked for it. */
  issue: number;
  /** The rule expected to report the defect. */
  rule: string;
  /** What is planted, in a sentence (printed by --list). */
  description: string;
  /** Candidate places in a report (none when it has nowhere to plant this defect). */
  find(report: Report): Site[];
  /** The mutation at one candidate; `random` chooses among wordings and details. */
  apply(report: Report, site: Site, random: () => number): Mutation;
}

/** Declares a kind with its site type checked. */
export function defineKind<Site>(kind: MutationKind<Site>): MutationKind<Site> {
  return kind;
}
