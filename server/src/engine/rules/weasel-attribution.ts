import { defineRule } from '../rule';
import { modeOption, paragraphFindingsOf, unsupportedSentencesOf, type EvidenceMode } from './unsupported-claim';
import { evidenceFootnoteFixes } from '../claims/fixes';

export default defineRule<{ mode: EvidenceMode }>({
  id: 'weasel-attribution',
  description: 'A finding is attributed to no one ("it is said", "concerns were raised", "some staff felt").',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: true,
  options: { mode: modeOption },
  docs: `"Concerns were raised", "it is widely believed" and "some staff felt" attribute a finding to
nobody in particular. Say who: how many people, in what role, and how the inspectors heard it
("Six of the nine social workers we spoke with told us…"), or cite the evidence with a
footnote. A sentence that names its source, or carries a resolving footnote, is not reported.`,
  check(model, ctx) {
    if (ctx.options.mode !== 'strict') {
      for (const f of paragraphFindingsOf(model, ctx, 'weasel')) {
        ctx.report({ start: f.start, end: f.end, message: messageFor(f.text), fixes: evidenceFootnoteFixes(model, f.sentence) });
      }
      return;
    }
    for (const sentence of unsupportedSentencesOf(model, ctx)) {
      if (sentence.unsupported !== 'claim') continue;
      for (const weasel of sentence.claims.weasel) {
        ctx.report({
          start: sentence.start + weasel.start,
          end: sentence.start + weasel.end,
          message: messageFor(weasel.text),
          fixes: evidenceFootnoteFixes(model, sentence),
        });
      }
    }
  },
});

function messageFor(text: string): string {
  return `"${text}" attributes this to no one: say who (how many, in what role) and how it was heard, or cite the evidence.`;
}
