// Care Quality Commission (CQC) inspection reports (England): rated overall and by five key questions.
import { section } from './define';
import type { Template } from './types';

/** CQC's four ratings; "Not rated" marks a key question an inspection did not assess. */
export const CQC_RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

export const cqcTemplate: Template = {
  id: 'cqc',
  title: 'CQC inspection report',
  description: 'Care Quality Commission (CQC) inspection of a health or adult social care service in England, rated overall and by key question.',
  source:
    'A published care home report (The Limes Residential Home, July 2015) opens with "Ratings" (Overall rating for this service; Is the service safe? effective? caring? responsive? well-led?) then "Overall summary": ' +
    'https://huggingface.co/datasets/yubo2333/MMLongBench-Doc/resolve/5782a5bd7dc5d04fcacaae8a83a0f86b0c0a70ba/documents/379f44022bb27aa53efd5d322c7b57bf.pdf ; ' +
    'the web version of a report (Meadow Lodge, 2020) opens with "Overall summary & rating", then "About the service" and "People’s experience of using this service and what we found", https://www.cqc.org.uk/location/1-114997632/inspection-summary ; ' +
    'the five key questions, the four ratings and "Not rated", http://www.cqc.org.uk/location/1-112369265/subscribe ; enforcement action is published in inspection reports, ' +
    'https://www.cqc.org.uk/guidance-regulation/providers/enforcement/enforcement-policy/publication-and-notification-enforcement-action ; ' +
    'the order of the sections after the summary is unverified',
  ratings: CQC_RATINGS,
  sections: [
    section('ratings', 'Ratings', ['Our ratings', 'Our ratings for this service', 'Overall rating for this service', 'Ratings summary'], 'Give the overall rating and the rating for each key question', {
      required: false,
      evidenceExempt: true,
    }),
    section('overall-summary', 'Overall summary', ['Overall summary & rating', 'Summary', 'Summary of findings', 'Our overall rating'], 'Summarise the service, the overall rating and the main findings'),
    section('safe', 'Safe', ['Is the service safe?', 'Are services safe?'], 'Judge whether people are protected from abuse and avoidable harm, and give the rating'),
    section('effective', 'Effective', ['Is the service effective?', 'Are services effective?'], 'Judge whether care achieves good outcomes based on the best evidence, and give the rating'),
    section('caring', 'Caring', ['Is the service caring?', 'Are services caring?'], 'Judge whether staff treat people with compassion, kindness, dignity and respect, and give the rating'),
    section('responsive', 'Responsive', ['Is the service responsive?', 'Are services responsive?', 'Responsive to people’s needs'], 'Judge whether services are organised to meet people’s needs, and give the rating'),
    section('well-led', 'Well-led', ['Is the service well-led?', 'Are services well-led?', 'Well led'], 'Judge whether leadership and governance assure high-quality care, and give the rating'),
    section(
      'action-to-take',
      'Action we have told the provider to take',
      ['Enforcement actions', 'Enforcement action', 'Requirement notices', 'Actions the provider must take'],
      'List each regulation not met and the action required',
      { required: false, condition: 'Only when regulations were breached' },
    ),
  ],
};
