// How a draft's sections line up with its template: which heading is which template section,
// what is missing, what is out of order, what is empty. Computed once per model and template,
// shared by the structure rules, document symbols and the report-structure view.
import type { ReportModel, Section } from './model';
import type { CompiledTemplate } from './templates/match';
import type { TemplateSection } from './templates/types';

export interface SectionState {
  templateIndex: number;
  templateSection: TemplateSection;
  /** Model sections matching it, in document order (more than one is a duplicate). */
  sections: number[];
  outOfOrder: boolean;
  empty: boolean;
}

export interface Structure {
  /** Template index of each model section, or -1. */
  templateIndexOf: number[];
  states: SectionState[];
  /** Model sections (with headings) whose content is empty or only placeholders. */
  empty: Set<number>;
}

const DEFAULT_PLACEHOLDERS = ['TODO', 'TBC', 'TBD', 'TBA', 'XXX', '...', '…'];
const cache = new WeakMap<ReportModel, Map<CompiledTemplate | undefined, Structure>>();

export function analyseStructure(model: ReportModel, template: CompiledTemplate | undefined): Structure {
  let byTemplate = cache.get(model);
  if (!byTemplate) cache.set(model, (byTemplate = new Map()));
  let structure = byTemplate.get(template);
  if (!structure) byTemplate.set(template, (structure = computeStructure(model, template)));
  return structure;
}

function computeStructure(model: ReportModel, template: CompiledTemplate | undefined): Structure {
  const empty = findEmptySections(model);
  const templateIndexOf = model.sections.map((s) => (template && s.heading ? template.match(s.heading.text) : -1));
  const sections = template?.template.sections ?? [];
  const states: SectionState[] = sections.map((templateSection, templateIndex) => ({
    templateIndex,
    templateSection,
    sections: [],
    outOfOrder: false,
    empty: false,
  }));
  templateIndexOf.forEach((t, sectionIndex) => {
    if (t >= 0) states[t].sections.push(sectionIndex);
  });
  for (const state of states) state.empty = state.sections.length > 0 && state.sections.every((s) => empty.has(s));
  const firstOccurrences = states.filter((s) => s.sections.length).sort((a, b) => a.sections[0] - b.sections[0]);
  const inOrder = longestIncreasing(firstOccurrences.map((s) => s.templateIndex));
  for (const state of firstOccurrences) state.outOfOrder = !inOrder.has(state.templateIndex);
  return { templateIndexOf, states, empty };
}

/** Template indices forming the longest run already in template order (the rest are "moved"). */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tailIndex[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(sequence[i]);
  return kept;
}

function findEmptySections(model: ReportModel): Set<number> {
  const placeholder = placeholderPattern(DEFAULT_PLACEHOLDERS);
  const hasOwnContent = model.sections.map((section) =>
    section.ownContent.some((span) => !placeholder.test(stripMarkers(model.text.slice(span.start, span.end)))),
  );
  const empty = new Set<number>();
  const visit = (section: Section): boolean => {
    let content = hasOwnContent[section.index];
    for (const child of section.children) content = visit(model.sections[child]) || content;
    if (!content && section.heading) empty.add(section.index);
    return content;
  };
  visit(model.sections[0]);
  return empty;
}

/** Matches text made only of placeholders: `[[...]]` snippets' guidance or words like TODO. */
export function placeholderPattern(words: string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:\\s|\\[\\[[^[\\]\\n]*\\]\\]|${escaped.join('|')})*$`, 'i');
}

function stripMarkers(text: string): string {
  return text.replace(/^[ \t]*(?:[>*+-]|\d+[.)])[ \t]*/gm, '');
}

/** Where to insert a missing template section: before the next present one, else after the previous. */
export function insertionPoint(model: ReportModel, structure: Structure, templateIndex: number): number {
  return outsideOpenBlock(model, Math.min(templatePoint(model, structure, templateIndex), trailingFootnotesStart(model)));
}

/**
 * An insertion point moved before a code fence or HTML comment that is never closed, which
 * would otherwise swallow what is inserted (and the fix would be offered again and again).
 */
export function outsideOpenBlock(model: ReportModel, offset: number): number {
  const end = model.text.trimEnd().length;
  if (offset < end) return offset;
  const closed = (source: string) => (source.startsWith('<!--') ? source.endsWith('-->') : /\n[ \t]*(`{3,}|~{3,})$/.test(source));
  for (const block of [...model.codeBlocks, ...model.comments]) {
    if (block.end < end || block.start >= offset || closed(model.text.slice(block.start, block.end).trimEnd().replace(/\r\n?/g, '\n'))) continue;
    // Indented code has no closing line: only fences and comments can be left open.
    if (/^\s*(```|~~~|<!--)/.test(model.text.slice(block.start, block.start + 8))) return model.lines.lineStart(model.lines.lineAt(block.start));
  }
  return offset;
}

/** Footnote definitions gathered at the end of a report stay last: sections go before them. */
export function trailingFootnotesStart(model: ReportModel): number {
  const lastContent = model.blocks.reduce((end, b) => (b.footnote === undefined ? Math.max(end, b.end) : end), 0);
  const trailing = model.footnoteDefinitions.filter((d) => d.start >= lastContent);
  return trailing.length ? Math.min(...trailing.map((d) => d.start)) : model.text.length;
}

function templatePoint(model: ReportModel, structure: Structure, templateIndex: number): number {
  const states = structure.states;
  for (let next = templateIndex + 1; next < states.length; next++) {
    if (states[next].sections.length && !states[next].outOfOrder) return model.sections[states[next].sections[0]].start;
  }
  for (let prev = templateIndex - 1; prev >= 0; prev--) {
    if (states[prev].sections.length && !states[prev].outOfOrder) return model.sections[states[prev].sections[0]].end;
  }
  return model.frontMatter && model.sections.length === 1 ? model.text.length : firstBodyOffset(model);
}

function firstBodyOffset(model: ReportModel): number {
  // With no template section present, new sections go after the title heading's own content.
  const title = model.sections.find((s) => s.level === 1);
  return title ? title.ownEnd : model.text.length;
}

/** The line breaks text inserted at `at` needs first, so that it starts after a blank line. */
export function blankLineBefore(model: ReportModel, at: number): string {
  const eol = model.eol;
  const before = model.text.slice(Math.max(0, at - 2 * eol.length), at);
  return at === 0 || before.endsWith(eol + eol) ? '' : before.endsWith(eol) ? eol : eol + eol;
}

/** Text inserting `heading` at `offset`, with blank lines on both sides. */
export function sectionInsertText(model: ReportModel, offset: number, section: TemplateSection): string {
  const eol = model.eol;
  const lead = blankLineBefore(model, offset);
  const trail = offset < model.text.length ? eol + eol : eol;
  return `${lead}${'#'.repeat(section.level)} ${section.title}${eol}${eol}[[${section.guidance}]]${trail}`;
}

const appendPoints = new WeakMap<ReportModel, { at: number; lead: string; trail: string }>();

/**
 * Where text appended "at the end" goes (footnote stubs), with the line breaks it needs before
 * and after: computed once per model, as a long draft may offer thousands of such fixes.
 */
export function appendPoint(model: ReportModel): { at: number; lead: string; trail: string } {
  let point = appendPoints.get(model);
  if (!point) {
    const at = outsideOpenBlock(model, model.text.length);
    point = { at, lead: blankLineBefore(model, at), trail: at < model.text.length ? model.eol : '' };
    appendPoints.set(model, point);
  }
  return point;
}
