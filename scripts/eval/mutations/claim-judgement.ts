// Inserts a judgement with no evidence of any kind as its own paragraph.
import { insertedParagraphKind } from './insert-paragraph';
import { GROUPS, PROCESSES, aService, authorityName } from './names';
import { capitalise, fill, pick } from './text';

const GOOD = ['strong', 'effective', 'thorough', 'purposeful', 'robust', 'consistently good'];
const POOR = ['weak', 'inconsistent', 'poor', 'ineffective', 'variable', 'not good enough'];
const WORDINGS = [
  '{Service} is {a} and {b}.',
  'Leaders in {authority} have a {a} understanding of the quality of social work practice.',
  'Management oversight of work with {group} is {a}.',
  'The quality of {process} is {a}.',
  'Social workers in {service} provide {a} support to {group}.',
  'Planning for {group} is {a} and {b}.',
  'Partnership working to protect {group} is {a}.',
];

export default insertedParagraphKind({
  kind: 'claim-judgement',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Insert a paragraph of judgement with no evidence ("Planning for care leavers is weak and inconsistent."); expect unsupported-claim on it.',
  sentence(report, random) {
    const scale = random() < 0.5 ? GOOD : POOR;
    const a = pick(random, scale);
    const b = pick(random, scale.filter((x) => x !== a));
    const service = aService(report, random);
    return fill(pick(random, WORDINGS), { a, b, service, Service: capitalise(service), authority: authorityName(report), group: pick(random, GROUPS), process: pick(random, PROCESSES) });
  },
});
