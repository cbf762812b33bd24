// Data for the client's views, computed from a lint outcome (no analysis of its own).
import type { LintOutcome } from '../engine/lint';
import { analyseStructure, insertionPoint, isPresent, sectionInsertText, type Structure } from '../engine/structure';
import type { TextEdit } from '../engine/types';
import type { ReportStructure, StructureNode, SectionState } from '../protocol';
import type { Range } from 'vscode-languageserver-types';
import { toRange } from './convert';

/**
 * `locate` gives a heading's place: by default a range of the outcome's own text; for a chapter
 * of a multi-file report, read from the whole report, a range in the heading's own file (with
 * that file's URI when it is not the asking document).
 */
export function reportStructure(outcome: LintOutcome, locate: (start: number, end: number) => { range: Range; uri?: string } = (start, end) => ({ range: toRange(outcome.model.lines, start, end) })): ReportStructure {
  const { model, template } = outcome;
  if (!outcome.isReport) return { isReport: false, nodes: [], missingRequired: 0 };
  const structure = analyseStructure(model, template);
  const findingsIn = (start: number, end: number) => outcome.findings.filter((f) => f.start >= start && f.start < end).length;
  const placeholders = outcome.findings.filter((f) => f.ruleId === 'placeholder');
  const placeholdersIn = (start: number, end: number) => placeholders.filter((f) => f.start >= start && f.start < end).length || undefined;
  const nodes: StructureNode[] = [];
  const parents: StructureNode[] = [];
  const place = (node: StructureNode) => {
    while (parents.length && parents[parents.length - 1].level >= node.level) parents.pop();
    (parents.length ? parents[parents.length - 1].children : nodes).push(node);
    parents.push(node);
  };
  for (const state of structure.states) {
    const section = state.templateSection;
    const shown = state.sections[0] ?? state.nested[0];
    const first = shown !== undefined ? model.sections[shown] : undefined;
    place({
      title: first?.heading?.text ?? section.title,
      sectionId: section.id,
      state: stateOf(structure, state.templateIndex),
      required: section.required,
      level: section.level,
      guidance: section.guidance,
      ...(first?.heading ? locate(first.heading.textStart, first.heading.textEnd) : {}),
      findings: first ? findingsIn(first.start, first.end) : 0,
      placeholders: first ? placeholdersIn(first.start, first.ownEnd) : undefined,
      children: [],
    });
  }
  parents.length = 0;
  // Headings the template does not know, in document order, after the template's sections.
  for (const section of model.sections) {
    if (!section.heading || structure.templateIndexOf[section.index] >= 0 || section.level === 1) continue;
    nodes.push({
      title: section.heading.text,
      state: 'extra',
      required: false,
      level: section.level,
      ...locate(section.heading.textStart, section.heading.textEnd),
      findings: findingsIn(section.start, section.ownEnd),
      placeholders: placeholdersIn(section.start, section.ownEnd),
      children: [],
    });
  }
  return {
    isReport: true,
    template: template ? { id: template.template.id, title: template.template.title } : undefined,
    nodes,
    missingRequired: structure.states.filter((s) => s.templateSection.required && !isPresent(structure, s.templateIndex)).length,
  };
}

function stateOf(structure: Structure, templateIndex: number): SectionState {
  const state = structure.states[templateIndex];
  if (!state.sections.length) return state.nested.length ? 'present' : 'missing';
  if (state.sections.length > 1) return 'duplicate';
  if (state.outOfOrder) return 'out-of-order';
  return state.empty ? 'empty' : 'present';
}

/** Ids of the template's required sections the report lacks. */
export function missingRequiredIds(outcome: LintOutcome): string[] {
  if (!outcome.template) return [];
  const structure = analyseStructure(outcome.model, outcome.template);
  return structure.states.filter((s) => s.templateSection.required && !isPresent(structure, s.templateIndex)).map((s) => s.templateSection.id);
}

/** Edits inserting the given missing sections (all missing required ones by default). */
export function insertSectionEdits(outcome: LintOutcome, sectionIds?: string[]): TextEdit[] {
  const { model, template } = outcome;
  if (!template) return [];
  const structure = analyseStructure(model, template);
  return structure.states
    .filter((s) => !s.sections.length && !s.nested.length && (sectionIds ? sectionIds.includes(s.templateSection.id) : s.templateSection.required))
    .map((s) => {
      const at = insertionPoint(model, structure, s.templateIndex);
      return { start: at, end: at, newText: sectionInsertText(model, at, s.templateSection) };
    });
}

export interface HeadingCompletion {
  title: string;
  level: number;
  detail: string;
  guidance: string;
}

/** Missing template sections, the one that belongs at `offset` first, then the rest in order. */
export function headingCompletions(outcome: LintOutcome, offset: number): HeadingCompletion[] {
  const { model, template } = outcome;
  if (!template) return [];
  const structure = analyseStructure(model, template);
  const missing = structure.states.filter((s) => !s.sections.length && !s.nested.length);
  // The next missing section is the first one whose template successor comes after the cursor.
  const score = (index: number) => Math.abs(insertionPoint(model, structure, index) - offset);
  return [...missing]
    .sort((a, b) => score(a.templateIndex) - score(b.templateIndex) || a.templateIndex - b.templateIndex)
    .map((s) => ({
      title: s.templateSection.title,
      level: s.templateSection.level,
      detail: `${s.templateSection.required ? 'Required' : 'Optional'} section of ${template.template.title}`,
      guidance: s.templateSection.guidance,
    }));
}
