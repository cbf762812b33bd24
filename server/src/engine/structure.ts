// How a draft's sections line up with its template: which heading is which template section,
// what is missing, what is out of order, what is empty. Computed once per model and template,
// shared by the structure rules, document symbols and the report-structure view.
import type { ReportModel, Section } from './model';
import { statesRating, type CompiledTemplate } from './templates/match';
import type { TemplateSection } from './templates/types';

export interface SectionState {
  templateIndex: number;
  templateSection: TemplateSection;
  /** Model sections matching it at a section's place, in document order (more than one is a duplicate). */
  sections: number[];
  /**
   * Model sections whose heading names it but that sit inside another template section that it
   * does not belong to: a sub-heading ("Summary" under each judgement, a board review's own
   * "Areas for improvement"). They show the section is present; order and duplicates ignore them.
   */
  nested: number[];
  /** For each of `nested`, the template section its parent heading names, or -1. */
  nestedIn: number[];
  outOfOrder: boolean;
  empty: boolean;
}

export interface Structure {
  /** Template index of each model section placed as a template section, or -1 (sub-headings that name one are -1). */
  templateIndexOf: number[];
  /** Template index of the section each model section's heading names, wherever it stands (sub-headings too), or -1. */
  namedIndexOf: number[];
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
  const sections = template?.template.sections ?? [];
  const states: SectionState[] = sections.map((templateSection, templateIndex) => ({
    templateIndex,
    templateSection,
    sections: [],
    nested: [],
    nestedIn: [],
    outOfOrder: false,
    empty: false,
  }));
  const templateIndexOf = model.sections.map(() => -1);
  const namedIndexOf = model.sections.map((s) => (template && s.heading ? template.match(s.heading.text) : -1));
  for (const section of model.sections) {
    const t = namedIndexOf[section.index];
    if (t < 0) continue;
    // A heading is a template section when it stands under the title (or no heading), or
    // directly under a template section that the template puts it under; anywhere else ("Summary"
    // under each judgement, themes under "… because:", a board review's own "Recommendations")
    // it is a sub-heading that only shows the section is there.
    const parent = model.sections[section.parent];
    const placed = section.parent <= 0 || parent.level === 1 || (templateIndexOf[parent.index] >= 0 && isTemplateDescendant(sections, templateIndexOf[parent.index], t));
    if (placed) {
      templateIndexOf[section.index] = t;
      states[t].sections.push(section.index);
    } else {
      states[t].nested.push(section.index);
      states[t].nestedIn.push(section.parent >= 0 ? namedIndexOf[section.parent] : -1);
    }
  }
  const empty = findEmptySections(model, template, templateIndexOf);
  for (const state of states) state.empty = state.sections.length > 0 && state.sections.every((s) => empty.has(s));
  // Sections whose place real reports vary (`unordered`) are never out of order; their
  // subsections keep their order among themselves. Each group is ordered on its own.
  const groups = new Map<number, SectionState[]>();
  for (const state of states) {
    if (!state.sections.length || state.templateSection.unordered) continue;
    const group = unorderedAncestor(sections, state.templateIndex);
    groups.set(group, [...(groups.get(group) ?? []), state]);
  }
  for (const group of groups.values()) {
    const firstOccurrences = group.sort((a, b) => a.sections[0] - b.sections[0]);
    const inOrder = longestIncreasing(firstOccurrences.map((s) => s.templateIndex));
    for (const state of firstOccurrences) state.outOfOrder = !inOrder.has(state.templateIndex);
  }
  return { templateIndexOf, namedIndexOf, states, empty };
}

/** The nearest template section above this one (it included) that has no fixed place, or -1. */
function unorderedAncestor(sections: readonly TemplateSection[], index: number): number {
  let level = sections[index].level + 1;
  for (let i = index; i >= 0; i--) {
    if (sections[i].level >= level) continue;
    if (sections[i].unordered) return i;
    level = sections[i].level;
  }
  return -1;
}

/** Whether two template sections are ordered against each other (in the same group). */
export function sameOrderGroup(sections: readonly TemplateSection[], a: number, b: number): boolean {
  return !sections[a].unordered && !sections[b].unordered && unorderedAncestor(sections, a) === unorderedAncestor(sections, b);
}

/**
 * Whether a template section is in the draft: a heading names it, anywhere (even as a
 * sub-heading), or one of its subsections stands at a section's place (a report that prints no
 * heading for the part its sections make up), or under a section that holds them in an older
 * layout of the report type (TemplateSection.foundIn).
 */
export function isPresent(structure: Structure, templateIndex: number): boolean {
  const states = structure.states;
  if (states[templateIndex].sections.length || states[templateIndex].nested.length) return true;
  const { level, foundIn } = states[templateIndex].templateSection;
  // Or its subsections stand under the section that holds them in an older layout (`foundIn`).
  const heldBy = (t: number) => t >= 0 && !!foundIn?.includes(states[t].templateSection.id);
  for (let i = templateIndex + 1; i < states.length && states[i].templateSection.level > level; i++) {
    if (states[i].sections.length || (foundIn && states[i].nestedIn.some(heldBy))) return true;
  }
  return false;
}

/** Whether template section `child` comes after `ancestor` within its subsections (deeper levels). */
function isTemplateDescendant(sections: readonly TemplateSection[], ancestor: number, child: number): boolean {
  if (child <= ancestor) return false;
  const level = sections[ancestor].level;
  for (let i = ancestor + 1; i <= child; i++) if (sections[i].level <= level) return false;
  return true;
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

function findEmptySections(model: ReportModel, template: CompiledTemplate | undefined, templateIndexOf: readonly number[]): Set<number> {
  const placeholder = placeholderPattern(DEFAULT_PLACEHOLDERS);
  const hasOwnContent = model.sections.map((section) =>
    section.ownContent.some((span) => !placeholder.test(stripMarkers(model.text.slice(span.start, span.end)))),
  );
  const templateSections = template?.template.sections ?? [];
  const empty = new Set<number>();
  const visit = (section: Section): boolean => {
    let content = hasOwnContent[section.index];
    for (const child of section.children) content = visit(model.sections[child]) || content;
    if (!content && section.heading && !standsForContent(section)) empty.add(section.index);
    return content;
  };
  // A heading with nothing under it that is still not an unfinished section: one that states a
  // grade ("The LSCB is good": the judgement is the content), or one whose next heading, at the
  // same level, introduces what follows it ("The LSCB requires improvement because:") or is a
  // section that the template puts under it (headings printed at one size).
  // A template section's own heading stating its grade ("… care leavers: good") is still
  // empty when the next heading is the next section: the judgement needs its evidence.
  const standsForContent = (section: Section): boolean => {
    const heading = section.heading!;
    const own = templateIndexOf[section.index];
    const next = model.sections[section.index + 1];
    const sibling = next?.heading && next.level === section.level && next.parent === section.parent ? next : undefined;
    if (statesRating(heading.text, template) && (own < 0 || (sibling && templateIndexOf[sibling.index] < 0))) return true;
    if (!sibling) return false;
    if (templateIndexOf[sibling.index] < 0 && isLeadIn(sibling.heading!.text)) return true;
    if (!template) return false;
    const named = template.match(heading.text);
    const following = template.match(sibling.heading!.text);
    return named >= 0 && following >= 0 && isTemplateDescendant(templateSections, named, following);
  };
  visit(model.sections[0]);
  return empty;
}

/** A heading that introduces a list or paragraphs after it: it ends with a colon or "because". */
function isLeadIn(text: string): boolean {
  return /(?::|\bbecause)\s*$/i.test(text.replace(/\[\^[^\]]*\]/g, '').trim());
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
  const neighbour = presentNeighbour(structure, templateIndex);
  if (neighbour) {
    const section = model.sections[neighbour.state.sections[0]];
    return neighbour.place === 'before' ? section.start : section.end;
  }
  return model.frontMatter && model.sections.length === 1 ? model.text.length : firstBodyOffset(model);
}

/**
 * The template section present in the draft (in order) that a missing section goes before (the
 * next one), else after (the previous one); undefined when none is present.
 */
export function presentNeighbour(structure: Structure, templateIndex: number): { state: SectionState; place: 'before' | 'after' } | undefined {
  const states = structure.states;
  const sections = states.map((x) => x.templateSection);
  const usable = (s: SectionState) => s.sections.length > 0 && !s.outOfOrder && sameOrderGroup(sections, templateIndex, s.templateIndex);
  for (let next = templateIndex + 1; next < states.length; next++) if (usable(states[next])) return { state: states[next], place: 'before' };
  // After the previous section at its own level or above ("after Findings", not after Findings' last theme), else any.
  const level = sections[templateIndex].level;
  for (let prev = templateIndex - 1; prev >= 0; prev--) if (usable(states[prev]) && sections[prev].level <= level) return { state: states[prev], place: 'after' };
  for (let prev = templateIndex - 1; prev >= 0; prev--) if (usable(states[prev])) return { state: states[prev], place: 'after' };
  return undefined;
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
