import { defineRule } from '../rule';
import { analyseAcronyms, sameLongForm, sameLongFormOrExtended, type DefinitionAt } from '../acronyms/analysis';
import { withoutFullStops } from '../acronyms/fixes';
import type { Fix } from '../types';

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
"… exploitation team (CATE)" after "… exploitation (CATE)"; "multi-agency child sexual exploitation
meeting (MASE)" beside "multi-agency sexual exploitation (MASE)", Southwark, June 2017, where the
words giving the letters are the same, in order). A word that gives a letter is part
of the name: "targeted adolescent mental health service (TAMHS)" and "targeted mental health
services (TAMHS)" are reported. The quick fix uses the first long form; when the same section
already defines the acronym with it, the fix leaves the acronym alone instead (the long form
again would be a second definition there, \`acronym-redefined\`).`,
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
          fixes: [consistentFix(definition, reference, spelt)],
        });
      }
    }
  },
});

/**
 * "Use the first long form". When the section already defines the acronym with that long form
 * before this definition, writing it again would define the acronym twice there
 * (acronym-redefined): the acronym alone does.
 */
function consistentFix(definition: DefinitionAt, reference: DefinitionAt, spelt: readonly DefinitionAt[]): Fix {
  if (spelt.some((d) => d.start < definition.start && d.section === definition.section && sameLongForm(d.longForm, reference.longForm))) {
    const alone = withoutFullStops(definition.written);
    return { title: `Use "${alone}" alone (defined as "${reference.longForm}" earlier in this section)`, edits: [{ start: definition.start, end: definition.end, newText: alone }] };
  }
  return { title: `Use "${reference.longForm}"`, edits: [{ start: definition.longStart, end: definition.longEnd, newText: reference.longForm }] };
}
