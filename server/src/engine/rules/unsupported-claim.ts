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
    scope: { type: 'string', enum: ['sentence', 'paragraph'], default: 'sentence', description: 'What a citation covers: its own sentence, or (paragraph) the whole paragraph when it ends the paragraph.' },
    evidencePhrases: { type: 'array', items: { type: 'string' }, default: [], description: 'More phrases that name where a finding came from, added to the built-in ones ("records showed", "people told us").' },
    extraJudgementWords: { type: 'array', items: { type: 'string' }, default: [], description: 'More evaluative words or phrases that make a sentence a judgement.' },
    ignoreWords: { type: 'array', items: { type: 'string' }, default: [], description: 'Words or phrases that never make a sentence a claim.' },
  },
  docs: `Inspectorates base every finding on triangulated evidence, and providers challenge drafts
that rest on incomplete evidence. So a sentence that judges ("the quality of assessment
remains poor"), counts ("almost half the children"), generalises ("every child", "always")
or describes a trend ("has improved") needs support:

- a footnote reference whose definition exists (\`…remains poor.[^case-audit]\`), or
- the source in the sentence itself: "we found", "records showed", "in 9 of the 14 cases we
  reviewed", "people told us", "the local authority's self-assessment described…".

Descriptive sentences ("The inspection took place in February and March."), recommendations
("The council should…"), plans ("We will…"), questions and rating lines are not claims.
A sentence that attributes its claim to no one ("it is widely believed that…") is reported
once, by \`weasel-attribution\`. Sections that the template marks as exempt (about the inspection, about the service,
glossary, date published) are not checked, nor are headings, table cells and footnotes.

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
