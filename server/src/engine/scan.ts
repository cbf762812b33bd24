// One regular-expression pass over the whole document, keeping the matches that fall in prose.
// Far cheaper than one pass per block for patterns that rarely match (a pass per block pays a
// fixed cost thousands of times), which is what the publication-gate rules look for.
import type { ProseBlock, ReportModel } from './model';

export interface ProseMatch {
  block: ProseBlock;
  match: RegExpMatchArray;
  /** Document offsets of the match. */
  start: number;
  end: number;
}

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

/**
 * Matches of `pattern` (global) in the document's text that lie inside one prose block and are
 * prose there (not masked markup, code or link targets). With `keepMasked`, matches over masked
 * text are kept too (for `[[…]]`, which the model masks).
 */
export function proseMatches(model: ReportModel, pattern: RegExp, keepMasked = false): ProseMatch[] {
  const out: ProseMatch[] = [];
  const text = model.text;
  for (const match of text.matchAll(pattern)) {
    const start = match.index!;
    const end = start + match[0].length;
    const block = blockAt(model, start);
    if (!block || end > block.end) continue;
    if (!keepMasked && block.text.slice(start - block.start, end - block.start) !== match[0]) continue;
    out.push({ block, match, start, end });
  }
  return out;
}
