// Adds a sentence with an unfilled placeholder to the end of a real paragraph: the guidance
// brackets this product inserts, TODO, TBC, XX for a number, [insert date], [name], Lorem ipsum.
import { appendedSentenceKind } from './append-sentence';
import { GROUPS, PROCESSES, aService } from './names';
import { fill, pick } from './text';

const WORDINGS = [
  'In ⟦[[Add the number of cases reviewed]]⟧ cases, plans were updated after each review.',
  '⟦TODO⟧: check the timeliness figures for {process} with the service manager.',
  'The new arrangements for {group} started in ⟦[insert date]⟧.',
  'Since then, ⟦XX⟧ {group} have been referred to {service}.',
  'The team manager, ⟦[name]⟧, oversees this work.',
  'The number of {group} supported by {service} is ⟦TBC⟧.',
  '⟦Lorem ipsum⟧ dolor sit amet, consectetur adipiscing elit.',
  'Support for {group} ⟦[[Describe the support and its impact]]⟧.',
];

export default appendedSentenceKind({
  kind: 'gate-placeholder',
  issue: 17,
  rule: 'placeholder',
  description: 'Add a sentence with an unfilled placeholder ([[…]], TODO, TBC, XX, [insert date], [name], Lorem ipsum) to a real paragraph; expect placeholder on it.',
  sentence(report, random) {
    return fill(pick(random, WORDINGS), { process: pick(random, PROCESSES), group: pick(random, GROUPS), service: aService(report, random) });
  },
});
