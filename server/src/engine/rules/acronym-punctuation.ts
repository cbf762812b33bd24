import { defineRule } from '../rule';
import { analyseAcronyms } from '../acronyms/analysis';
import { endsSentence } from '../acronyms/fixes';

export default defineRule({
  id: 'acronym-punctuation',
  description: 'An acronym is written with full stops ("C.I.W.").',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `GOV.UK and most house styles write acronyms without full stops: CIW, not C.I.W. The
quick fix removes them, and keeps what the last full stop also did: it ends the sentence when
the acronym ends its paragraph or a capitalised word follows ("met the C.I.W. Next day" becomes
"met the CIW. Next day"). A plural or possessive stays as written: "C.I.W.s" becomes "CIWs",
"C.I.W.'s" becomes "CIW's". The other acronym rules advise and fix the acronym without full stops
too: an undefined "I.R.O." is spelt out "Independent Reviewing Officer (IRO)".`,
  check(model, ctx) {
    const text = model.text;
    for (const p of analyseAcronyms(model, ctx.knowledge).punctuated) {
      const newText = p.acronym + (endsSentence(text, p.end, p.written) ? '.' : '');
      ctx.report({
        start: p.start,
        end: p.end,
        message: `Write "${p.acronym}" without full stops.`,
        fixes: [{ title: `Write "${p.acronym}"`, isPreferred: true, edits: [{ start: p.start, end: p.end, newText }] }],
      });
    }
  },
});

