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
quick fix removes them, and keeps what the last full stop also did: it ends the sentence when
the acronym ends its paragraph or a capitalised word follows ("met the C.I.W. Next day" becomes
"met the CIW. Next day"). A plural or possessive stays as written: "C.I.W.s" becomes "CIWs",
"C.I.W.'s" becomes "CIW's".`,
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

/**
 * Whether the last full stop of "C.I.W." also ends a sentence: the acronym ends its line, or a
 * space and a capitalised word follow ("the C.I.W. Next day"). Before a plural or possessive
 * ("C.I.W.s"), a comma or another word, it does not.
 */
function endsSentence(text: string, end: number, written: string): boolean {
  if (!written.endsWith('.')) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length || text[i] === '\n' || text[i] === '\r') return true;
  if (i === end) return false;
  return /^[\p{Lu}][\p{Ll}]/u.test(text.slice(i, i + 2));
}
