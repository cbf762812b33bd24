import { defineRule } from '../rule';
import { appendPoint } from '../structure';

export default defineRule({
  id: 'undefined-footnote',
  description: 'A footnote reference has no definition.',
  defaultSeverity: 'error',
  tags: ['evidence'],
  fixable: true,
  options: {},
  docs: `A footnote reference such as \`[^case-audit]\` cites evidence; if no \`[^case-audit]: …\`
definition exists, the citation resolves to nothing (and Markdown renders it as plain text),
so the claim it was meant to support is unsupported. The quick fix adds a definition stub at
the end of the report.`,
  check(model, ctx) {
    const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
    const stubbed = new Set<string>();
    for (const ref of model.footnoteRefs) {
      if (defined.has(ref.label)) continue;
      const { at: end, lead, trail } = appendPoint(model);
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: `Footnote [^${ref.label}] has no definition: add "[^${ref.label}]: <source>" or cite an existing footnote.`,
        fixes: stubbed.has(ref.label) ? [] : [{ title: `Add a definition for [^${ref.label}]`, edits: [{ start: end, end, newText: `${lead}[^${ref.label}]: [[Evidence: what was read, seen or heard, and when]]${model.eol}${trail}` }] }],
      });
      stubbed.add(ref.label);
    }
  },
});
