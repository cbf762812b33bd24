import { defineRule } from '../rule';
import { reportAnchor } from '../model';
import { analyseStructure, insertionPoint, sectionInsertText } from '../structure';

export default defineRule({
  id: 'required-section',
  description: 'A section that the report template requires is missing.',
  defaultSeverity: 'error',
  tags: ['structure'],
  fixable: true,
  options: {},
  docs: `Each report template lists the sections a report of that type must have, in order
(for example a CIW regulated-service report needs *Well-being*, *Care and support* and
*Leadership and management*). This rule reports every required section with no matching
heading. Headings match forgivingly: case, punctuation, leading numbers, "and"/"&" and the
Welsh forms listed in the template all count.

The finding sits on the report's title heading (or the first line) and names the section.
The quick fix inserts the heading, with a \`[[guidance]]\` placeholder line, where the
template's order puts it: before the next section present, or after the previous one.`,
  check(model, ctx) {
    if (!ctx.template) return;
    const structure = analyseStructure(model, ctx.template);
    const anchor = reportAnchor(model);
    for (const state of structure.states) {
      if (!state.templateSection.required || state.sections.length) continue;
      const section = state.templateSection;
      const at = insertionPoint(model, structure, state.templateIndex);
      ctx.report({
        ...anchor,
        message: `Missing required section "${section.title}" (template ${ctx.template.template.id}).`,
        fixes: [{ title: `Insert section "${section.title}"`, isPreferred: true, edits: [{ start: at, end: at, newText: sectionInsertText(model, at, section) }] }],
      });
    }
  },
});
