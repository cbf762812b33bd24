// Inserts a trend with no baseline (since when, from what) as its own paragraph.
import { insertedParagraphKind } from './insert-paragraph';
import { GROUPS, PROCESSES, TOPICS, aService } from './names';
import { capitalise, fill, pick } from './text';

const WORDINGS = [
  'The number of {group} has increased.',
  'The timeliness of {process} has improved.',
  'Caseloads in {service} are rising.',
  'The stability of placements for {group} has deteriorated.',
  'Demand for {service} continues to grow.',
  'Staff turnover has fallen.',
  'The number of {topic} is increasing.',
];

export default insertedParagraphKind({
  kind: 'claim-trend',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Insert a paragraph stating a trend with no baseline ("The timeliness of strategy discussions has improved."); expect unsupported-claim on it.',
  sentence(report, random) {
    return capitalise(fill(pick(random, WORDINGS), { group: pick(random, GROUPS), process: pick(random, PROCESSES), topic: pick(random, TOPICS), service: aService(report, random) }));
  },
});
