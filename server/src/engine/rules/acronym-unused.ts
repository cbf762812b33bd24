import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-unused',
  description: 'An acronym is defined but never used afterwards.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `GOV.UK style: do not introduce an acronym that is not used again. A definition that no
later sentence uses only adds a bracket for the reader to skip. The quick fix keeps the long
form and drops the acronym. Definitions in a glossary section are not reported.`,
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
        fixes: [{ title: `Drop the acronym ${entry.key}`, edits: [{ start: definition.start, end: definition.end, newText: definition.longForm }] }],
      });
    }
  },
});
