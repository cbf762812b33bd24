// The Markdown parser set up for reports: markdown-it (CommonMark + GFM tables) with
// footnote definitions from markdown-it-footnote, plus these adjustments:
// - footnote references are recognised whether or not they resolve (an unresolved one is
//   a finding, not plain text), so an inline parse never depends on the rest of the document;
// - every inline construct records its source span, so prose can be masked in place;
// - inline parsing is left to the model, which caches it per block;
// - four that change only speed: runs of plain text are skipped, not copied into text tokens;
//   a footnote reference is tried before the link rule; text with no CR or NUL skips the
//   normalize pass; the table of lines is built without reading every character.
import markdownIt, { type MarkdownIt, type StateInline, type StateBlock, type Env, type Token } from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';

/** Source span of one inline construct, in the coordinates of the inline content string. */
export interface InlineSpan {
  rule: string;
  start: number;
  end: number;
  /** For links: where the link text ends (the `]`). */
  labelEnd?: number;
  /** For footnote references: the label. */
  label?: string;
}

export interface InlineEnv extends Env {
  spans?: InlineSpan[];
  /** The block's inline content: spans are recorded in its coordinates only (image alt text is parsed as a string of its own). */
  root?: string;
  /** Set when the caller knows the source has no CR and no NUL, which spares normalize its search. */
  withoutCrOrNul?: boolean;
  /**
   * The source's first character stands for a byte order mark (given as a space, to keep
   * offsets): the first line starts after it, so it adds no indent ("\uFEFF   # T" is a heading).
   */
  bom?: boolean;
  /** Block parsing starts at this line (after front matter); the lines before it are not Markdown. */
  firstLine?: number;
  /**
   * When set, the block parse hands its tokens here in batches of whole top-level blocks as it
   * goes (and keeps only the rest), so that a very long document's tokens are never all alive
   * at once; `parse` returns the last batch.
   */
  onBlocks?: (tokens: Token[]) => void;
  /** How many tokens a streaming parse collects before handing them to onBlocks (at the next top-level block). */
  streamBatch?: number;
  /** Set when a link reference definition was read: blocks handed over before it were parsed without it. */
  referenceDefined?: boolean;
}

/** Constructs whose every character is markup or non-prose. */
export const MASKED_RULES = new Set([
  'backticks', 'html_inline', 'autolink', 'image', 'entity', 'footnote_ref', 'linkify',
  'emphasis', 'strikethrough',
]);

/** Where the footnote reference `[^label]` at state.pos ends (after its `]`), or -1. */
function footnoteRefEnd(state: StateInline): number {
  const start = state.pos;
  const max = state.posMax;
  if (start + 3 > max || state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5e) return -1;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const c = state.src.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x09) return -1;
    if (c === 0x5d) break;
  }
  return pos === start + 2 || pos >= max ? -1 : pos + 1;
}

function footnoteRef(state: StateInline, silent: boolean): boolean {
  const end = footnoteRefEnd(state);
  if (end < 0) return false;
  if (!silent) {
    const token = state.push('footnote_ref', '', 0);
    token.meta = { label: state.src.slice(state.pos + 2, end - 1) };
  }
  state.pos = end;
  return true;
}

/**
 * The same rule, tried before `link`: a reference that no `(` or `[` follows cannot be a link,
 * and the link rule would scan its label twice first (a tenth of a full check's garbage).
 * The others still go to `link`, then to footnote_ref, as markdown-it-footnote orders them.
 */
export const FOOTNOTE_REF_FIRST = 'footnote_ref_before_link';
function footnoteRefBeforeLink(state: StateInline, silent: boolean): boolean {
  const end = footnoteRefEnd(state);
  if (end < 0) return false;
  const next = state.src.charCodeAt(end);
  return next !== 0x28 && next !== 0x5b && footnoteRef(state, silent);
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

function recordSpans(md: MarkdownIt): void {
  const ruler = md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[]; at(name: string, fn: InlineRule): void };
  for (const { name, fn } of [...ruler.__rules__]) {
    if (name === 'text' || name === 'newline') continue;
    const rule = name === FOOTNOTE_REF_FIRST ? 'footnote_ref' : name;
    ruler.at(name, (state, silent) => {
      const start = state.pos;
      // Only where a link can start: scanning for `]` at every position would be quadratic.
      const labelEnd = name === 'link' && !silent && state.src.charCodeAt(start) === 0x5b ? md.helpers.parseLinkLabel(state, start, true) : undefined;
      const ok = fn(state, silent);
      const env = state.env as InlineEnv;
      if (ok && !silent && state.src === env.root) {
        const span: InlineSpan = { rule, start, end: state.pos };
        if (labelEnd !== undefined) span.labelEnd = labelEnd;
        if (rule === 'footnote_ref') span.label = state.src.slice(start + 2, state.pos - 1);
        (env.spans ??= []).push(span);
      }
      return ok;
    });
  }
}

/** Gives footnote definition tokens the source lines they cover (the plugin leaves map unset). */
function mapFootnoteDefinitions(md: MarkdownIt): void {
  const ruler = md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[]; at(name: string, fn: BlockRule, options?: { alt: string[] }): void };
  const { fn: original, alt } = ruler.__rules__.find((r) => r.name === 'footnote_def')!;
  // `at` resets the rule's alt chains unless given: keep them, so definitions end paragraphs.
  ruler.at('footnote_def', (state, startLine, endLine, silent) => {
    const index = state.tokens.length;
    const ok = original(state, startLine, endLine, silent);
    if (ok && !silent) state.tokens[index].map = [startLine, state.line];
    return ok;
  }, { alt: [...alt] });
}

/** The characters at which markdown-it's text rule stops (its isTerminatorChar): where another rule may start. */
const TEXT_TERMINATORS = new Uint8Array(128);
for (const c of '\n!#$%&*+-:<=>@[\\]^_`{}~') TEXT_TERMINATORS[c.charCodeAt(0)] = 1;

/**
 * markdown-it's text rule, without copying each run of plain text into state.pending (to become a
 * text token): the model records the spans of inline constructs and throws the inline tokens away.
 * Which rule matches where is unchanged: no rule decides by what state.pending holds (linkify,
 * which does, is off; newline only chooses between a soft and a hard break token).
 */
function skipText(state: StateInline): boolean {
  const start = state.pos;
  const src = state.src;
  let pos = start;
  while (pos < state.posMax) {
    const c = src.charCodeAt(pos);
    if (c < 128 && TEXT_TERMINATORS[c] === 1) break;
    pos++;
  }
  if (pos === start) return false;
  state.pos = pos;
  return true;
}

/**
 * markdown-it's normalize rule rewrites every line break (and NUL) into a new copy of the source;
 * most documents have only LF and no NUL, and are passed through as they are.
 */
function normalizeOnlyWhenNeeded(md: MarkdownIt): void {
  type CoreRule = (state: { src: string; env: InlineEnv }) => void;
  const ruler = md.core.ruler as unknown as { __rules__: { name: string; fn: CoreRule }[]; at(name: string, fn: CoreRule): void };
  const { fn: normalize } = ruler.__rules__.find((r) => r.name === 'normalize')!;
  ruler.at('normalize', (state) => {
    if (state.env.withoutCrOrNul !== true && (state.src.includes('\r') || state.src.includes('\0'))) normalize(state);
  });
}

type LineTable = Pick<StateBlock, 'src' | 'lineMax'> & Record<'bMarks' | 'eMarks' | 'tShift' | 'sCount' | 'bsCount', ArrayLike<number>>;

/**
 * markdown-it's StateBlock builds its table of lines (start, end, indent of each) by reading
 * every character of the source; this builds the same five arrays reading only each line's
 * indent and finding its end with indexOf (a 100k-word report: 3 ms -> under 1 ms). As in
 * markdown-it, a last line of only spaces and tabs, with no line break after it, is no line.
 * The arrays are Int32Arrays of the exact length (markdown-it only indexes them, within
 * lineMax): a million-line file's five growing arrays of numbers cost half a second.
 */
function fillLineTable(state: LineTable, src: string, firstLineStart = 0): void {
  const length = src.length;
  let most = 2;
  for (let i = src.indexOf('\n', firstLineStart); i >= 0; i = src.indexOf('\n', i + 1)) most++;
  const memory = new Int32Array(5 * most);
  const bMarks = memory.subarray(0, most);
  const eMarks = memory.subarray(most, 2 * most);
  const tShift = memory.subarray(2 * most, 3 * most);
  const sCount = memory.subarray(3 * most, 4 * most);
  let line = 0;
  for (let start = firstLineStart; start < length; ) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < length; pos++) {
      const c = src.charCodeAt(pos);
      if (c === 0x20) offset++;
      else if (c === 0x09) offset += 4 - (offset % 4);
      else break;
      indent++;
    }
    if (pos === length) break;
    let end = src.indexOf('\n', pos);
    if (end < 0) end = length;
    bMarks[line] = start;
    eMarks[line] = end;
    tShift[line] = indent;
    sCount[line] = offset;
    line++;
    start = end + 1;
  }
  bMarks[line] = length;
  eMarks[line] = length;
  // Exactly lineMax + 1 entries each: reading past them gives undefined, as it does from markdown-it's own arrays.
  const n = line + 1;
  Object.assign(state, {
    src,
    bMarks: bMarks.subarray(0, n),
    eMarks: eMarks.subarray(0, n),
    tShift: tShift.subarray(0, n),
    sCount: sCount.subarray(0, n),
    bsCount: memory.subarray(4 * most, 4 * most + n),
    lineMax: line,
  });
}

/** markdown-it's block state with the faster line table, starting at env.firstLine (ParserBlock.State is its hook for this). */
function fastLineTable(md: MarkdownIt): void {
  type StateClass = new (src: string, md: MarkdownIt, env: Env, tokens: unknown[]) => StateBlock;
  const block = md.block as unknown as { State: StateClass };
  const Base = block.State;
  block.State = class extends Base {
    constructor(src: string, md: MarkdownIt, env: Env, tokens: unknown[]) {
      super('', md, env, tokens);
      fillLineTable(this, src, (env as InlineEnv).bom ? 1 : 0);
      const first = (env as InlineEnv).firstLine;
      if (first) this.line = Math.min(first, this.lineMax);
    }
  };
}

/**
 * A block rule tried first at every block start: at the top level (not inside a quote, list or
 * footnote), it hands the tokens of the blocks before to env.onBlocks, and never matches.
 */
function streamBlocks(md: MarkdownIt): void {
  const ruler = md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[]; before(name: string, rule: string, fn: BlockRule): void; at(name: string, fn: BlockRule, options?: { alt: string[] }): void };
  ruler.before(ruler.__rules__[0].name, 'stream_blocks', (state, _startLine, _endLine, silent) => {
    const env = state.env as InlineEnv;
    if (env.onBlocks && !silent && state.level === 0 && state.tokens.length >= (env.streamBatch || 1)) env.onBlocks(state.tokens.splice(0));
    return false;
  });
  // A reference definition changes how the inline text of every block parses, even of blocks before it.
  const { fn: reference, alt } = ruler.__rules__.find((r) => r.name === 'reference')!;
  ruler.at('reference', (state, startLine, endLine, silent) => {
    const ok = reference(state, startLine, endLine, silent);
    if (ok && !silent) (state.env as InlineEnv).referenceDefined = true;
    return ok;
  }, { alt: [...alt] });
}

export function createParser(): MarkdownIt {
  const md = markdownIt('default', { html: true, linkify: false, typographer: false });
  md.use(footnotePlugin);
  md.inline.ruler.at('text', skipText);
  md.inline.ruler.at('footnote_ref', footnoteRef);
  md.inline.ruler.before('link', FOOTNOTE_REF_FIRST, footnoteRefBeforeLink);
  // Inline footnotes (^[...]) parse a second source string; they are not used in reports.
  md.inline.ruler.disable(['footnote_inline']);
  md.core.ruler.disable(['inline', 'footnote_tail']);
  normalizeOnlyWhenNeeded(md);
  fastLineTable(md);
  mapFootnoteDefinitions(md);
  streamBlocks(md);
  recordSpans(md);
  return md;
}
