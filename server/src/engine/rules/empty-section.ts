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
an unfinished section. A section whose subsections have content is not empty.`,
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
