// Inserts a comparison with a benchmark, with no figure or source, as its own paragraph.
import { insertedParagraphKind } from './insert-paragraph';
import { GROUPS, PROCESSES, TOPICS, authorityName } from './names';
import { capitalise, fill, pick } from './text';

const WORDINGS = [
  'The rate of {topic} in {authority} is higher than the national average.',
  'Fewer {group} are in education, employment or training than in similar authorities.',
  '{Authority} has one of the highest rates of {topic} in England.',
  'Rates of {topic} are lower than those of statistical neighbours.',
  'The timeliness of {process} is better than the England average.',
  'Outcomes for {group} are well below those in comparable councils.',
  'The proportion of {topic} is among the lowest in the region.',
];

export default insertedParagraphKind({
  kind: 'claim-benchmark',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Insert a paragraph comparing with a benchmark, with no figure or source ("Rates of re-referrals are lower than those of statistical neighbours."); expect unsupported-claim on it.',
  sentence(report, random) {
    const authority = authorityName(report);
    return fill(pick(random, WORDINGS), { topic: pick(random, TOPICS), group: pick(random, GROUPS), process: pick(random, PROCESSES), authority, Authority: capitalise(authority) });
  },
});
