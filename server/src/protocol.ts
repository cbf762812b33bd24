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
  /** Heading range in the document; absent for missing sections. */
  range?: Range;
  /** Error, warning and info findings inside the section. */
  findings: number;
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
