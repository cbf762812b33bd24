// Adds a sentence naming a child, with an age, to the end of a real paragraph ("Jack, aged 14,
// told inspectors…"): a child identifiable in a published report.
import { appendedSentenceKind } from './append-sentence';
import { between, fill, pick } from './text';

const NAMES = ['Jack', 'Olivia', 'Mohammed', 'Amelia', 'Kacper', 'Isla', 'Tyler', 'Chloe', 'Reece', 'Aisha', 'Kyle', 'Jade', 'Dylan', 'Leah', 'Callum', 'Ellie', 'Harvey', 'Shannon', 'Bradley', 'Maya', 'Liam', 'Ruby', 'Jayden', 'Zara', 'Connor', 'Freya', 'Tomasz', 'Precious', 'Alfie', 'Niamh'];
const WORDINGS = [
  '⟦{name}, aged {age}⟧, told inspectors that {pronoun} now feels safe at home.',
  'For example, ⟦{name} ({age})⟧ now lives with {pronounPossessive} grandparents and goes to school every day.',
  '⟦{name}, who is {age}⟧, said that {pronoun} had had five social workers in two years.',
  'One child, ⟦{name}, aged {age}⟧, waited eight months for an assessment.',
  '⟦{name}, a {age}-year-old⟧ in foster care, has recently started college.',
];

export default appendedSentenceKind({
  kind: 'gate-person-name',
  issue: 17,
  rule: 'identifiable-person',
  description: 'Add a sentence naming a child with an age ("Jack, aged 14, told inspectors…") to a real paragraph; expect identifiable-person on the name.',
  sentence(_report, random) {
    const she = random() < 0.5;
    return fill(pick(random, WORDINGS), { name: pick(random, NAMES), age: String(between(random, 6, 17)), pronoun: she ? 'she' : 'he', pronounPossessive: she ? 'her' : 'his' });
  },
});
