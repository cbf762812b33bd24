import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';
import { endsSentence, withoutFullStops } from '../acronyms/fixes';

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
      // A use inside the definition itself ("XYZ Services (XYZ)") is not before it.
      if (first.end > definition.start) continue;
      const line = ctx.where(definition.start, first.start);
      const written = model.text.slice(first.start, first.end);
      ctx.report({
        ...first,
        message: definition.loose
          ? `"${written}" is used before it is introduced at ${line} ("… ${definition.longForm} (${definition.written})"): spell it out at its first use.`
          : `"${written}" is used before its definition at ${line} ("${definition.longForm} (${definition.written})").`,
        related: [{ start: definition.start, end: definition.end, message: `Definition of ${entry.key}` }],
        // A loose definition's words are the writer's, not a long form to move.
        fixes: definition.loose ? [] : [{
          title: `Move the definition of ${entry.key} to its first use`,
          isPreferred: true,
          edits: [
            // Written without full stops ("I.R.O." becomes "IRO"), as acronym-punctuation asks.
            { ...first, newText: `${definition.longForm} (${withoutFullStops(written)})${endsSentence(model.text, first.end, written) ? '.' : ''}` },
            { start: definition.start, end: definition.end, newText: withoutFullStops(definition.written) },
          ],
        }],
      });
    }
  },
});
