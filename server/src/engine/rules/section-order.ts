import { defineRule } from '../rule';
import { analyseStructure, sameOrderGroup } from '../structure';
import type { ReportModel, Section } from '../model';
import type { Fix } from '../types';

export default defineRule({
  id: 'section-order',
  description: "A section stands out of the order that the report template gives.",
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: true,
  options: {},
  docs: `Readers of published reports expect the same order in every report of a type. This
rule keeps the longest run of template sections that are already in order and reports each
other section as moved, naming the section it should follow. The quick fix moves the whole
section, with its subsections, to that place; when the section it should follow is one of its
own subsections, the fix moves that subsection out, before it.

Only headings at a section's place count: the same words as a sub-heading deeper down ("Summary"
under each judgement, themes in a list of recommendations) are not the section. A template may
mark a section whose place real reports vary as unordered: it is never reported, and its own
subsections are ordered among themselves.`,
  check(model, ctx) {
    if (!ctx.template) return;
    const structure = analyseStructure(model, ctx.template);
    const sections = ctx.template.template.sections;
    for (const state of structure.states) {
      if (!state.outOfOrder) continue;
      // The sections it is ordered against: those of its group (an `unordered` section's subsections are one).
      const inOrder = structure.states.filter((s) => s.sections.length && !s.outOfOrder && sameOrderGroup(sections, s.templateIndex, state.templateIndex));
      const section = model.sections[state.sections[0]];
      const heading = section.heading!;
      const before = [...inOrder].reverse().find((s) => s.templateIndex < state.templateIndex);
      const after = inOrder.find((s) => s.templateIndex > state.templateIndex);
      const anchor = model.sections[(before ?? after!).sections[0]];
      const where = before ? `after "${before.templateSection.title}"` : `before "${after!.templateSection.title}"`;
      const title = `Move section "${heading.text}" ${where}`;
      const target = before ? anchor.end : anchor.start;
      // A section cannot move into itself: when the section it should follow is one of its
      // subsections, that subsection moves out, before it. (A later anchor nested in it cannot
      // happen: the section would then already come first.)
      const nested = anchor.start > section.start && anchor.end <= section.end;
      const fix = !nested
        ? moveFix(model, section, target, title)
        : before && moveFix(model, anchor, section.start, `Move section "${anchor.heading?.text}" before "${heading.text}"`);
      ctx.report({
        start: heading.textStart,
        end: heading.textEnd,
        message: `Section "${heading.text}" is out of order: the template puts it ${where}.`,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
});

/** Moves a section, with its subsections, to `target` (outside it), keeping a blank line before it. */
function moveFix(model: ReportModel, section: Section, target: number, title: string): Fix {
  let moved = model.text.slice(section.start, section.end);
  if (!moved.endsWith('\n')) moved += model.eol;
  const lead = target > 0 && !/\r?\n\r?\n$/.test(model.text.slice(Math.max(0, target - 4), target)) ? model.eol : '';
  return {
    title,
    edits: [
      { start: section.start, end: section.end, newText: '' },
      { start: target, end: target, newText: lead + moved },
    ].sort((a, b) => a.start - b.start),
  };
}
