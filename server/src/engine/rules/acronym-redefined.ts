import { defineRule } from '../rule';
import { analyseAcronyms, isTitleLine, sameLongForm, type AcronymEntry } from '../acronyms/analysis';
import { withoutFullStops } from '../acronyms/fixes';

/**
 * Words a reader goes without meeting an acronym (in a definition or a use) after which spelling
 * it out again is a reminder, not a repetition: about five pages. "The idea is to provide the full
 * name whenever you think readers need a reminder" (Chicago Manual of Style, Q&A on abbreviations,
 * http://www.chicagomanualofstyle.org/qanda/data/faq/topics/Abbreviations/faq0049.html). On the
 * published Ofsted reports the repetitions an editor would remove came at most 2,070 words after
 * the acronym was last seen; the two judged debatable, 2,862 and 7,182.
 */
const REMINDER_WORDS = 2500;

/** The acronym was last seen (defined or used) at least REMINDER_WORDS before `at`. */
function isReminder(text: string, entry: AcronymEntry, at: number): boolean {
  let last = -1;
  for (const d of entry.definitions) if (d.end <= at && d.end > last) last = d.end;
  for (const u of entry.uses) if (u.end <= at && u.end > last) last = u.end;
  if (last < 0) return false;
  let words = 0;
  for (let i = last, inWord = false; i < at; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
    if (words >= REMINDER_WORDS) return true;
  }
  return false;
}

export default defineRule({
  id: 'acronym-redefined',
  description: 'An acronym is defined more than once with the same long form.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `Once "Care Inspectorate Wales (CIW)" has been written, later sentences use "CIW". A second
identical definition in the same section is reported; the quick fix leaves the acronym alone.
Spelling an acronym out again under a new heading is not reported: inspection reports spell
acronyms out again in each part (the summary, each judgement, a board's review), so that each
part reads on its own, and a careful editor leaves that alone. Nor is a line that holds the
definition and nothing else ("The Local Safeguarding Children Board (LSCB)"): it is a title
starting a part (a heading written as a paragraph). Nor is a definition written out again after
the reader has gone about five pages (2,500 words) without meeting the acronym: a reminder
("independent reviewing officers (IROs)" again 2,862 words after the acronym was last seen,
Nottinghamshire, July 2015). A second definition with a different long
form is \`acronym-inconsistent-expansion\` instead.`,
  check(model, ctx) {
    for (const entry of analyseAcronyms(model, ctx.knowledge).entries.values()) {
      const definitions = entry.definitions;
      for (let i = 1; i < definitions.length; i++) {
        const again = definitions[i];
        // The first definition in the same section: a new section may spell it out again.
        const first = again.loose ? undefined : definitions.slice(0, i).find((d) => !d.loose && d.section === again.section && sameLongForm(d.longForm, again.longForm));
        if (!first || isTitleLine(model, again) || isReminder(model.text, entry, again.start)) continue;
        const alone = withoutFullStops(again.written);
        ctx.report({
          start: again.start,
          end: again.end,
          message: `${entry.key} is already defined at ${ctx.where(first.start, again.start)}: use "${alone}" alone here.`,
          related: [{ start: first.start, end: first.end, message: 'Earlier definition in the same section' }],
          fixes: [{ title: `Use "${alone}" alone`, isPreferred: true, edits: [{ start: again.start, end: again.end, newText: alone }] }],
        });
      }
    }
  },
});
