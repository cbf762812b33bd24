// Estyn school inspection report (Wales), common inspection framework of September 2017: five
// inspection areas, each with a judgement. Welsh headings marked `cy?` are our best
// translation, not seen in a published report.
import { section } from './define';
import type { Template } from './types';

/** Estyn's judgements for each inspection area (common inspection framework, September 2017). */
export const ESTYN_RATINGS = ['Excellent', 'Good', 'Adequate and needs improvement', 'Unsatisfactory and needs urgent improvement'];

/** An inspection area: a required level-3 section under Main findings, with its judgement. */
const area = { level: 3 } as const;

export const estynSchoolTemplate: Template = {
  id: 'estyn-school',
  title: 'Estyn school inspection report (common inspection framework, 2017)',
  description:
    'Estyn (His Majesty’s Inspectorate for Education and Training in Wales) inspection of a school under the common inspection framework of September 2017, with a judgement for each of five inspection areas.',
  source:
    'A published report (Y Pant Comprehensive School, January 2017): "Summary", "Recommendations", "Main findings", then "1: Standards" with its judgement ("Excellent"), ' +
    'https://fdocuments.net/document/a-report-on-y-pant-comprehensive-school-cf72-8yq.html ; the five inspection areas in order and the four judgements, ' +
    'https://www.estyn.gov.wales/changes-inspection-arrangements-september-2017 and https://www.estyn.gov.wales/inspection/inspection-explained/common-inspection-framework ; ' +
    '"What happens next" and the headings of the framework used from September 2022 (Overview, Main evaluation, Learning) are from memory and unverified',
  ratings: ESTYN_RATINGS,
  sections: [
    section('summary', 'Summary', ['Crynodeb', 'Overview', 'Trosolwg' /* cy? */], 'Summarise the main strengths and weaknesses of the school and what they mean for pupils'),
    section('recommendations', 'Recommendations', ['Argymhellion'], 'List what the school should do to improve, numbered R1, R2 and so on, each traceable to a finding'),
    section(
      'what-happens-next',
      'What happens next',
      ['Beth sy’n digwydd nesaf' /* cy? */, 'Next steps'],
      'Say whether the school is in follow-up and what it must do with the recommendations',
      { required: false },
    ),
    section('main-findings', 'Main findings', ['Prif ganfyddiadau' /* cy? */, 'Main evaluation', 'Prif werthusiad' /* cy? */], 'Give the findings for each inspection area, with the evidence behind each judgement'),
    section('standards', 'Standards', ['Safonau' /* cy? */, 'Learning', 'Dysgu' /* cy? */], 'Judge how well pupils achieve and progress, with their literacy, numeracy, digital and Welsh skills, and give the judgement', area),
    section(
      'wellbeing-and-attitudes-to-learning',
      'Wellbeing and attitudes to learning',
      ['Lles ac agweddau at ddysgu' /* cy? */],
      'Judge pupils’ wellbeing, behaviour, attendance and attitudes to learning, and give the judgement',
      area,
    ),
    section(
      'teaching-and-learning-experiences',
      'Teaching and learning experiences',
      ['Profiadau addysgu a dysgu' /* cy? */],
      'Judge the quality of teaching, assessment and the breadth of the curriculum, and give the judgement',
      area,
    ),
    section('care-support-and-guidance', 'Care, support and guidance', ['Gofal, cymorth ac arweiniad' /* cy? */], 'Judge how well the school cares for, supports and safeguards pupils, and give the judgement', area),
    section('leadership-and-management', 'Leadership and management', ['Arweinyddiaeth a rheolaeth' /* cy? */], 'Judge how well leaders set direction, evaluate and improve the school and use resources, and give the judgement', area),
  ],
};
