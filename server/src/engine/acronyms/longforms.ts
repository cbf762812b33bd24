// Finding long forms written out in prose ("Care and Social Services Inspectorate Wales"), with or
// without their acronym after them, for "the long form is written out at line N without (CSSIW)"
// and the "long form written out without its acronym" check.
//
// One matcher holds every long form in a word trie (one Map for all edges, so 100,000 glossary
// entries stay compact); find() walks the prose once: O(words × the few words a match can run to).
// Matching is case- and accent-insensitive, across any whitespace; hyphens separate words
// ("well-being" = "well being"), "&" = "and", a possessive 's is ignored. Words of a long form may
// be separated by spaces, hyphens, slashes, quotes and commas, not by . ; : ! ? or brackets.
import * as chars from './chars';
// Local copies: module bindings are getters under some loaders, and these are read per character.
const { foldCode, isAlnumCode, isApostropheCode, isLetterCode, isSpaceCode } = chars;
import type { KnownAcronyms } from './known';
import { normaliseShortForm } from './normalise';

export interface LongFormEntry {
  acronym: string;
  longForms: readonly string[];
}

export interface LongFormMatch {
  /** The first acronym whose long form this is. */
  acronym: string;
  /** Every acronym with this long form (e.g. the Welsh long form of CIW is also AGC's). */
  acronyms: readonly string[];
  /** The long form as given in the entry. */
  longForm: string;
  /** Span in the prose. */
  start: number;
  end: number;
  /** Written with its acronym: "Long Form (LF)", "LF (Long Form)", "(Long Form, LF)". */
  withAcronym: boolean;
}

export interface LongFormMatcher {
  /** Every long form written in the prose, longest first at each place, not overlapping. */
  find(prose: string): LongFormMatch[];
  /** Only those written without their acronym. */
  findWithoutAcronym(prose: string): LongFormMatch[];
  /** Number of distinct long forms held. */
  readonly size: number;
}

interface Word {
  key: string;
  start: number;
  end: number;
  /** Hard punctuation (. ; : ! ? brackets) between this word and the previous one. */
  hardBefore: boolean;
}

const HARD = new Set([46, 59, 58, 33, 63, 40, 41, 91, 93]);

/** Folded words of a text: letters and digits; inner apostrophes dropped; a trailing 's dropped; & is "and". */
function words(text: string): Word[] {
  const out: Word[] = [];
  let hard = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) {
      out.push({ key: 'and', start: i, end: i + 1, hardBefore: hard });
      hard = false;
      i++;
      continue;
    }
    if (!isAlnumCode(c)) {
      if (HARD.has(c)) hard = true;
      i++;
      continue;
    }
    const start = i;
    let key = '';
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAlnumCode(d)) {
        key += foldCode(d);
        i++;
      } else if (isApostropheCode(d) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1)) && isLetterCode(text.charCodeAt(i - 1))) {
        i++;
      } else if (foldCode(d) === '' && d > 127) {
        i++; // combining mark
      } else break;
    }
    // Possessive: "Wales's", "children's" → "wales", "children" (the apostrophe was skipped above).
    let end = i;
    if (key.length > 2 && key.endsWith('s') && isApostropheCode(text.charCodeAt(i - 2))) {
      key = key.slice(0, -1);
      end = i - 2;
    }
    out.push({ key, start, end, hardBefore: hard });
    hard = false;
  }
  return out;
}

interface Terminal {
  acronyms: string[];
  longForm: string;
}

class Matcher implements LongFormMatcher {
  private readonly edges = new Map<string, number>();
  private readonly terms = new Map<number, Terminal>();
  private nodes = 1;

  constructor(entries: Iterable<LongFormEntry>) {
    for (const e of entries) for (const lf of e.longForms) this.add(lf, e.acronym);
  }

  get size(): number {
    return this.terms.size;
  }

  private add(longForm: string, acronym: string): void {
    const ws = words(longForm);
    if (!ws.length) return;
    let node = 0;
    for (const w of ws) {
      const k = node + '\u0001' + w.key;
      let child = this.edges.get(k);
      if (child === undefined) {
        child = this.nodes++;
        this.edges.set(k, child);
      }
      node = child;
    }
    const t = this.terms.get(node);
    if (!t) this.terms.set(node, { acronyms: [acronym], longForm });
    else if (!t.acronyms.includes(acronym)) t.acronyms.push(acronym);
  }

  find(prose: string): LongFormMatch[] {
    const ws = words(prose);
    const out: LongFormMatch[] = [];
    for (let i = 0; i < ws.length; i++) {
      let node = 0;
      let best: { j: number; t: Terminal } | null = null;
      for (let j = i; j < ws.length; j++) {
        if (j > i && ws[j].hardBefore) break;
        const child = this.edges.get(node + '\u0001' + ws[j].key);
        if (child === undefined) break;
        node = child;
        const t = this.terms.get(node);
        if (t) best = { j, t };
      }
      if (!best) continue;
      const start = ws[i].start;
      const end = ws[best.j].end;
      out.push({
        acronym: best.t.acronyms[0],
        acronyms: best.t.acronyms,
        longForm: best.t.longForm,
        start,
        end,
        withAcronym: hasAcronymNearby(prose, start, end, best.t.acronyms),
      });
      i = best.j;
    }
    return out;
  }

  findWithoutAcronym(prose: string): LongFormMatch[] {
    return this.find(prose).filter((m) => !m.withAcronym);
  }
}

function sameAcronym(written: string, acronyms: readonly string[]): boolean {
  const w = normaliseShortForm(written.replace(/^['"‘’“”]+|['"‘’“”]+$/g, ''));
  const wu = w.toUpperCase();
  return acronyms.some((a) => a === w || a.toUpperCase() === wu);
}

/** "Long Form (LF)", "Long Form [LF]", "(Long Form, LF)", "LF (Long Form)". */
function hasAcronymNearby(prose: string, start: number, end: number, acronyms: readonly string[]): boolean {
  // After: optional possessive, spaces, then a bracket holding the acronym (first part).
  let i = end;
  if (isApostropheCode(prose.charCodeAt(i)) && (prose[i + 1] === 's' || prose[i + 1] === 'S')) i += 2;
  while (i < prose.length && isSpaceCode(prose.charCodeAt(i))) i++;
  const open = prose.charCodeAt(i);
  if (open === 40 || open === 91) {
    const close = prose.indexOf(open === 40 ? ')' : ']', i);
    if (close > i && close - i < 60) {
      const inner = prose.slice(i + 1, close).split(/[,;]\s|\s[–—-]\s/)[0].trim();
      if (sameAcronym(inner, acronyms)) return true;
    }
  }
  // Inside a bracket: "(Long Form, LF)".
  if (prose[i] === ',' || prose[i] === ';') {
    const close = prose.indexOf(')', i);
    if (close > i && close - i < 30 && sameAcronym(prose.slice(i + 1, close).trim(), acronyms)) return true;
  }
  // Before: "LF (Long Form)".
  let b = start - 1;
  while (b >= 0 && isSpaceCode(prose.charCodeAt(b))) b--;
  if (b >= 0 && (prose[b] === '(' || prose[b] === '[')) {
    let e = b;
    while (e > 0 && isSpaceCode(prose.charCodeAt(e - 1))) e--;
    const head = prose.slice(Math.max(0, e - 40), e);
    const m = /(\S+(?:\s\S+)?)$/.exec(head);
    if (m) {
      const two = m[1];
      const one = two.split(/\s/).pop() ?? '';
      if (sameAcronym(one, acronyms) || sameAcronym(two, acronyms)) return true;
    }
  }
  return false;
}

/** One matcher for many long forms; build it once per glossary and reuse it for every block. */
export function createLongFormMatcher(entries: Iterable<LongFormEntry>): LongFormMatcher {
  return new Matcher(entries);
}

/** A matcher for every long form in a KnownAcronyms (glossary English, Welsh and alternative forms). */
export function longFormMatcherFromKnown(known: KnownAcronyms): LongFormMatcher {
  const entries: LongFormEntry[] = [];
  for (const [acronym, longForms] of known.longForms) entries.push({ acronym, longForms });
  return new Matcher(entries);
}

const single = new Map<string, LongFormMatcher>();

/**
 * Where `longForm` is written out in `text` without `acronym` next to it (case-insensitive, across
 * collapsed whitespace). Cheap for repeated calls with the same long form (the matcher is cached);
 * for many long forms at once, use createLongFormMatcher.
 */
export function findLongForm(text: string, longForm: string, acronym = ''): { start: number; end: number }[] {
  const key = acronym + '\u0000' + longForm;
  let m = single.get(key);
  if (!m) {
    if (single.size > 500) single.clear();
    m = new Matcher([{ acronym, longForms: [longForm] }]);
    single.set(key, m);
  }
  return m.findWithoutAcronym(text).map(({ start, end }) => ({ start, end }));
}
