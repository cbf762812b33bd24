// Built-in report templates: the sections each type of published inspection report needs.
//
// Conventions (every template follows them; workspace templates should too):
// - The report title is the one level-1 heading (`# Inspection of ...`); it is not a section.
// - Template sections are level 2 (`## Summary`); optional sub-themes under a section are
//   level 3 (`### Safeguarding`) and follow their parent in `sections`.
// - `aliases` hold English variants (older names, short forms) and the Welsh headings CIW
//   uses in its Welsh-language reports. Matching is forgiving (see match.ts: case,
//   punctuation, numbering, "and"/"&"/"a"/"ac", diacritics), so aliases need not repeat
//   those variations.
// - `guidance` is one sentence with no square brackets or newlines: it becomes the
//   `[[...]]` placeholder of snippets and quick fixes.
// - `source` gives the addresses of the published reports and inspectorate pages a structure
//   was read from, and says what is unverified; users can override any template with a
//   workspace template (`extends`). The CIW, JICPA, CQC and Estyn templates live in their own
//   files (ciw.ts, jicpa.ts, cqc.ts, estyn.ts).
//
// Welsh headings: the Well-being / Care and support / Leadership and management /
// Environment forms (Llesiant / Gofal a chymorth / Arweinyddiaeth a rheolaeth /
// Yr amgylchedd) are attested in the domain glossary. The others are our best translation
// and are marked `// cy?` where we are unsure of CIW's exact wording.
import { CIW_RATINGS, ciwTemplates } from './ciw';
import { CQC_RATINGS, cqcTemplate } from './cqc';
import { section } from './define';
import { ESTYN_RATINGS, estynSchoolTemplate } from './estyn';
import { jicpaTemplate } from './jicpa';
import { ofstedIlacs, ofstedSif, OFSTED_RATINGS } from './ofsted';
import type { Template } from './types';

export { CIW_RATINGS, CQC_RATINGS, ESTYN_RATINGS, OFSTED_RATINGS };

export const genericTemplateId = 'generic';

/**
 * Sections that carry a rating line (`**Rating:** Good`) or a grade in their heading, per
 * built-in template. Snippets add a rating choice to these; a judgement-agreement check can
 * use them too. (TemplateSection has no `rated` field yet; this map stands in for one.)
 */
export const ratedSectionIds: Readonly<Record<string, readonly string[]>> = {
  'ciw-regulated-service': ['well-being', 'care-and-support', 'environment', 'leadership-and-management'],
  'ofsted-ilacs': ['overall-effectiveness', 'help-and-protection', 'children-in-care', 'care-leavers', 'impact-of-leaders'],
  'ofsted-sif': ['help-and-protection', 'children-looked-after', 'adoption-performance', 'care-leavers', 'leadership'],
  cqc: ['overall-summary', 'safe', 'effective', 'caring', 'responsive', 'well-led'],
  'estyn-school': ['standards', 'wellbeing-and-attitudes-to-learning', 'teaching-and-learning-experiences', 'care-support-and-guidance', 'leadership-and-management'],
};

export const builtinTemplates: Template[] = [
  ...ciwTemplates,
  jicpaTemplate,
  ofstedIlacs,
  ofstedSif,
  cqcTemplate,
  estynSchoolTemplate,
  {
    id: genericTemplateId,
    title: 'Generic inspection report',
    description: 'A minimal report: a summary, findings with their evidence, and recommendations. Used when no more specific template fits.',
    source: 'Minimal common structure of the report types above',
    sections: [
      section('summary', 'Summary', ['Crynodeb', 'Executive summary', 'Overview'], 'Summarise the main findings'),
      section('findings', 'Findings', ['Canfyddiadau', 'Main findings', 'Key findings', 'Detailed findings'], 'Set out what inspectors found, with the evidence for each judgement'),
      section('recommendations', 'Recommendations', ['Argymhellion', 'Areas for improvement', 'Areas for development', 'Meysydd i’w datblygu'], 'List what needs to improve, each point traceable to a finding', { required: false }),
    ],
  },
];
