import { defineRule } from '../rule';
import { analyseAcronyms, sameLongForm } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-redefined',
  description: 'An acronym is defined more than once with the same long form.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `Once "Care Inspectorate Wales (CIW)" has been written, later sentences use "CIW". A second
identical definition is reported (at info level, since some house styles spell acronyms out
again in each chapter); the quick fix leaves the acronym alone. A second definition with a
different long form is \`acronym-inconsistent-expansion\` instead.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      const [first, ...rest] = entry.definitions;
      for (const again of rest) {
        if (!sameLongForm(first.longForm, again.longForm)) continue;
        ctx.report({
          start: again.start,
          end: again.end,
          message: `${entry.key} is already defined at ${ctx.where(first.start, again.start)}: use "${again.written}" alone here.`,
          related: [{ start: first.start, end: first.end, message: 'First definition' }],
          fixes: [{ title: `Use "${again.written}" alone`, isPreferred: true, edits: [{ start: again.start, end: again.end, newText: again.written }] }],
        });
      }
    }
  },
});
