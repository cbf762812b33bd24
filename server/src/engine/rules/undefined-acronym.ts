import { defineRule } from '../rule';
import { analyseAcronyms, writtenLongForms } from '../acronyms/analysis';
import { allowListFix } from '../acronyms/fixes';
import type { Fix, RelatedLocation } from '../types';

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
workspace glossary entry says \`definedInGlossary: true\`.`,
  check(model, ctx) {
    const undefinedEntries = [...analyseAcronyms(model, ctx.knowledge).entries.values()].filter(
      (entry) => !entry.allowed && entry.uses.length > 0 && !entry.definitions.length && !entry.glossarySection && !entry.glossary?.definedInGlossary,
    );
    const longForms = writtenLongForms(model, ctx.knowledge, undefinedEntries.map((entry) => entry.key));
    for (const entry of undefinedEntries) {
      const first = entry.uses[0];
      const written = model.text.slice(first.start, first.end);
      const expansion = entry.glossary?.language === 'cy' ? entry.glossary.expansion : entry.glossary?.expansion;
      const longForm = longForms.get(entry.key);
      const fixes: Fix[] = [];
      const related: RelatedLocation[] = [];
      let pointer = '';
      if (longForm) {
        const line = ctx.where(longForm.start, first.start);
        const text = model.text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ');
        pointer = ` The long form "${text}" is written out at ${line} without "(${written})".`;
        related.push({ ...longForm, message: `Long form of ${entry.key}, written without the acronym` });
        fixes.push({ title: `Add "(${written})" after "${text}" at ${line}`, isPreferred: longForm.start < first.start, edits: [{ start: longForm.end, end: longForm.end, newText: ` (${written})` }] });
      }
      const spelled = longForm ? model.text.slice(longForm.start, longForm.end).replace(/\s+/g, ' ') : expansion;
      if (spelled) fixes.push({ title: `Spell out at first use: "${spelled} (${written})"`, isPreferred: !longForm, edits: [{ ...first, newText: `${spelled} (${written})` }] });
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
