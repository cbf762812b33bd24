import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';

export default defineRule({
  id: 'acronym-punctuation',
  description: 'An acronym is written with full stops ("C.I.W.").',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `GOV.UK and most house styles write acronyms without full stops: CIW, not C.I.W. The
quick fix removes them.`,
  check(model, ctx) {
    for (const p of analyseAcronyms(model, ctx.knowledge).punctuated) {
      ctx.report({
        start: p.start,
        end: p.end,
        message: `Write "${p.acronym}" without full stops.`,
        fixes: [{ title: `Write "${p.acronym}"`, isPreferred: true, edits: [{ start: p.start, end: p.end, newText: p.acronym }] }],
      });
    }
  },
});
