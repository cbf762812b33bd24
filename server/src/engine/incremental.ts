// The keystroke fast path: an edit inside one line of prose re-parses only the top-level block
// (paragraph, list, quote or table) that holds it, and shifts everything after it, instead of
// parsing the whole document again. It applies only when that block, parsed on its own, has the
// same block structure as before (so only inline content changed), and never to headings, front
// matter, footnote definitions, HTML or code, whose edits change facts other blocks depend on.
// Anything else returns undefined and the caller does a full parse.
import type { InlineEnv } from './markdown';
import { Block, ModelBuilder, parser, type BlockCache, type HtmlComment, type LastParse, type ReportModel, type Section, type Span } from './model';
import { topLevelGroups, type Group } from './groups';

/** Characters that can make up a line's container prefix (indent, list markers, quote marks). */
const PREFIX = /^[ \t>*+\-.)0-9]*$/;

export function reparseLineEdit(last: LastParse, text: string, cache: BlockCache): ReportModel | undefined {
  const old = last.text;
  if (!last.exact || text === old) return undefined;
  const edit = changedRange(old, text);
  const removed = old.slice(edit.start, edit.oldEnd);
  const inserted = text.slice(edit.start, edit.newEnd);
  if (/[\r\n\0\uFEFF]/.test(removed) || /[\r\n\0\uFEFF]/.test(inserted)) return undefined;
  const model = last.model;
  if (model.frontMatter && edit.start <= model.frontMatter.end) return undefined;
  const line = model.lines.lineAt(edit.start);
  const group = groupAt(last.groups, line);
  if (!group || !group.prose) return undefined;
  // Indentation and markers before the edit decide which container a line belongs to.
  const lineStart = model.lines.lineStart(line);
  const needsContentBefore = line === group.startLine || !group.signature.startsWith('paragraph_open/');
  if (needsContentBefore && PREFIX.test(old.slice(lineStart, edit.start))) return undefined;

  const delta = inserted.length - removed.length;
  const lines = model.lines.afterLineEdit(text, line, delta);
  const from = lines.lineStart(group.startLine);
  // Through the last line's break: a list's map counts a blank line it ends with, which the
  // block's text alone would not have (and every numbered paragraph would fall off this path).
  const to = group.endLine < lines.lineCount ? lines.lineStart(group.endLine) : text.length;
  const env: InlineEnv = {};
  const tokens = parser.parse(text.slice(from, to), env);
  if (env.references || tokens.length === 0) return undefined;
  const reparsed = topLevelGroups(tokens);
  if (reparsed.length !== 1 || reparsed[0].signature !== group.signature) return undefined;

  const oldFrom = model.lines.lineStart(group.startLine);
  const oldTo = model.lines.lineEnd(group.endLine - 1);
  const inGroup = (s: Span) => s.start >= oldFrom && s.start <= oldTo;
  const oldBlocks = model.blocks.filter(inGroup);
  if (!oldBlocks.length) return undefined;

  for (const t of tokens) if (t.map) (t.map[0] += group.startLine), (t.map[1] += group.startLine);
  const builder = new ModelBuilder(text, lines, cache, last.references, model.language, oldBlocks[0].section);
  builder.walk(tokens);
  const walked = builder.walked;
  forgetReplaced(cache, old, oldBlocks, walked.blocks, text);

  // Offsets before the edit stay; those after it move. (Object literals, not spreads: spreads
  // of these objects were the slowest part of the path.)
  const shift = (x: number) => (x >= edit.oldEnd ? x + delta : x);
  const span = (s: Span): Span => (s.start >= edit.oldEnd ? { start: s.start + delta, end: s.end + delta } : s.end >= edit.oldEnd ? { start: s.start, end: s.end + delta } : s);
  const blocks = spliceByOffset(model.blocks, walked.blocks, oldFrom, oldTo, (b) => (b.start >= edit.oldEnd && delta !== 0 ? (b as Block).shifted(delta) : b));
  const comments = spliceByOffset(model.comments, walked.comments, oldFrom, oldTo, (c): HtmlComment => (c.start >= edit.oldEnd ? { start: c.start + delta, end: c.end + delta, body: c.body } : c));
  const sections = model.sections.map((s): Section => {
    if (s.end < edit.oldEnd || delta === 0) return s;
    const h = s.heading;
    const heading = h && (h.start >= edit.oldEnd ? { level: h.level, text: h.text, start: h.start + delta, end: h.end + delta, textStart: h.textStart + delta, textEnd: h.textEnd + delta } : h);
    const { index, level, parent, children } = s;
    return { index, level, parent, children, heading, start: shift(s.start), end: shift(s.end), ownEnd: shift(s.ownEnd), ownContent: s.ownContent.map(span) };
  });
  const footnoteDefinitions = model.footnoteDefinitions.map((d) =>
    d.start >= edit.oldEnd ? { label: d.label, text: d.text, start: d.start + delta, end: d.end + delta, labelStart: d.labelStart + delta, labelEnd: d.labelEnd + delta } : d,
  );
  return {
    text,
    lines,
    eol: model.eol,
    frontMatter: model.frontMatter,
    language: model.language,
    sections,
    blocks,
    footnoteDefinitions,
    footnoteRefs: blocks.flatMap((b) => b.footnoteRefs),
    comments,
    codeBlocks: model.codeBlocks.map(span),
    // The edited block parsed to the same structure, and no line was added or removed.
    blockLines: model.blockLines,
  };
}

/** The one changed stretch between two texts: common prefix and suffix removed. */
function changedRange(old: string, text: string): { start: number; oldEnd: number; newEnd: number } {
  const limit = Math.min(old.length, text.length);
  const start = commonLength(limit, (i, n) => old.slice(i, i + n) === text.slice(i, i + n));
  const suffix = commonLength(limit - start, (i, n) => old.slice(old.length - i - n, old.length - i) === text.slice(text.length - i - n, text.length - i));
  return { start, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

/** How far `same(at, n)` holds from 0, in shrinking steps: slice comparison is far faster than a character loop. */
function commonLength(limit: number, same: (at: number, n: number) => boolean): number {
  let at = 0;
  for (let step = 4096; step >= 1; step >>= 2) while (at + step <= limit && same(at, step)) at += step;
  return at;
}

function groupAt(groups: Group[], line: number): Group | undefined {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (groups[mid].startLine <= line) lo = mid;
    else hi = mid - 1;
  }
  const group = groups[lo];
  return group && group.startLine <= line && line < group.endLine ? group : undefined;
}

/** Old items outside [from, to] kept (mapped), the ones inside replaced by `fresh`, in document order. */
function spliceByOffset<T extends Span>(items: T[], fresh: T[], from: number, to: number, map: (item: T) => T): T[] {
  const out: T[] = [];
  let inserted = false;
  for (const item of items) {
    if (item.start >= from && item.start <= to) continue;
    if (!inserted && item.start > to) {
      out.push(...fresh);
      inserted = true;
    }
    out.push(map(item));
  }
  if (!inserted) out.push(...fresh);
  return out;
}

/** Drops the cache entries of the edited block's old text, so typing does not pile them up. */
function forgetReplaced(cache: BlockCache, old: string, oldBlocks: Span[], fresh: Span[], text: string): void {
  const kept = new Set(fresh.map((b) => text.slice(b.start, b.end)));
  for (const b of oldBlocks) {
    const key = old.slice(b.start, b.end);
    if (!kept.has(key)) cache.delete(key);
  }
}
