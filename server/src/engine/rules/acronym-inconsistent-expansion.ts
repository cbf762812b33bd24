import { defineRule } from '../rule';
import { analyseAcronyms, sameLongForm } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-inconsistent-expansion',
  description: 'An acronym is defined with different long forms.',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `"Looked After Children (LAC)" in one place and "Local Authority Care (LAC)" in another
leave the reader unsure what LAC means. This rule reports each definition whose long form
differs from the first one (ignoring case, hyphens, "&"/"and" and spacing). The quick fix uses
the first long form.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      const reference = entry.glossarySection ?? entry.definitions[0];
      if (!reference) continue;
      for (const definition of entry.definitions) {
        if (definition === reference || sameLongForm(reference.longForm, definition.longForm)) continue;
        ctx.report({
          start: definition.longStart,
          end: definition.longEnd,
          message: `${entry.key} is defined here as "${definition.longForm}" but as "${reference.longForm}" at ${ctx.where(reference.start, definition.start)}.`,
          related: [{ start: reference.start, end: reference.end, message: `Definition of ${entry.key} as "${reference.longForm}"` }],
          fixes: [{ title: `Use "${reference.longForm}"`, edits: [{ start: definition.longStart, end: definition.longEnd, newText: reference.longForm }] }],
        });
      }
    }
  },
});
