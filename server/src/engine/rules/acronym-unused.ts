import { defineRule } from '../rule';
import { analyseAcronyms, isTitleLine } from '../acronyms/analysis';
import { normaliseShortForm } from '../acronyms/normalise';
import type { AcronymDefinition } from '../acronyms/types';
import type { Span } from '../model';
import type { Fix } from '../types';

export default defineRule({
  id: 'acronym-unused',
  description: 'An acronym is defined but never used afterwards.',
  defaultSeverity: 'info',
  tags: ['acronyms'],
  fixable: true,
  options: {},
  docs: `GOV.UK style: do not introduce an acronym that is not used again. A definition that no
later sentence uses only adds a bracket for the reader to skip. The quick fix keeps the long
form and drops the acronym (and, in "LACs [Looked After Children (LAC)]", the short form and
bracket around the definition too); when the acronym is used before its definition
(\`acronym-before-definition\`), there is no fix, as dropping it would leave those uses
undefined. Definitions in a glossary section are not reported, nor a
short form that is the name a body is known by (a glossary entry with \`name: true\`, such as
Cafcass): "… Advisory and Support Service (Cafcass)" tells the reader the name they will meet
elsewhere. Nor an acronym that the sentence itself uses, with its long form explained in a
bracket after it ("the CURB (Connect, Unite, Resist, Begin) programme", "plans are SMART
(specific, measurable…)"): the acronym is the writer's word there, not a label added for later.
Nor one that is part of a name in the bracket after its long form ("a regional adoption agency
(Adoption West RAA)"), nor a heading or title line that is the definition alone ("The Local
Safeguarding Children Board (LSCB)"): a title names its part in the report's standard words.
Nor a definition inside a quotation ("the report says: ‘These children (BME) wait longer’"):
quoted words are not the writer's to change; an editor's square bracket after a quoted acronym
("‘My PA [personal adviser] is like…’") explains it the same way.

"Used again" counts the acronym written again where it reads as something else: a Roman numeral
("an independent visitor (IV) … matched with an IV"), a title after a name ("two Additional
Inspectors (AI)" and later "Nick Stacey AI"), a word in capitals ("Designated officer (DO) … The
DO ensures"), a name with more small letters than capitals, even before the definition ("RDash"),
and a plural written with a capital S ("e-PEPS", then "e-PEPs"). A plural with a capital S of an
acronym the report also has ("PEPs", then "(PEPS)") is that acronym, not one of its own.

An acronym used before its definition is \`acronym-before-definition\`'s finding, whose fix moves
the definition to the first use; this rule does not report it as well.`,
  check(model, ctx) {
    const { names } = ctx.knowledge.acronyms.known;
    const entries = analyseAcronyms(model, ctx.knowledge).entries;
    let shortForms: Set<number> | undefined;
    const definedAt = (offset: number) => (shortForms ??= new Set([...entries.values()].flatMap((e) => e.definitions.map((d) => d.shortStart)))).has(offset);
    for (const entry of entries.values()) {
      // A name used as a name (Ofsted, Cafcass): "… Support Service (Cafcass)" names the body, used again or not.
      if (names.has(entry.key)) continue;
      // Defined twice and never used: acronym-redefined speaks first; this fix would not settle it.
      if (entry.definitions.length !== 1) continue;
      const definition = entry.definitions[0];
      // Used before its definition: acronym-before-definition speaks first, and its fix (move the
      // definition to the first use) is the right one, not dropping the acronym. Not a use that the
      // definition's own bracket follows ("LACs [Looked After Children (LAC)]"): the fix drops both.
      const glossed = (u: Span) => /^(?:s|['’]s)?[ \t]*[([][ \t]*$/.test(model.text.slice(u.end, definition.start));
      if (!entry.allowed && !entry.glossarySection && entry.uses.some((u) => u.end <= definition.start && !glossed(u))) continue;
      if (entry.uses.some((u) => u.start > definition.end)) continue;
      // A plural with a capital S ("(PEPS)") of an acronym the report has as well ("PEPs"): its plural written again, not an acronym of its own.
      const stem = /^[A-Z]{2,}S$/.test(entry.key) ? entries.get(entry.key.slice(0, -1)) : undefined;
      if (stem && (stem.definitions.length || stem.uses.length)) continue;
      // Written elsewhere where the detector reads it as something else (earlier uses it did read are dealt with above).
      const counted = (offset: number) => definedAt(offset) || entry.uses.some((u) => u.start === offset);
      if (writtenAgain(model.text, entry.key, counted)) continue;
      if (definition.named || explainedInBracket(model.text, definition) || isTitleLine(model, definition) || inQuotation(model.text, definition.shortStart)) continue;
      ctx.report({
        start: definition.shortStart,
        end: definition.shortEnd,
        message: `${entry.key} is defined but never used again: write "${definition.longForm}" without the acronym.`,
        fixes: unusedFix(model.text, definition, entry.key, entry.uses),
      });
    }
  },
});

/**
 * Whether the acronym is written elsewhere, as a word, where the detector read it as something
 * else: a Roman numeral ("matched with an IV" after "an independent visitor (IV)"), a title after a
 * name ("Nick Stacey AI" after "two Additional Inspectors (AI)"), a name with more small letters
 * than capitals ("provided by RDash" before "… NHS Foundation Trust (RDash)"). It is used.
 */
function writtenAgain(text: string, key: string, counted: (offset: number) => boolean): boolean {
  // A plural with a capital S ("e-PEPS") is written again as "e-PEPs" or "e-PEP".
  const stem = key.length > 2 && key.endsWith('S') ? key.slice(0, -1) : key;
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:S|s|['’]s)?(?![\\p{L}\\p{N}])`, 'gu'))) {
    // Not the short form of a definition ("(PEPS)" after a long form defines it again; it is no use),
    // nor a use already counted.
    if (!counted(m.index)) return true;
  }
  return false;
}

/**
 * Whether `at` is inside a quotation opened earlier on its line: an opening quote mark after a
 * space, a colon or the line's start, with no closing mark (one not followed by a letter, as
 * the apostrophe of "children’s" is) between it and `at`.
 */
function inQuotation(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  const open = Math.max(line.lastIndexOf('‘'), line.lastIndexOf('“'));
  if (open < 0 || (open > 0 && !/[\s:(]/.test(line[open - 1]))) return false;
  return !/[’”](?![\p{L}])/u.test(line.slice(open + 1));
}

/** "ACR (Long Form)", "ACR [Long Form]": the acronym is running text and the bracket after it explains it (not "(ACR) Long Form"). */
function explainedInBracket(text: string, definition: AcronymDefinition): boolean {
  return definition.pattern === 'short-long' && definition.longStart > definition.shortEnd && /[([]/.test(text.slice(definition.shortEnd, definition.longStart));
}

function unusedFix(text: string, definition: AcronymDefinition, key: string, uses: readonly Span[]): Fix[] {
  const title = `Drop the acronym ${key}`;
  const span = definition.loose ? definition : droppedSpan(text, definition, key);
  // Used before the definition (acronym-before-definition's finding): dropping the acronym
  // would leave those uses undefined.
  if (uses.some((u) => u.end <= span.start)) return [];
  if (!definition.loose) return [{ title, edits: [{ ...span, newText: definition.longForm }] }];
  // The writer's own introduction, "a referral hub (MASH)": drop the bracket. "…, known as MASH," has no safe edit.
  if (!/[)\]]/.test(text.charAt(definition.end - 1))) return [];
  return [{ title, edits: [{ start: definition.start, end: definition.end, newText: '' }] }];
}

/**
 * What the fix replaces with the long form: the definition, or, when the definition fills a
 * bracket written just after the same short form ("LACs [Looked After Children (LAC)]"), the
 * short form and the bracket with it. Dropping only the inner "(LAC)" would leave "LACs [Looked
 * After Children]", which defines LAC again.
 */
function droppedSpan(text: string, definition: AcronymDefinition, key: string): { start: number; end: number } {
  const before = text.slice(Math.max(0, definition.start - 80), definition.start);
  const opened = /([\p{L}\p{N}][\p{L}\p{N}.&'’-]*)[ \t]*[([][ \t]*$/u.exec(before);
  const closed = /^[ \t]*[)\]]/.exec(text.slice(definition.end, definition.end + 20));
  if (!opened || !closed || normaliseShortForm(opened[1]) !== key) return definition;
  return { start: definition.start - before.length + opened.index, end: definition.end + closed[0].length };
}
