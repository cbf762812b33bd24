// Ofsted's inspections of local authority children's services: ILACS (2018 on) and SIF (2013-18).
//
// Derived from the headings of 193 published reports (129 ILACS, 64 SIF after telling the
// frameworks apart by the report's title; Crown copyright, OGL v3.0), counted by
// `node --import tsx scripts/eval/heading-counts.ts` (a heading counted once per report, after
// the matcher's normalisation, with the authority's name and a closing grade folded). The counts
// are in each template's `source`; docs/templates-ofsted.md has the full table.
//
// What the counts say:
// - ILACS reports use 8 distinct headings at levels 2-3. Every one has "What needs to improve"
//   and one heading per judgement, carrying its grade ("… children in care: good", "… is good",
//   "… requires improvement to be good"). Children in care and care leavers are one judgement
//   until 2023 and two after. "Overall effectiveness" and the judgements themselves are rows of
//   the judgement table under the title, never headings (and from 2026 there is no overall grade).
// - SIF reports come in three layouts (2014, 2015, 2016-17) with about 80 distinct headings at
//   levels 2-3; sub-headings sit at any depth ("Summary" under each judgement, a board review's
//   own "Recommendations"), which the structure analysis reads as sub-headings, not sections.
//   Only "The local authority", its improvement section and "Information about this local
//   authority area" are in (nearly) every SIF report, so only they are required.
import type { Template } from './types';
import { section } from './define';

export const OFSTED_RATINGS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

export const ofstedIlacs: Template = {
  id: 'ofsted-ilacs',
  title: "Ofsted inspection of local authority children's services (ILACS)",
  description: "Ofsted inspection of an English council's children's services under the ILACS framework (2018 onwards), graded per judgement.",
  source:
    'Judgements: https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services ; ' +
    'headings and order from 129 published ILACS reports (2018-2026; scripts/eval/heading-counts.ts, docs/templates-ofsted.md), reports using each: ' +
    'What needs to improve 129; help and protection (with grade) 127 + 1 without; impact of leaders (with grade) 126; ' +
    'children in care and care leavers (one judgement, to 2022) 65; children in care 62 + "The experiences of children in care" 1; care leavers 63. ' +
    'Overall effectiveness is a row of the judgement table in 124 reports (none from 2026) and a heading in none',
  ratings: OFSTED_RATINGS,
  sections: [
    section('judgements', 'Judgements', ['Judgement table', 'Summary of judgements', 'Judgements and grades', 'Judgement'], 'Give a table with each judgement and its grade', {
      required: false,
      evidenceExempt: true,
      condition: 'Published reports give the judgements as a table under the title, with no heading',
    }),
    section('overall-effectiveness', 'Overall effectiveness', ['Overall effectiveness of children’s services', 'Overall judgement'], 'Summarise the overall effectiveness of children’s services and the grade', {
      required: false,
      condition: 'A row of the judgement table in published reports (2018-2025), not a heading; not graded from 2026',
    }),
    section('what-needs-to-improve', 'What needs to improve', ['What needs to improve in this local authority', 'Areas for improvement', 'Areas for priority action'], 'List what the local authority must improve, priority actions first'),
    section(
      'help-and-protection',
      'The experiences and progress of children who need help and protection',
      ['Children who need help and protection', 'Help and protection'],
      'Judge the help and protection children receive, with evidence from the cases reviewed',
    ),
    section(
      'children-in-care',
      'The experiences and progress of children in care',
      ['The experiences of children in care', 'Children in care', 'The experiences and progress of children in care and care leavers', 'Children in care and care leavers'],
      'Judge the experiences and progress of children in care, with evidence from the cases reviewed',
    ),
    section('care-leavers', 'The experiences and progress of care leavers', ['Care leavers'], 'Judge the experiences and progress of care leavers, with evidence from the cases reviewed', {
      required: false,
      condition: 'A judgement of its own from 2023; earlier reports judge children in care and care leavers together',
    }),
    section(
      'impact-of-leaders',
      'The impact of leaders on social work practice with children and families',
      ['Impact of leaders', 'The impact of leaders', 'Leadership'],
      'Judge how well leaders know and improve social work practice, with evidence',
    ),
  ],
};

const optional = { required: false } as const;

export const ofstedSif: Template = {
  id: 'ofsted-sif',
  title: "Ofsted single inspection framework (SIF) inspection of children's services",
  description: "Ofsted inspection of an English council's services for children in need of help and protection, children looked after and care leavers (SIF, 2013–18).",
  source:
    'Headings and order from 64 published SIF reports (2014-2018; scripts/eval/heading-counts.ts, docs/templates-ofsted.md), reports using each (any level): ' +
    'The local authority 61 + "Section 1: the local authority" 3; Information about this local authority area 60 + 3; Information about this inspection 62; ' +
    'Summary for children and young people 53; Executive summary 43 + Summary of (key) findings 20; Recommendations 43 / What does the local authority need to improve? 20; ' +
    'the LSCB review 43 + 10; help and protection 44 + 10 with grade; children looked after and achieving permanence 44 + 7; adoption performance 49 + 5; ' +
    'care leavers 38 + 9; leadership, management and governance 52 + 9; What the inspection judgements mean 11 + 10; the area: children living 63, child protection 64, children looked after 62, local leadership 42, previous inspections 41. ' +
    'Order as in the 2016-17 layout; the summary, "Information about this local authority area" and "Other information about this area" stand in different places in the three layouts (unordered); "Information about this inspection" is last wherever it is a section (in the 2014 layout it is a sub-heading of the local authority part). https://adcs.org.uk/inspection/article/ilacs-overview',
  ratings: OFSTED_RATINGS,
  sections: [
    section('judgements', 'Overall judgement', ['The overall judgement', 'The overall judgement is that children’s services', 'Summary of judgements', 'Judgements', 'Judgement table'], 'State the overall judgement and give a table with each judgement and its grade', {
      ...optional,
      evidenceExempt: true,
    }),
    section('summary-of-findings', 'Executive summary', ['Summary of findings', 'Summary of key findings', 'Summary', 'Key findings'], 'Summarise the main findings behind the judgements', {
      ...optional,
      unordered: true,
    }),
    section('the-local-authority', 'The local authority', ['About the local authority'], 'Report on the local authority’s services, judgement by judgement'),
    section('information-about-this-area', 'Information about this local authority area', ['Information about the local authority area', 'Information about this area', 'Information about the local authority', 'Context'], 'Give the area’s context: population, numbers of children in need, on plans and looked after', {
      level: 3,
      // A 2014 layout (Swindon, May 2014) gives the area's facts under "Information about this inspection".
      foundIn: ['information-about-this-inspection'],
      evidenceExempt: true,
      unordered: true,
    }),
    section('previous-inspections', 'Previous Ofsted inspections', ['Previous Ofsted inspection'], 'List the previous inspections and their grades', { ...optional, level: 4, evidenceExempt: true }),
    section('local-leadership', 'Local leadership', [], 'Name the director of children’s services and other leaders', { ...optional, level: 4, evidenceExempt: true }),
    section('children-living-in-this-area', 'Children living in this area', [], 'Give the numbers of children and their characteristics', { ...optional, level: 4, evidenceExempt: true }),
    section('child-protection-in-this-area', 'Child protection in this area', [], 'Give the numbers of children in need and on child protection plans', { ...optional, level: 4, evidenceExempt: true }),
    section('children-looked-after-in-this-area', 'Children looked after in this area', [], 'Give the numbers of children looked after and where they live', { ...optional, level: 4, evidenceExempt: true }),
    section('other-inspections', 'Other Ofsted inspections', [], 'List other Ofsted inspections of the area’s services', { ...optional, level: 4, evidenceExempt: true }),
    section('other-information', 'Other information about this area', [], 'Give other context about the area', { ...optional, level: 4, evidenceExempt: true, unordered: true }),
    section('what-needs-to-improve', 'What does the local authority need to improve?', ['Recommendations', 'What the local authority needs to improve', 'What needs to improve'], 'List the priority and other areas for improvement, each traceable to a finding', { level: 3 }),
    section('priority-action', 'Priority and immediate action', ['Areas for priority action'], 'List what must be done at once', { ...optional, level: 4 }),
    section('areas-for-improvement', 'Areas for improvement', [], 'List each area for improvement, traceable to a finding', { ...optional, level: 4 }),
    section('strengths', 'The local authority’s strengths', ['Strengths', 'Key strengths', 'The local authority has the following strengths'], 'List the main strengths, each traceable to a finding', { ...optional, level: 3 }),
    section('progress', 'Progress since the last inspection', ['Progress since last inspection'], 'Say what has changed since the last inspection', { ...optional, level: 3 }),
    section('summary-for-children', 'Summary for children and young people', ['Summary for children', 'For children and young people'], 'Summarise the findings in plain words for children and young people', { ...optional, level: 3 }),
    section('inspection-judgements', 'Inspection judgements about the local authority', ['Inspection judgements', 'Detailed findings'], 'Give the detailed findings for each judgement', { ...optional, level: 3 }),
    section(
      'help-and-protection',
      'The experiences and progress of children who need help and protection',
      ['Children who need help and protection', 'Help and protection'],
      'Judge the help and protection children receive, with evidence from the cases reviewed',
      { ...optional, level: 4 },
    ),
    section(
      'children-looked-after',
      'The experiences and progress of children looked after and achieving permanence',
      ['Children looked after and achieving permanence', 'Children looked after'],
      'Judge the experiences and progress of children looked after, with evidence',
      { ...optional, level: 4 },
    ),
    section(
      'adoption-performance',
      'The graded judgement for adoption performance',
      ['Adoption performance', 'Adoption', 'The graded judgment for adoption performance'],
      'Judge adoption performance, with evidence',
      { ...optional, level: 5 },
    ),
    section(
      'care-leavers',
      'The graded judgement about the experience and progress of care leavers',
      [
        'The experiences and progress of care leavers',
        'Care leavers',
        'The graded judgement about the experiences and progress of care leavers',
        'The graded judgment for the experiences and progress of care leavers',
      ],
      'Judge the experiences and progress of care leavers, with evidence',
      { ...optional, level: 5 },
    ),
    section('leadership', 'Leadership, management and governance', ['Leadership and management', 'Leadership'], 'Judge leadership, management and governance, with evidence', { ...optional, level: 4 }),
    section(
      'lscb',
      'The Local Safeguarding Children Board (LSCB)',
      ['Local Safeguarding Children Board (LSCB)', 'The Local Safeguarding Children Board', 'The effectiveness of the Local Safeguarding Children Board'],
      'Report the review of the Local Safeguarding Children Board and its grade',
      optional,
    ),
    section('what-the-judgements-mean', 'What the inspection judgements mean', ['What the judgements mean'], 'Explain the grades in Ofsted’s standard words', { ...optional, evidenceExempt: true }),
    section('information-about-this-inspection', 'Information about this inspection', ['About this inspection'], 'Say how the inspection was carried out and by whom', {
      ...optional,
      evidenceExempt: true,
    }),
  ],
};
