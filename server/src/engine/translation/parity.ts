// Compares a report with its other-language version, section by section: sections present in one
// and missing in the other, figures (numbers, percentages, years) that differ, footnotes that
// differ, and acronyms whose other-language counterpart (CIW ↔ AGC, through the glossary) is
// defined in one version and not the other. What it returns is about the first model: each
// difference is a place in it, with the place in the other version where there is one.
import type { ReportModel, Section, Span } from '../model';
import type { CompiledTemplate } from '../templates/match';
import type { Glossary } from '../glossary/glossary';
import type { AcronymAnalysis } from '../acronyms/analysis';
import { radicalForms, numberWord } from './welsh';

export interface Difference extends Span {
  kind: 'section' | 'figure' | 'footnote' | 'acronym';
  message: string;
  /** The corresponding place in the other version (its section heading, say), if any. */
  other?: Span;
}

export interface Version {
  model: ReportModel;
  acronyms: AcronymAnalysis;
  /** "the Welsh version", "the English version". */
  name: string;
}

/**
 * Sections compared: every section with a heading below the title (level 2 and deeper). The
 * title's own text, and any text before the first heading, are compared as `front`.
 */
function comparable(model: ReportModel): { front: Section[]; sections: Section[] } {
  const titled = model.sections.filter((s) => s.heading && s.level === 1).length === 1;
  const isFront = (s: Section) => !s.heading || (titled && s.level === 1);
  return { front: model.sections.filter(isFront), sections: model.sections.filter((s) => !isFront(s)) };
}

/**
 * The template section a heading names, trying Welsh radical forms of its words when the heading
 * as written does not match ("Llesiant" = "llesiant"; "Gofal a Chymorth" = "Gofal a Cymorth").
 */
export function templateIndex(template: CompiledTemplate | undefined, heading: string): number {
  if (!template) return -1;
  const direct = template.match(heading);
  if (direct >= 0) return direct;
  const words = heading.split(/\s+/);
  for (let i = 0; i < words.length && i < 12; i++) {
    for (const form of radicalForms(words[i]).slice(1)) {
      const tried = template.match([...words.slice(0, i), form, ...words.slice(i + 1)].join(' '));
      if (tried >= 0) return tried;
    }
  }
  return -1;
}

interface Figure extends Span {
  value: string;
}

const FIGURE = /\d+(?:[.,]\d+)*%?/g;

/** Figures in a span of the model's prose: "1,084" and "1084" alike; footnote labels left out. */
function figuresIn(model: ReportModel, from: number, to: number, section?: number): Figure[] {
  const out: Figure[] = [];
  for (const block of model.blocks) {
    if (block.end <= from || block.start >= to || block.footnote !== undefined) continue;
    if (section !== undefined && block.section !== section) continue;
    for (const m of block.text.matchAll(FIGURE)) {
      const start = block.start + m.index!;
      if (block.footnoteRefs.some((r) => start >= r.start && start < r.end)) continue;
      // A digit inside a word ("S47", "2nd") is a name or an ordinal, not a figure to compare.
      const before = block.text[m.index! - 1] ?? ' ';
      if (/[\p{L}]/u.test(before)) continue;
      out.push({ start, end: start + m[0].length, value: m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '') });
    }
  }
  return out;
}

/** Number words (English or Welsh, up to twenty) in a span of prose. */
function numberWordsIn(model: ReportModel, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const block of model.blocks) {
    if (block.end <= from || block.start >= to) continue;
    for (const m of block.text.matchAll(/\p{L}+/gu)) {
      for (const form of radicalForms(m[0])) {
        const n = numberWord(form);
        if (n !== undefined) out.add(String(n));
      }
    }
  }
  return out;
}

/** Longest common subsequence of two value lists: which items of `a` have a partner in `b`, in order. */
function matchedInOrder(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const matched = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      matched[i++] = true;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return matched;
}

/** What a section looks like from outside: how many blocks, how many characters of prose. */
interface Shape {
  blocks: number;
  chars: number;
}

function shapeOf(model: ReportModel, s: Section): Shape {
  let blocks = 0;
  let chars = 0;
  for (const block of model.blocks) {
    if (block.section !== s.index || block.kind === 'heading' || block.footnote !== undefined) continue;
    blocks++;
    chars += block.end - block.start;
  }
  return { blocks, chars };
}

/**
 * How alike two sections are, 0 to 1, whatever their language: the number of blocks, the
 * length of their prose (Welsh runs about a tenth longer than English; both are compared on
 * the ratio), and the figures they share.
 */
function similarity(a: Shape, b: Shape, figA: readonly string[], figB: readonly string[]): number {
  const blocks = a.blocks + b.blocks ? 1 - Math.abs(a.blocks - b.blocks) / Math.max(a.blocks, b.blocks) : 1;
  const length = a.chars + b.chars ? Math.min(a.chars, b.chars) / Math.max(a.chars, b.chars) : 1;
  const union = new Set([...figA, ...figB]).size;
  const shared = union ? figA.filter((f) => figB.includes(f)).length / union : 0;
  return 0.35 * blocks + 0.35 * length + 0.3 * shared;
}

/**
 * Pairs each section of `a` with one of `b` (or none), keeping order: sections the template
 * names pair by that name; others pair with a section of the same level, the more alike (see
 * similarity) the better. Dynamic programming over the two lists (sections are few).
 */
function alignSections(a: Section[], b: Section[], keyA: number[], keyB: number[], figA: string[][], figB: string[][], shapeA: Shape[], shapeB: Shape[]): (number | undefined)[] {
  const n = a.length;
  const m = b.length;
  const score = (i: number, j: number): number => {
    if (keyA[i] <= -2 || keyB[j] <= -2 || (keyA[i] >= 0 && keyB[j] >= 0)) return keyA[i] === keyB[j] ? 4 : -1;
    if (a[i].level !== b[j].level) return -1;
    return 0.5 + similarity(shapeA[i], shapeB[j], figA[i], figB[j]);
  };
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s > 0 ? s + best[i + 1][j + 1] : -Infinity);
    }
  }
  const pairs: (number | undefined)[] = new Array(n).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(i, j);
    if (s > 0 && best[i][j] === s + best[i + 1][j + 1]) pairs[i++] = j++;
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

interface Alignment {
  /** Each version's sections compared, the front parts (title, opening text) first. */
  a: Section[];
  b: Section[];
  frontA: number;
  figA: Figure[][];
  figB: Figure[][];
  /** For each section of `a`, the index in `b` of its counterpart, if any. */
  pairs: (number | undefined)[];
}

function alignVersions(own: ReportModel, other: ReportModel, template: CompiledTemplate | undefined): Alignment {
  const ownParts = comparable(own);
  const otherParts = comparable(other);
  // The front matter of each (title and text before the first section) pair with each other.
  const a = [...ownParts.front, ...ownParts.sections];
  const b = [...otherParts.front, ...otherParts.sections];
  const frontA = ownParts.front.length;
  const frontB = otherParts.front.length;
  // The front parts get keys of their own below any template index, so they pair only with each other.
  const key = (s: Section, i: number, front: number) => (i < front ? -2 - (s.heading ? 1 : 0) : templateIndex(template, s.heading!.text));
  const keyA = a.map((s, i) => key(s, i, frontA));
  const keyB = b.map((s, i) => key(s, i, frontB));
  const figs = (model: ReportModel, s: Section) => figuresIn(model, s.start, s.ownEnd, s.index);
  const figA = a.map((s) => figs(own, s));
  const figB = b.map((s) => figs(other, s));
  const pairs = alignSections(a, b, keyA, keyB, figA.map((f) => f.map((x) => x.value)), figB.map((f) => f.map((x) => x.value)), a.map((s) => shapeOf(own, s)), b.map((s) => shapeOf(other, s)));
  return { a, b, frontA, figA, figB, pairs };
}

/**
 * The heading (or start) of the other version's section that corresponds to the section an
 * offset of `own` is in: for "open the other version beside, at the same place".
 */
export function counterpartSection(own: ReportModel, other: ReportModel, template: CompiledTemplate | undefined, offset: number): Span | undefined {
  const { a, b, pairs } = alignVersions(own, other, template);
  let best = -1;
  for (const [i, s] of a.entries()) if (s.start <= offset && offset <= s.ownEnd && (best < 0 || s.start >= a[best].start)) best = i;
  // In a section with no counterpart, the nearest section before it that has one.
  for (let i = best; i >= 0; i--) {
    const j = pairs[i];
    if (j !== undefined) return { start: b[j].heading?.start ?? b[j].start, end: b[j].heading?.end ?? b[j].start };
  }
  return undefined;
}

export function compareVersions(own: Version, other: Version, template: CompiledTemplate | undefined, glossary: Glossary): Difference[] {
  const out: Difference[] = [];
  const { a, b, frontA, figA, figB, pairs } = alignVersions(own.model, other.model, template);

  for (const [i, section] of a.entries()) {
    const heading = section.heading ?? { text: 'the opening text', textStart: section.start, textEnd: section.start };
    const j = pairs[i];
    if (j === undefined) {
      if (i < frontA) continue;
      out.push({ kind: 'section', start: heading.textStart, end: heading.textEnd, message: `Section "${heading.text}" has no counterpart in ${other.name}.` });
      continue;
    }
    const otherSection = b[j];
    const otherHeading = otherSection.heading ?? { text: 'the opening text', textStart: otherSection.start, textEnd: otherSection.start };
    const matched = matchedInOrder(figA[i].map((f) => f.value), figB[j].map((f) => f.value));
    const words = figA[i].some((_, k) => !matched[k]) ? numberWordsIn(other.model, otherSection.start, otherSection.ownEnd) : undefined;
    for (const [k, figure] of figA[i].entries()) {
      if (matched[k] || words?.has(figure.value)) continue;
      out.push({
        kind: 'figure',
        start: figure.start,
        end: figure.end,
        message: `"${figure.value}" in "${heading.text}" is not in the same place in ${other.name} ("${otherHeading.text}"): a figure changed or left out in one version.`,
        other: { start: otherHeading.textStart, end: otherHeading.textEnd },
      });
    }
    // Footnotes cited in the section.
    const labels = (model: ReportModel, s: Section) => model.footnoteRefs.filter((r) => r.start >= s.start && r.start < s.ownEnd);
    const otherLabels = new Set(labels(other.model, otherSection).map((r) => r.label));
    for (const ref of labels(own.model, section)) {
      if (otherLabels.has(ref.label)) continue;
      out.push({ kind: 'footnote', start: ref.start, end: ref.end, message: `Footnote [^${ref.label}] is cited in "${heading.text}" but not in ${other.name}'s "${otherHeading.text}".`, other: { start: otherHeading.textStart, end: otherHeading.textEnd } });
    }
  }

  // Footnote definitions, by label, with their figures.
  const otherDefs = new Map(other.model.footnoteDefinitions.map((d) => [d.label, d]));
  for (const def of own.model.footnoteDefinitions) {
    const match = otherDefs.get(def.label);
    if (!match) {
      out.push({ kind: 'footnote', start: def.labelStart, end: def.labelEnd, message: `Footnote [^${def.label}] has no counterpart in ${other.name}.` });
      continue;
    }
    const mine = figuresInText(def.text);
    const theirs = figuresInText(match.text);
    const matched = matchedInOrder(mine, theirs);
    const missing = mine.filter((_, k) => !matched[k]);
    if (missing.length) out.push({ kind: 'footnote', start: def.labelStart, end: def.labelEnd, message: `Footnote [^${def.label}] gives ${missing.map((f) => `"${f}"`).join(', ')}, which ${other.name}'s footnote does not.`, other: { start: match.labelStart, end: match.labelEnd } });
  }

  // Acronyms used here with no definition whose counterpart the other version defines.
  for (const entry of own.acronyms.entries.values()) {
    if (entry.definitions.length || entry.glossarySection || entry.allowed || !entry.uses.length) continue;
    const counterpart = glossary.counterpart(entry.key);
    if (!counterpart) continue;
    const there = other.acronyms.entries.get(counterpart.acronym);
    const definition = there?.definitions[0] ?? there?.glossarySection;
    if (!definition) continue;
    out.push({
      kind: 'acronym',
      start: entry.uses[0].start,
      end: entry.uses[0].end,
      message: `${entry.key} is not defined in this version, but ${other.name} defines its counterpart ${counterpart.acronym} ("${definition.longForm}"): define ${entry.key} here too${glossaryLongForm(glossary, entry.key)}.`,
      other: { start: definition.start, end: definition.end },
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

function glossaryLongForm(glossary: Glossary, key: string): string {
  const e = glossary.get(key);
  return e ? ` ("${e.expansion} (${key})")` : '';
}

function figuresInText(text: string): string[] {
  return [...text.matchAll(FIGURE)].filter((m) => !/[\p{L}]/u.test(text[m.index! - 1] ?? ' ')).map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, ''));
}
