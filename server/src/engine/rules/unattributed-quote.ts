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
parent.\` A quotation with no speaker in its sentence (and no footnote) is reported. A
quotation that continues into the next sentence is left alone, as its speaker may be there.`,
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
