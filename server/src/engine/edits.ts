import type { TextEdit } from './types';

/** Applies non-overlapping edits; insertions at the same offset keep their given order. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const { e } of ordered) {
    if (e.start < cursor) throw new Error(`Overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}
