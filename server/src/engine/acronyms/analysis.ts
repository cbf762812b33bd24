// Acronyms across a whole report: every use and definition in document order, per acronym,
// plus the report's own glossary section, and where known long forms are written out. What each
// block holds is worked out once and cached with the block (BlockFacts); this pass only gathers,
// so after an edit only the changed blocks are analysed again.
import type { ReportModel, Span } from '../model';
import type { ReportKnowledge } from '../knowledge';
import type { GlossaryEntry } from '../glossary/index';
import { normaliseHeading } from '../templates/match';
import { blockAt } from '../scan';
import { longFormWords } from './normalise';
import { detectAcronyms, type AcronymDefinition, type BlockAcronyms, type LongFormMatch, type LongFormMatcher, type PunctuatedAcronym } from './detect';

export interface DefinitionAt extends AcronymDefinition {
  /** The short form as written ("LACs", "CIW"). */
  written: string;
  /** Defined in the report's glossary or abbreviations section (valid for the whole report). */
  inGlossarySection: boolean;
  /** Index of the section (model.sections) the definition is in. */
  section: number;
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

/**
 * What one block says about acronyms, cached with the block (block.derive), so that a re-lint
 * after an edit detects only in the blocks that changed: its uses, definitions and punctuated
 * forms, and (worked out on first request) the known long forms written out in it without
 * their acronym. Offsets are relative to the block.
 */
class BlockFacts {
  private withoutAcronym?: LongFormMatch[];

  constructor(
    readonly found: BlockAcronyms,
    private readonly text: string,
    private readonly longForms: LongFormMatcher,
  ) {}

  get longFormsWithoutAcronym(): LongFormMatch[] {
    return (this.withoutAcronym ??= this.longForms.findWithoutAcronym(this.text));
  }
}

interface Computed {
  analysis: AcronymAnalysis;
  /** The facts of each block of the model, in the same order. */
  facts: BlockFacts[];
}

const cache = new WeakMap<ReportModel, Map<string, Computed>>();

export function analyseAcronyms(model: ReportModel, knowledge: ReportKnowledge): AcronymAnalysis {
  return computed(model, knowledge).analysis;
}

function computed(model: ReportModel, knowledge: ReportKnowledge): Computed {
  const key = knowledge.acronyms.key;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = compute(model, knowledge)));
  return result;
}

/**
 * Where each acronym's known long form is first written out without the acronym. One pass over
 * the blocks for all the acronyms, stopping once each is found.
 */
export function writtenLongForms(model: ReportModel, knowledge: ReportKnowledge, keys: readonly string[]): Map<string, Span> {
  const wanted = new Set(keys.filter((key) => knowledge.acronyms.known.longForms.has(key)));
  const found = new Map<string, Span>();
  if (!wanted.size) return found;
  const { facts } = computed(model, knowledge);
  for (let i = 0; i < facts.length; i++) {
    const start = model.blocks[i].start;
    for (const match of facts[i].longFormsWithoutAcronym) {
      for (const key of match.acronyms) {
        if (wanted.has(key) && !found.has(key)) found.set(key, { start: start + match.start, end: start + match.end });
      }
    }
    if (found.size === wanted.size) break;
  }
  return found;
}

function compute(model: ReportModel, knowledge: ReportKnowledge): Computed {
  const { known, glossary, longForms } = knowledge.acronyms;
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
      pattern: 'short-long', written: model.text.slice(start, end), inGlossarySection: true, section: -1,
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
  const derivedKey = `acronym-facts:${knowledge.acronyms.key}`;
  const factsOf = (text: string) => new BlockFacts(detectAcronyms(text, known), text, longForms);
  const facts: BlockFacts[] = [];
  for (const block of model.blocks) {
    const blockFacts = block.derive(derivedKey, factsOf);
    facts.push(blockFacts);
    const found = blockFacts.found;
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
      for (const d of found.definitions) addDefinition(entry(d.acronym), d, block.start, true, block.section);
      continue;
    }
    for (const d of found.definitions) addDefinition(entry(d.acronym), d, block.start, false, block.section);
    for (const use of found.uses) entry(use.acronym).uses.push({ start: use.start + block.start, end: use.end + block.start });
  }
  flushRow();
  // Definitions and uses were gathered block by block; keep each list in document order.
  for (const e of entries.values()) e.definitions.sort((a, b) => a.start - b.start);
  joinVariantSpellings(entries);
  joinPrefixedUses(entries, model.text);

  function addDefinition(e: AcronymEntry, d: AcronymDefinition, base: number, inGlossarySection: boolean, section: number) {
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
      section,
    };
    if (inGlossarySection) e.glossarySection ??= shifted;
    else e.definitions.push(shifted);
  }
  return { analysis: { entries, punctuated }, facts };
}

/**
 * An acronym the report never defines, written as a variant of one it does: another case ("CICC"
 * for the "Children in Care Council (CiCC)"), or a plural in capitals one way or the other ("PEPS"
 * after "personal education plans (PEPs)", "PEPs" beside "(PEPS)"). Its uses join the defined entry.
 */
function joinVariantSpellings(entries: Map<string, AcronymEntry>): void {
  const defined = new Map<string, AcronymEntry>();
  for (const e of entries.values()) if (e.definitions.length || e.glossarySection) defined.set(e.key.toLowerCase(), e);
  if (!defined.size) return;
  for (const [key, e] of entries) {
    if (e.definitions.length || e.glossarySection || e.allowed) continue;
    let into: AcronymEntry | undefined;
    for (const target of variantTargets(key)) {
      into = defined.get(target);
      if (into && into !== e) break;
    }
    if (!into || into === e) continue;
    into.uses.push(...e.uses);
    into.uses.sort((a, b) => a.start - b.start);
    entries.delete(key);
  }
}

/**
 * A defined acronym with a prefix before a hyphen ("integrated assessment and referral (i-ART)
 * team", "(F-CAF)"), used later as written: the words split at the hyphen, so those uses were read
 * as the tail ("ART"). They are uses of the defined acronym, with the prefix in the span.
 */
function joinPrefixedUses(entries: Map<string, AcronymEntry>, text: string): void {
  let byTail: Map<string, AcronymEntry[]> | undefined;
  for (const e of entries.values()) {
    if (!e.definitions.length && !e.glossarySection) continue;
    const m = /^[\p{L}\p{N}]+-(.+)$/u.exec(e.key);
    if (!m) continue;
    byTail ??= new Map();
    byTail.set(m[1], [...(byTail.get(m[1]) ?? []), e]);
  }
  if (!byTail) return;
  for (const [key, e] of entries) {
    for (const into of byTail.get(key) ?? []) {
      const prefix = into.key.slice(0, into.key.length - key.length);
      const prefixed = (u: Span) => text.slice(u.start - prefix.length, u.start).toLowerCase() === prefix.toLowerCase();
      const moved = e.uses.filter(prefixed);
      if (!moved.length) continue;
      into.uses.push(...moved.map((u) => ({ start: u.start - prefix.length, end: u.end })));
      into.uses.sort((a, b) => a.start - b.start);
      e.uses = e.uses.filter((u) => !prefixed(u));
    }
    if (!e.uses.length && !e.definitions.length && !e.glossarySection) entries.delete(key);
  }
}

/**
 * The keys (lower case, in order of preference) of the defined acronym whose uses an undefined
 * one joins: the same letters in another case, then the singular of a plural, then the plural
 * ("PEPs", key PEP, where the report defined "personal education plans (PEPS)").
 */
export function variantTargets(key: string): string[] {
  const lower = key.toLowerCase();
  const targets = [lower];
  if (/[sS]$/.test(key) && key.length > 2) targets.push(lower.slice(0, -1));
  targets.push(lower + 's');
  return targets;
}

/**
 * Whether an acronym is used again after its first use, counting the uses of a variant spelling
 * that would join it once it is defined ("CiCC" beside "CICC", "PEPS" beside "PEP"). In a
 * report kept in several files the uses are those of every file (the files are checked as one
 * text). Spelling out an acronym that is not used again as "Long Form (LF)" would introduce it
 * for nothing (acronym-unused), so undefined-acronym's fix writes the long form alone. Built
 * once over the entries (the last use of each undefined spelling, by the key it would join),
 * then asked per entry.
 */
export function usedAgainTest(entries: Iterable<AcronymEntry>): (entry: AcronymEntry) => boolean {
  let lastUse: Map<string, number> | undefined;
  const index = () => {
    const last = new Map<string, number>();
    for (const other of entries) {
      if (other.allowed || other.definitions.length || other.glossarySection || !other.uses.length) continue;
      const at = other.uses[other.uses.length - 1].start;
      for (const target of variantTargets(other.key)) if (at > (last.get(target) ?? -1)) last.set(target, at);
    }
    return last;
  };
  return (entry) => {
    if (entry.uses.length !== 1) return entry.uses.length > 1;
    // The entry's own single use is before its end, so it never counts for itself.
    return ((lastUse ??= index()).get(entry.key.toLowerCase()) ?? -1) >= entry.uses[0].end;
  };
}

/** Sections headed Glossary, Abbreviations, Acronyms (or Welsh Geirfa, Byrfoddau), with subsections. */
function findGlossarySections(model: ReportModel): Set<number> {
  const found = new Set<number>();
  for (const section of model.sections) {
    const own = section.heading !== undefined && isGlossaryHeading(section.heading.text);
    if (own || (section.parent >= 0 && found.has(section.parent))) found.add(section.index);
  }
  return found;
}

/** Headings seen, and whether each names a glossary (normalising every heading again on each keystroke was a fifth of this pass). */
const glossaryHeadings = new Map<string, boolean>();
const GLOSSARY_HEADINGS_REMEMBERED = 10_000;

function isGlossaryHeading(text: string): boolean {
  let answer = glossaryHeadings.get(text);
  if (answer === undefined) {
    if (glossaryHeadings.size >= GLOSSARY_HEADINGS_REMEMBERED) glossaryHeadings.clear();
    answer = GLOSSARY_HEADINGS.test(normaliseHeading(text));
    glossaryHeadings.set(text, answer);
  }
  return answer;
}

/**
 * Long forms compared as a reader would: the same words whatever their case, number ("agency",
 * "agencies"; "child", "children"), possessive ("Children's", "Childrens'"), hyphens, commas,
 * "&" or "and", or a leading "the". "Independent Fostering Agencies" and "independent fostering
 * agency" are one long form.
 */
export function sameLongForm(a: string, b: string): boolean {
  return a === b || longFormWords(a).join(' ') === longFormWords(b).join(' ');
}

/**
 * The same name, described a little differently: a word that gives the acronym no letter, added
 * anywhere ("Bury Local Safeguarding Children Board (BSCB)" beside "Bury Safeguarding Children
 * Board"; "children abused through exploitation team (CATE)"; "Getting it Right framework
 * (GIR)"). A word that does give a letter is part of the name: "targeted adolescent mental
 * health service (TAMHS)" and "targeted mental health services" differ. Words added before or
 * after the other long form are forgiven too (a "team" after the name gives CATE its T).
 */
/** The words of a long form that give the acronym's letters, in order (the first word for each letter), or undefined if some letter has none. */
function letterWords(longForm: string, letters: string): string | undefined {
  const out: string[] = [];
  for (const w of longFormWords(longForm)) {
    if (out.length === letters.length) break;
    if (w[0] === letters[out.length]) out.push(w);
  }
  return out.length === letters.length ? out.join(' ') : undefined;
}

export function sameLongFormOrExtended(a: string, b: string, acronym?: string): boolean {
  if (sameLongForm(a, b)) return true;
  if (acronym) {
    const letters = new Set(acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
    const named = (s: string) => longFormWords(s).filter((w) => letters.has(w[0])).join(' ');
    if (named(a) === named(b)) return true;
    // The words that give the acronym its letters, in order, are the same; the forms differ only in
    // words between or after them: "multi-agency sexual exploitation" and "multi-agency child
    // sexual exploitation meeting" (MASE).
    const lettersInOrder = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const x = letterWords(a, lettersInOrder);
    if (x !== undefined && x === letterWords(b, lettersInOrder)) return true;
  }
  const x = longFormWords(a);
  const y = longFormWords(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short.length) return !long.length;
  for (let at = 0; at + short.length <= long.length; at++) {
    if (at > 0 && at + short.length < long.length) continue;
    if (short.every((w, k) => w === long[at + k])) return true;
  }
  return false;
}

/**
 * The definition is its block's whole text, but for "The" and quotation marks: a heading, or a
 * title line written as a paragraph ("The Local Safeguarding Children Board (LSCB)"), not a sentence.
 */
export function isTitleLine(model: ReportModel, definition: Span): boolean {
  const block = blockAt(model, definition.start);
  if (!block) return false;
  const rest = (block.text.slice(0, definition.start - block.start) + block.text.slice(definition.end - block.start)).trim();
  return /^(?:the)?[\s'‘’"“”]*$/i.test(rest);
}
