import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-before-definition',
  description: 'An acronym is used before the place where it is defined.',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `The reader meets an acronym before the sentence that spells it out. The definition
belongs at the first use. The quick fix moves it there: the first use becomes "Long Form (LF)"
and the later definition becomes the acronym alone. A definition in the report's glossary or
abbreviations section covers the whole report, so it is never "later".`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      const definition = entry.definitions[0];
      if (!definition || entry.glossarySection || entry.allowed) continue;
      const first = entry.uses[0];
      if (!first || first.start > definition.start) continue;
      const written = model.text.slice(first.start, first.end);
      ctx.report({
        ...first,
        message: `"${written}" is used before its definition at ${ctx.where(definition.start, first.start)} ("${definition.longForm} (${definition.written})").`,
        related: [{ start: definition.start, end: definition.end, message: `Definition of ${entry.key}` }],
        fixes: [{
          title: `Move the definition of ${entry.key} to its first use`,
          isPreferred: true,
          edits: [
            { ...first, newText: `${definition.longForm} (${written})` },
            { start: definition.start, end: definition.end, newText: definition.written },
          ],
        }],
      });
    }
  },
});
