// Which findings a mutation caused: the original's findings are mapped into the mutated text
// through the pieces; a finding of the mutated text with no counterpart (same rule, same mapped
// place, the same message up to its numbers) is new. A new finding is "at the edit" when it
// is in the paragraph (or heading) that holds new text or a seam where the original was cut, and
// "elsewhere" otherwise. A finding
// that only moved (the same rule, message and words as an original finding that has no
// counterpart: an undefined acronym whose first use is now further on) is not new.
import type { Finding } from '../../../server/src/engine/types';
import type { Expectation, Piece, Span } from './types';
import { mapSpan } from './text';

export interface Comparison {
  /** The finding that meets the expectation, if any. */
  detection?: Finding;
  /** Whether that finding was already in the original at the same place. */
  preExisting: boolean;
  /** New findings other than the detection: overlapping the edit, and elsewhere. */
  atEdit: Finding[];
  elsewhere: Finding[];
  /** Findings of the original that now stand elsewhere, unchanged. */
  moved: Finding[];
}

const looseMessage = (m: string) => m.replace(/\d+/g, '#');
const overlaps = (f: Span, s: Span) => (s.start === s.end || f.start === f.end ? f.start <= s.end && s.start <= f.end : f.start < s.end && s.start < f.end);

/** The mutated text's new ranges and seams (where two pieces that were not adjacent meet). */
export function editedPlaces(pieces: Piece[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  let lastTo: number | undefined;
  for (const p of pieces) {
    if ('text' in p) {
      out.push({ start: at, end: at + p.text.length });
      at += p.text.length;
      lastTo = undefined;
    } else {
      if (lastTo !== undefined && lastTo !== p.from) out.push({ start: at, end: at });
      if (at === 0 && p.from !== 0) out.push({ start: 0, end: 0 });
      at += p.to - p.from;
      lastTo = p.to;
    }
  }
  return out;
}

/** The span widened to the blank lines around it: the paragraph, list item or heading that holds it. */
export function paragraphAround(text: string, span: Span): Span {
  const before = text.lastIndexOf('\n\n', Math.max(0, span.start - 1));
  const after = text.indexOf('\n\n', span.end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

export function compare(
  original: readonly Finding[],
  mutated: readonly Finding[],
  pieces: Piece[],
  expect: Expectation,
  texts: { before: string; after: string },
): Comparison {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  const unmatched = new Set<Finding>();
  const mappedKey = new Map<Finding, string>();
  for (const f of original) {
    const at = mapSpan(pieces, f);
    if (!at) {
      unmatched.add(f);
      continue;
    }
    mappedKey.set(f, `${f.ruleId}\u0000${at.start}\u0000${at.end}`);
    bump(exact, `${f.ruleId}\u0000${at.start}\u0000${at.end}\u0000${looseMessage(f.message)}`, 1);
    bump(loose, `${f.ruleId}\u0000${at.start}\u0000${at.end}`, 1);
  }
  const fresh: Finding[] = [];
  const old = new Set<Finding>();
  // Exact matches first, so that a loose match never takes the counterpart of an exact one.
  const pending: Finding[] = [];
  for (const f of mutated) {
    const k = `${f.ruleId}\u0000${f.start}\u0000${f.end}\u0000${looseMessage(f.message)}`;
    if ((exact.get(k) ?? 0) > 0) {
      bump(exact, k, -1);
      bump(loose, `${f.ruleId}\u0000${f.start}\u0000${f.end}`, -1);
      old.add(f);
    } else pending.push(f);
  }
  for (const f of pending) {
    const k = `${f.ruleId}\u0000${f.start}\u0000${f.end}`;
    if ((loose.get(k) ?? 0) > 0) {
      bump(loose, k, -1);
      old.add(f);
    } else fresh.push(f);
  }
  const expected = (f: Finding) => f.ruleId === expect.rule && expect.spans.some((s) => overlaps(f, s));
  const newHit = fresh.find(expected);
  const oldHit = expect.newOnly ? undefined : mutated.find((f) => old.has(f) && expected(f));
  const detection = newHit ?? oldHit;
  // Original findings with no counterpart at their mapped place may have moved.
  const left = new Map<string, number>(loose);
  for (const [f, k] of mappedKey) if ((left.get(k) ?? 0) > 0) {
    left.set(k, left.get(k)! - 1);
    unmatched.add(f);
  }
  const says = (f: Finding, text: string) => `${f.ruleId}\u0000${looseMessage(f.message)}\u0000${text.slice(f.start, f.end)}`;
  const gone = new Map<string, number>();
  for (const f of unmatched) bump(gone, says(f, texts.before), 1);
  const places = editedPlaces(pieces).map((p) => paragraphAround(texts.after, p));
  const atEdit: Finding[] = [];
  const elsewhere: Finding[] = [];
  const moved: Finding[] = [];
  for (const f of fresh) {
    if (f === newHit) continue;
    const k = says(f, texts.after);
    if (!expected(f) && (gone.get(k) ?? 0) > 0) {
      bump(gone, k, -1);
      moved.push(f);
    } else if (!expected(f)) (places.some((p) => overlaps(f, p)) ? atEdit : elsewhere).push(f);
  }
  return { detection, preExisting: !newHit && !!oldHit, atEdit, elsewhere, moved };
}
