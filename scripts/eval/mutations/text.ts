// What the mutation kinds share: a plain reading of a report's Markdown into blocks and sections
// (headings, paragraphs, list items, tables: the shapes the converted reports use), sentences,
// and a builder for the mutated text. Deliberately independent of the engine's parser, so that
// where to plant a defect is not decided by the code under test.
import type { Piece, Span } from './types';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table';

export interface Block extends Span {
  kind: BlockKind;
  /** Where the words start: after "## ", "3. " or "- " (the block's start otherwise). */
  textStart: number;
  /** Heading level (1-6); 0 for other blocks. */
  level: number;
}

export interface Section extends Span {
  /** Index of the heading block. */
  heading: number;
  level: number;
  /** Indices of the blocks between the heading and the next heading. */
  body: number[];
  /** Whether a deeper heading follows before the section ends. */
  hasSubsections: boolean;
}

export interface ReportText {
  text: string;
  /** Where the body starts (after the front matter). */
  bodyStart: number;
  blocks: Block[];
  sections: Section[];
}

const ITEM = /^(?:\d{1,3}[.)]|[-*+])[ \t]+/;
const HEADING = /^(#{1,6})[ \t]+/;

/** Reads a report's blocks and sections. */
export function readReport(text: string): ReportText {
  let bodyStart = 0;
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---', 4);
    if (end >= 0) bodyStart = text.indexOf('\n', end + 4) + 1 || text.length;
  }
  const blocks: Block[] = [];
  let current: Block | undefined;
  let pos = bodyStart;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (!line.trim()) current = undefined;
    else if (heading) {
      blocks.push({ kind: 'heading', start: pos, end: eol, textStart: pos + heading[0].length, level: heading[1].length });
      current = undefined;
    } else if (line.startsWith('|')) {
      if (current?.kind === 'table') current.end = eol;
      else blocks.push((current = { kind: 'table', start: pos, end: eol, textStart: pos, level: 0 }));
    } else if (item) blocks.push((current = { kind: 'item', start: pos, end: eol, textStart: pos + item[0].length, level: 0 }));
    else if (current && current.kind !== 'table') current.end = eol;
    else blocks.push((current = { kind: 'paragraph', start: pos, end: eol, textStart: pos, level: 0 }));
    pos = eol + 1;
  }
  const sections: Section[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    let next = index + 1;
    while (next < blocks.length && !(blocks[next].kind === 'heading' && blocks[next].level <= block.level)) next++;
    const body: number[] = [];
    for (let i = index + 1; i < next && blocks[i].kind !== 'heading'; i++) body.push(i);
    const hasSubsections = blocks.slice(index + 1, next).some((b) => b.kind === 'heading');
    sections.push({ heading: index, level: block.level, start: block.start, end: next < blocks.length ? blocks[next].start : text.length, body, hasSubsections });
  });
  return { text, bodyStart, blocks, sections };
}

/** A heading's words. */
export function headingText(report: ReportText, section: Section): string {
  const h = report.blocks[section.heading];
  return report.text.slice(h.textStart, h.end).trim();
}

const NOT_AN_END = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|para|paras|cf|vs)\.$/i;

/** The sentences of text[start, end): spans that end at . ! or ? (and a closing quote) before a capital, a quote or a bracket. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const boundary = /[.!?]['’”)]?(?=\s+['‘“"(]?[A-Z0-9])/g;
  boundary.lastIndex = start;
  let from = start;
  while (from < end && /\s/.test(text[from])) from++;
  for (let m = boundary.exec(text); m && m.index < end; m = boundary.exec(text)) {
    const stop = m.index + m[0].length;
    if (NOT_AN_END.test(text.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    out.push({ start: from, end: stop });
    from = stop;
    while (from < end && /\s/.test(text[from])) from++;
  }
  if (from < end && text.slice(from, end).trim()) out.push({ start: from, end: end - (text.slice(from, end).length - text.slice(from, end).trimEnd().length) });
  return out;
}

/**
 * Builds the mutated text from pieces of the original and new text, and tells where each piece
 * landed, so a kind can say where the rule should report.
 */
export class TextBuilder {
  readonly pieces: Piece[] = [];
  private length = 0;
  constructor(private readonly original: string) {}

  /** Copies original[from, to); returns where it landed. */
  copy(from: number, to: number): Span {
    const at = this.length;
    if (to > from) {
      this.pieces.push({ from, to });
      this.length += to - from;
    }
    return { start: at, end: this.length };
  }

  /** Adds new text; returns where it landed. */
  insert(text: string): Span {
    const at = this.length;
    if (text) {
      this.pieces.push({ text });
      this.length += text.length;
    }
    return { start: at, end: this.length };
  }

  get position(): number {
    return this.length;
  }

  get source(): string {
    return this.original;
  }
}

export interface Replacement extends Span {
  newText: string;
}

/** The original with non-overlapping replacements made; returns the pieces and where each new text landed. */
export function replace(original: string, replacements: Replacement[]): { pieces: Piece[]; spans: Span[] } {
  const order = replacements.map((r, i) => ({ r, i })).sort((a, b) => a.r.start - b.r.start);
  const builder = new TextBuilder(original);
  const spans: Span[] = new Array(replacements.length);
  let at = 0;
  for (const { r, i } of order) {
    if (r.start < at) throw new Error('overlapping replacements');
    builder.copy(at, r.start);
    spans[i] = builder.insert(r.newText);
    at = r.end;
  }
  builder.copy(at, original.length);
  return { pieces: builder.pieces, spans };
}

/** The text the pieces make. */
export function assemble(original: string, pieces: Piece[]): string {
  return pieces.map((p) => ('text' in p ? p.text : original.slice(p.from, p.to))).join('');
}

/** One of the items, chosen by `random`. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** An integer in [min, max]. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Fills {slots} in a template from `values`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`no value for {${k}} in "${template}"`);
    return values[k];
  });
}

/** The text with its first letter in capitals. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Blocks of running prose (paragraphs and list items) in the body. */
export function proseBlocks(report: ReportText): number[] {
  return report.blocks.flatMap((b, i) => (b.kind === 'paragraph' || b.kind === 'item' ? [i] : []));
}

/** Whether `s` starts at a sentence start within its block. */
export function atSentenceStart(text: string, blockTextStart: number, s: number): boolean {
  const before = text.slice(blockTextStart, s).trimEnd();
  return before === '' || /[.!?]['’”)]?$/.test(before);
}

/** Where original position `pos` is in the text the pieces make (the first copy of it), if it was kept. */
export function mapPosition(pieces: Piece[], pos: number, asEnd = false): number | undefined {
  let at = 0;
  for (const p of pieces) {
    if ('text' in p) at += p.text.length;
    else {
      if (asEnd ? pos > p.from && pos <= p.to : pos >= p.from && pos < p.to) return at + pos - p.from;
      at += p.to - p.from;
    }
  }
  return undefined;
}

/** Where an original span is in the text the pieces make, if it was kept whole. */
export function mapSpan(pieces: Piece[], span: Span): Span | undefined {
  const start = mapPosition(pieces, span.start);
  if (start === undefined) return undefined;
  if (span.end === span.start) return { start, end: start };
  const end = mapPosition(pieces, span.end, true);
  return end === undefined || end < start ? undefined : { start, end };
}
