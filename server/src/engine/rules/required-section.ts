import { defineRule } from '../rule';
import { reportAnchor } from '../model';
import { analyseStructure, insertionPoint, isPresent, presentNeighbour, sectionInsertText } from '../structure';

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

A heading counts wherever it stands, even as a sub-heading, and a section whose own heading is
missing but whose template subsections are there is present (in their place, or under the
section that holds them in an older layout of the report type: a 2014 SIF report gives the
area's facts under "Information about this inspection"). The finding sits where the section
belongs: on the heading of the template section it should come before (or, when it comes last,
after), or on the report's title when no template section is present, and its message says where.
The quick fix inserts the heading, with a \`[[guidance]]\` placeholder line, there.`,
  check(model, ctx) {
    if (!ctx.template) return;
    const structure = analyseStructure(model, ctx.template);
    const title = reportAnchor(model);
    for (const state of structure.states) {
      if (!state.templateSection.required || isPresent(structure, state.templateIndex)) continue;
      const section = state.templateSection;
      const at = insertionPoint(model, structure, state.templateIndex);
      const neighbour = presentNeighbour(structure, state.templateIndex);
      const heading = neighbour && model.sections[neighbour.state.sections[0]].heading!;
      const anchor = heading ? { start: heading.textStart, end: heading.textEnd } : title;
      const where = neighbour ? `: it belongs ${neighbour.place} "${heading!.text}"` : '';
      ctx.report({
        ...anchor,
        message: `Missing required section "${section.title}" (template ${ctx.template.template.id})${where}.`,
        fixes: [{ title: `Insert section "${section.title}"`, isPreferred: true, edits: [{ start: at, end: at, newText: sectionInsertText(model, at, section) }] }],
      });
    }
  },
});
