import { defineRule } from '../rule';
import { analyseAcronyms, writtenLongForms } from '../acronyms/analysis';
import { allowListFix, escapeMarkdownInline } from '../acronyms/fixes';
import { initialsWrittenOut, isEnglishWord } from '../acronyms/words';
import type { AcronymEntry } from '../acronyms/analysis';
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
at it, and the preferred fix adds the acronym there. Otherwise the fix spells the acronym out
at its first use, from the report's own wording or the glossary (built-in, with English and
Welsh forms, plus the workspace's \`glossaries\`). Another fix adds the acronym to the
config's \`acronyms.allow\` list.

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
is reported at its first use there. A source cited with a year in brackets ("(HMRC 2014)").`,
  check(model, ctx) {
    const undefinedEntries = [...analyseAcronyms(model, ctx.knowledge).entries.values()].filter(
      (entry) => !entry.allowed && entry.uses.length > 0 && !entry.definitions.length && !entry.glossarySection && !entry.glossary?.definedInGlossary,
    ).filter((entry) => !numberedLabel(entry) && !nameInCapitals(entry, model.text, ctx.knowledge.acronyms.known.keys));
    const longForms = writtenLongForms(model, ctx.knowledge, undefinedEntries.map((entry) => entry.key));
    const text = model.text;
    const footnotes = model.blocks.filter((b) => b.footnote !== undefined);
    const inFootnote = (at: number) => footnotes.some((b) => b.start <= at && at < b.end);
    for (const entry of undefinedEntries) {
      // Footnotes name sources and data fields ("[^5]: DfE School and Pupil Number 2016"): a use there is read as a title.
      const first = footnotes.length ? entry.uses.find((u) => !inFootnote(u.start)) : entry.uses[0];
      if (!first) continue;
      const written = text.slice(first.start, first.end);
      const expansion = entry.glossary?.expansion;
      const longForm = longForms.get(entry.key);
      const fixes: Fix[] = [];
      const related: RelatedLocation[] = [];
      let pointer = '';
      if (longForm) {
        const line = ctx.where(longForm.start, first.start);
        const long = text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ');
        pointer = ` The long form "${long}" is written out at ${line} without "(${written})".`;
        related.push({ ...longForm, message: `Long form of ${entry.key}, written without the acronym` });
        if (!bracketFollows(text, longForm.end)) fixes.push({ title: `Add "(${written})" after "${long}" at ${line}`, isPreferred: longForm.start < first.start, edits: [{ start: longForm.end, end: longForm.end, newText: ` (${written})` }] });
      }
      // The report's own words are Markdown already; a glossary expansion is escaped for it.
      const spelled = longForm ? text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ') : expansion;
      const spelledMarkdown = longForm ? spelled : expansion && escapeMarkdownInline(expansion);
      const spellOut = spelledMarkdown ? spellOutEdit(text, first, spelledMarkdown, written) : undefined;
      if (spellOut) fixes.push({ title: `Spell out at first use: "${spellOut.newText}"`, isPreferred: !longForm, edits: [spellOut] });
      const allow = allowListFix(entry.key, ctx.config.path, ctx.config.text);
      if (allow) fixes.push(allow);
      ctx.report({
        ...first,
        message: `"${written}" is used but never defined: spell it out at its first use${spelled ? `, "${spelled} (${written})"` : ' ("Long Form (' + written + ')")'}.${pointer}`,
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
 * An ordinary word written in capitals as a name ("the PAUSE programme", "HOPE"; "SMARTer" with
 * its ending in small letters), not an acronym: a common English word of three letters or more,
 * not an acronym the glossary knows, whose initials no words of the report spell out.
 */
function nameInCapitals(entry: AcronymEntry, text: string, glossaryKeys: ReadonlySet<string>): boolean {
  const key = entry.key;
  if (!/^[A-Z]{3,}[a-z]{0,2}$/.test(key) || entry.glossary || glossaryKeys.has(key) || !isEnglishWord(key)) return false;
  return !initialsWrittenOut(text, key);
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
 * "Long Form (ACR)" at the first use, or nothing when that would nest or double brackets (the use
 * is inside a bracket, or a bracket follows it). A plural is kept inside the bracket ("Long Form
 * (LACs)"), a possessive moves to the long form ("Care Inspectorate Wales's (CIW) report").
 */
function spellOutEdit(text: string, use: { start: number; end: number }, spelled: string, written: string): TextEdit | undefined {
  if (insideBracket(text, use.start)) return undefined;
  const suffix = /^(?:['’]s|s)(?![\p{L}\p{N}])/u.exec(text.slice(use.end, use.end + 3))?.[0] ?? '';
  const end = use.end + suffix.length;
  if (bracketFollows(text, end)) return undefined;
  const newText = suffix === 's' ? `${spelled} (${written}s)` : suffix ? `${spelled}${suffix} (${written})` : `${spelled} (${written})`;
  return { start: use.start, end, newText };
}
