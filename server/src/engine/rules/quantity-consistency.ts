import { defineRule } from '../rule';
import { QUANTITY_SCALES, quantityMismatches, countStatements, type QuantityScale, type CountStatement } from '../quantities';

const SCALE_NAMES = Object.keys(QUANTITY_SCALES);

/** Built-in templates whose inspectorate publishes a scale (kept here, beside the scales, rather than in each template). */
const BUILTIN_QUANTITY_SCALES: Record<string, string> = { 'estyn-school': 'estyn' };

export default defineRule<{ scale: string }>({
  id: 'quantity-consistency',
  description: 'A quantity word does not match the figure beside it ("most (3 of 14)"), or one count is stated twice differently.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  fixable: false,
  options: {
    scale: {
      type: 'string',
      enum: SCALE_NAMES,
      default: 'default',
      description: 'Quantity scale for templates that do not name their own (`quantityScale` in the template).',
    },
  },
  docs: `A quantity word next to the figure it summarises must match it: "most (3 of 14)" and "almost
half (9 of 14)" are wrong. The figure is read from brackets right after the word and its noun
phrase: "(9 of 14)", "(9 out of the 14 cases)", "(64%)".

**Scales.** Estyn and Education Scotland publish fixed scales; the others publish none, so a
default scale applies. A template names its scale with \`quantityScale\` (\`default\`, \`estyn\`,
\`education-scotland\`, or its own mapping of words to \`[lowest, highest]\` percentages); the
option \`scale\` sets it for templates that name none. The built-in \`estyn-school\` template uses
\`estyn\`.

| Word | default | \`estyn\` | \`education-scotland\` |
|---|---|---|---|
| all | 100% | 100% | 100% |
| almost all, nearly all, virtually all | 80–99.9% | nearly all: 90–99.9% ("with very few exceptions") | almost all: over 90% |
| the vast majority | 75–99.9% | – | – |
| most | over 50% | 90% or more | 75–90% |
| many | 20% or more | 70% or more | – |
| a majority, the majority, more than half | over 50% | over 60% | 50–74% |
| just over half | 50.1–60% | – | – |
| half | 45–55% | 50% | – |
| about half, around half | 40–60% | around half: 45–55% ("close to 50%") | – |
| almost half, nearly half, just under half | 40–49.9% | – | – |
| less than half, a minority | under 50% | a minority: below 40% | less than half: 15–49% |
| a few, few, a small number | 0.1–30% | below 20% | up to 15% |
| very few | 0.1–15% | below 10% | – |
| a third / a quarter / two thirds / three quarters | 28–38 / 20–30 / 62–72 / 70–80% | – | – |
| none | 0% | 0% | 0% |

Sources: Education Scotland, *Terms we use in the inspection process*
(https://education.gov.scot/inspection-and-review/what-we-do-and-how-we-do-it/02-about-inspection-and-review/):
"almost all means over 90%; most means 75% to 90%; majority means 50% to 74%; less than half
means 15% to 49%; few means up to 15%". Estyn: the table of quantities printed in its inspection
reports and in the annex of the Chief Inspector's annual reports (for example the 2016–2017
annual report, Annex 1, "notes about the words, phrases and data used in the report"; Estyn's
*Writing guide*, 2017). Those documents were found, but the text of the table itself could not be
retrieved from any source this project could read, so the \`estyn\` column is the table as it is
commonly quoted, not checked against Estyn's own wording: check it against a current Estyn report,
or name your own scale in a workspace template. A word not on the template's scale is not checked.

**Counts stated twice.** "We reviewed 14 cases" and, later, "the 15 cases we reviewed" state
one count two ways; the later statement is reported, with the earlier one as the related
location. Only counts of what inspectors reviewed, audited, sampled, tracked, examined or read
are compared, and only when the counted thing is named the same way and not narrowed ("14 cases
of care leavers" is a different count).

Example (planted into a real paragraph, Barnsley 2023, and marked as such): "Most children
(3 of 14) who are at risk of criminal exploitation are being identified early" is reported:
3 of 14 is 21%, and "most" means over 50%.`,
  check(model, ctx) {
    const template = ctx.template?.template;
    const declared = template?.quantityScale ?? (template ? BUILTIN_QUANTITY_SCALES[template.id] : undefined);
    const scale: QuantityScale =
      typeof declared === 'object' && declared ? declared : QUANTITY_SCALES[typeof declared === 'string' ? declared : ctx.options.scale] ?? QUANTITY_SCALES.default;
    for (const m of quantityMismatches(model, scale)) {
      const [low, high] = m.range;
      const meaning = low === high ? `${low}%` : `${low}–${high}%`;
      const figure = m.total === 100 && m.count === m.percent ? `${m.percent}%` : `${m.count} of ${m.total} (${m.percent}%)`;
      ctx.report({ start: m.start, end: m.end, message: `"${m.term}" stands for ${meaning} on this report's scale, but the figure is ${figure}: choose the word that matches the figure.` });
    }
    const counts = new Map<string, CountStatement>();
    for (const c of countStatements(model)) {
      const first = counts.get(c.key);
      if (!first) {
        counts.set(c.key, c);
        continue;
      }
      if (first.count === c.count) continue;
      ctx.report({
        start: c.start,
        end: c.end,
        message: `This says ${c.count} for what line ${model.lines.lineAt(first.start) + 1} counts as ${first.count} ("${c.key}"): state one count.`,
        related: [{ start: first.start, end: first.end, message: `${first.count} here` }],
      });
    }
  },
});
