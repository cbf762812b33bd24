// Custom requests between the VS Code client and the language server, declared once here so
// that both sides agree on names and shapes. The views show exactly what the engine found.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';

export interface DocumentParams {
  uri: string;
}

export type SectionState = 'present' | 'missing' | 'empty' | 'out-of-order' | 'duplicate' | 'extra';

export interface StructureNode {
  title: string;
  /** Template section id; absent for headings the template does not know ("extra"). */
  sectionId?: string;
  state: SectionState;
  required: boolean;
  level: number;
  guidance?: string;
  /** Heading range in the document (or in `uri`); absent for missing sections. */
  range?: Range;
  /** The file the heading is in, when it is not the document asked about (another chapter of a multi-file report). */
  uri?: string;
  /** Error, warning and info findings inside the section. */
  findings: number;
  /** Unfilled placeholders (`placeholder` findings) in the section's own text, before its subsections. */
  placeholders?: number;
  children: StructureNode[];
}

export interface ReportStructure {
  isReport: boolean;
  template?: { id: string; title: string };
  nodes: StructureNode[];
  /** Counts for the summary line of the view. */
  missingRequired: number;
}

export const StructureRequest = new RequestType<DocumentParams, ReportStructure, void>('inspectionReports/structure');

export interface InsertSectionParams extends DocumentParams {
  /** Template section ids to insert; all missing required sections when absent. */
  sectionIds?: string[];
}

/** Inserts missing sections where the template puts them; answers whether an edit was applied. */
export const InsertSectionsRequest = new RequestType<InsertSectionParams, boolean, void>('inspectionReports/insertSections');

export type AcronymState = 'defined' | 'undefined' | 'used-before-definition' | 'redefined' | 'inconsistent' | 'unused' | 'allowed' | 'glossary';

export interface AcronymEntry {
  acronym: string;
  expansion?: string;
  /** Where the expansion comes from: the report's own definition, the glossary, or nowhere. */
  source: 'report' | 'glossary' | 'none';
  definedAt?: Range;
  /** The file `definedAt` is in, when it is not the document asked about (another chapter of a multi-file report). */
  definedIn?: string;
  /** Uses in the document asked about (a chapter lists its own; the state is the whole report's). */
  uses: Range[];
  state: AcronymState;
}

export interface AcronymsResult {
  isReport: boolean;
  acronyms: AcronymEntry[];
}

export const AcronymsRequest = new RequestType<DocumentParams, AcronymsResult, void>('inspectionReports/acronyms');

export interface FootnoteEntry {
  label: string;
  text: string;
  definedAt?: Range;
  /** The file `definedAt` is in, when it is not the document asked about (another chapter of a multi-file report). */
  definedIn?: string;
  /** Citations in the document asked about. */
  citations: Range[];
  state: 'cited' | 'undefined' | 'unused' | 'empty';
}

export interface ClaimEntry {
  range: Range;
  message: string;
  kinds: string[];
}

export interface EvidenceResult {
  isReport: boolean;
  footnotes: FootnoteEntry[];
  /** Unsupported claims grouped by section, in document order. */
  unsupported: { section: string; range?: Range; claims: ClaimEntry[] }[];
}

export const EvidenceRequest = new RequestType<DocumentParams, EvidenceResult, void>('inspectionReports/evidence');

export interface TemplateInfo {
  id: string;
  title: string;
  description: string;
  /** Snippet body (VS Code snippet syntax) of a new report from this template. */
  snippet: string;
}

export const TemplatesRequest = new RequestType<DocumentParams | null, TemplateInfo[], void>('inspectionReports/templates');

export interface ReviewSummaryParams extends DocumentParams {
  format: 'markdown' | 'html';
}

/** A page a reviewer signs off: readiness, findings by section, suppressed findings with reasons. */
export const ReviewSummaryRequest = new RequestType<ReviewSummaryParams, string, void>('inspectionReports/reviewSummary');

export interface CounterpartParams extends DocumentParams {
  /** 0-based line of the cursor. */
  line: number;
}

/** Where the same section is in the report's other-language version, if it has one. */
export interface Counterpart {
  uri: string;
  /** 0-based line of the section's heading (or start) there. */
  line: number;
}

export const CounterpartRequest = new RequestType<CounterpartParams, Counterpart | null, void>('inspectionReports/counterpart');
