import { defineRule } from '../rule';
import { modeOption, paragraphFindingsOf, unsupportedSentencesOf, type EvidenceMode } from './unsupported-claim';

export default defineRule<{ mode: EvidenceMode }>({
  id: 'unattributed-quote',
  description: 'A direct quotation has no speaker.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: false,
  options: { mode: modeOption },
  docs: `A quotation in an inspection report is evidence that something was said, so readers need
to know who said it — by role, not by name: \`"We never see the same worker twice," said one
parent.\`

In the default \`mode: paragraph\` a quotation is reported when it reads as speech (first or second
person, or a finished sentence inside the marks) and no speaker is named in its paragraph, or at
the end of the paragraph before (its last sentence has a verb of saying, "said", "told",
"explained", "wrote"…, or it ends with a colon: "…the content of GP reports to child protection
conferences." does not introduce the quotation after it). A
speaker is looked for outside the quotation marks, and a passive with no agent names none ("The
service was described as follows: “…”" is reported; "described by one care leaver" is not). A
quotation continued over several paragraphs (each opening with a
quotation mark, only the last closed) is one quotation. Names in quotation marks are not
speech: after a determiner or a naming word ("the ‘Key to My future’ booklets", "using the motto
‘no decision about me, without me’", "underpinned by the principle of ‘Would this be good
enough for my child?’" (Rutland, April 2020), "BOOM (‘Because our opinion matters’)"), before a plural
noun or a bracket, or in title case; so is an ethos, mantra or strapline ("their ethos of
‘Children and young people in our hearts…’"). Speakers are named as published reports name them: "In the
words of a young person, ‘We used to be on the outside looking in…’" (Durham, May 2025) is not
reported. On the 193 published Ofsted reports this mode reports no quotation; the strict mode
reported 114, of which none was judged true (mostly names of documents and programmes).

\`mode: strict\` checks each sentence: a quotation with no speaker in its sentence (and no
footnote) is reported, unless it continues into the next sentence.`,
  check(model, ctx) {
    if (ctx.options.mode !== 'strict') {
      for (const f of paragraphFindingsOf(model, ctx, 'quote')) ctx.report({ start: f.start, end: f.end, message: MESSAGE });
      return;
    }
    for (const sentence of unsupportedSentencesOf(model, ctx)) {
      if (sentence.unsupported !== 'unattributed-quote') continue;
      for (const quote of sentence.claims.quotes) {
        if (quote.speaker !== undefined || quote.partial) continue;
        ctx.report({
          start: sentence.start + quote.start,
          end: sentence.start + quote.end,
          message: MESSAGE,
        });
      }
    }
  },
});

const MESSAGE = 'Quotation with no speaker: say who said it, by role (", said one parent."), or cite where it was recorded.';
