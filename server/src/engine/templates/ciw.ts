// Care Inspectorate Wales (CIW) templates: local authority children's and adults' services,
// and regulated services (care homes, domiciliary support). Welsh headings marked `cy?` are
// our best translation, not seen in a published report.
import { optionalTheme, section } from './define';
import type { Template, TemplateSection } from './types';

/**
 * CIW's ratings for care home and domiciliary support services, published from 1 April 2025
 * for each theme (no overall rating). The silent (unpublished) ratings of 2023-24 used
 * "Needs improvement" and "Poor" for the lower two; reports did not show them.
 */
export const CIW_RATINGS = ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement'];

// CIW local authority inspections (children's and adults') share one shape: summary, scope,
// findings, areas for development, next steps. Under Findings, optional level-3 themes: the
// principles of the 2014 Act that CIW reports by since 2019 (People - voice and control,
// Prevention, Partnerships and integration, Well-being), then the themes of the 2018
// inspections (Access, Assessment, Care and support, Safeguarding, Leadership).
function ciwLocalAuthority(audience: 'children' | 'adults'): TemplateSection[] {
  const people = audience === 'children' ? 'children and families' : 'adults and carers';
  return [
    section(
      'summary',
      'Summary',
      ['Crynodeb', 'Summary of findings', 'Summary of key findings', 'Crynodeb o’r canfyddiadau' /* cy? */, 'Executive summary', 'Crynodeb gweithredol'],
      `Summarise the main findings and what they mean for ${people}`,
    ),
    section(
      'about-the-inspection',
      'About the inspection',
      ['Ynglŷn â’r arolygiad', 'Am yr arolygiad', 'Introduction', 'Cyflwyniad', 'Scope and methodology', 'Methodology', 'Methodoleg', 'Scope of the inspection'],
      'State the scope, the inspection dates and how evidence was gathered',
      { evidenceExempt: true },
    ),
    section(
      'findings',
      'Findings',
      ['Canfyddiadau', 'Main findings', 'Prif ganfyddiadau', 'Inspection findings', 'Key findings and evidence', 'Findings and evidence'],
      'Set out what inspectors found, theme by theme, with the evidence for each judgement',
    ),
    section(
      'people-voice-and-control',
      'People – voice and control',
      ['People', 'Voice and control', 'Pobl – llais a rheolaeth' /* cy? */, 'Pobl' /* cy? */],
      `Report on how well ${people} are heard and have control over their care and support`,
      optionalTheme,
    ),
    section('prevention', 'Prevention', ['Atal' /* cy? */, 'Prevention and early intervention'], 'Report on how well the local authority prevents needs from escalating', optionalTheme),
    section(
      'partnerships-and-integration',
      'Partnerships and integration',
      ['Partnership and integration', 'Partnerships', 'Partneriaethau ac integreiddio' /* cy? */, 'Partneriaeth ac integreiddio' /* cy? */],
      'Report on how well the local authority works with partners to meet people’s needs',
      optionalTheme,
    ),
    section('well-being', 'Well-being', ['Llesiant'], `Report on how well ${people} are supported to achieve the outcomes that matter to them`, optionalTheme),
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
    section(
      'areas-for-development',
      'Areas for development',
      ['Meysydd i’w datblygu', 'Areas for improvement', 'Meysydd i’w gwella', 'Recommendations', 'Argymhellion'],
      'List what the local authority needs to develop, each point traceable to a finding',
    ),
    section('next-steps', 'Next steps', ['Camau nesaf', 'Y camau nesaf', 'What happens next'], 'Say how CIW will follow up the areas for development and when'),
    section('glossary', 'Glossary', ['Geirfa', 'Glossary of terms', 'Rhestr termau' /* cy? */], 'Define the terms and acronyms a lay reader may not know', { required: false, evidenceExempt: true }),
  ];
}

const LOCAL_AUTHORITY_SOURCES =
  'CIW code of practice for review of local authority social services (May 2023), https://www.careinspectorate.wales/code-practice-review-local-authority-social-services-html ; ' +
  'activity types (assurance checks, performance evaluation inspections, improvement checks) and what reports say (good practice, what must improve, what should improve), https://www.careinspectorate.wales/230510-we-have-published-our-updated-code-practice-our-local-authority-inspection-activity ; ' +
  'strengths and areas for improvement reported under Well-being, People, Prevention, Partnerships (CIW annual performance letter 2019-20), https://democratic.bridgend.gov.uk/mgAi.aspx?ID=11342';

const CIW_LOCAL_AUTHORITY_CHILDREN: Template = {
  id: 'ciw-local-authority-children',
  title: "CIW local authority children's services inspection",
  description: "Care Inspectorate Wales (CIW) inspection of a council's children's services under the Social Services and Well-being (Wales) Act 2014.",
  source:
    'Section order unverified: no published report’s full heading sequence could be read. Seen: "Areas for development" in the Powys children’s services report of 2018, ' +
    'https://www.aberdareonline.co.uk/2019/01/09/significant-improvement-has-been-achieved-powys-major-concerns-remain/ ; key findings on practice, decision making, multi-agency work and leadership, management and governance (Anglesey 2018), ' +
    `http://democracy.anglesey.gov.uk/mgAi.aspx?ID=10700&LLL=0 ; ${LOCAL_AUTHORITY_SOURCES}`,
  sections: ciwLocalAuthority('children'),
};

const CIW_LOCAL_AUTHORITY_ADULTS: Template = {
  id: 'ciw-local-authority-adults',
  title: "CIW local authority adults' services inspection",
  description: "Care Inspectorate Wales (CIW) inspection of a council's adult social services under the Social Services and Well-being (Wales) Act 2014.",
  source: `Shape assumed to match CIW's children's services inspection (unverified: no published adults' report's headings could be read); ${LOCAL_AUTHORITY_SOURCES}`,
  sections: ciwLocalAuthority('adults'),
};

const CIW_REGULATED_SERVICE: Template = {
  id: 'ciw-regulated-service',
  title: 'CIW regulated service inspection (care home, domiciliary support)',
  description:
    'Care Inspectorate Wales (CIW) inspection of a service regulated under the Regulation and Inspection of Social Care (Wales) Act 2016, with a rating for each theme.',
  source:
    'Themes and their order (Well-being, Care and support, Environment, Leadership and management): https://careinspectorate.wales/how-we-inspect-adult-care-services ; ' +
    '"Ynglŷn â [the service]" then "Crynodeb" at the start of a published Welsh care home report (inspection completed 23/11/2020), https://vdocuments.site/adroddiad-arolygu-ar-gyfer.html ; ' +
    'a 2019 English report opens with "Description of the service" instead (Meddyg Care, inspection completed 04/07/2019), https://vdocuments.pub/inspection-report-on-govwales-a-docs-a-cssiw-a-report-a-inspectionreports.html ; ' +
    'ratings per theme from 1 April 2025 (Excellent, Good, Requires improvement, Requires significant improvement), https://www.parliamenttoday.com/members/viewnews.html?id=163185 and https://homecarenews.us/cqc-style-social-care-ratings-system-launching-in-wales ; ' +
    'the sections after Leadership and management (non-compliance, priority action, improvement, date published) are in the usual order of published reports but unverified here',
  ratings: CIW_RATINGS,
  sections: [
    section(
      'about-the-service',
      'About the service',
      ['Ynglŷn â’r gwasanaeth', 'About this service', 'Service details', 'Manylion y gwasanaeth' /* cy? */],
      'Give the provider, the registered manager, the type of service and the date of the inspection',
      // Published reports name the service in this heading ("About Plas Newydd Care Home",
      // "Ynglŷn â Chartref Gofal Plas Newydd"), which no fixed heading can match.
      { required: false, evidenceExempt: true },
    ),
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
      ['Priority action', 'Areas requiring priority action', 'Meysydd lle mae angen gweithredu ar frys' /* cy? */, 'Priority action notices', 'Hysbysiadau gweithredu ar flaenoriaeth'],
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
};

export const ciwTemplates: Template[] = [CIW_LOCAL_AUTHORITY_CHILDREN, CIW_LOCAL_AUTHORITY_ADULTS, CIW_REGULATED_SERVICE];
