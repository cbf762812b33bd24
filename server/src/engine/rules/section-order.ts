import { defineRule } from '../rule';
import { analyseStructure } from '../structure';

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
section, with its subsections, to that place.`,
  check(model, ctx) {
    if (!ctx.template) return;
    const structure = analyseStructure(model, ctx.template);
    const inOrder = structure.states.filter((s) => s.sections.length && !s.outOfOrder);
    for (const state of structure.states) {
      if (!state.outOfOrder) continue;
      const section = model.sections[state.sections[0]];
      const heading = section.heading!;
      const before = [...inOrder].reverse().find((s) => s.templateIndex < state.templateIndex);
      const after = inOrder.find((s) => s.templateIndex > state.templateIndex);
      const target = before ? model.sections[before.sections[0]].end : model.sections[after!.sections[0]].start;
      const where = before ? `after "${before.templateSection.title}"` : `before "${after!.templateSection.title}"`;
      let moved = model.text.slice(section.start, section.end);
      if (!moved.endsWith('\n')) moved += '\n';
      const lead = target > 0 && !model.text.slice(0, target).endsWith('\n\n') ? '\n' : '';
      // A section cannot be moved into itself (its target lies inside when its parent is the anchor).
      const movable = target <= section.start || target >= section.end;
      ctx.report({
        start: heading.textStart,
        end: heading.textEnd,
        message: `Section "${heading.text}" is out of order: the template puts it ${where}.`,
        fixes: movable ? [{
          title: `Move section "${heading.text}" ${where}`,
          edits: [
            { start: section.start, end: section.end, newText: '' },
            { start: target, end: target, newText: lead + moved },
          ].sort((a, b) => a.start - b.start),
        }] : undefined,
      });
    }
  },
});
