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
import { optionalTheme, section } from './define';
import { ESTYN_RATINGS, estynSchoolTemplate } from './estyn';
import { jicpaTemplate } from './jicpa';
import type { Template } from './types';

export { CIW_RATINGS, CQC_RATINGS, ESTYN_RATINGS };

export const genericTemplateId = 'generic';

export const OFSTED_RATINGS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

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
  {
    id: 'ofsted-ilacs',
    title: "Ofsted inspection of local authority children's services (ILACS)",
    description: "Ofsted inspection of an English council's children's services under the ILACS framework (2018 onwards), graded per judgement.",
    source:
      'Judgements: https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services ; order of the narrative sections unverified',
    ratings: OFSTED_RATINGS,
    sections: [
      section('judgements', 'Judgements', ['Judgement table', 'Summary of judgements', 'Judgements and grades', 'Judgement'], 'Give a table with each judgement and its grade', { evidenceExempt: true }),
      section('overall-effectiveness', 'Overall effectiveness', ['Overall effectiveness of children’s services', 'Overall judgement'], 'Summarise the overall effectiveness of children’s services and the grade'),
      section('what-needs-to-improve', 'What needs to improve', ['What needs to improve in this local authority', 'What needs to improve?', 'Areas for improvement', 'Areas for priority action'], 'List what the local authority must improve, priority actions first'),
      section(
        'help-and-protection',
        'The experiences and progress of children who need help and protection',
        ['Children who need help and protection', 'Help and protection'],
        'Judge the help and protection children receive, with evidence from the cases reviewed',
      ),
      section(
        'children-in-care',
        'The experiences and progress of children in care',
        ['Children in care', 'The experiences and progress of children in care and care leavers', 'Children in care and care leavers'],
        'Judge the experiences and progress of children in care, with evidence from the cases reviewed',
      ),
      section('care-leavers', 'The experiences and progress of care leavers', ['Care leavers'], 'Judge the experiences and progress of care leavers, with evidence from the cases reviewed'),
      section(
        'impact-of-leaders',
        'The impact of leaders on social work practice with children and families',
        ['Impact of leaders', 'The impact of leaders', 'Leadership'],
        'Judge how well leaders know and improve social work practice, with evidence',
      ),
    ],
  },
  {
    id: 'ofsted-sif',
    title: "Ofsted single inspection framework (SIF) inspection of children's services",
    description: "Ofsted inspection of an English council's services for children in need of help and protection, children looked after and care leavers (SIF, 2013–18).",
    source: 'Order as in published SIF reports (domain notes, Ofsted 2013–18); https://adcs.org.uk/inspection/article/ilacs-overview',
    ratings: OFSTED_RATINGS,
    sections: [
      section('judgements', 'Summary of judgements', ['Judgements', 'Judgement table', 'Overall judgement'], 'Give the overall judgement and a table with each judgement and its grade', { evidenceExempt: true }),
      section('the-local-authority', 'The local authority', ['About the local authority'], 'Summarise the overall judgement of the local authority’s services'),
      section('summary-of-findings', 'Summary of findings', ['Summary', 'Key findings'], 'Summarise the main findings behind the judgements'),
      section('what-needs-to-improve', 'What does the local authority need to improve?', ['What the local authority needs to improve', 'What needs to improve'], 'Introduce the priority and other areas for improvement'),
      section('areas-for-improvement', 'Areas for improvement', ['Priority and immediate action', 'Areas for priority action'], 'List each area for improvement, priority action first, traceable to a finding'),
      section('strengths', 'Strengths', ['Key strengths'], 'List the main strengths, each traceable to a finding'),
      section('progress', 'Progress since the last inspection', ['Progress since last inspection'], 'Say what has changed since the last inspection', { required: false }),
      section('summary-for-children', 'Summary for children and young people', ['Summary for children', 'For children and young people'], 'Summarise the findings in plain words for children and young people'),
      section('information-about-this-area', 'Information about this area', ['Information about the local authority', 'Context'], 'Give the area’s context: population, numbers of children in need, on plans and looked after', { evidenceExempt: true }),
      section('inspection-judgements', 'Inspection judgements', ['Inspection judgements about the local authority', 'Detailed findings'], 'Give the detailed findings for each judgement'),
      section(
        'help-and-protection',
        'The experiences and progress of children who need help and protection',
        ['Children who need help and protection'],
        'Judge the help and protection children receive, with evidence from the cases reviewed',
        optionalTheme,
      ),
      section(
        'children-looked-after',
        'The experiences and progress of children looked after and achieving permanence',
        ['Children looked after and achieving permanence', 'Children looked after'],
        'Judge the experiences and progress of children looked after, with evidence',
        optionalTheme,
      ),
      section('adoption-performance', 'Adoption performance', ['Adoption'], 'Judge adoption performance, with evidence', optionalTheme),
      section('care-leavers', 'The experiences and progress of care leavers', ['Care leavers'], 'Judge the experiences and progress of care leavers, with evidence', optionalTheme),
      section('leadership', 'Leadership, management and governance', ['Leadership and management', 'Leadership'], 'Judge leadership, management and governance, with evidence', optionalTheme),
      section('what-the-judgements-mean', 'What the inspection judgements mean', ['What the judgements mean'], 'Explain the grades in Ofsted’s standard words', { evidenceExempt: true }),
    ],
  },
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
