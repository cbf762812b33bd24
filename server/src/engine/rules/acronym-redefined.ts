import { defineRule } from '../rule';
import { analyseAcronyms, isTitleLine, sameLongForm } from '../acronyms/analysis';
import { withoutFullStops } from '../acronyms/fixes';

export default defineRule({
  id: 'acronym-redefined',
  description: 'An acronym is defined more than once with the same long form.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `Once "Care Inspectorate Wales (CIW)" has been written, later sentences use "CIW". A second
identical definition in the same section is reported; the quick fix leaves the acronym alone.
Spelling an acronym out again under a new heading is not reported: inspection reports spell
acronyms out again in each part (the summary, each judgement, a board's review), so that each
part reads on its own, and a careful editor leaves that alone. Nor is a line that holds the
definition and nothing else ("The Local Safeguarding Children Board (LSCB)"): it is a title
starting a part (a heading written as a paragraph). A second definition with a different long
form is \`acronym-inconsistent-expansion\` instead.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      const definitions = entry.definitions;
      for (let i = 1; i < definitions.length; i++) {
        const again = definitions[i];
        // The first definition in the same section: a new section may spell it out again.
        const first = again.loose ? undefined : definitions.slice(0, i).find((d) => !d.loose && d.section === again.section && sameLongForm(d.longForm, again.longForm));
        if (!first || isTitleLine(model, again)) continue;
        const alone = withoutFullStops(again.written);
        ctx.report({
          start: again.start,
          end: again.end,
          message: `${entry.key} is already defined at ${ctx.where(first.start, again.start)}: use "${alone}" alone here.`,
          related: [{ start: first.start, end: first.end, message: 'Earlier definition in the same section' }],
          fixes: [{ title: `Use "${alone}" alone`, isPreferred: true, edits: [{ start: again.start, end: again.end, newText: alone }] }],
        });
      }
    }
  },
});
