// Where a report defines an acronym in the plainest form, "Long Form (ACR)": the initials of the
// long form's words (small words such as "of" and "and" may be skipped) spell the acronym. Only
// acronyms defined exactly once, used after their definition and never before it, and not on the
// product's list of acronyms that need no definition (NHS, UK) are candidates: for those the
// answer after a mutation is known.
import { defaultConfig } from '../../../server/src/engine/configure';
import { knowledgeFor } from '../../../server/src/engine/knowledge';
import type { Span } from './types';
import { proseBlocks, type ReportText } from './text';

export interface AcronymSite {
  acronym: string;
  /** The long form's words. */
  long: Span;
  /** " (ACR)", with the space before it. */
  paren: Span;
  /** The acronym inside the brackets. */
  inner: Span;
  /** Every later use of the acronym (as a word). */
  uses: Span[];
  /** The later uses in running prose (not in a heading or a table), written as the bare acronym (not "IROs"). */
  proseUses: Span[];
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'on', 'at', '&', 'with', 'a', 'an']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let known: { allowed: ReadonlySet<string>; notAcronyms: ReadonlySet<string> } | undefined;

function needsNoDefinition(acronym: string): boolean {
  known ??= knowledgeFor(defaultConfig()).acronyms.known;
  return known.allowed.has(acronym) || known.notAcronyms.has(acronym);
}

/**
 * Start of the long form ending before `end` whose initials spell `acronym`, if there is one. The
 * parts of a hyphenated word count as words ("multi-agency" gives M and A), or only its first part
 * does; a small word ("and", "of") may give a letter or be passed over, and passing over is tried
 * first, so "Assessed and Supported Year in Employment (ASYE)" starts at "Assessed".
 */
export function longFormBefore(text: string, from: number, end: number, acronym: string): number | undefined {
  const words = [...text.slice(from, end).matchAll(/[\p{L}][\p{L}'’]*|&/gu)].map((m) => ({ word: m[0].toLowerCase(), at: from + m.index! }));
  // The start when words[0..w] must spell acronym[0..i], or undefined.
  const spell = (w: number, i: number): number | undefined => {
    if (i < 0) return words[w + 1]?.at;
    if (w < 0) return undefined;
    const { word, at } = words[w];
    const small = SMALL.has(word);
    const part = text[at - 1] === '-';
    if (small || part) {
      const passed = spell(w - 1, i);
      if (passed !== undefined) return passed;
    }
    return word[0] === acronym[i].toLowerCase() ? spell(w - 1, i - 1) : undefined;
  };
  let start = spell(words.length - 1, acronym.length - 1);
  // Nothing but words between the long form and the bracket, and a whole first word.
  if (start === undefined || /[^\s\p{L}'’&-]/u.test(text.slice(start, end))) return undefined;
  while (start > from && /[\p{L}'’-]/u.test(text[start - 1])) start--;
  return start;
}

/** The acronyms a report defines once, in the form "Long Form (ACR)" in its prose, and uses later. */
export function acronymSites(report: ReportText): AcronymSite[] {
  const { text } = report;
  const out: AcronymSite[] = [];
  const prose = proseBlocks(report).map((i) => report.blocks[i]);
  const inProse = (p: number) => prose.some((b) => p >= b.textStart && p < b.end);
  for (const index of proseBlocks(report)) {
    const block = report.blocks[index];
    const words = text.slice(block.textStart, block.end);
    for (const m of words.matchAll(/\s\(([A-Z]{2,7})s?\)/g)) {
      const acronym = m[1];
      const parenStart = block.textStart + m.index!;
      const innerStart = parenStart + 2;
      const longStart = longFormBefore(text, block.textStart, parenStart, acronym);
      if (longStart === undefined || needsNoDefinition(acronym)) continue;
      // A use is the acronym as a word, plural and possessive included (IROs, IRO's).
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?=(?:s|['’]s)?(?![\\p{L}\\p{N}]))`, 'gu');
      const all = [...text.slice(report.bodyStart).matchAll(word)].map((u) => report.bodyStart + u.index!);
      const before = all.filter((p) => p < innerStart);
      const after = all.filter((p) => p > innerStart);
      // Defined once, nowhere written "(ACR", and not used before its definition.
      if (before.length || text.split(`(${acronym}`).length !== 2 || !after.length) continue;
      out.push({
        acronym,
        long: { start: longStart, end: parenStart },
        paren: { start: parenStart, end: parenStart + m[0].length },
        inner: { start: innerStart, end: innerStart + acronym.length },
        uses: after.map((p) => ({ start: p, end: p + acronym.length })),
        proseUses: after.filter((p) => inProse(p) && !/[s'’]/.test(text[p + acronym.length] ?? '')).map((p) => ({ start: p, end: p + acronym.length })),
      });
    }
  }
  return out;
}
