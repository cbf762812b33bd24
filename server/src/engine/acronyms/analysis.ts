// Acronyms across a whole report: every use and definition in document order, per acronym,
// plus the report's own glossary section. Detection is cached per block; this pass only
// gathers, so it stays linear and cheap on every keystroke.
import type { ReportModel, Span } from '../model';
import type { ReportKnowledge } from '../knowledge';
import type { GlossaryEntry } from '../glossary/index';
import { normaliseHeading } from '../templates/match';
import { detectAcronyms, type AcronymDefinition, type BlockAcronyms, type PunctuatedAcronym } from './detect';

export interface DefinitionAt extends AcronymDefinition {
  /** The short form as written ("LACs", "CIW"). */
  written: string;
  /** Defined in the report's glossary or abbreviations section (valid for the whole report). */
  inGlossarySection: boolean;
}

export interface AcronymEntry {
  key: string;
  /** Uses in document order, definitions excluded. */
  uses: Span[];
  /** Definitions in the report's prose, in document order. */
  definitions: DefinitionAt[];
  /** Definition in the report's glossary section, if any. */
  glossarySection?: DefinitionAt;
  /** Needs no definition: well known, or on the config's allow list. */
  allowed: boolean;
  glossary?: GlossaryEntry;
}

export interface AcronymAnalysis {
  /** By key, in order of first appearance. */
  entries: Map<string, AcronymEntry>;
  punctuated: PunctuatedAcronym[];
}

const GLOSSARY_HEADINGS = /\b(glossary|abbreviations?|acronyms?|geirfa|byrfoddau|termau)\b/;
const cache = new WeakMap<ReportModel, Map<string, AcronymAnalysis>>();

export function analyseAcronyms(model: ReportModel, knowledge: ReportKnowledge): AcronymAnalysis {
  const key = knowledge.acronyms.key;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let analysis = byKey.get(key);
  if (!analysis) byKey.set(key, (analysis = compute(model, knowledge)));
  return analysis;
}

function compute(model: ReportModel, knowledge: ReportKnowledge): AcronymAnalysis {
  const { known, glossary } = knowledge.acronyms;
  const glossarySections = findGlossarySections(model);
  const entries = new Map<string, AcronymEntry>();
  const entry = (key: string): AcronymEntry => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { key, uses: [], definitions: [], allowed: known.allowed.has(key), glossary: glossary.get(key) }));
    return e;
  };
  const punctuated: PunctuatedAcronym[] = [];
  // A glossary section lists "CIW: Care Inspectorate Wales" items, or a table of acronym | expansion rows.
  const glossaryDefinition = (found: BlockAcronyms, base: number, text: string, expansion: string) => {
    const use = found.uses[0];
    if (!use || text.slice(0, use.start).trim() || !expansion) return;
    const start = base + use.start;
    const end = base + use.end;
    entry(use.acronym).glossarySection ??= {
      acronym: use.acronym, longForm: expansion, start, end, shortStart: start, shortEnd: end, longStart: end, longEnd: end,
      pattern: 'short-long', written: model.text.slice(start, end), inGlossarySection: true,
    };
  };
  let rowLine = -1;
  let row: { start: number; text: string; found: BlockAcronyms }[] = [];
  const flushRow = () => {
    if (row.length >= 2 && row[0].text.trim().length === (row[0].found.uses[0]?.end ?? 0) - (row[0].found.uses[0]?.start ?? 0)) {
      glossaryDefinition(row[0].found, row[0].start, row[0].text, row[1].text.trim());
    }
    row = [];
  };
  for (const block of model.blocks) {
    const found = block.derive(`acronyms:${knowledge.acronyms.key}`, (text) => detectAcronyms(text, known));
    const inGlossary = glossarySections.has(block.section);
    for (const p of found.punctuated) punctuated.push({ ...p, start: p.start + block.start, end: p.end + block.start });
    if (inGlossary) {
      if (block.kind === 'cell') {
        const line = model.lines.lineAt(block.start);
        if (line !== rowLine) flushRow();
        rowLine = line;
        row.push({ start: block.start, text: block.text, found });
      } else if (block.kind === 'paragraph' && found.uses[0]) {
        glossaryDefinition(found, block.start, block.text, block.text.slice(found.uses[0].end).replace(/^[\s:–—=-]+/, '').trim());
      }
      for (const d of found.definitions) addDefinition(entry(d.acronym), d, block.start, true);
      continue;
    }
    for (const d of found.definitions) addDefinition(entry(d.acronym), d, block.start, false);
    for (const use of found.uses) entry(use.acronym).uses.push({ start: use.start + block.start, end: use.end + block.start });
  }
  flushRow();
  // Definitions and uses were gathered block by block; keep each list in document order.
  for (const e of entries.values()) e.definitions.sort((a, b) => a.start - b.start);

  function addDefinition(e: AcronymEntry, d: AcronymDefinition, base: number, inGlossarySection: boolean) {
    const shifted: DefinitionAt = {
      ...d,
      start: d.start + base,
      end: d.end + base,
      shortStart: d.shortStart + base,
      shortEnd: d.shortEnd + base,
      longStart: d.longStart + base,
      longEnd: d.longEnd + base,
      written: model.text.slice(d.shortStart + base, d.shortEnd + base),
      inGlossarySection,
    };
    if (inGlossarySection) e.glossarySection ??= shifted;
    else e.definitions.push(shifted);
  }
  return { entries, punctuated };
}

/** Sections headed Glossary, Abbreviations, Acronyms (or Welsh Geirfa, Byrfoddau), with subsections. */
function findGlossarySections(model: ReportModel): Set<number> {
  const found = new Set<number>();
  for (const section of model.sections) {
    const own = section.heading !== undefined && GLOSSARY_HEADINGS.test(normaliseHeading(section.heading.text));
    if (own || (section.parent >= 0 && found.has(section.parent))) found.add(section.index);
  }
  return found;
}

/** Long forms compared forgivingly: case, hyphens, "&"/"and", spacing. */
export function sameLongForm(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/[-‐–—'’]/g, ' ').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
