// Shared shapes of the analysis engine. Offsets are UTF-16 code-unit offsets into the
// document text (what JavaScript strings and LSP positions use).

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Replace text[start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Preferred fixes are offered first and applied by "fix all safe findings". */
  isPreferred?: boolean;
  /**
   * An edit of another file (the workspace config or glossary), given as an absolute path.
   * Only faces that can write files apply these (the editor via WorkspaceEdit).
   */
  fileEdits?: { path: string; edits: TextEdit[]; create?: boolean }[];
  /** Command for the editor to run instead of (or after) the edits, e.g. ask for a reason. */
  command?: { id: string; args: unknown[] };
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: string;
  /** Absolute path of another file of the same report (a chapter, the other language's version); none: this file. */
  path?: string;
}

/** What a rule reports; the engine adds ruleId and the configured severity. */
export interface FindingInput {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Finer-grained severity than the rule default (e.g. info for a softer case). */
  severity?: Severity;
}

export interface Finding extends FindingInput {
  ruleId: string;
  severity: Severity;
}

export interface SuppressedFinding extends Finding {
  /** The reason written after `--` in the suppression comment, if any. */
  reason?: string;
}

export interface LintResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/** JSON-schema fragment describing one rule option; the config schema is generated from these. */
export interface OptionSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  description: string;
  default: unknown;
  enum?: readonly unknown[];
  items?: { type: string; enum?: readonly unknown[] };
  minimum?: number;
  maximum?: number;
}

export type RuleTag = 'structure' | 'acronyms' | 'evidence' | 'document';
