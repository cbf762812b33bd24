import { defineRule } from '../rule';
import { analyseAcronyms, usedAgainTest, writtenLongForms } from '../acronyms/analysis';
import { allowListFix, endsSentence, escapeMarkdownInline, withoutFullStops } from '../acronyms/fixes';
import { initialsWrittenOut, isEnglishWord, titleSpells } from '../acronyms/words';
import { CAMEL_CASE_NAME } from '../acronyms/definitions';
import type { AcronymEntry } from '../acronyms/analysis';
import { sectionAt, type ReportModel } from '../model';
import type { Fix, RelatedLocation, TextEdit } from '../types';

export default defineRule({
  id: 'undefined-acronym',
  description: 'An acronym is used but never defined in the report.',
  defaultSeverity: 'warning',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `Public reports follow GOV.UK style: spell an acronym out in full on first use, "Care
Inspectorate Wales (CIW)", except the very well known (UK, EU, NHS, VAT, MP, BBC). This rule
reports an acronym that the report uses but never defines — in its prose ("Long Form (LF)" or
"LF (Long Form)") or in its own glossary or abbreviations section.

When the long form is written out somewhere without the acronym ("…inspected by the Care and
Social Services Inspectorate Wales." and later "the inspector from CSSIW"), the message points
at it, and, when it comes before the first use and not in a heading, the preferred fix adds the
acronym there. Otherwise the fix spells the acronym out at its first use, from the report's own
wording or the glossary (built-in, with English and Welsh forms, plus the workspace's
\`glossaries\`). Another fix adds the acronym to the config's \`acronyms.allow\` list.

An acronym that is not used again is not worth introducing (GOV.UK; \`acronym-unused\` would
report it): then the message and the fix write the long form alone, "Local Authority Designated
Officer", not "Local Authority Designated Officer (LADO)". "Used again" counts every later use,
in a variant spelling too ("PEPS" after "PEP"), and, in a report kept in several files, the
uses in the other files. A single plural use ("two LADOs") gets no fix: the plural of a long form
is not always its last word plus "s".

An acronym written with full stops ("I.R.O.") is advised and spelt out without them,
"Independent Reviewing Officer (IRO)", as \`acronym-punctuation\` asks; a full stop that also
ended the sentence is kept.

The glossary supplies expansions; it does not count as a definition in the report, unless a
workspace glossary entry says \`definedInGlossary: true\`.

**Names written in capitals.** An ordinary English word written in capitals ("the PAUSE
programme", "the HOPE virtual school", "Bromley and Lewisham MIND", "the REACH team") is taken
as a name, not an acronym, and not reported — unless the glossary knows it as an acronym (SEND,
MASH) or the report writes out words whose initials spell it ("multi-agency child exploitation"
for MACE), which shows it is one. The words are a common-English list (SCOWL's small dictionary).

**Also not reported.** A short form with a number in it (KS2, Y6, C2C, Care4US) that no glossary
lists: a numbered stage or year, or a name, not initials to spell out. An acronym used only in footnotes, which
name sources and data fields ("DfE School and Pupil Number 2016"); one used in the text as well
is reported at its first use there. A source cited with a year in brackets ("(HMRC 2014)").
A name in camel case ("the MyGo provision") and a hashtag or handle ("#BOP"). An acronym that
no glossary lists, in a short term the writer puts in curly quotation marks, four words at most
("‘QA drop in’ sessions", "a ‘health MOT’"): a quoted local name or phrase, as a single word in
capitals in quotes is ("the ‘REACH’ service").

**Defined without a bracket of its own.** An acronym that ends one defined before it, with its
letters the initials of words in a row of that one's long form: EET after "not in education,
employment or training (NEET)". An acronym the report's title spells out, every word of the title
giving a letter or being a small word or a name written into it ("Inspection of Walsall local
authority children's services" for "the last ILACS inspection"): the report names its own kind.
But when the text also writes the words out without the acronym, the rule points there as usual.`,
  check(model, ctx) {
    const entries = [...analyseAcronyms(model, ctx.knowledge).entries.values()];
    const titleHeading = model.sections.find((s) => s.heading && s.level === 1)?.heading;
    const title = titleHeading ? model.text.slice(titleHeading.textStart, titleHeading.textEnd) : '';
    let undefinedEntries = entries.filter(
      (entry) => !entry.allowed && entry.uses.length > 0 && !entry.definitions.length && !entry.glossarySection && !entry.glossary?.definedInGlossary,
    ).filter((entry) => !numberedLabel(entry) && !camelCaseName(entry) && !nameInCapitals(entry, model.text, ctx.knowledge.acronyms.known.keys) && !endOfDefined(entry, entries));
    const longForms = writtenLongForms(model, ctx.knowledge, undefinedEntries.map((entry) => entry.key));
    const text = model.text;
    // The report's title spelling the acronym out names the report's own kind ("Inspection of
    // Walsall local authority children's services" for "the last ILACS inspection"): the reader
    // has it. Unless the text also writes the words out without it ("since the last inspecting
    // local authority children's services inspection"): then it still wants the acronym there.
    if (titleHeading) {
      const body = () => text.slice(0, titleHeading.start) + text.slice(titleHeading.end);
      undefinedEntries = undefinedEntries.filter((entry) => longForms.has(entry.key) || !titleSpells(title, entry.key) || initialsWrittenOut(body(), entry.key));
    }
    const footnotes = model.blocks.filter((b) => b.footnote !== undefined);
    const inFootnote = (at: number) => footnotes.some((b) => b.start <= at && at < b.end);
    const usedAgain = usedAgainTest(entries);
    for (const entry of undefinedEntries) {
      // Footnotes name sources and data fields ("[^5]: DfE School and Pupil Number 2016"): a use there is read as a title.
      // A hashtag or handle ("through #BOP", "@CiCC") is a name on social media, not initials to spell out.
      const first = entry.uses.find((u) => !(footnotes.length && inFootnote(u.start)) && !/[#@]/.test(text[u.start - 1] ?? ''));
      if (!first) continue;
      const written = text.slice(first.start, first.end);
      // "I.R.O." is advised and fixed as "IRO", as acronym-punctuation asks.
      const short = withoutFullStops(written);
      const again = usedAgain(entry);
      const expansion = entry.glossary?.expansion;
      // The long form written out before the first use: adding the acronym there defines it. Not
      // when it is written only after the first use (that would leave the use before its
      // definition), nor in a heading (that would change the heading a template matches), nor
      // before a bracket (that would double it).
      const longForm = longForms.get(entry.key);
      const before = longForm && longForm.start < first.start && !inHeading(model, longForm.start) && !bracketFollows(text, longForm.end) ? longForm : undefined;
      const fixes: Fix[] = [];
      const related: RelatedLocation[] = [];
      let pointer = '';
      if (longForm) {
        const line = ctx.where(longForm.start, first.start);
        const long = text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ');
        pointer = ` The long form "${long}" is written out at ${line} without "(${short})".`;
        related.push({ ...longForm, message: `Long form of ${entry.key}, written without the acronym` });
        if (before) fixes.push({ title: `Add "(${short})" after "${long}" at ${line}`, isPreferred: true, edits: [{ start: longForm.end, end: longForm.end, newText: ` (${short})` }] });
      }
      // The report's own words are Markdown already; a glossary expansion is escaped for it.
      const spelled = longForm ? text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ') : expansion;
      const spelledMarkdown = longForm ? spelled : expansion && escapeMarkdownInline(expansion);
      const spellOut = spelledMarkdown ? spellOutEdit(text, first, spelledMarkdown, written, again) : undefined;
      if (spellOut) fixes.push({ title: `Spell out ${again ? 'at first use' : 'in full'}: "${spellOut.newText.replace(/\.$/, '')}"`, isPreferred: !before, edits: [spellOut] });
      const allow = allowListFix(entry.key, ctx.config.path, ctx.config.text);
      if (allow) fixes.push(allow);
      // GOV.UK style: an acronym that is not used again is not introduced; the long form alone does.
      // The advice leads with what the preferred fix does.
      const advice = before
        ? `is used but never defined.${pointer.slice(0, -1)}: add it there${again ? '' : ', or write the long form here'}.`
        : again
          ? `is used but never defined: spell it out at its first use${spelled ? `, "${spelled} (${short})"` : ` ("Long Form (${short})")`}.${pointer}`
          : `is used but never defined, and not used again: write it out in full${spelled ? `, "${spelled}"` : ''}.${pointer}`;
      ctx.report({
        ...first,
        message: `"${written}" ${advice}`,
        related,
        fixes,
      });
    }
  },
});

/** A short form with a number in it (KS2, C2C) that no glossary lists as an acronym: a numbered label or a name. */
function numberedLabel(entry: AcronymEntry): boolean {
  return !entry.glossary && /\d/.test(entry.key);
}

/**
 * A name written in camel case, words of small letters each with a capital ("the MyGo provision",
 * "YouTube"), that no glossary lists: joined words, not initials.
 */
function camelCaseName(entry: AcronymEntry): boolean {
  return !entry.glossary && CAMEL_CASE_NAME.test(entry.key);
}

/**
 * An ordinary word written in capitals as a name ("the PAUSE programme", "HOPE"; "SMARTer" with
 * its ending in small letters), not an acronym: a common English word of three letters or more,
 * not an acronym the glossary knows, whose initials no words of the report spell out.
 */
function nameInCapitals(entry: AcronymEntry, text: string, glossaryKeys: ReadonlySet<string>): boolean {
  const key = entry.key;
  if (!/^[A-Z]{3,}[a-z]{0,2}$/.test(key) || entry.glossary || glossaryKeys.has(key) || !isEnglishWord(key)) return false;
  return !initialsWrittenOut(text, key);
}

/**
 * An acronym that ends one defined before it, and whose letters are the initials of words in a row
 * of that one's long form: EET after "not in education, employment or training (NEET)". The
 * reader has been told what it stands for: the longer acronym only puts a qualifier before it (a
 * noun phrase's head comes last). Not the start of one ("looked after children educational service
 * (LACES)" does not define LAC: the start is a modifier, naming something else). Three letters or
 * more (a pair of initials matches by chance); a loose long form (the writer's own words) does
 * not spell letters out.
 */
function endOfDefined(entry: AcronymEntry, entries: readonly AcronymEntry[]): boolean {
  const key = entry.key;
  const first = entry.uses[0];
  if (!first || !/^[A-Z]{3,}$/.test(key)) return false;
  return entries.some(
    (other) =>
      other !== entry &&
      other.key.length > key.length &&
      other.key.endsWith(key) &&
      other.definitions.some((d) => !d.loose && d.start < first.start && initialsWrittenOut(d.longForm.replace(/[,;]/g, ''), key)),
  );
}

function inHeading(model: ReportModel, offset: number): boolean {
  const heading = model.sections[sectionAt(model, offset)].heading;
  return !!heading && offset >= heading.start && offset < heading.end;
}

/** Whether a bracket opens right after `at` (spaces apart): adding another there would double it. */
function bracketFollows(text: string, at: number): boolean {
  return /^[ \t]*[([]/.test(text.slice(at, at + 40));
}

/** Whether `at` is inside a bracket opened earlier on its line and not yet closed. */
function insideBracket(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 300; i--) {
    const c = text[i];
    if (c === '\n') break;
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The first use spelt out: "Long Form (ACR)" when the acronym is used again, the long form alone
 * when it is not; nothing when that would nest or double brackets (the use is inside a bracket,
 * or a bracket follows it). A plural is kept inside the bracket ("Long Form (LACs)"); with the
 * long form alone it has no safe edit (the plural of a long form is not always its last word's
 * plus "s"). A possessive moves to the long form ("Care Inspectorate Wales's (CIW) report"). The
 * acronym is written without full stops, and a full stop that also ended the sentence is kept.
 */
function spellOutEdit(text: string, use: { start: number; end: number }, spelled: string, written: string, again: boolean): TextEdit | undefined {
  if (insideBracket(text, use.start)) return undefined;
  const suffix = /^(?:['’]s|s)(?![\p{L}\p{N}])/u.exec(text.slice(use.end, use.end + 3))?.[0] ?? '';
  const end = use.end + suffix.length;
  if (bracketFollows(text, end)) return undefined;
  if (!again && suffix === 's') return undefined;
  const short = withoutFullStops(written);
  const stop = !suffix && endsSentence(text, use.end, written) ? '.' : '';
  if (!again) return { start: use.start, end, newText: `${spelled}${suffix}${stop}` };
  const newText = suffix === 's' ? `${spelled} (${short}s)` : `${spelled}${suffix} (${short})`;
  return { start: use.start, end, newText: newText + stop };
}
