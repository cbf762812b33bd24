import { defineRule } from '../rule';

export default defineRule({
  id: 'front-matter',
  description: 'The YAML front matter is malformed.',
  defaultSeverity: 'error',
  tags: ['document'],
  fixable: false,
  options: {},
  docs: `A report's front matter (the block between \`---\` lines at the top) says which template
the report follows and carries its metadata. When it cannot be read (a YAML syntax error, a
block that is never closed, a list where a mapping is expected, or a block over 64 KiB), the
template it names is not used either, so this rule says exactly where the problem is.`,
  check(model, ctx) {
    for (const error of model.frontMatter?.errors ?? []) ctx.report(error);
    const template = model.frontMatter?.data.template;
    if (template !== undefined && typeof template !== 'string') {
      const span = model.frontMatter!.valueSpan('template')!;
      ctx.report({ ...span, message: '`template` must be a template id such as `ciw-regulated-service`.' });
    }
  },
});
