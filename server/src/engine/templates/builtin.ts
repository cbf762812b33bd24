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
// - Structures come from /work/shared/domain/README.md; where the domain notes mark an
//   order as unverified, `source` says so and users can override it with a workspace
//   template (`extends`).
//
// Welsh headings: the Well-being / Care and support / Leadership and management /
// Environment forms (Llesiant / Gofal a chymorth / Arweinyddiaeth a rheolaeth /
// Yr amgylchedd) are attested in the domain glossary. The others are our best translation
// and are marked `// cy?` where we are unsure of CIW's exact wording.
import type { Template, TemplateSection } from './types';
import { section, optionalTheme } from './define';
import { ofstedIlacs, ofstedSif, OFSTED_RATINGS } from './ofsted';

export const genericTemplateId = 'generic';

export const CIW_RATINGS = ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement'];
export { OFSTED_RATINGS };
export const CQC_RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

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
};

// CIW local authority inspections (children's and adults') share one shape: summary, scope,
// findings by theme, areas for development, next steps. The themes are the ones inspectors
// report on; they are optional level-3 sections under Findings.
function ciwLocalAuthority(audience: 'children' | 'adults'): TemplateSection[] {
  const people = audience === 'children' ? 'children and families' : 'adults and carers';
  return [
    section('summary', 'Summary', ['Crynodeb', 'Summary of findings', 'Executive summary', 'Crynodeb gweithredol'], `Summarise the main findings and what they mean for ${people}`),
    section(
      'about-the-inspection',
      'About the inspection',
      ['Ynglŷn â’r arolygiad', 'Am yr arolygiad', 'Introduction', 'Cyflwyniad', 'Scope and methodology', 'Methodology', 'Methodoleg', 'Scope of the inspection'],
      'State the scope, the inspection dates and how evidence was gathered',
      { evidenceExempt: true },
    ),
    section('findings', 'Findings', ['Canfyddiadau', 'Main findings', 'Prif ganfyddiadau', 'Inspection findings'], 'Set out what inspectors found, theme by theme, with the evidence for each judgement'),
    section(
      'access',
      'Access',
      ['Access arrangements', 'Mynediad', 'Information, advice and assistance', 'Gwybodaeth, cyngor a chymorth', 'Early intervention and prevention'],
      'Report on information, advice and assistance and on early intervention and prevention',
      optionalTheme,
    ),
    section('assessment', 'Assessment', ['Asesu', 'Asesiad'], 'Report on the quality and timeliness of assessments', optionalTheme),
    section('care-and-support', 'Care and support', ['Gofal a chymorth', 'Care and support planning'], `Report on how care and support plans meet the needs of ${people}`, optionalTheme),
    section(
      'safeguarding',
      'Safeguarding and protection',
      ['Safeguarding', 'Diogelu', 'Diogelu ac amddiffyn' /* cy? */, audience === 'children' ? 'Child protection' : 'Adult protection'],
      `Report on how well ${people} at risk are kept safe`,
      optionalTheme,
    ),
    section(
      'leadership',
      'Leadership, management and governance',
      ['Leadership and management', 'Leadership', 'Arweinyddiaeth, rheolaeth a llywodraethu' /* cy? */, 'Arweinyddiaeth a rheolaeth'],
      'Report on how leaders know, shape and improve the quality of services',
      optionalTheme,
    ),
    section('areas-for-development', 'Areas for development', ['Meysydd i’w datblygu', 'Areas for improvement', 'Meysydd i’w gwella', 'Recommendations', 'Argymhellion'], 'List what the local authority needs to develop, each point traceable to a finding'),
    section('next-steps', 'Next steps', ['Camau nesaf', 'Y camau nesaf', 'What happens next'], 'Say how CIW will follow up the areas for development and when'),
    section('glossary', 'Glossary', ['Geirfa', 'Glossary of terms', 'Rhestr termau' /* cy? */], 'Define the terms and acronyms a lay reader may not know', { required: false, evidenceExempt: true }),
  ];
}

export const builtinTemplates: Template[] = [
  {
    id: 'ciw-local-authority-children',
    title: "CIW local authority children's services inspection",
    description: "Care Inspectorate Wales (CIW) inspection of a council's children's services under the Social Services and Well-being (Wales) Act 2014.",
    source:
      'CIW inspection summary pages (2018); CIW code of practice for review of local authority social services, https://careinspectorate.wales/code-practice-review-local-authority-social-services-html',
    sections: ciwLocalAuthority('children'),
  },
  {
    id: 'ciw-local-authority-adults',
    title: "CIW local authority adults' services inspection",
    description: "Care Inspectorate Wales (CIW) inspection of a council's adult social services under the Social Services and Well-being (Wales) Act 2014.",
    source:
      "Shape assumed to match CIW's children's services inspection (unverified); CIW code of practice for review of local authority social services, https://careinspectorate.wales/code-practice-review-local-authority-social-services-html",
    sections: ciwLocalAuthority('adults'),
  },
  {
    id: 'ciw-regulated-service',
    title: 'CIW regulated service inspection (care home, domiciliary support)',
    description:
      'Care Inspectorate Wales (CIW) inspection of a service regulated under the Regulation and Inspection of Social Care (Wales) Act 2016, with a rating for each theme.',
    source: 'Order unverified (the usual order of published CIW reports); https://careinspectorate.wales/how-we-inspect-adult-care-services',
    ratings: CIW_RATINGS,
    sections: [
      section('about-the-service', 'About the service', ['Ynglŷn â’r gwasanaeth', 'About this service', 'Service details', 'Manylion y gwasanaeth' /* cy? */], 'Give the provider, the registered manager, the type of service and the date of the inspection', { evidenceExempt: true }),
      section('summary', 'Summary', ['Crynodeb', 'Summary of findings'], 'Summarise what people experience and the main strengths and weaknesses of the service'),
      section('well-being', 'Well-being', ['Llesiant', 'Wellbeing', 'Well being'], 'Judge how well people are supported to be safe, healthy and to do the things that matter to them, and give the rating'),
      section('care-and-support', 'Care and support', ['Gofal a chymorth'], 'Judge how well personal plans, care and support meet people’s needs, and give the rating'),
      section('environment', 'Environment', ['Yr amgylchedd', 'Amgylchedd', 'The environment'], 'Judge whether the premises are safe, clean and suitable, and give the rating', {
        required: false,
        condition: 'Only for services with accommodation (care homes)',
      }),
      section('leadership-and-management', 'Leadership and management', ['Arweinyddiaeth a rheolaeth', 'Leadership', 'Arwain a rheoli' /* cy? */], 'Judge how well the service is run, governed and staffed, and give the rating'),
      section('summary-of-non-compliance', 'Summary of non-compliance', ['Crynodeb o ddiffyg cydymffurfio' /* cy? */, 'Non-compliance', 'Summary of non compliance'], 'Tabulate each non-compliance with its status: New, Reviewed, Not achieved or Achieved'),
      section(
        'priority-action',
        'Areas where priority action is required',
        ['Priority action', 'Areas requiring priority action', 'Meysydd lle mae angen gweithredu ar frys' /* cy? */, 'Priority action notices'],
        'List each regulation breached that needs a priority action notice and what the provider must do',
        { required: false, condition: 'Only when a priority action notice was issued' },
      ),
      section(
        'improvement-required',
        'Areas where improvement is required',
        ['Areas for improvement', 'Areas requiring improvement', 'Meysydd lle mae angen gwella' /* cy? */, 'Meysydd i’w gwella'],
        'List each regulation not met and what the provider must improve',
        { required: false, condition: 'Only when an area for improvement was identified' },
      ),
      section('date-published', 'Date published', ['Dyddiad cyhoeddi', 'Published', 'Publication date', 'Date of publication'], 'Give the date the report was published', { evidenceExempt: true }),
    ],
  },
  {
    id: 'jicpa',
    title: 'Joint inspectorate review of child protection arrangements (JICPA)',
    description:
      'Joint review by Care Inspectorate Wales (CIW), Healthcare Inspectorate Wales (HIW), Estyn and His Majesty’s Inspectorates of Constabulary and Probation of how agencies in one area protect children.',
    source: 'https://www.careinspectorate.wales/joint-inspectorate-review-child-protection-arrangements-jicpa-neath-port-talbot-2021',
    sections: [
      section(
        'introduction',
        'Introduction',
        ['Cyflwyniad', 'Scope', 'Scope of the review', 'Cwmpas yr adolygiad' /* cy? */, 'About this review', 'Ynglŷn â’r adolygiad hwn' /* cy? */, 'Methodology'],
        'State which agencies took part, the scope of the review and how evidence was gathered',
        { evidenceExempt: true },
      ),
      section('key-strengths', 'Key strengths', ['Cryfderau allweddol', 'Prif gryfderau', 'Strengths', 'Cryfderau'], 'Set out what agencies do well together, with the evidence for each strength'),
      section('areas-for-development', 'Areas for development', ['Meysydd i’w datblygu', 'Areas for improvement', 'Meysydd i’w gwella'], 'Set out what agencies need to develop, each point traceable to evidence'),
      section('glossary', 'Glossary', ['Geirfa', 'Glossary of terms'], 'Define the terms and acronyms a lay reader may not know', { required: false, evidenceExempt: true }),
    ],
  },
  ofstedIlacs,
  ofstedSif,
  {
    id: 'cqc',
    title: 'CQC inspection report',
    description: 'Care Quality Commission (CQC) inspection of a health or adult social care service in England, rated overall and by key question.',
    source: 'Key questions and ratings: https://www.christie.nhs.uk/about-us/our-standards/care-quality-commission-cqc ; section order as in published CQC reports (unverified)',
    ratings: CQC_RATINGS,
    sections: [
      section('overall-summary', 'Overall summary', ['Summary', 'Summary of findings', 'Our overall rating'], 'Summarise the service, the overall rating and the main findings'),
      section('safe', 'Safe', ['Is the service safe?', 'Are services safe?'], 'Judge whether people are protected from abuse and avoidable harm, and give the rating'),
      section('effective', 'Effective', ['Is the service effective?', 'Are services effective?'], 'Judge whether care achieves good outcomes based on the best evidence, and give the rating'),
      section('caring', 'Caring', ['Is the service caring?', 'Are services caring?'], 'Judge whether staff treat people with compassion, kindness, dignity and respect, and give the rating'),
      section('responsive', 'Responsive', ['Is the service responsive?', 'Are services responsive?', 'Responsive to people’s needs'], 'Judge whether services are organised to meet people’s needs, and give the rating'),
      section('well-led', 'Well-led', ['Is the service well-led?', 'Are services well-led?', 'Well led'], 'Judge whether leadership and governance assure high-quality care, and give the rating'),
      section('action-to-take', 'Action we have told the provider to take', ['Enforcement actions', 'Requirement notices', 'Actions the provider must take'], 'List each regulation not met and the action required', {
        required: false,
        condition: 'Only when regulations were breached',
      }),
    ],
  },
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
