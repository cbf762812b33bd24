import { closest } from '../suggest';
import { defineRule } from '../rule';

export default defineRule({
  id: 'unknown-template',
  description: 'The front matter names a template that does not exist.',
  defaultSeverity: 'error',
  tags: ['document'],
  fixable: true,
  options: {},
  docs: `The \`template\` key of the front matter must name a built-in template
(\`inspection-reports templates\` lists them) or one defined in the workspace config. An
unknown name would silently switch the structure checks off, so it is an error. The quick
fixes offer the closest known names.`,
  check(model, ctx) {
    const name = model.frontMatter?.data.template;
    if (typeof name !== 'string' || ctx.knowledge.templateIds.includes(name)) return;
    const span = model.frontMatter!.valueSpan('template')!;
    const suggestions = closest(name, ctx.knowledge.templateIds);
    ctx.report({
      ...span,
      message: `Unknown template "${name}". ${suggestions.length ? `Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : `Known templates: ${ctx.knowledge.templateIds.join(', ')}.`}`,
      fixes: suggestions.map((s, i) => ({ title: `Use template "${s}"`, isPreferred: i === 0 && suggestions.length === 1, edits: [{ ...span, newText: s }] })),
    });
  },
});
