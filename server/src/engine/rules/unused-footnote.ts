import { defineRule } from '../rule';

export default defineRule({
  id: 'unused-footnote',
  description: 'A footnote is defined but never cited.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: true,
  options: {},
  docs: `Evidence defined in a footnote that no sentence cites supports nothing: either the citation
was lost in editing (add it back where the finding is) or the footnote is left over. The
quick fix removes the definition.`,
  check(model, ctx) {
    const cited = new Set(model.footnoteRefs.map((r) => r.label));
    for (const note of model.footnoteDefinitions) {
      if (cited.has(note.label)) continue;
      const lineEnd = model.lines.lineStart(model.lines.lineAt(note.end) + 1);
      ctx.report({
        start: note.labelStart - 2,
        end: note.labelEnd + 1,
        message: `Footnote [^${note.label}] is never cited: cite it where its evidence is used, or remove it.`,
        fixes: [{ title: `Remove footnote [^${note.label}]`, edits: [{ start: note.start, end: Math.max(note.end, lineEnd), newText: '' }] }],
      });
    }
  },
});
