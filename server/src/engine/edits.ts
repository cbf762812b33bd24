import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits; insertions at the same offset keep their given order. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  // At one offset, insertions go before a replacement that starts there (safeEdits lets them touch).
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || Number(a.e.end > a.e.start) - Number(b.e.end > b.e.start) || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const { e } of ordered) {
    if (e.start < cursor) throw new Error(`Overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Preferred single-file fixes whose edits do not overlap: what "fix all" may apply blindly. */
export function safeEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.isPreferred && !f.fileEdits?.length && !f.command);
    if (!fix) continue;
    // Insertions at the same point are fine (applied in order); anything else that touches is not.
    const overlaps = fix.edits.some((e) => edits.some((x) => e.start < x.end && x.start < e.end));
    if (!overlaps) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.start - b.start);
}
