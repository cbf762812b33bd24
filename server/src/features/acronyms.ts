// Acronym help while writing: hover, go to definition, references, completion, the acronym
// table (view and CLI), and the "insert abbreviations table" action. All read the engine's
// acronym analysis; none detects anything itself.
import type { LintOutcome } from '../engine/lint';
import type { Span } from '../engine/model';
import { blankLineBefore, trailingFootnotesStart } from '../engine/structure';
import { escapeMarkdownInline } from '../engine/acronyms/fixes';
import { analyseAcronyms, sameLongFormOrExtended, usedAgainTest, type AcronymEntry } from '../engine/acronyms/analysis';
import type { GlossaryEntry } from '../engine/glossary/index';
import type { TextEdit } from '../engine/types';
import type { AcronymState, AcronymsResult } from '../protocol';
import type { Scope } from './report-scope';

export interface AcronymRow {
  entry: AcronymEntry;
  expansion?: string;
  source: 'report' | 'glossary' | 'none';
  definedAt?: Span;
  state: AcronymState;
}

/** One row per acronym the report uses or defines, in order of first appearance. */
export function acronymTable(outcome: LintOutcome): AcronymRow[] {
  const analysis = analyseAcronyms(outcome.model, outcome.knowledge);
  return [...analysis.entries.values()].map((entry) => {
    const definition = entry.definitions[0] ?? entry.glossarySection;
    const expansion = definition?.longForm ?? entry.glossary?.expansion;
    return {
      entry,
      expansion,
      source: definition ? 'report' : entry.glossary ? 'glossary' : 'none',
      definedAt: definition ? { start: definition.start, end: definition.end } : undefined,
      state: stateOf(entry),
    };
  });
}

/**
 * The Acronyms view's rows. A chapter of a multi-file report lists the acronyms it uses or
 * defines, each with the whole report's state and definition (perhaps in another file) and the
 * chapter's own uses.
 */
export function acronymsResult(scope: Scope): AcronymsResult {
  if (!scope.outcome.isReport) return { isReport: false, acronyms: [] };
  const own = (s: Span) => scope.ownRange(s) !== undefined;
  const acronyms = acronymTable(scope.outcome).flatMap((row) => {
    const { entry } = row;
    const spans: Span[] = [...entry.uses, ...entry.definitions];
    if (entry.glossarySection) spans.push(entry.glossarySection);
    if (scope.whole && !spans.some(own)) return [];
    const defined = row.definedAt && scope.location(row.definedAt);
    const definedHere = row.definedAt && scope.ownRange(row.definedAt);
    return [{
      acronym: entry.key,
      expansion: row.expansion,
      source: row.source,
      definedAt: definedHere ?? defined?.range,
      definedIn: defined && !definedHere ? defined.uri : undefined,
      uses: entry.uses.flatMap((u) => scope.ownRange(u) ?? []),
      state: row.state,
    }];
  });
  return { isReport: true, acronyms };
}

function stateOf(entry: AcronymEntry): AcronymState {
  if (entry.allowed) return 'allowed';
  if (entry.glossarySection || (!entry.definitions.length && entry.glossary?.definedInGlossary)) return 'glossary';
  const [first, ...rest] = entry.definitions;
  if (!first) return 'undefined';
  if (entry.uses.length && entry.uses[0].start < first.start) return 'used-before-definition';
  if (rest.some((d) => !sameLongFormOrExtended(first.longForm, d.longForm, entry.key))) return 'inconsistent';
  if (rest.length) return 'redefined';
  if (!entry.uses.some((u) => u.start > first.end)) return 'unused';
  return 'defined';
}

/** The acronym whose use or definition covers `offset`. */
export function acronymAt(outcome: LintOutcome, offset: number): { entry: AcronymEntry; span: Span } | undefined {
  const analysis = analyseAcronyms(outcome.model, outcome.knowledge);
  for (const entry of analysis.entries.values()) {
    const spans: Span[] = [...entry.uses, ...entry.definitions.map((d) => ({ start: d.shortStart, end: d.shortEnd }))];
    if (entry.glossarySection) spans.push({ start: entry.glossarySection.shortStart, end: entry.glossarySection.shortEnd });
    const span = spans.find((s) => s.start <= offset && offset <= s.end);
    if (span) return { entry, span };
  }
  return undefined;
}

/** `where` names a place ("line 12", or "line 12 of 01-summary.md" in a multi-file report). */
export function acronymHover(outcome: LintOutcome, offset: number, where: (offset: number) => string = lineOf(outcome)): { markdown: string; span: Span } | undefined {
  const found = acronymAt(outcome, offset);
  if (!found) return undefined;
  const { entry } = found;
  const definition = entry.definitions[0] ?? entry.glossarySection;
  const lines = [`**${entry.key}** — ${definition?.longForm ?? entry.glossary?.expansion ?? '_expansion unknown_'}`];
  const g = entry.glossary;
  if (g) lines.push(glossaryLine(g));
  if (definition) lines.push(`Defined ${definition.inGlossarySection ? 'in the report\'s glossary' : ''} at ${where(definition.start)}.`.replace('Defined  at', 'Defined at'));
  else if (entry.allowed) lines.push('Well known: needs no definition.');
  // The same advice as undefined-acronym's message: an acronym not used again is written out in full.
  else if (!usedAgainTest(analyseAcronyms(outcome.model, outcome.knowledge).entries.values())(entry)) lines.push(`**Not defined in this report**, and not used again${g ? `: write it out in full, "${g.expansion}".` : '.'}`);
  else lines.push(`**Not defined in this report**${g ? `: spell it out at its first use, "${g.expansion} (${entry.key})".` : '.'}`);
  lines.push(`Used ${entry.uses.length} time${entry.uses.length === 1 ? '' : 's'}.`);
  return { markdown: lines.join('\n\n'), span: found.span };
}

/** "line 12": where an offset of the outcome's own text is. */
export function lineOf(outcome: LintOutcome): (offset: number) => string {
  return (offset) => `line ${outcome.model.lines.lineAt(offset) + 1}`;
}

function glossaryLine(g: GlossaryEntry): string {
  const parts: string[] = [];
  if (g.welsh) parts.push(`Welsh: ${g.welsh}${g.welshAcronym ? ` (${g.welshAcronym})` : ''}`);
  if (g.english) parts.push(`English: ${g.english}${g.englishAcronym ? ` (${g.englishAcronym})` : ''}`);
  if (g.formerly?.length) parts.push(`Formerly: ${g.formerly.join(', ')}`);
  if (g.successor) parts.push(`Now: ${g.successor}`);
  if (g.notes) parts.push(g.notes);
  return parts.length ? `_${parts.join(' · ')}_` : '_From the glossary._';
}

export function acronymDefinition(outcome: LintOutcome, offset: number): Span | undefined {
  const found = acronymAt(outcome, offset);
  const definition = found && (found.entry.definitions[0] ?? found.entry.glossarySection);
  return definition ? { start: definition.start, end: definition.end } : undefined;
}

export function acronymReferences(outcome: LintOutcome, offset: number, includeDeclaration: boolean): Span[] {
  const found = acronymAt(outcome, offset);
  if (!found) return [];
  const defs = includeDeclaration ? found.entry.definitions.map((d) => ({ start: d.shortStart, end: d.shortEnd })) : [];
  return [...defs, ...found.entry.uses].sort((a, b) => a.start - b.start);
}

export interface AcronymCompletion {
  label: string;
  insertText: string;
  detail: string;
}

/**
 * Acronyms starting with the capitals typed before the cursor: "Long Form (LF)" where the report
 * has not yet defined it before this point, "LF" afterwards.
 */
export function acronymCompletions(outcome: LintOutcome, offset: number, prefix: string): AcronymCompletion[] {
  if (!/^[A-Z][A-Za-z]*$/.test(prefix)) return [];
  const analysis = analyseAcronyms(outcome.model, outcome.knowledge);
  const items = new Map<string, AcronymCompletion>();
  const offer = (key: string, expansion: string | undefined, definedBefore: boolean) => {
    if (!key.startsWith(prefix) || items.has(key)) return;
    const insertText = definedBefore || !expansion ? key : `${expansion} (${key})`;
    items.set(key, { label: key, insertText, detail: expansion ? (definedBefore ? `${expansion} (defined earlier)` : `First use: ${expansion} (${key})`) : 'Acronym used in this report' });
  };
  for (const entry of analysis.entries.values()) {
    const definition = entry.definitions[0] ?? entry.glossarySection;
    // The report's own long form is Markdown already; a glossary expansion is escaped for it.
    const glossaryExpansion = entry.glossary?.expansion && escapeMarkdownInline(entry.glossary.expansion);
    offer(entry.key, definition?.longForm ?? glossaryExpansion, entry.allowed || !!entry.glossarySection || (!!definition && definition.end <= offset));
  }
  for (const g of outcome.knowledge.acronyms.glossary.entries()) {
    if (items.size >= 50) break;
    offer(g.acronym, escapeMarkdownInline(g.expansion), !!g.wellKnown);
  }
  return [...items.values()];
}

/** A "## Abbreviations" section listing every acronym the report uses, with its expansion. */
export function abbreviationsTableEdit(outcome: LintOutcome): TextEdit | undefined {
  const rows = acronymTable(outcome).filter((r) => r.state !== 'allowed' && r.expansion && r.entry.uses.length + r.entry.definitions.length > 0);
  if (!rows.length) return undefined;
  const model = outcome.model;
  const eol = model.eol;
  const sorted = [...rows].sort((a, b) => a.entry.key.localeCompare(b.entry.key));
  const table = ['| Abbreviation | Meaning |', '|---|---|', ...sorted.map((r) => `| ${r.entry.key} | ${r.expansion!.replace(/\|/g, '\\|')} |`)];
  const at = trailingFootnotesStart(model);
  return { start: at, end: at, newText: `${blankLineBefore(model, at)}## Abbreviations${eol}${eol}${table.join(eol)}${eol}${at < model.text.length ? eol : ''}` };
}
