// Inserts an absolute about people that is not scoped to the evidence as its own paragraph.
import { insertedParagraphKind } from './insert-paragraph';
import { GROUPS, ONE_OF, PROCESSES } from './names';
import { capitalise, fill, pick } from './text';

const WORDINGS = [
  'All {group} have a plan that meets their needs.',
  'No {one} is left without an allocated social worker.',
  'Every {one} is seen alone by their social worker.',
  '{Group} are always consulted about decisions that affect them.',
  'Social workers never miss {process} for {group}.',
  'None of the {group} live out of the area.',
  'All {process} are completed on time.',
];

export default insertedParagraphKind({
  kind: 'claim-absolute',
  issue: 14,
  rule: 'unsupported-claim',
  description: 'Insert a paragraph with an absolute about people not scoped to the evidence ("Every care leaver is seen alone by their social worker."); expect unsupported-claim on it.',
  sentence(_report, random) {
    const group = pick(random, GROUPS);
    return fill(pick(random, WORDINGS), { group, Group: capitalise(group), one: pick(random, ONE_OF), process: pick(random, PROCESSES) });
  },
});
