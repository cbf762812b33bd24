import { defineRule } from '../rule';
import { placeholderPattern } from '../structure';

export default defineRule<{ placeholders: string[] }>({
  id: 'empty-evidence',
  description: 'A footnote that should name evidence is empty or a placeholder.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: false,
  options: {
    placeholders: { type: 'array', items: { type: 'string' }, default: ['TODO', 'TBC', 'TBD', 'TBA', 'XXX', '?', 'evidence', 'source'], description: 'Footnote texts (case-insensitive) that count as empty. `[[…]]` placeholders always do.' },
  },
  docs: `A footnote cited as evidence must say what the evidence is: which records, how many
cases, which conversations, and when. An empty footnote, or one that is only a placeholder
(TODO, TBC, \`[[…]]\` left by a snippet or quick fix), is reported until it is filled in.`,
  check(model, ctx) {
    const placeholder = placeholderPattern(ctx.options.placeholders);
    for (const note of model.footnoteDefinitions) {
      if (!placeholder.test(note.text)) continue;
      ctx.report({
        start: note.labelStart - 2,
        end: note.labelEnd + 1,
        message: `Footnote [^${note.label}] ${note.text.trim() ? `only says "${note.text.trim()}"` : 'is empty'}: name the evidence (records, cases, conversations) and when it was gathered.`,
      });
    }
  },
});
