// Parses a draft once into a ReportModel: front matter, section tree, prose blocks with
// sentences, footnotes and HTML comments, every node with source offsets.
//
// Prose is kept "masked": a copy of the block's source in which every non-prose character
// (markup, code, link targets, footnote references, HTML, line prefixes) is a space. Offsets
// in masked text are therefore source offsets, and detectors need no mapping of their own.
//
// Inline parsing and sentence segmentation are the costly parts, so their results are cached
// per block, keyed by the block's source text: after an edit only changed blocks are redone.
import type { Token } from 'markdown-it';
import { createParser, MASKED_RULES, FOOTNOTE_REF_FIRST, type InlineEnv, type InlineSpan } from './markdown';
import { LineMap } from './lines';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { topLevelGroups, type Group } from './groups';
import { isJsWhitespace } from './whitespace';
import { sentenceBreaks } from './sentence-breaks';
import { languageOf, type Language } from './translation/pairing';
import { checkpoint } from './cancellation';

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'cell';

export interface FootnoteRef extends Span {
  label: string;
}

/** A link's `[` and its text (`start`–`end`, before the `]`), and where the whole link ends (after its `)`). */
export interface LinkText extends Span {
  linkEnd: number;
}

export interface ProseBlock extends Span {
  kind: BlockKind;
  /** Masked prose: same length as the source slice [start, end). */
  text: string;
  /** Index of the innermost section containing the block. */
  section: number;
  /** Label of the footnote definition the block belongs to, if any. */
  footnote?: string;
  sentences: Span[];
  footnoteRefs: FootnoteRef[];
  /** Links: each from its `[` to the end of its text (before the `]`), and where the whole link ends. */
  linkTexts: LinkText[];
  /** Per-block derived data (e.g. acronym or claim detection), cached with the block. */
  derive<T>(key: string, compute: (text: string) => T): T;
  /**
   * Results of engine/scan.ts's scanBlocks for this block's text, by the slot scan.ts gives each
   * key: one array per block (a Map entry per key and block cost more than the scan itself on a
   * first check, and a plain object keyed by name, of a different shape block by block, spent a
   * millisecond per 100,000 words on its property look-ups).
   */
  scanResults(): unknown[];
}

export interface Heading extends Span {
  level: number;
  /** Heading text with markup removed and whitespace collapsed. */
  text: string;
  textStart: number;
  textEnd: number;
}

export interface Section extends Span {
  index: number;
  /** 0 for the preamble before the first heading. */
  level: number;
  heading?: Heading;
  parent: number;
  children: number[];
  /** Where the section's own content ends: the next heading of any level. */
  ownEnd: number;
  /** Content blocks (paragraphs, lists, tables, code) directly in the section, before any subsection. */
  ownContent: Span[];
}

export interface FootnoteDefinition extends Span {
  label: string;
  labelStart: number;
  labelEnd: number;
  /** Masked prose of the definition's content, trimmed. */
  text: string;
}

export interface HtmlComment extends Span {
  /** The comment's inner text, between `<!--` and `-->`. */
  body: string;
}

export interface ReportModel {
  text: string;
  lines: LineMap;
  /** The line break that edits should use: the document's first one (\n, \r\n or a lone \r), else \n. */
  eol: '\n' | '\r\n' | '\r';
  frontMatter?: FrontMatter;
  /**
   * The report's language, which its sentences are segmented in: `lang:` or `language:` in the
   * front matter, `translationOf:`, or a `.cy.md` name (translation/pairing.ts); else English.
   */
  language: Language;
  sections: Section[];
  blocks: ProseBlock[];
  footnoteDefinitions: FootnoteDefinition[];
  footnoteRefs: FootnoteRef[];
  comments: HtmlComment[];
  codeBlocks: Span[];
  /**
   * Line ranges [first, end) of the top-level blocks (paragraphs, headings, lists, tables, code...),
   * in document order, flat: first0, end0, first1, end1... (a pair of numbers per block, not an
   * array per block: a million-line file has hundreds of thousands). See blockLinesAt.
   */
  blockLines: number[];
}

export interface BlockEntry {
  /** The block's inline content, when it differs from its source slice (the cache key). */
  content?: string;
  /** See ModelBuilder's `signature`. */
  signature: string;
  text: string;
  sentences: Span[];
  refs: FootnoteRef[];
  /** linkTexts, relative to the block. */
  links: LinkText[];
  comments: HtmlComment[];
  derived: Map<string, unknown>;
  /** See ProseBlock.scanResults. */
  scans: unknown[];
  /** Generation in which the entry was last used, for eviction. */
  used: number;
}

export interface LastParse {
  text: string;
  model: ReportModel;
  groups: Group[];
  references: InlineEnv['references'];
  /** The text is what markdown-it saw (no NUL, BOM or front matter to normalise away). */
  exact: boolean;
  /** The path the text was parsed for (its name may say its language). */
  path?: string;
}

export const parser = createParser();

/** The inline rules of `parser` and, for those that record spans, the characters they start at. */
const INLINE_RULE_STARTS: Record<string, string> = {
  text: '', newline: '', linkify: '', escape: '\\', backticks: '`', strikethrough: '~', emphasis: '*_',
  link: '[', image: '!', footnote_ref: '[', [FOOTNOTE_REF_FIRST]: '[', autolink: '<', html_inline: '<', entity: '&',
};
/**
 * Content with none of the characters an inline construct starts at has no inline markup: most
 * one-line blocks of plain prose are parsed without markdown-it's inline pass. (Only while the
 * parser has no other inline rule, and linkify, which starts anywhere, is off.)
 */
const PLAIN_PROSE = ((): RegExp => {
  const rules = (parser.inline.ruler as unknown as { __rules__: { name: string; enabled: boolean }[] }).__rules__.filter((r) => r.enabled);
  const known = !parser.options.linkify && rules.every((r) => r.name in INLINE_RULE_STARTS);
  const starts = [...new Set(rules.map((r) => INLINE_RULE_STARTS[r.name]).join(''))].map((c) => `\\${c}`).join('');
  return known ? new RegExp(`^[^${starts}]*$`) : /(?!)/;
})();
/** Sentence segmenters, one per locale, made once each: making one is slow. */
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/** The sentence segmenter of a locale ("en", "cy"), made on first use and kept. */
export function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = sentenceSegmenters.get(locale);
  if (!segmenter) sentenceSegmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return segmenter;
}
const ENGLISH_SENTENCES = sentenceSegmenter('en');
/**
 * Segmenters whose locale ICU segments by Unicode's default sentence rules, which
 * `sentenceBreaks` reproduces (test/engine/sentence-breaks.test.ts compares them): English and
 * Welsh. A locale with its own tailoring (Greek's ";") always goes to Intl.Segmenter.
 */
const DEFAULT_RULES = new WeakSet<Intl.Segmenter>([ENGLISH_SENTENCES, sentenceSegmenter('cy')]);

/** Cache of per-block work; keep one per document (or share one in the CLI). */
export class BlockCache {
  private entries = new Map<string, BlockEntry>();
  private generation = 0;
  /** The latest parse, from which an edit inside one line of prose is applied without a full parse. */
  last?: LastParse;

  /**
   * `keepsLastParse` false: `last` is never set, for a text checked once (the CLI without --fix),
   * which spares recording its top-level blocks for the keystroke fast path.
   */
  constructor(readonly keepsLastParse = true) {}

  get(key: string): BlockEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.used = this.generation;
    return entry;
  }

  set(key: string, entry: BlockEntry): void {
    entry.used = this.generation;
    this.entries.set(key, entry);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops entries not used by the latest parse. */
  sweep(): void {
    for (const [key, entry] of this.entries) if (entry.used !== this.generation) this.entries.delete(key);
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The report model of a text, parsed whole (parse.ts's parseReport tries the one-line edit fast
 * path first). With a cache, blocks whose text is unchanged are reused, and the parse is kept
 * for the next edit.
 */
export function parseWhole(text: string, cache?: BlockCache, path?: string, stream: Streaming | undefined = STREAMING): ReportModel {
  const lines = new LineMap(text);
  const frontMatter = parseFrontMatter(text, lines);
  const language = languageOf(path ?? '', frontMatter?.data);
  // Front matter lines are emptied (line count kept) so markdown-it sees plain Markdown.
  // What markdown-it sees, the same length as the text: NUL as U+FFFD (as markdown-it itself
  // does), a leading BOM as a space (so "# Title" after it is still a heading), and front
  // matter blanked to spaces (emptying its lines would join a lone CR and the next LF).
  const normalised = (text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text).replace(/^\uFEFF/, ' ');
  // NUL is replaced above, so normalize has only CR to look for.
  const env: InlineEnv = { withoutCrOrNul: !normalised.includes('\r'), bom: text.charCodeAt(0) === 0xfeff };
  let source = normalised;
  if (frontMatter && env.withoutCrOrNul) {
    // markdown-it starts at the line after the front matter: the same as blanking it, without
    // a new copy of the whole text (flattening one costs about 5 ms at 100,000 words).
    env.firstLine = lines.lineAt(frontMatter.end) + 1;
  } else if (frontMatter) {
    // With CR line ends, markdown-it's lines are counted after its normalize pass: blank instead.
    source = normalised.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + normalised.slice(frontMatter.end);
  }
  // A long document is walked as it is parsed, a batch of top-level blocks at a time, so that
  // its tokens are never all alive at once; unless a link reference definition turns up after a
  // batch was walked without it: then it is parsed again, whole.
  const streamed = stream !== undefined && text.length >= stream.fromChars;
  let builder: ModelBuilder | undefined;
  const blockLines: number[] = [];
  const groups: Group[] | undefined = cache?.keepsLastParse ? [] : undefined;
  const take = (tokens: Token[]) => {
    builder ??= new ModelBuilder(normalised, lines, cache, env.references, language);
    builder.walk(tokens);
    topLevelLines(tokens, blockLines);
    if (groups) topLevelGroups(tokens, groups);
  };
  if (streamed) {
    env.onBlocks = take;
    env.streamBatch = stream.batch;
  }
  const rest = parser.parse(source, env);
  if (streamed && builder && env.referenceDefined) return parseWhole(text, cache, path, undefined);
  take(rest);
  cache?.sweep();
  const firstBreak = text.search(/\r\n?|\n/);
  const eol = firstBreak < 0 || text.charCodeAt(firstBreak) === 10 ? '\n' : text.charCodeAt(firstBreak + 1) === 10 ? '\r\n' : '\r';
  const model: ReportModel = { text, lines, eol, frontMatter, language, ...builder!.result(), blockLines };
  if (cache && groups) cache.last = { text, model, groups, references: env.references, exact: normalised === text, path };
  return model;
}

/** When parseWhole walks the tokens as they come: from how many characters, in batches of about how many tokens. */
export interface Streaming {
  fromChars: number;
  batch: number;
}

/** From 1,000,000 characters (about 150,000 words), in batches of 4,096 tokens (about 700 blocks). */
export const STREAMING: Streaming = { fromChars: 1_000_000, batch: 4096 };

/** Appends the line ranges of the top-level blocks (paragraphs, headings, lists, tables, code...) among `tokens`, flat. */
function topLevelLines(tokens: Token[], ranges: number[]): void {
  for (const token of tokens) if (token.level === 0 && token.nesting >= 0 && token.map) ranges.push(token.map[0], token.map[1]);
}

/** The line range [first, end) of the first top-level block whose lines include `line`, if any. */
export function blockLinesAt(model: Pick<ReportModel, 'blockLines'>, line: number): [number, number] | undefined {
  const ranges = model.blockLines;
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i] <= line && line < ranges[i + 1]) return [ranges[i], ranges[i + 1]];
  return undefined;
}

export class ModelBuilder {
  private sections: Section[] = [];
  private blocks: ProseBlock[] = [];
  private footnoteDefinitions: FootnoteDefinition[] = [];
  private comments: HtmlComment[] = [];
  private codeBlocks: Span[] = [];
  private openFootnote?: FootnoteDefinition;
  /** Index in `blocks` of the open footnote's first block. */
  private footnoteFirstBlock = 0;
  private rowLine = 0;
  private cellCursor = 0;
  /**
   * What besides its text decides a block's entry, checked on each cache hit: the link reference
   * definitions (they change how inline text parses) and, for a language other than English,
   * the language (it decides the sentences).
   */
  private signature: string;
  private segmenter: Intl.Segmenter;
  /** Strings the model keeps: detached from the text when a cache keeps them past this version. */
  private keep: (text: string) => string;

  constructor(
    private text: string,
    private lines: LineMap,
    private cache: BlockCache | undefined,
    private references: InlineEnv['references'],
    /** The document's language, for its sentences. */
    language: Language,
    /** The section the walk starts in (a partial walk of one top-level block starts mid-document). */
    startSection = 0,
  ) {
    const refs = references ? Object.keys(references).join('\u0001') : '';
    this.signature = language === 'en' ? refs : `${language}\u0002${refs}`;
    this.segmenter = language === 'en' ? ENGLISH_SENTENCES : sentenceSegmenter(language);
    this.keep = cache ? detached : (kept) => kept;
    this.sections.push({ index: startSection, level: 0, start: 0, end: text.length, ownEnd: text.length, parent: -1, children: [], ownContent: [] });
  }

  /** Prose blocks and comments found by the walk so far (for a partial walk). */
  get walked(): { blocks: ProseBlock[]; comments: HtmlComment[] } {
    return { blocks: this.blocks, comments: this.comments };
  }

  result() {
    const footnoteRefs = this.blocks.flatMap((b) => b.footnoteRefs);
    this.closeSections();
    return {
      sections: this.sections,
      blocks: this.blocks,
      footnoteDefinitions: this.footnoteDefinitions,
      footnoteRefs,
      comments: this.comments,
      codeBlocks: this.codeBlocks,
    };
  }

  walk(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      switch (token.type) {
        case 'heading_open':
          this.heading(token, tokens[i + 1]);
          i++;
          break;
        case 'paragraph_open':
          this.content(token);
          break;
        case 'inline':
          this.prose(token, token.map ? 'paragraph' : 'cell');
          break;
        case 'tr_open':
          this.rowLine = token.map![0];
          this.cellCursor = this.lines.lineStart(this.rowLine);
          break;
        case 'table_open':
        case 'fence':
        case 'code_block':
          this.content(token);
          if (token.type !== 'table_open') this.codeBlocks.push(this.lineSpan(token.map!));
          break;
        case 'html_block':
          this.htmlBlock(token);
          break;
        case 'footnote_reference_open':
          this.footnoteOpen(token);
          break;
        case 'footnote_reference_close':
          this.footnoteClose();
          break;
      }
    }
  }

  private lineSpan(map: [number, number]): Span {
    return { start: this.lines.lineStart(map[0]), end: this.lines.lineEnd(map[1] - 1) };
  }

  private get currentSection(): Section {
    return this.sections[this.sections.length - 1];
  }

  private content(token: Token): void {
    if (!token.map || this.openFootnote) return;
    const section = this.currentSection;
    const span = this.lineSpan(token.map);
    const last = section.ownContent[section.ownContent.length - 1];
    // Nested blocks (a paragraph inside a list item) are inside the span already recorded.
    // A first span as a one-element array: push would give the empty array room for 16.
    if (!last) section.ownContent = [span];
    else if (span.start >= last.end) section.ownContent.push(span);
  }

  private heading(open: Token, inline: Token): void {
    const level = Number(open.tag.slice(1));
    const span = this.lineSpan(open.map!);
    const block = this.prose(inline, 'heading');
    const trimmed = trimSpan(block.text, block.start);
    // A literal, not a spread of `span`: the spread took a slow path, a few microseconds a heading.
    const heading: Heading = {
      start: span.start,
      end: span.end,
      level,
      text: block.text.trim().replace(/\s+/g, ' '),
      textStart: trimmed.start,
      textEnd: trimmed.end,
    };
    // Close sections that this heading ends, then open its own.
    let parent = this.sections.length - 1;
    while (parent > 0 && this.sections[parent].level >= level) parent = this.sections[parent].parent;
    const section: Section = { index: this.sections.length, level, heading, start: span.start, end: this.text.length, ownEnd: this.text.length, parent, children: [], ownContent: [] };
    this.sections[parent].children.push(section.index);
    this.sections.push(section);
    block.section = section.index;
  }

  /** Sets each section's end (next heading of the same or higher level) and ownEnd (next heading). */
  private closeSections(): void {
    const sections = this.sections;
    for (let i = 1; i < sections.length; i++) {
      const prev = sections[i - 1];
      prev.ownEnd = sections[i].start;
      for (let j = i; j < sections.length; j++) {
        if (j === sections.length - 1 || sections[j + 1].level <= sections[i].level) {
          sections[i].end = j === sections.length - 1 ? this.text.length : sections[j + 1].start;
          break;
        }
      }
    }
    if (sections.length > 1) sections[0].ownEnd = sections[1].start;
  }

  private htmlBlock(token: Token): void {
    if (!token.map) return;
    const span = this.lineSpan(token.map);
    let onlyComments = true;
    const slice = this.text.slice(span.start, span.end);
    let cursor = 0;
    for (;;) {
      const open = slice.indexOf('<!--', cursor);
      if (open < 0) break;
      if (slice.slice(cursor, open).trim()) onlyComments = false;
      const close = slice.indexOf('-->', open + 4);
      const end = close < 0 ? slice.length : close + 3;
      this.comments.push({ start: span.start + open, end: span.start + end, body: this.keep(slice.slice(open + 4, close < 0 ? slice.length : close)) });
      cursor = end;
    }
    if (slice.slice(cursor).trim()) onlyComments = false;
    if (!onlyComments) this.content(token);
  }

  private footnoteOpen(token: Token): void {
    const label = this.keep(String(token.meta?.label ?? ''));
    const span = token.map ? this.lineSpan(token.map) : { start: 0, end: 0 };
    const labelStart = this.text.indexOf('[^', span.start) + 2;
    this.openFootnote = { label, ...span, labelStart, labelEnd: labelStart + label.length, text: '' };
    this.footnoteFirstBlock = this.blocks.length;
  }

  private footnoteClose(): void {
    const note = this.openFootnote;
    if (!note) return;
    note.text = this.blocks
      .slice(this.footnoteFirstBlock)
      .map((b) => b.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    this.footnoteDefinitions.push(note);
    this.openFootnote = undefined;
  }

  /** Turns one inline token into a prose block with masked text, sentences and footnote references. */
  private prose(token: Token, kind: BlockKind): ProseBlock {
    const placed = kind === 'cell' ? undefined : this.placedAsIs(token.content, token.map!);
    let parts: string[];
    let offsets: number[];
    let content: string;
    let start: number;
    let end: number;
    let source: string;
    if (placed) {
      // The content is its source slice (parts and offsets only matter to a block not in the cache).
      content = source = token.content;
      ({ start, end } = placed);
      parts = offsets = [];
    } else {
      parts = token.content.split('\n');
      let trimmed = false;
      ({ offsets, trimmed } = kind === 'cell' ? { offsets: this.cellOffsets(token.content), trimmed: false } : this.partOffsets(parts, token.map!));
      content = trimmed ? parts.join('\n') : token.content;
      start = offsets[0];
      end = offsets[offsets.length - 1] + parts[parts.length - 1].length;
      source = this.text.slice(start, end);
    }
    // Keyed by the source slice alone (hashing a longer composite key cost more than the check).
    let entry = this.cache?.get(source);
    if (!entry || (entry.content ?? source) !== content || entry.signature !== this.signature) {
      if (placed) {
        parts = content.split('\n');
        offsets = parts.map((_, i) => (i === 0 ? start : this.lines.lineStart(token.map![0] + i)));
      }
      entry = buildEntry(content, source, parts, offsets, start, end, this.references, this.signature, this.segmenter, this.keep);
      this.cache?.set(detached(source), entry);
    }
    const block = materialise(entry, kind, start, end, this.currentSection.index, this.openFootnote?.label);
    this.blocks.push(block);
    if (entry.comments.length) this.comments.push(...shiftComments(entry.comments, start));
    return block;
  }

  /**
   * Where the content of a paragraph or heading lies when it is its source text as it is (what
   * partOffsets finds for the usual block, found without splitting it into lines): one line that
   * ends with it, or lines that are it, line breaks included. Otherwise undefined.
   */
  private placedAsIs(content: string, map: [number, number]): Span | undefined {
    const text = this.text;
    if (map[1] - map[0] === 1) {
      const end = this.lines.lineEnd(map[0]);
      const start = end - content.length;
      if (start < this.lines.lineStart(map[0]) || content.includes('\n')) return undefined;
      return content.length === 0 || text.startsWith(content, start) ? { start, end } : undefined;
    }
    const start = this.lines.lineStart(map[0]);
    const end = this.lines.lineEnd(map[1] - 1);
    return end - start === content.length && text.startsWith(content, start) ? { start, end } : undefined;
  }

  /**
   * Source offset of each line of a paragraph's or heading's content. A later line whose indent
   * is a tab that the block's indent cuts through comes out of markdown-it with the tab's other
   * columns as spaces, longer than its source line ("- a\n\tb" gives "a\n  b"): its leading
   * spaces are dropped from `parts` (inline parsing skips them anyway), so that every part is a
   * slice of its source line.
   */
  private partOffsets(parts: string[], map: [number, number]): { offsets: number[]; trimmed: boolean } {
    let trimmed = false;
    const offsets = parts.map((part, i) => {
      const line = map[0] + i;
      const lineStart = this.lines.lineStart(line);
      const lineEnd = this.lines.lineEnd(line);
      // The usual case, locatePart's first two, without a copy of the line: the part ends the line.
      if (!part) return lineEnd;
      if (part.length <= lineEnd - lineStart && this.text.startsWith(part, lineEnd - part.length)) return lineEnd - part.length;
      const source = this.text.slice(lineStart, lineEnd);
      const at = locatePart(source, part);
      if (at >= 0) return lineStart + at;
      const rest = part.trimStart();
      if (i > 0 && rest !== part && source.endsWith(rest)) {
        parts[i] = rest;
        trimmed = true;
        return lineStart + source.length - rest.length;
      }
      return lineStart + Math.max(0, source.length - part.length);
    });
    return { offsets, trimmed };
  }

  /** Table cells share a row line: find each cell after the previous one. */
  private cellOffsets(content: string): number[] {
    const lineEnd = this.lines.lineEnd(this.rowLine);
    const row = this.text.slice(this.cellCursor, lineEnd);
    const at = content ? row.indexOf(content) : row.indexOf('|') + 1;
    const start = this.cellCursor + Math.max(0, at);
    this.cellCursor = start + content.length;
    return [start];
  }
}

/** Where a content line sits in its source line (the line minus a prefix: markers, indent), or -1. */
function locatePart(source: string, part: string): number {
  if (!part) return source.length;
  if (source.endsWith(part)) return source.length - part.length;
  const trimmed = source.trimEnd();
  if (trimmed.endsWith(part)) return trimmed.length - part.length;
  return source.indexOf(part);
}

function trimSpan(text: string, base: number): Span {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { start: base + lead, end: base + Math.max(lead, text.length - trail) };
}

function shiftComments(comments: HtmlComment[], by: number): HtmlComment[] {
  return comments.map((c) => ({ ...c, start: c.start + by, end: c.end + by }));
}

function buildEntry(
  content: string,
  source: string,
  parts: string[],
  offsets: number[],
  start: number,
  end: number,
  references: InlineEnv['references'],
  signature: string,
  segmenter: Intl.Segmenter,
  keep: (text: string) => string,
): BlockEntry {
  const env: InlineEnv = { references, root: content };
  if (!PLAIN_PROSE.test(content)) parser.inline.parse(content, parser, env, []);
  const partStarts: number[] = [];
  let contentIndex = 0;
  for (const part of parts) {
    partStarts.push(contentIndex);
    contentIndex += part.length + 1;
  }
  const toSource = (c: number): number => {
    let i = partStarts.length - 1;
    while (i > 0 && partStarts[i] > c) i--;
    return offsets[i] - start + Math.min(c - partStarts[i], parts[i].length);
  };
  const masks: Span[] = [];
  const mask = (a: number, b: number) => masks.push({ start: toSource(a), end: toSource(b) });
  const refs: FootnoteRef[] = [];
  const comments: HtmlComment[] = [];
  const links: LinkText[] = [];
  for (const span of env.spans ?? []) {
    maskSpan(span, content, mask, toSource, refs, comments, keep);
    if (span.rule === 'link' && span.labelEnd !== undefined && span.labelEnd > span.start) links.push({ start: toSource(span.start), end: toSource(span.labelEnd), linkEnd: toSource(span.end) });
  }
  const placed = placeParts(parts, offsets, start, end);
  const masked = masks.length ? blankSpans(placed, masks) : placed;
  // `[[…]]` placeholders (left by snippets and fixes) are guidance for the author, not prose.
  const text = wellFormed(masked.includes('[[') ? masked.replace(/\[\[[^[\]]*\]\]/g, (m) => spaces(m.length)) : masked);
  return {
    content: content === source ? undefined : keep(content),
    signature,
    text: keep(text),
    sentences: segmentSentences(text, segmenter),
    refs,
    links: links.length ? links : NO_LINKS,
    comments,
    derived: new Map(),
    scans: [],
    used: 0,
  };
}

/** The block's source span with only its content lines kept: markers, indents and line breaks become spaces. */
function placeParts(parts: string[], offsets: number[], start: number, end: number): string {
  const length = end - start;
  if (parts.length === 1 && offsets[0] === start && parts[0].length === length) return parts[0];
  let text = '';
  parts.forEach((part, i) => {
    const at = offsets[i] - start;
    // A part longer than its line (a tab read as spaces) runs on until the next part overwrites it.
    text = at >= text.length ? text + spaces(at - text.length) + part : text.slice(0, at) + part + text.slice(at + part.length);
  });
  return text.length >= length ? text.slice(0, length) : text + spaces(length - text.length);
}

/** `text` with the spans (in any order, possibly overlapping or empty) replaced by spaces. */
function blankSpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    const end = Math.min(span.end, text.length);
    if (end <= cursor || end <= span.start) continue;
    const from = Math.max(span.start, cursor);
    out += text.slice(cursor, from) + spaces(end - from);
    cursor = end;
  }
  return out + text.slice(cursor);
}

type Utf16Checks = { isWellFormed?(): boolean; toWellFormed(): string };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Lone surrogates as U+FFFD (ES2024 methods where the runtime has them; the lib setting is ES2022). */
function wellFormed(text: string): string {
  const checked = text as unknown as Utf16Checks;
  if (!checked.isWellFormed) return text.replace(LONE_SURROGATE, '\uFFFD');
  return checked.isWellFormed() ? text : checked.toWellFormed();
}

/**
 * A copy of a string that does not keep the string it was cut from alive. V8 represents a slice
 * of a long string as a view of it, so a cached block's text or key, or a label kept across
 * versions, would otherwise hold on to the whole document as it was when it was parsed.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

const SPACES = ' '.repeat(256);
function spaces(n: number): string {
  return n <= 0 ? '' : n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

function maskSpan(
  span: InlineSpan,
  content: string,
  mask: (a: number, b: number) => void,
  toSource: (c: number) => number,
  refs: FootnoteRef[],
  comments: HtmlComment[],
  keep: (text: string) => string,
): void {
  if (span.rule === 'link' && span.labelEnd !== undefined && span.labelEnd > span.start) {
    mask(span.start, span.start + 1);
    mask(span.labelEnd, span.end);
  } else if (span.rule === 'escape') {
    mask(span.start, span.start + 1);
  } else if (MASKED_RULES.has(span.rule) || span.rule === 'link') {
    mask(span.start, span.end);
  }
  if (span.rule === 'footnote_ref' && span.label) refs.push({ label: keep(span.label), start: toSource(span.start), end: toSource(span.end) });
  if (span.rule === 'html_inline') {
    const raw = content.slice(span.start, span.end);
    if (raw.startsWith('<!--')) comments.push({ start: toSource(span.start), end: toSource(span.end), body: keep(raw.slice(4, raw.endsWith('-->') ? -3 : undefined)) });
  }
}

/** Intl.Segmenter's cost grows faster than linearly with the length of one call. */
const SEGMENT_CHUNK = 2000;
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/;

/**
 * Sentences of masked prose; line breaks are already spaces, so wrapped sentences stay whole.
 * A very long block is segmented in chunks cut after a sentence end (or, failing one, at a
 * space), so a pasted 10 MB paragraph stays linear.
 */
export function segmentSentences(text: string, segmenter: Intl.Segmenter = ENGLISH_SENTENCES): Span[] {
  const sentences: Span[] = [];
  if (isOneSentence(text)) {
    pushTrimmed(sentences, text, 0);
    return sentences;
  }
  const breaks = DEFAULT_RULES.has(segmenter) ? sentenceBreaks(text) : undefined;
  if (breaks) {
    let from = 0;
    for (const to of breaks) {
      pushTrimmedRange(sentences, text, from, to);
      from = to;
    }
    pushTrimmedRange(sentences, text, from, text.length);
    return sentences;
  }
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) pushTrimmed(sentences, segment, from + index);
    from = to;
  }
  return sentences;
}

/** The segment's span without the whitespace trim() would remove, if anything is left. */
function pushTrimmed(sentences: Span[], segment: string, at: number): void {
  pushTrimmedRange(sentences, segment, 0, segment.length, at);
}

/** text[start, end) without the whitespace trim() would remove, if anything is left, moved by `at`. */
function pushTrimmedRange(sentences: Span[], text: string, start: number, end: number, at = 0): void {
  while (start < end && isJsWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isJsWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start: at + start, end: at + end });
}

/** The characters after which UAX #29 can end a sentence: terminators (ATerm, STerm) and separators. */
const SENTENCE_BREAK = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;
/** A tail the segmenter keeps in one sentence: terminators, closing quotes and brackets, then spaces. */
const TERMINAL_TAIL = /^[\p{Sentence_Terminal}\u2024\uFE52\uFF0E"'”’)\]]*[ \t]*$/u;

/**
 * True when the segmenter could only return the whole text as one sentence: it has no break
 * character, or only a terminal tail ("... was good."). Most headings, list items and cells
 * are one sentence, and skipping Intl.Segmenter for them halves its cost.
 * (UAX #29's default rules, which ICU applies for English and Welsh alike: a locale whose
 * tailoring adds break characters, as Greek's ";" does, would need its own test here.)
 */
function isOneSentence(text: string): boolean {
  const first = firstSentenceBreak(text);
  return first < 0 || TERMINAL_TAIL.test(text.slice(first));
}

/** Per UTF-16 code unit outside ASCII: 0 not yet seen, 1 a SENTENCE_BREAK character, 2 not. */
const breakUnits = new Uint8Array(0x10000);

/** Where SENTENCE_BREAK first matches, or -1: a table lookup per character instead of the regex's Unicode class. */
function firstSentenceBreak(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (SENTENCE_BREAK.test(String.fromCodePoint(text.codePointAt(i)!))) return i;
    } else {
      if (breakUnits[c] === 0) breakUnits[c] = SENTENCE_BREAK.test(text[i]) ? 1 : 2;
      if (breakUnits[c] === 1) return i;
    }
  }
  return -1;
}

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= 2 * SEGMENT_CHUNK) return text.length;
  const window = text.slice(from + SEGMENT_CHUNK, from + 3 * SEGMENT_CHUNK);
  const end = SENTENCE_END.exec(window);
  if (end) return from + SEGMENT_CHUNK + end.index + end[0].length;
  const space = window.indexOf(' ');
  return from + SEGMENT_CHUNK + (space >= 0 ? space + 1 : window.length);
}

function materialise(entry: BlockEntry, kind: BlockKind, start: number, end: number, section: number, footnote?: string): ProseBlock {
  return new Block(entry, kind, start, end, section, footnote);
}

const NO_REFS: FootnoteRef[] = Object.freeze([]) as unknown as FootnoteRef[];
const NO_LINKS: LinkText[] = Object.freeze([]) as unknown as LinkText[];

/** A prose block placed in one version of a document; its text-only work lives in `entry`. */
export class Block implements ProseBlock {
  readonly #entry: BlockEntry;
  #sentences?: Span[];
  readonly text: string;
  readonly footnoteRefs: FootnoteRef[];
  readonly linkTexts: LinkText[];

  constructor(
    entry: BlockEntry,
    readonly kind: BlockKind,
    readonly start: number,
    readonly end: number,
    public section: number,
    readonly footnote?: string,
  ) {
    this.#entry = entry;
    this.text = entry.text;
    this.footnoteRefs = entry.refs.length ? entry.refs.map((r) => ({ label: r.label, start: r.start + start, end: r.end + start })) : NO_REFS;
    this.linkTexts = entry.links.length ? entry.links.map((l) => ({ start: l.start + start, end: l.end + start, linkEnd: l.linkEnd + start })) : NO_LINKS;
  }

  /** Placed on first use: a keystroke re-places every block after it, and rules that work in the block's own coordinates never read these. */
  get sentences(): Span[] {
    return (this.#sentences ??= this.#entry.sentences.map((s) => ({ start: s.start + this.start, end: s.end + this.start })));
  }

  derive<T>(key: string, compute: (text: string) => T): T {
    const derived = this.#entry.derived;
    let value = derived.get(key) as T | undefined;
    if (value === undefined && !derived.has(key)) {
      // Before the work, never inside it: the entry is stored whole or not at all.
      checkpoint();
      derived.set(key, (value = compute(this.#entry.text)));
    }
    return value as T;
  }

  scanResults(): unknown[] {
    return this.#entry.scans;
  }

  /** The same block, `by` characters later in the document. */
  shifted(by: number): Block {
    return new Block(this.#entry, this.kind, this.start + by, this.end + by, this.section, this.footnote);
  }
}

/**
 * Where document-level findings sit: the title heading, else the first line of prose (not a
 * comment line, so that a suppression comment above it applies to it).
 */
export function reportAnchor(model: ReportModel): Span {
  const title = model.sections.find((s) => s.heading && s.level === 1)?.heading;
  if (title) return { start: title.textStart, end: title.textEnd };
  const first = model.blocks.find((b) => b.footnote === undefined && b.text.trim());
  // With no prose at all: the front matter's closing line, which nothing inserted can move.
  const line = first ? model.lines.lineAt(first.start) : model.frontMatter ? model.lines.lineAt(model.frontMatter.end) : 0;
  const start = Math.min(model.lines.lineStart(line), model.text.length);
  return { start, end: Math.max(start, model.lines.lineEnd(line)) };
}

/** Index of the innermost section containing `offset` (sections are in document order). */
export function sectionAt(model: ReportModel, offset: number): number {
  let lo = 0;
  let hi = model.sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (model.sections[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
