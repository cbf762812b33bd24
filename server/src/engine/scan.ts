// Finding a rule's matches in the report's prose blocks, cached block by block (a keystroke
// rescans one block), with one pass over the whole document when many blocks are new (a pass per
// block pays a regular expression's fixed cost thousands of times). Used by the publication-gate
// rules, whose patterns rarely match.
import type { ProseBlock, ReportModel, Span } from './model';
import { checkpoint } from './cancellation';

const sorted = new WeakMap<ReportModel, ProseBlock[]>();

/** The model's blocks by start offset (footnote definitions come last in the model's list, wherever they are). */
function blocksByStart(model: ReportModel): ProseBlock[] {
  let blocks = sorted.get(model);
  if (!blocks) {
    blocks = model.blocks;
    for (let i = 1; i < blocks.length; i++) {
      if (blocks[i].start < blocks[i - 1].start) {
        blocks = [...blocks].sort((a, b) => a.start - b.start);
        break;
      }
    }
    sorted.set(model, blocks);
  }
  return blocks;
}

/** The prose block containing `offset`, if any. */
export function blockAt(model: ReportModel, offset: number): ProseBlock | undefined {
  const blocks = blocksByStart(model);
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= offset) lo = mid + 1;
    else if (blocks[mid].start > offset) hi = mid - 1;
    else return blocks[mid];
  }
  return undefined;
}

/** One block's findings from `scanBlocks` (blocks without any are left out), with offsets relative to the block's start. */
export interface BlockScan<T extends Span> {
  block: ProseBlock;
  items: readonly T[];
}

/**
 * What a scanner makes of one match of its pattern: items with offsets in `text`, reading only
 * `text` between `from` and `to` (the block's own source), so that a block gives the same items
 * whether it was scanned alone or as part of the whole document. Each item must be a new object:
 * a pass over the whole text shifts it in place to its block's offsets.
 */
export type ScanVisitor<T extends Span> = (text: string, match: RegExpExecArray, from: number, to: number, block: ProseBlock) => T | T[] | undefined;

const NONE: readonly never[] = Object.freeze([]);

/** Blocks scanned one by one at most; with more new blocks than this, one pass over the whole text (tests set it to compare the two ways). */
export const scanning = { aloneAtMost: 24 };

/**
 * A scanner's findings in each block, cached with the block under `key`, so that a keystroke
 * rescans only the edited block. When many blocks are new (a first check), one pass of `pattern`
 * over the whole text stands for a pass per block (which pays a regular expression's fixed cost
 * thousands of times); a match that crosses a block's edge sends that block to a pass of its own,
 * so both ways give the same findings. `pattern` must be global and is used here alone.
 */
export function scanBlocks<T extends Span>(
  model: ReportModel,
  key: string,
  pattern: ScanPattern,
  visit: ScanVisitor<T>,
  { eligible, gate }: ScanOptions,
): BlockScan<T>[] {
  const slot = slotOf(key);
  // The eligible blocks and their stores, each read once (on a first check every block is new,
  // and this bookkeeping, done twice per block, cost more than the pass itself).
  const blocks: ProseBlock[] = [];
  const stores: unknown[][] = [];
  let fresh = 0;
  for (const block of blocksByStart(model)) {
    if (!eligible(block)) continue;
    const store = block.scanResults();
    blocks.push(block);
    stores.push(store);
    if (store[slot] === undefined) fresh++;
  }
  if (fresh) {
    // The first new blocks are scanned one by one; past scanning.aloneAtMost of them, one pass
    // over the whole text stores the items of the rest, and a block it leaves without (a match
    // crossed its edge) is scanned on its own.
    let scanned = 0;
    let whole = false;
    for (let i = 0; i < blocks.length; i++) {
      if (stores[i][slot] !== undefined) continue;
      // A cancelled check stops here, between blocks: each block's items are stored whole or not at all.
      checkpoint();
      if (!whole && ++scanned > scanning.aloneAtMost) {
        scanWhole(model.text, slot, pattern, visit, blocks, stores, gate);
        whole = true;
        if (stores[i][slot] !== undefined) continue;
      }
      stores[i][slot] = scanOne(model.text, blocks[i], pattern, visit, gate);
    }
  }
  const out: BlockScan<T>[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const items = stores[i][slot] as readonly T[];
    if (items.length) out.push({ block: blocks[i], items });
  }
  return out;
}

/** Each key's index in the blocks' scanResults arrays. */
const slots = new Map<string, number>();
function slotOf(key: string): number {
  let slot = slots.get(key);
  if (slot === undefined) slots.set(key, (slot = slots.size));
  return slot;
}

/**
 * What scanBlocks runs over the text: a global regular expression, or an object that finds the
 * same matches another way (exec from lastIndex, as a global RegExp does), for a pattern that a
 * faster search (indexOf) can stand for.
 */
export interface ScanPattern {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * The matches of `pattern`, every one of which begins with the character `first`, found at each
 * `first` by indexOf (which skips text many times faster than a regular expression tries every
 * position: a case-blind one never skips, 0.6 ms over 100,000 words) with a sticky copy of the
 * pattern. The same matches as the global pattern.
 */
export function startingWith(first: string, pattern: RegExp): ScanPattern {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      for (let at = text.indexOf(first, this.lastIndex); at >= 0; at = text.indexOf(first, at + 1)) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m) {
          this.lastIndex = at + m[0].length;
          return m;
        }
      }
      this.lastIndex = 0;
      return null;
    },
  };
}

/**
 * A pattern's matches found from the places of one letter, in either case (each looked for by
 * indexOf, which skips text many times faster than a regular expression tries every position):
 * `matchAt` gives the match that holds the letter at `i` and starts at or after `least`, if any.
 * Every match must hold the letter once, so that matches come in the order of their letters.
 */
export function aroundLetter(letter: string, matchAt: (text: string, i: number, least: number) => RegExpExecArray | null): ScanPattern {
  const lower = letter.toLowerCase();
  const upper = letter.toUpperCase();
  return {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      const least = this.lastIndex;
      let a = text.indexOf(lower, least);
      let b = text.indexOf(upper, least);
      while (a >= 0 || b >= 0) {
        let i: number;
        if (b < 0 || (a >= 0 && a < b)) {
          i = a;
          a = text.indexOf(lower, i + 1);
        } else {
          i = b;
          b = text.indexOf(upper, i + 1);
        }
        const m = matchAt(text, i, least);
        if (m) {
          this.lastIndex = m.index + m[0].length;
          return m;
        }
      }
      this.lastIndex = 0;
      return null;
    },
  };
}

/** Whether `lower` (lower-case letters and other characters) is at `at` in `text`, its ASCII letters in either case (as a case-blind pattern without the u flag reads them). */
export function foldedAt(text: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const want = lower.charCodeAt(i);
    const c = text.charCodeAt(at + i);
    if (c !== want && !(want >= 97 && want <= 122 && c + 32 === want)) return false;
  }
  return true;
}

/** A match of `text` at [start, end), as RegExp.exec gives it. */
export function matchOf(text: string, start: number, end: number): RegExpExecArray {
  const m = [text.slice(start, end)] as unknown as RegExpExecArray;
  m.index = start;
  m.input = text;
  return m;
}

/**
 * The matches of `first|second` (tried in that order at each place), from two patterns found
 * apart (each may then take its faster way): the earlier match, the first's where both start at
 * one place. Each pattern's next match is kept until the scan passes it.
 */
export function eitherOf(first: ScanPattern, second: ScanPattern): ScanPattern {
  const parts = [first, second].map((pattern) => ({ pattern, text: undefined as string | undefined, from: 0, next: null as RegExpExecArray | null }));
  const nextOf = (part: (typeof parts)[number], text: string, at: number) => {
    // Kept from an earlier search of this text that began at or before `at` and found nothing before it.
    if (part.text !== text || part.from > at || (part.next !== null && part.next.index < at)) {
      part.text = text;
      part.from = at;
      part.pattern.lastIndex = at;
      part.next = part.pattern.exec(text);
    }
    return part.next;
  };
  return {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      const a = nextOf(parts[0], text, this.lastIndex);
      const b = nextOf(parts[1], text, this.lastIndex);
      const m = a && (!b || a.index <= b.index) ? a : b;
      this.lastIndex = m ? m.index + m[0].length : 0;
      return m;
    },
  };
}

export interface ScanOptions {
  /** The blocks to scan. */
  eligible: (block: ProseBlock) => boolean;
  /** A quick test that the text may hold a match at all (for a pattern that is slow to run over text that has none). */
  gate?: RegExp;
}

/** Items of one block, scanning its source alone. */
function scanOne<T extends Span>(text: string, block: ProseBlock, pattern: ScanPattern, visit: ScanVisitor<T>, gate: RegExp | undefined): readonly T[] {
  const source = text.slice(block.start, block.end);
  if (gate && !gate.test(source)) return NONE;
  let items: T[] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const found = visit(source, m, 0, source.length, block);
    if (found) (items ??= []).push(...(Array.isArray(found) ? found : [found]));
  }
  return items ?? NONE;
}

/** One pass over the whole text, each block's items stored with it (relative to its start). */
function scanWhole<T extends Span>(text: string, slot: number, pattern: ScanPattern, visit: ScanVisitor<T>, blocks: ProseBlock[], stores: unknown[][], gate: RegExp | undefined): void {
  if (gate && !gate.test(text)) {
    for (const store of stores) store[slot] ??= NONE;
    return;
  }
  const items: (T[] | undefined)[] = new Array(blocks.length);
  const alone = new Set<number>();
  let b = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Nothing is stored until the pass ends, so it may stop at any match.
    checkpoint();
    if (m[0].length === 0) pattern.lastIndex++;
    const start = m.index;
    const end = start + m[0].length;
    while (b < blocks.length && blocks[b].end <= start) b++;
    if (b === blocks.length) break;
    const block = blocks[b];
    if (start >= block.start && end <= block.end) {
      const found = visit(text, m, block.start, block.end, block);
      if (found) {
        // Shifted in place (a visitor's items are its own, new for each match): a copy of each, of a shape that differs scanner by scanner, cost more than the visit.
        for (const item of Array.isArray(found) ? found : [found]) {
          item.start -= block.start;
          item.end -= block.start;
          (items[b] ??= []).push(item);
        }
      }
      continue;
    }
    // The match runs over a block's edge: every block it touches is scanned on its own.
    for (let k = b; k < blocks.length && blocks[k].start < end; k++) if (blocks[k].end > start) alone.add(k);
  }
  for (let i = 0; i < blocks.length; i++) if (!(alone.size && alone.has(i))) stores[i][slot] ??= items[i] ?? NONE;
}

/** Each block's items at their places in the document, in document order. */
export function placeItems<T extends Span>(scans: BlockScan<T>[]): T[] {
  const out: T[] = [];
  for (const { block, items } of scans) for (const item of items) out.push({ ...item, start: item.start + block.start, end: item.end + block.start });
  return out;
}

/** For a visitor: whether [start, end) of `text` (the block's source from `from` to `to`) is prose of the block, not masked markup or code. */
export function unmaskedIn(text: string, start: number, end: number, from: number, to: number, block: ProseBlock): boolean {
  return start >= from && end <= to && block.text.slice(start - from, end - from) === text.slice(start, end);
}
