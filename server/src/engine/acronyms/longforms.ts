// Finding long forms written out in prose ("Care and Social Services Inspectorate Wales"), with or
// without their acronym after them, for "the long form is written out at line N without (CSSIW)"
// and the "long form written out without its acronym" check.
//
// One matcher holds every long form in a word trie (one Map for all edges, so 100,000 glossary
// entries stay compact); find() walks the prose once, hashing each word as it goes and making no
// string of it: O(words × the few words a match can run to).
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

/** Hard punctuation: . ; : ! ? and brackets (all ASCII). */
const HARD = new Uint8Array(128);
for (const c of '.;:!?()[]') HARD[c.charCodeAt(0)] = 1;
/** ASCII letters and digits, folded (A → a); 0 for other ASCII characters. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 48; c < 123; c++) if (isAlnumCode(c)) ASCII_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** A character of a word's key folded to one code unit, or -1 for none (a combining mark). */
function foldUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const folded = foldCode(code);
  return folded === '' ? -1 : folded.charCodeAt(0);
}

const hashStep = (hash: number, unit: number) => (Math.imul(hash, 31) + unit) | 0;

function hashKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
  return hash;
}

const AND_HASH = hashKey('and');

/**
 * Walks the folded words of a text: letters and digits; inner apostrophes dropped; a trailing 's
 * dropped; & is the word "and". Each word comes as its span, its key's length and a hash of its
 * key; the key is compared in place (keyIs), so prose is scanned without a string per word.
 */
class WordScanner {
  /** Where scanning resumes. */
  pos = 0;
  start = 0;
  end = 0;
  hash = 0;
  /** Hard punctuation between this word and the previous one. */
  hardBefore = false;
  private hard = false;
  /** Where the characters of the key end (after a possessive 's, which the key leaves out). */
  private keyEnd = 0;
  private keyLength = 0;

  constructor(private readonly text: string) {}

  /** Resumes scanning at `pos`, just after a word. */
  resume(pos: number): void {
    this.pos = pos;
    this.hard = false;
  }

  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) continue;
      if (c === 38 /* & */) {
        this.word(i, i + 1, AND_HASH, 3);
        return true;
      }
      if (c < 128 ? ASCII_FOLD[c] !== 0 : isAlnumCode(c)) break;
      if (c < 128 && HARD[c]) this.hard = true;
    }
    if (i >= n) {
      this.pos = n;
      return false;
    }
    const start = i;
    let hash = 0;
    let before = 0;
    let length = 0;
    let last = -1;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        // a-z, most of prose: folded already
        before = hash;
        hash = hashStep(hash, d);
        length++;
        last = d;
        continue;
      }
      if (d === 32) break;
      const unit = d < 128 ? ASCII_FOLD[d] || -2 : isAlnumCode(d) ? foldUnit(d) : -2;
      if (unit >= 0) {
        before = hash;
        hash = hashStep(hash, unit);
        length++;
        last = unit;
      } else if (unit === -1) {
        // a letter that folds to nothing
      } else if (isApostropheCode(d) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1)) && isLetterCode(text.charCodeAt(i - 1))) {
        // inner apostrophe: dropped
      } else if (d > 127 && foldUnit(d) < 0) {
        // combining mark
      } else break;
    }
    this.word(start, i, hash, length);
    // Possessive: "Wales's", "children's" → "wales", "children" (the apostrophe was skipped above).
    if (length > 2 && last === 115 /* s */ && isApostropheCode(text.charCodeAt(i - 2))) {
      this.end = i - 2;
      this.hash = before;
      this.keyLength = length - 1;
    }
    return true;
  }

  /** Whether the current word's key is `key`. */
  keyIs(key: string): boolean {
    if (key.length !== this.keyLength) return false;
    if (this.isAnd()) return key === 'and';
    let j = 0;
    for (let i = this.start; j < key.length && i < this.keyEnd; i++) {
      const d = this.text.charCodeAt(i);
      if (!isAlnumCode(d)) continue;
      const unit = foldUnit(d);
      if (unit >= 0 && unit !== key.charCodeAt(j++)) return false;
    }
    return j === key.length;
  }

  /** The current word's key, as a string. */
  key(): string {
    if (this.isAnd()) return 'and';
    let key = '';
    for (let i = this.start; key.length < this.keyLength && i < this.keyEnd; i++) {
      const d = this.text.charCodeAt(i);
      if (isAlnumCode(d)) key += foldCode(d);
    }
    return key;
  }

  private isAnd(): boolean {
    return this.keyEnd - this.start === 1 && this.text.charCodeAt(this.start) === 38;
  }

  private word(start: number, end: number, hash: number, keyLength: number): void {
    this.start = start;
    this.end = end;
    this.keyEnd = end;
    this.pos = end;
    this.hash = hash;
    this.keyLength = keyLength;
    this.hardBefore = this.hard;
    this.hard = false;
  }
}

/** Folded words of a text (see WordScanner). */
function words(text: string): string[] {
  const out: string[] = [];
  const scanner = new WordScanner(text);
  while (scanner.next()) out.push(scanner.key());
  return out;
}

interface Terminal {
  acronyms: string[];
  longForm: string;
}

/** An edge of the trie: the word `key` leads from node `from` to node `to`. */
interface Edge {
  from: number;
  key: string;
  to: number;
  /** The long form that ends at node `to` (each node has one edge into it), if one does. */
  terminal?: Terminal;
  /** Another edge in the same slot. */
  next?: Edge;
}

/** Bits of the filter of first words' hashes, which rejects most prose words before any lookup. */
const FIRST_WORD_BITS = 16;
const FIRST_WORD_MASK = (1 << FIRST_WORD_BITS) - 1;

/** The slot of an edge: its node and its word's hash, as a small integer. */
const slot = (from: number, hash: number) => (Math.imul(from, 0x9e3779b1) ^ hash) & 0x3fffffff;

class Matcher implements LongFormMatcher {
  /** Every edge of the trie in one Map, by slot. */
  private readonly edges = new Map<number, Edge>();
  private readonly firstWords = new Uint8Array(1 << FIRST_WORD_BITS);
  private nodes = 1;
  private terminals = 0;

  constructor(entries: Iterable<LongFormEntry>) {
    for (const e of entries) for (const lf of e.longForms) this.add(lf, e.acronym);
  }

  get size(): number {
    return this.terminals;
  }

  private add(longForm: string, acronym: string): void {
    const keys = words(longForm);
    if (!keys.length) return;
    this.firstWords[hashKey(keys[0]) & FIRST_WORD_MASK] = 1;
    let node = 0;
    let edge: Edge | undefined;
    for (const key of keys) {
      const at = slot(node, hashKey(key));
      const first = this.edges.get(at);
      edge = first;
      while (edge && !(edge.from === node && edge.key === key)) edge = edge.next;
      if (!edge) {
        edge = { from: node, key, to: this.nodes++, next: first };
        this.edges.set(at, edge);
      }
      node = edge.to;
    }
    const t = edge!.terminal;
    if (!t) {
      edge!.terminal = { acronyms: [acronym], longForm };
      this.terminals++;
    } else if (!t.acronyms.includes(acronym)) t.acronyms.push(acronym);
  }

  /** The edge the scanner's current word takes from node `from`, if any. */
  private child(from: number, scanner: WordScanner): Edge | undefined {
    for (let edge = this.edges.get(slot(from, scanner.hash)); edge; edge = edge.next) {
      if (edge.from === from && scanner.keyIs(edge.key)) return edge;
    }
    return undefined;
  }

  find(prose: string): LongFormMatch[] {
    const out: LongFormMatch[] = [];
    const scanner = new WordScanner(prose);
    while (scanner.next()) {
      if (!this.firstWords[scanner.hash & FIRST_WORD_MASK]) continue;
      const start = scanner.start;
      const after = scanner.pos;
      let edge = this.child(0, scanner);
      let best: { end: number; after: number; t: Terminal } | undefined;
      while (edge) {
        if (edge.terminal) best = { end: scanner.end, after: scanner.pos, t: edge.terminal };
        if (!scanner.next() || scanner.hardBefore) break;
        edge = this.child(edge.to, scanner);
      }
      // Longest match first; the next match starts after it (or, with none, after this word).
      scanner.resume(best ? best.after : after);
      if (!best) continue;
      out.push({
        acronym: best.t.acronyms[0],
        acronyms: best.t.acronyms,
        longForm: best.t.longForm,
        start,
        end: best.end,
        withAcronym: hasAcronymNearby(prose, start, best.end, best.t.acronyms),
      });
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
