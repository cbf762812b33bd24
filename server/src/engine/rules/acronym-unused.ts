import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';
import { normaliseShortForm } from '../acronyms/normalise';
import type { AcronymDefinition } from '../acronyms/types';

export default defineRule({
  id: 'acronym-unused',
  description: 'An acronym is defined but never used afterwards.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `GOV.UK style: do not introduce an acronym that is not used again. A definition that no
later sentence uses only adds a bracket for the reader to skip. The quick fix keeps the long
form and drops the acronym (and, in "LACs [Looked After Children (LAC)]", the short form and
bracket around the definition too). Definitions in a glossary section are not reported.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      // Defined twice and never used: acronym-redefined speaks first; this fix would not settle it.
      if (entry.definitions.length !== 1) continue;
      const definition = entry.definitions[0];
      if (entry.uses.some((u) => u.start > definition.end)) continue;
      ctx.report({
        start: definition.shortStart,
        end: definition.shortEnd,
        message: `${entry.key} is defined but never used again: write "${definition.longForm}" without the acronym.`,
        fixes: [{ title: `Drop the acronym ${entry.key}`, edits: [{ ...droppedSpan(model.text, definition, entry.key), newText: definition.longForm }] }],
      });
    }
  },
});

/**
 * What the fix replaces with the long form: the definition, or, when the definition fills a
 * bracket written just after the same short form ("LACs [Looked After Children (LAC)]"), the
 * short form and the bracket with it. Dropping only the inner "(LAC)" would leave "LACs [Looked
 * After Children]", which defines LAC again.
 */
function droppedSpan(text: string, definition: AcronymDefinition, key: string): { start: number; end: number } {
  const before = text.slice(Math.max(0, definition.start - 80), definition.start);
  const opened = /([\p{L}\p{N}][\p{L}\p{N}.&'’-]*)[ \t]*[([][ \t]*$/u.exec(before);
  const closed = /^[ \t]*[)\]]/.exec(text.slice(definition.end, definition.end + 20));
  if (!opened || !closed || normaliseShortForm(opened[1]) !== key) return definition;
  return { start: definition.start - before.length + opened.index, end: definition.end + closed[0].length };
}
