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
  docs: `"Concerns were raised", "it is widely believed" and "there are claims of" attribute a finding
to nobody in particular. Say who: how many people, in what role, and how the inspectors heard it
("Six of the nine social workers we spoke with told us…"), or cite the evidence with a footnote.

In the default \`mode: paragraph\` the forms are the ones real text uses: "it is said / believed /
thought / understood / felt / claimed / alleged that", "is said / reported / believed to be",
"there are claims / allegations / reports / concerns of / that / about", "has been accused",
"concerns were (first) raised / expressed", "reportedly", "widely recognised / regarded as",
"according to some". Flagged on the published Ofsted reports (Redcar and Cleveland, April 2017):

> 88. Governance of children's services by elected members and other senior leaders is strong,
> and the DCS is widely recognised as the pivotal figure in the improvement of children's services.

Not flagged: process wording in a clause of condition or time ("when concerns are raised about a
child", "where there are concerns about exploitation", "children for whom there are concerns");
an agent after the verb ("as it was reported to be by the peer review"); a verb of judging whose
deciding body the sentence names ("Of the 107 children and young people presented to the SGO panel,
63 were felt to be suitable", Nottingham, May 2014); a sentence that itself says the evidence is
wanting ("The service is anecdotally reported to be successful in approximately 60% of cases, but
data is not currently systematically collected on its impact, which is a shortfall", Liverpool,
July 2014: the vague source is the finding); "reportedly" or "is
reported to be" in a paragraph that names its source ("Staff report that…", "with families saying…"), though the
impersonal "It was reported that…" is flagged there too, as it brings in a report of its own; and the
authority's own acknowledgement ("it is recognised that", "there is recognition that"), which on
the published reports meant the local authority recognising something (none of those judged was
true), so it is not reported at all; nor "allegedly", which reports use for the facts of a case.

\`mode: strict\` checks each sentence that gives no evidence of its own with the older, wider list
(including "some staff felt", "are known to").`,
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
