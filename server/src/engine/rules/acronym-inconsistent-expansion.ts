import { defineRule } from '../rule';
import { analyseAcronyms, sameLongFormOrExtended } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-inconsistent-expansion',
  description: 'An acronym is defined with different long forms.',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `"Looked After Children (LAC)" in one place and "Local Authority Care (LAC)" in another
leave the reader unsure what LAC means. This rule reports each definition whose long form
differs from the first one in its words. Differences a reader does not notice are not reported:
case, singular or plural ("agency", "agencies"), a possessive ("Children's Board"), hyphens,
commas, "&" or "and", a leading "the", and a describing word that gives the acronym no letter
("Bury Local Safeguarding Children Board (BSCB)" beside "Bury Safeguarding Children Board";
"… exploitation team (CATE)" after "… exploitation (CATE)"). A word that gives a letter is part
of the name: "targeted adolescent mental health service (TAMHS)" and "targeted mental health
services (TAMHS)" are reported. The quick fix uses the first long form.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      // A loose definition ("a referral hub (MASH)") gives the writer's words, not a long form to compare.
      const spelt = entry.definitions.filter((d) => !d.loose);
      const reference = entry.glossarySection ?? spelt[0];
      if (!reference) continue;
      for (const definition of spelt) {
        if (definition === reference || sameLongFormOrExtended(reference.longForm, definition.longForm, entry.key)) continue;
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
