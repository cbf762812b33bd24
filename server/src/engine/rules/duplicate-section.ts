import { defineRule } from '../rule';
import { analyseStructure } from '../structure';
import { normaliseHeading } from '../templates/match';

export default defineRule({
  id: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  options: {},
  docs: `Reports a heading that matches a template section already present earlier (for
example "Wellbeing" after "Well-being", or the Welsh "Llesiant" after it), and a heading
repeated word for word under the same parent. The finding points at the first occurrence so
that the two can be merged.`,
  check(model, ctx) {
    const structure = analyseStructure(model, ctx.template);
    const reported = new Set<number>();
    for (const state of structure.states) {
      for (const index of state.sections.slice(1)) {
        reported.add(index);
        report(index, state.sections[0], `"${state.templateSection.title}"`);
      }
    }
    const seen = new Map<string, number>();
    for (const section of model.sections) {
      if (!section.heading || reported.has(section.index) || structure.templateIndexOf[section.index] >= 0) continue;
      const key = `${section.parent}\u0000${section.level}\u0000${normaliseHeading(section.heading.text)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, section.index);
      else report(section.index, first, `"${section.heading.text}"`);
    }

    function report(index: number, first: number, name: string) {
      const heading = model.sections[index].heading!;
      const original = model.sections[first].heading!;
      ctx.report({
        start: heading.textStart,
        end: heading.textEnd,
        message: `Duplicate section: ${name} already appears at ${ctx.where(original.start, heading.start)}.`,
        related: [{ start: original.textStart, end: original.textEnd, message: 'First occurrence' }],
      });
    }
  },
});
