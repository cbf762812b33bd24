// Inserts a quotation with no speaker, in a paragraph of its own after a paragraph that names
// none either (no quotation, nobody who "said" or "told").
import { insertedParagraphKind } from './insert-paragraph';
import { fill, pick } from './text';

const QUOTES = [
  'My social worker always rings me back',
  'They never listen to what we want',
  'It is the best thing that has happened to our family',
  'I didn’t know who my worker was for months',
  'She helped me get my flat and my college place',
  'Nobody explained why I had to move',
  'The support stopped as soon as I turned 18',
  'They treat you like you matter',
];
const WORDINGS = ['“{quote}.”', 'The service was described as follows: “{quote}.”', 'Another comment: “{quote}.”', '“{quote},” was a typical comment.'];
const SPEECH = /(?:^|[\s(])["“‘]\p{L}|\b(?:said|says|told|describ|comment|feedback|quot|explained|views?)\b/iu;

export default insertedParagraphKind({
  kind: 'claim-quotation',
  issue: 14,
  rule: 'unattributed-quote',
  description: 'Insert a paragraph with a quotation and no speaker, after a paragraph with no speech in it; expect unattributed-quote on it.',
  accept: (block, report) => !SPEECH.test(report.text.slice(block.textStart, block.end)),
  sentence(_report, random) {
    return fill(pick(random, WORDINGS), { quote: pick(random, QUOTES) });
  },
});
