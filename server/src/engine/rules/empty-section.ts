import { defineRule } from '../rule';
import { analyseStructure } from '../structure';

export default defineRule({
  id: 'empty-section',
  description: 'A section has a heading but no content, or only placeholders.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixable: false,
  options: {},
  docs: `A heading followed directly by the next heading, or by nothing but placeholders
(\`[[guidance]]\` left by a snippet or quick fix, TODO, TBC, TBD, TBA, XXX, an ellipsis), is
an unfinished section. A section whose subsections have content is not empty.

Nor is a heading that says something by itself or introduces what follows, as published
reports use them: a heading that states a grade ("The Local Safeguarding Children Board is
good", "Safe: Good"); a heading followed, at the same level, by a lead-in heading ending in a
colon or "because" ("The LSCB requires improvement because:"); or one followed, at the same
level, by a section that the template puts under it (headings printed at one size).`,
  check(model, ctx) {
    const structure = analyseStructure(model, ctx.template);
    for (const index of structure.empty) {
      const heading = model.sections[index].heading!;
      const children = model.sections[index].children.length;
      ctx.report({
        start: heading.textStart,
        end: heading.textEnd,
        message: `Section "${heading.text}" is empty${children ? ' (and so are its subsections)' : ''}: write it or remove the heading.`,
      });
    }
  },
});
