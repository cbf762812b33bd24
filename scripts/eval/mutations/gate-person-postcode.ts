// Adds a sentence with the postcode of a children's home or a carer's home to the end of a real
// paragraph: an address that can identify where children live.
import { appendedSentenceKind } from './append-sentence';
import { authorityName } from './names';
import { between, fill, pick } from './text';

const AREAS = ['LS', 'M', 'B', 'NE', 'BS', 'CF', 'DT', 'NG', 'L', 'S', 'SO', 'PL', 'TS', 'HU', 'BD', 'WF', 'CH', 'CV', 'LE', 'SE', 'N', 'E', 'OX', 'RG'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const STREETS = ['Station', 'Church', 'Park', 'Victoria', 'Mill', 'Chapel', 'Queens', 'Manor', 'Albert', 'Green'];
const WORDINGS = [
  'The children’s home at {num} {street} Road, {town} ⟦{postcode}⟧, was visited during the inspection.',
  'Two brothers live with foster carers in {town} (⟦{postcode}⟧).',
  'A residential home on {street} Avenue, ⟦{postcode}⟧, now has a registered manager.',
  'Children placed at {street} House, {town} ⟦{postcode}⟧, have settled well.',
];

/** A postcode in the shape of a real one: area, district, a space, sector and unit. */
export function postcode(random: () => number): string {
  return `${pick(random, AREAS)}${between(random, 1, 29)} ${between(random, 1, 9)}${pick(random, [...LETTERS])}${pick(random, [...LETTERS])}`;
}

export default appendedSentenceKind({
  kind: 'gate-person-postcode',
  issue: 17,
  rule: 'identifiable-person',
  description: 'Add a sentence with the postcode of a children\'s home or carer\'s home to a real paragraph; expect identifiable-person on the postcode.',
  sentence(report, random) {
    return fill(pick(random, WORDINGS), { num: String(between(random, 2, 180)), street: pick(random, STREETS), town: authorityName(report), postcode: postcode(random) });
  },
});
