// Inserts a figure with no source and no base as its own paragraph.
import { insertedParagraphKind } from './insert-paragraph';
import { GROUPS, PROCESSES, aService, authorityName } from './names';
import { between, capitalise, fill, pick } from './text';

const WORDINGS = [
  '{pct}% of {group} have an up-to-date plan.',
  '{Authority} spends £{money} million a year on placements for {group}.',
  'Social workers hold an average of {n} cases each.',
  '{n} {group} waited more than {weeks} weeks for {process}.',
  '{Service} received {big} contacts last year.',
  'Only {pct}% of {process} are completed on time.',
  'Agency staff make up {pct}% of the social work workforce.',
];

export default insertedParagraphKind({
  kind: 'claim-figure',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Insert a paragraph with a figure and no source or base ("Only 64% of return home interviews are completed on time."); expect unsupported-claim on it.',
  sentence(report, random) {
    const service = aService(report, random);
    const authority = authorityName(report);
    return fill(pick(random, WORDINGS), {
      pct: String(between(random, 12, 96)),
      money: String(between(random, 3, 48)),
      n: String(between(random, 14, 38)),
      big: between(random, 2, 19).toLocaleString('en-GB') + ',' + String(between(random, 100, 999)),
      weeks: String(between(random, 6, 20)),
      group: pick(random, GROUPS),
      process: pick(random, PROCESSES),
      Service: capitalise(service),
      Authority: capitalise(authority),
    });
  },
});
