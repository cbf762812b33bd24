import { defineRule, type RuleContext } from '../rule';
import { paragraphFindings, unsupportedSentences, type ParagraphFinding } from '../claims/analysis';
import type { ReportModel } from '../model';
import type { ClaimKind, SentenceClaims } from '../claims/detect';
import { evidenceFootnoteFixes } from '../claims/fixes';

const KIND_NAMES: Record<ClaimKind, string> = {
  figure: 'figure',
  judgement: 'judgement',
  generalisation: 'generalisation',
  trend: 'trend',
  weasel: 'attribution',
};

export type EvidenceMode = 'paragraph' | 'strict';

export interface ClaimRuleOptions {
  mode: EvidenceMode;
  scope: 'sentence' | 'paragraph';
  evidencePhrases: string[];
  extraJudgementWords: string[];
  ignoreWords: string[];
}

/** Unsupported sentences with the options of `unsupported-claim` (the other evidence rules share them). */
export function unsupportedSentencesOf(model: ReportModel, ctx: Pick<RuleContext<unknown>, 'knowledge' | 'template'>, scope: 'sentence' | 'paragraph' = 'sentence') {
  return unsupportedSentences(model, { matcher: ctx.knowledge.claims.matcher, matcherKey: ctx.knowledge.claims.key, scope, template: ctx.template });
}

/** Paragraph-mode findings of one evidence rule. */
export function paragraphFindingsOf(model: ReportModel, ctx: Pick<RuleContext<unknown>, 'knowledge' | 'template'>, rule: ParagraphFinding['rule']): ParagraphFinding[] {
  const all = paragraphFindings(model, { matcher: ctx.knowledge.claims.matcher, matcherKey: ctx.knowledge.claims.key, scope: 'paragraph', template: ctx.template });
  return all.filter((f) => f.rule === rule);
}

/** The `mode` option shared by the three evidence rules. */
export const modeOption = {
  type: 'string',
  enum: ['paragraph', 'strict'],
  default: 'paragraph',
  description: 'paragraph: query only what a quality-assurance reader would, with the paragraph as the unit of support; strict: every sentence needs its own support.',
} as const;

const PARAGRAPH_MESSAGES: Record<NonNullable<ParagraphFinding['kind']>, (text: string) => string> = {
  figure: (t) => `Figure with no source or base in its paragraph ("${t}"): say where it comes from and out of how many ("the local authority's data shows…", "9 of the 14 children").`,
  comparison: (t) => `Comparison with a benchmark with no figure or source in its paragraph ("${t}"): give the figures and where they come from.`,
  trend: (t) => `Trend with no baseline in its paragraph ("${t}"): say since when or from what, and from which source.`,
  absolute: (t) => `Absolute about people ("${t}") in a paragraph with no evidence: scope it to what inspectors saw ("all the children whose records we reviewed"), or give the evidence.`,
  judgement: (t) => `Judgement with no evidence anywhere in its paragraph ("${t}"): add what inspectors saw, read or heard, an example, a count from the sample or a named source.`,
};

// Claims are cached with their block, so their messages are too: a re-lint builds none anew.
const messages = new WeakMap<SentenceClaims, string>();

function messageFor(claims: SentenceClaims): string {
  let message = messages.get(claims);
  if (message === undefined) {
    const triggers = claims.triggers;
    // The first three distinct trigger words (one call per finding in a one-off check).
    const words: string[] = [];
    for (let i = 0; i < triggers.length && words.length < 3; i++) if (!words.includes(triggers[i].text)) words.push(triggers[i].text);
    message = `Unsupported ${KIND_NAMES[triggers[0].kind]} ("${words.join('", "')}"): cite the evidence with a footnote, or say where it comes from ("we found", "records showed", "in 9 of the 14 cases we reviewed").`;
    messages.set(claims, message);
  }
  return message;
}

export default defineRule<ClaimRuleOptions>({
  id: 'unsupported-claim',
  description: 'A judgement, figure, generalisation or trend has no evidence behind it.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: true,
  options: {
    mode: modeOption,
    scope: { type: 'string', enum: ['sentence', 'paragraph'], default: 'sentence', description: 'mode strict: what a citation covers: its own sentence, or (paragraph) the whole paragraph when it ends the paragraph.' },
    evidencePhrases: { type: 'array', items: { type: 'string' }, default: [], description: 'More phrases that name where a finding came from, added to the built-in ones ("records showed", "people told us").' },
    extraJudgementWords: { type: 'array', items: { type: 'string' }, default: [], description: 'More evaluative words or phrases that make a sentence a judgement.' },
    ignoreWords: { type: 'array', items: { type: 'string' }, default: [], description: 'Words or phrases that never make a sentence a claim.' },
  },
  docs: `Inspection frameworks require clear evidence for every judgement, and published reports
give it in the paragraph: a finding is stated, then supported by what inspectors saw, read and
heard, by examples ("For example, …"), by counts from the sample ("in 9 of the 14 cases") or by a
named source (the local authority's data, an audit, a survey). So the default, \`mode: paragraph\`,
queries only what a quality-assurance reader would: a paragraph that is a **stand-alone
assertion**, one sentence with no evidence of any kind, which is

- a figure with no source or base: a percentage, money, a fraction or an average ("Almost half
  the children looked after by the authority had an unqualified worker managing their case.",
  "Social workers hold an average of 31 cases each."), or a count only records can give: an
  exact count in the thousands ("The front door received 16,454 contacts last year.") or a count
  against a timescale ("22 families waited more than 8 weeks for an assessment."). A plain or
  bounded count describes ("22 families attended", "a consultation with more than 1,000
  children");
- a comparison with a benchmark with no figure ("Placement stability is better than the
  national average.");
- a trend with no baseline ("Outcomes for children are improving.");
- an absolute not scoped to the evidence ("Every care leaver is seen alone.");
- a bare evaluation ("The general quality of assessment and case management remains poor.",
  "The quality of strategy discussions is consistently good."), or one carried by the object of
  the main verb ("Leaders have a thorough understanding of practice."; not in a relative clause:
  "The emergency duty service is a well-run service which provides effective support…", Barnet,
  July 2024). A grade as the bare complement is a rating, not a judgement ("Children's services
  in Merton are good.").

A longer paragraph is its own support: on the 193 published Ofsted reports (\`npm run
eval:real\`), figures, comparisons and trends inside longer paragraphs were the local
authority's own data, or a change the paragraph goes on to describe, and no editor would have
changed them. So this is left alone (Sheffield, November 2023):

> 31. Most children are doing well at school. The virtual head has clear oversight of children's
> educational progress. Most children's personal education plans are comprehensive and capture
> the actions needed to help children reach their full potential. The outcomes for children in
> care at the end of key stage 4 have recently improved.

and this one-sentence paragraph is flagged, as a reader could ask how inspectors know
(Lambeth, December 2022):

> 21. The response to families with no recourse to public funds is effective.

Never queried: headings, tables and rating statements ("Children's services in Merton are
good."), summaries (a heading with "summary", "headline", "key findings", "overall",
"strengths", or ending "because:"), bulleted lists (summary points, actions, data), sections of
actions, data, method or context (recommendations, "what needs to improve", "information about
this area", the inspection team, previous inspections), and sections the template marks as
exempt. A heading is read in its own right before its place: converted reports often flatten
the findings to one heading level under the last heading of the context (Wigan, March 2017: "The
experiences and progress of children who need help and protection" and "Inspection findings" at
level 4 under "Information about the local authority area"), so a heading naming a section of
the template's findings starts findings there, and so do its later sibling headings. Under a
summary or actions it does so only when it states a grade ("What needs to improve" > "The
experiences and progress of children who need help and protection: inadequate", Middlesbrough,
January 2020) or names a template section holding others; "Areas for improvement" > "Adoption"
(Blackpool, September 2014) stays a list of actions, and "What the inspection judgements mean" >
"The local authority" explains the grades. A resolving footnote anywhere in the paragraph supports all of it. A trend verb with an
agent or an object is an action, not a measure that changed ("Leaders are improving services for
young carers"). A sentence that attributes its claim to no one is reported once, by
\`weasel-attribution\`.

\`mode: strict\` keeps the sentence-by-sentence check, for teams that keep an evidence register:
every sentence that judges, counts, generalises or describes a trend needs a footnote reference
whose definition exists, or its source in the sentence itself ("we found", "records showed", "in 9
of the 14 cases we reviewed", "people told us"). Descriptive sentences, recommendations, plans,
questions and rating lines are not claims there either; \`scope: paragraph\` lets a citation at
the end of a paragraph cover the whole paragraph.

The quick fix adds a footnote reference at the end of the sentence and a definition stub at
the end of the report, to be filled in with the source. A sentence that ends inside a link's
text gets its reference just before or after the link; there is no fix when another sentence
starts after it in the same link text, as that one would take the reference.`,
  check(model, ctx) {
    if (ctx.options.mode !== 'strict') {
      for (const f of paragraphFindingsOf(model, ctx, 'claim')) {
        ctx.report({ start: f.start, end: f.end, message: PARAGRAPH_MESSAGES[f.kind!](f.text), fixes: evidenceFootnoteFixes(model, f.sentence) });
      }
      return;
    }
    for (const sentence of unsupportedSentencesOf(model, ctx, ctx.options.scope)) {
      if (sentence.unsupported !== 'claim') continue;
      // A sentence that attributes its claim to no one is one problem: weasel-attribution says so.
      if (sentence.claims.weasel.length) continue;
      const first = sentence.claims.triggers[0];
      ctx.report({
        start: sentence.start + first.start,
        end: sentence.start + first.end,
        message: messageFor(sentence.claims),
        fixes: evidenceFootnoteFixes(model, sentence),
      });
    }
  },
});
