// Acronym uses, definitions and punctuated acronyms in one block of prose.
//
// Input: the prose of one Markdown block (paragraph, heading, table cell, list-item paragraph)
// with every non-prose character already replaced by a space, so offsets are source offsets
// relative to the block start. No I/O; the same input always gives the same output.
//
// Uses are:
//   - words of two or more capital letters, digits allowed (CIW, HMICFRS, CO2, A&E);
//   - mixed spellings with at least two capitals and no more small letters than capitals
//     (DoLS, DfE, CLlLC), and any spelling the glossary knows (Ofsted, OFSTED, Cafcass, Estyn,
//     CoP, s47 → S47);
//   - the glossary's multi-word acronyms (ADSS Cymru, Cafcass Cymru), as one use;
//   - a plural "LACs" (key LAC) and a possessive "CIW's" (key CIW): the span covers the acronym
//     only, the suffix follows at `end`;
//   - punctuated forms "C.I.W." (key CIW; the span covers the whole written form; also listed in
//     `punctuated`).
// Not uses: single letters, words starting with a digit (10KM), Roman numerals (II, XIV, MMXXIV;
// not CIV, CD, MD, DC, which are read as acronyms), words in `known.notAcronyms` (emphasis such as
// NOT, MUST, TODO; units such as KM, MB; security markings), contractions (DON'T), a child's
// initials naming a case review ("the HK serious case review"), and words in a
// run of text written in capitals (three or more capitalised words in a row, or two where one is
// an ordinary word: "SUMMARY OF FINDINGS", "KEY FINDINGS"), unless the glossary knows them.
// The short form inside a definition is not a use: the definition is the first occurrence.
// Uses inside a definition's long form are uses ("NHS Wales Shared Services Partnership (NWSSP)").
// Acronyms that need no definition (known.allowed: UK, NHS, the config's allow list) are still
// reported as uses; rules skip them.
// Definitions: see definitions.ts. With `known`, a long form the glossary gives is accepted when
// written exactly before the bracket (Ofsted), and a glossary acronym in brackets after other
// text must spell it perfectly ("complaints were out of date (CIW)" cites a source).
import * as chars from './chars';
// Local copies: module bindings are getters under some loaders, and these are read per character.
const { charClass, isAlnumCode, isApostropheCode, isLetterCode, isSpaceCode, DIGIT, LOWER, UPPER, LETTER, OTHER } = chars;
import { findDefinitions } from './definitions';
import { NO_KNOWN_ACRONYMS, looksLikeMixedAcronym, type KnownAcronyms } from './known';
import { isRomanNumeral } from './normalise';
import type { AcronymDefinition, AcronymUse, BlockAcronyms, PunctuatedAcronym } from './types';

export type { AcronymDefinition, AcronymUse, BlockAcronyms, PunctuatedAcronym } from './types';
export type { KnownAcronyms, KnownAcronymsOptions, KnownEntry, MultiWordAcronym } from './known';
export { buildKnownAcronyms, BUILTIN_NOT_ACRONYMS, NO_KNOWN_ACRONYMS } from './known';
export { findDefinitions } from './definitions';
export { findLongForm, createLongFormMatcher, longFormMatcherFromKnown } from './longforms';
export type { LongFormMatch, LongFormMatcher, LongFormEntry } from './longforms';
export { normaliseShortForm, isRomanNumeral } from './normalise';

/** Words a token buffer holds between calls; a larger one (a pasted book) is let go after use. */
const TOKENS_KEPT = 1 << 16;

/**
 * The words of one block as parallel arrays: no object or string per word, since most words are
 * ordinary prose that is never looked at again. One buffer, refilled by each tokenise() call
 * (detection is synchronous, so calls never overlap).
 */
class Tokens {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  upper = new Int32Array(1024);
  lower = new Int32Array(1024);
  /** Has an apostrophe inside (CIW's, DON'T). */
  apostrophe = new Uint8Array(1024);
  /** In a run of words written in capitals (set by markShouted). */
  shouted = new Uint8Array(1024);
  /** Indexes of the words that may be uses (two capitals or more, or a start the glossary knows), in order. */
  candidates = new Int32Array(1024);
  candidateCount = 0;

  /** Doubles the room, keeping the words so far (markShouted sets `shouted` afterwards). */
  grow(): void {
    const size = this.start.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.start = grown(this.start, new Int32Array(size));
    this.end = grown(this.end, new Int32Array(size));
    this.upper = grown(this.upper, new Int32Array(size));
    this.lower = grown(this.lower, new Int32Array(size));
    this.apostrophe = grown(this.apostrophe, new Uint8Array(size));
    this.shouted = new Uint8Array(size);
    this.candidates = grown(this.candidates, new Int32Array(size));
  }

  text(prose: string, k: number): string {
    return prose.slice(this.start[k], this.end[k]);
  }

  /** Token k is exactly `word`. */
  is(prose: string, k: number, word: string): boolean {
    return this.end[k] - this.start[k] === word.length && prose.startsWith(word, this.start[k]);
  }
}

let tokens = new Tokens();

/** Words: letters, digits and marks, joined by an inner apostrophe (CIW's) or an ampersand between capitals (A&E). */
function tokenise(text: string, glossaryStarts: KnownStarts): Tokens {
  const n = text.length;
  const t = tokens;
  let { start: starts, end: ends, upper: uppers, lower: lowers, apostrophe: apostrophes, candidates } = t;
  let count = 0;
  let candidateCount = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAlnumCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let apostrophe = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      // Small letters a-z and spaces, most of prose, first: the general case below would do the same, slower.
      if (d >= 97 && d <= 122) {
        lower++;
        i++;
        continue;
      }
      if (d === 32) break;
      const k = charClass(d);
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      if (k !== OTHER) {
        i++;
        continue;
      }
      const prev = text.charCodeAt(i - 1);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (isApostropheCode(d) && isLetterCode(prev) && isLetterCode(next)) {
        apostrophe = 1;
        i++;
        continue;
      }
      if (d === 38 /* & */ && charClass(prev) === UPPER && charClass(next) === UPPER) {
        i++;
        continue;
      }
      break;
    }
    if (count === starts.length) {
      t.grow();
      ({ start: starts, end: ends, upper: uppers, lower: lowers, apostrophe: apostrophes, candidates } = t);
    }
    // Fewer than two capitals: a use only through the glossary's spellings (Ofsted, s47, ADSS Cymru).
    if (upper >= 2 || mayBeKnown(text, start, i, glossaryStarts)) candidates[candidateCount++] = count;
    starts[count] = start;
    ends[count] = i;
    uppers[count] = upper;
    lowers[count] = lower;
    apostrophes[count] = apostrophe;
    count++;
  }
  t.count = count;
  t.candidateCount = candidateCount;
  return t;
}

/**
 * What a word needs to be looked up in the glossary's spellings or multi-word acronyms. A word
 * with fewer than two capitals can only be a use through such a lookup, and the strings looked
 * up are the word, or the word without a possessive 's or a plural s or both: they start as the
 * word does and are up to three units shorter. So a word is looked at only when a spelling
 * starts with its first two units and has a length that fits (or is its first unit alone).
 */
interface KnownStarts {
  /** Code units that are a one-unit spelling (1), or start a longer one (2). */
  first: Uint8Array;
  /** By first two units (first * 65536 + second), the word lengths that fit (lengthBit). */
  lengths: Map<number, number>;
}

const ONE_UNIT = 1;
const LONGER = 2;
/** Longest tail a looked-up string drops from its word: "'s" and a plural "s". */
const DROPPED_TAIL = 3;
const lengthBit = (length: number) => 1 << Math.min(length, 31);
const knownStartsCache = new WeakMap<KnownAcronyms, KnownStarts>();

function knownStarts(known: KnownAcronyms): KnownStarts {
  let starts = knownStartsCache.get(known);
  if (!starts) {
    starts = { first: new Uint8Array(65536), lengths: new Map() };
    for (const spelling of [...known.spellings.keys(), ...known.multiWord.keys()]) {
      if (!spelling) continue;
      const first = spelling.charCodeAt(0);
      if (spelling.length === 1) {
        starts.first[first] |= ONE_UNIT;
        continue;
      }
      starts.first[first] |= LONGER;
      const pair = first * 65536 + spelling.charCodeAt(1);
      let bits = starts.lengths.get(pair) ?? 0;
      for (let extra = 0; extra <= DROPPED_TAIL; extra++) bits |= lengthBit(spelling.length + extra);
      starts.lengths.set(pair, bits);
    }
    knownStartsCache.set(known, starts);
  }
  return starts;
}

/** Whether a spelling the glossary knows could be looked up for the word [start, end) (see KnownStarts). */
function mayBeKnown(prose: string, start: number, end: number, starts: KnownStarts): boolean {
  const first = prose.charCodeAt(start);
  const kinds = starts.first[first];
  if (kinds === 0) return false;
  if (kinds & ONE_UNIT) return true;
  if (end - start < 2) return false;
  const lengths = starts.lengths.get(first * 65536 + prose.charCodeAt(start + 1));
  return lengths !== undefined && (lengths & lengthBit(end - start)) !== 0;
}

function onlySpacesOrHyphens(text: string, from: number, to: number, spacesOnly = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (!spacesOnly && (c === 45 || c === 0x2010 || c === 0x2011)) continue;
    return false;
  }
  return true;
}

/** Roman numerals read as numbers: II, IV, XIV, XXI, LX, MMXXIV. Short ones with C, D or M (CD, MD, CIV) read as acronyms. */
function isRomanNumber(word: string): boolean {
  if (!isRomanNumeral(word)) return false;
  return /^[IVXL]+$/.test(word) || word.length >= 4;
}

/**
 * Marks runs of words in capitals ("SUMMARY OF FINDINGS"): three or more words, or two where one
 * is an ordinary word. Only known acronyms in them are uses.
 */
function markShouted(prose: string, t: Tokens, known: KnownAcronyms): void {
  t.shouted.fill(0, 0, t.count);
  let runStart = -1;
  for (let k = 0; k < t.count; k++) {
    // A run continues over spaces (or a hyphen) only: "CIW, HIW, HMICFRS and Estyn" is a list, not shouting.
    if (runStart >= 0 && !onlySpacesOrHyphens(prose, t.end[k - 1], t.start[k])) runStart = closeRun(prose, t, known, runStart, k);
    if (t.upper[k] + t.lower[k] === 0) continue; // numbers neither start nor break a run
    // A word written in capitals: letters present, none small.
    if (t.lower[k] === 0) {
      if (runStart < 0) runStart = k;
    } else if (runStart >= 0) runStart = closeRun(prose, t, known, runStart, k);
  }
  if (runStart >= 0) closeRun(prose, t, known, runStart, t.count);
}

/** Marks the words [from, to) as shouting if they are; returns -1, for "no run open". */
function closeRun(prose: string, t: Tokens, known: KnownAcronyms, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (t.upper[k] + t.lower[k] > 0) words++;
  let ordinary = false;
  if (words === 2) {
    for (let k = from; k < to; k++) {
      if (t.upper[k] + t.lower[k] > 0 && known.notAcronyms.has(t.text(prose, k).toUpperCase())) ordinary = true;
    }
  }
  if (words >= 3 || (words === 2 && ordinary)) t.shouted.fill(1, from, to);
  return -1;
}

const PUNCTUATED = /(?:\p{Lu}\.){2,}(?:\p{Lu}(?![\p{L}\p{N}]))?/uy;

/** Length of a plural "s" or possessive "'s" at `at` that ends a word, or 0. */
export function punctuatedSuffix(text: string, at: number): number {
  let n = 0;
  if (isApostropheCode(text.charCodeAt(at))) n = 1;
  const s = text.charCodeAt(at + n);
  if (s !== 115 && s !== 83) return 0;
  return isAlnumCode(text.charCodeAt(at + n + 1)) ? 0 : n + 1;
}

function findPunctuated(text: string, known: KnownAcronyms): PunctuatedAcronym[] {
  const out: PunctuatedAcronym[] = [];
  // Each candidate is a capital just before a full stop: found by indexOf('.').
  for (let i = text.indexOf('.', 1) - 1; i >= 0 && i < text.length - 3; i = text.indexOf('.', i + 2) - 1) {
    if (charClass(text.charCodeAt(i)) !== UPPER) continue;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if (isAlnumCode(p) || p === 46) continue;
    }
    PUNCTUATED.lastIndex = i;
    const m = PUNCTUATED.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    const next = end < text.length ? text.charCodeAt(end) : 32;
    // A plural or possessive may follow the last full stop: "C.I.W.s", "C.I.W.'s" (the suffix is not in the span).
    if (isAlnumCode(next) && !(text.charCodeAt(end - 1) === 46 && punctuatedSuffix(text, end) > 0)) continue;
    const acronym = m[0].replace(/\./g, '');
    const key = known.spellings.get(acronym) ?? acronym;
    // Initials before a name ("J.R.R. Tolkien") are not acronyms, unless the glossary knows them.
    if (!known.keys.has(key)) {
      let j = end;
      while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      if (j > end && j + 1 < text.length && charClass(text.charCodeAt(j)) === UPPER && charClass(text.charCodeAt(j + 1)) === LOWER) continue;
    }
    out.push({ written: m[0], acronym: key, start: i, end });
    i = end - 1;
  }
  return out;
}

/**
 * Detects acronym uses, definitions and punctuated acronyms in one block of prose.
 * `known` comes from buildKnownAcronyms (glossary + config); it defaults to built-in exceptions only.
 */
export function detectAcronyms(prose: string, known: KnownAcronyms = NO_KNOWN_ACRONYMS): BlockAcronyms {
  const definitions: AcronymDefinition[] = findDefinitions(prose, known);
  const punctuated = findPunctuated(prose, known);
  const t = tokenise(prose, knownStarts(known));
  markShouted(prose, t, known);

  // Short forms inside definitions are not uses. Tokens come in order, so one sweep each.
  const defSpans = definitions.map((d) => [d.shortStart, d.shortEnd] as const).sort((a, b) => a[0] - b[0]);
  const inShortForm = (s: number, e: number) => {
    // Few definitions per block: a binary search keeps a whole-document block linear.
    let lo = 0;
    let hi = defSpans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (defSpans[mid][0] <= s) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && e <= defSpans[hi][1];
  };
  let pi = 0;
  const inPunctuated = (s: number) => {
    while (pi < punctuated.length && punctuated[pi].end <= s) pi++;
    return pi < punctuated.length && punctuated[pi].start <= s;
  };

  const uses: AcronymUse[] = [];
  let unread = 0; // the first word not read as part of a multi-word acronym
  for (let i = 0; i < t.candidateCount; i++) {
    const k = t.candidates[i];
    if (k < unread) continue;
    const tokenStart = t.start[k];
    if (inPunctuated(tokenStart)) continue;
    const text = t.text(prose, k);
    // Multi-word acronyms the glossary knows: "ADSS Cymru".
    const multi = known.multiWord.get(text);
    if (multi) {
      let matched = false;
      for (const m of multi) {
        let end = t.end[k];
        let ok = true;
        for (let w = 1; w < m.words.length && ok; w++) {
          const next = k + w;
          if (next >= t.count || !t.is(prose, next, m.words[w]) || t.start[next] === end || !onlySpacesOrHyphens(prose, end, t.start[next], true)) ok = false;
          else end = t.end[next];
        }
        if (ok) {
          if (!inShortForm(tokenStart, end)) uses.push({ acronym: m.key, start: tokenStart, end });
          unread = k + m.words.length;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (charClass(text.charCodeAt(0)) === DIGIT) continue;
    let word = text;
    let end = t.end[k];
    // Possessive: CIW's, CIW’S.
    if (t.apostrophe[k]) {
      const m = /^(.+)['’ʼ‘][sS]$/u.exec(word);
      if (!m || /['’ʼ‘]/u.test(m[1])) continue; // contractions: DON'T, CAN'T
      word = m[1];
      end = tokenStart + word.length;
    }
    let key: string | undefined = known.spellings.get(word);
    if (key === undefined && word.length > 2 && word.endsWith('s') && known.spellings.has(word.slice(0, -1))) {
      // Plural of a known spelling: CoPs, SoPs.
      key = known.spellings.get(word.slice(0, -1));
      end = tokenStart + word.length - 1;
    }
    if (key === undefined) {
      // Spelt as an acronym: two capitals or more, whatever else (see letters below).
      if (t.upper[k] < 2) continue;
      const c = letters(word);
      if (c.letters < 2) continue;
      if (c.lower === 0) {
        // CIW, HMICFRS, CO2, A&E
        if (c.upper < 2) continue;
        key = word;
      } else if (c.pluralStem) {
        // LACs, IDs, GPs → the stem; E2s stays a word unless known.
        const stem = word.slice(0, -1);
        key = known.spellings.get(stem) ?? stem;
        end = tokenStart + stem.length;
      } else if (looksLikeMixedAcronym(word)) {
        key = word; // DoLS, DfE, CLlLC
      } else continue;
      const upperWord = key.toUpperCase();
      if (!known.keys.has(key)) {
        if (known.notAcronyms.has(upperWord)) continue;
        if (isRomanNumber(key)) continue;
        if (t.shouted[k]) continue;
        if (isCode(prose, t, k, word)) continue;
        if (isPostNominal(prose, t, k)) continue;
        if (namesACaseReview(prose, t, k)) continue;
      }
    }
    if (inShortForm(tokenStart, end)) continue;
    if (isCitationOrQuotedName(prose, tokenStart, end, word, known.keys.has(key))) continue;
    uses.push({ acronym: key, start: tokenStart, end });
  }
  for (const p of punctuated) {
    if (!inShortForm(p.start, p.end)) uses.push({ acronym: p.acronym, start: p.start, end: p.end });
  }
  // Uses from words come in order; punctuated ones were added after them.
  if (punctuated.length) uses.sort((a, b) => a.start - b.start);
  if (t.start.length > TOKENS_KEPT) tokens = new Tokens();
  return { uses, definitions, punctuated };
}

const OPENING_QUOTES = new Set(["'", '‘', '"', '“']);
const CLOSING_QUOTES = new Set(["'", '’', '"', '”']);

/**
 * Not a use to define: a source named after "Source:" ("Source: ONS Mid-Year 2013", a citation)
 * or cited with a year in brackets ("(HMRC 2014)"),
 * or a word in capitals that the writer puts in quotation marks as a name ("the ‘REACH’ service").
 */
function isCitationOrQuotedName(prose: string, start: number, end: number, word: string, knownKey: boolean): boolean {
  if (/\bsources?\s*:\s*$/i.test(prose.slice(Math.max(0, start - 12), start))) return true;
  // An author-date citation: "(HMRC 2014)", "(DfE, 2019–20)".
  if (prose.charCodeAt(start - 1) === 40 && /^,?\s*(?:19|20)\d\d(?!\d)[^()]*\)/.test(prose.slice(end, end + 24))) return true;
  if (knownKey || /\p{Ll}/u.test(word)) return false;
  if (OPENING_QUOTES.has(prose.charAt(start - 1)) && CLOSING_QUOTES.has(prose.charAt(end)) && !/[\p{L}\p{N}]/u.test(prose.charAt(start - 2))) return true;
  return inQuotedTerm(prose, start, end);
}

/**
 * Whether [start, end) is a word of a short term the writer puts in quotation marks, four words
 * at most ("‘QA drop in’ sessions", "a ‘health MOT’"): a local name or someone else's phrase,
 * quoted as a whole, as a single word in capitals in quotes is. Curly quotes only (a straight
 * one is also an apostrophe or a foot mark); a closing mark is one not followed by a letter.
 */
function inQuotedTerm(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 40), start);
  const open = Math.max(before.lastIndexOf('‘'), before.lastIndexOf('“'));
  if (open < 0 || (open > 0 && !/[\s(]/.test(before[open - 1]))) return false;
  const inside = before.slice(open + 1);
  if (/[’”](?!\p{L})|\n/u.test(inside)) return false;
  const close = /[’”](?!\p{L})|\n/u.exec(prose.slice(end, end + 40));
  if (!close || close[0] === '\n') return false;
  const term = inside + prose.slice(start, end + close.index);
  const words = term.trim().split(/\s+/).length;
  return words >= 2 && words <= 4;
}

/** A word written as a name: a capital, then small letters only ("Jane", "Smith"). */
const isNameWord = (t: Tokens, k: number) => t.upper[k] === 1 && t.lower[k] > 0 && t.lower[k] === t.end[k] - t.start[k] - 1;

/**
 * Letters after a person's name, a title rather than an acronym to define: "Jane Smith HMI",
 * "Chris Sands SHMI, Ali Mekki AI", "Kath Townsley (OI)". Two name words before it, and nothing after
 * it (or its bracket) but the end of the block, a comma, a semicolon or "and".
 */
function isPostNominal(prose: string, t: Tokens, k: number): boolean {
  if (k < 2 || !isNameWord(t, k - 1) || !isNameWord(t, k - 2)) return false;
  if (!onlySpacesOrHyphens(prose, t.end[k - 2], t.start[k - 1], true)) return false;
  // Or in a bracket: "Kath Townsley (OI)".
  const bracketed = /^[ \t]*\($/.test(prose.slice(t.end[k - 1], t.start[k]));
  if (!bracketed && !onlySpacesOrHyphens(prose, t.end[k - 1], t.start[k], true)) return false;
  const after = prose.slice(t.end[k], t.end[k] + 7);
  return bracketed ? /^\)\s*(?:$|[,;]|and\s)/.test(after) : /^\s*(?:$|[,;]|and\s)/.test(after);
}

/**
 * A child's initials naming a review of the child's case: "the HK serious case review", "the
 * serious case review in respect of HK". Reviews
 * are known by the child's initials or a pseudonym, which a report must not spell out. Two capital
 * letters exactly (an acronym such as LSCB or CSE before "review" is a body or a topic, not initials).
 */
const CASE_REVIEW = String.raw`(?:serious case|(?:child |local )?safeguarding practice|case) reviews?`;
const CASE_REVIEW_AFTER = new RegExp(String.raw`^[ \t]+${CASE_REVIEW}\b`, 'i');
const CASE_REVIEW_BEFORE = new RegExp(String.raw`\b${CASE_REVIEW}[ \t]+(?:in respect of|into|of|concerning|about)[ \t]+$`, 'i');

function namesACaseReview(prose: string, t: Tokens, k: number): boolean {
  if (t.end[k] - t.start[k] !== 2 || t.upper[k] !== 2) return false;
  return CASE_REVIEW_AFTER.test(prose.slice(t.end[k], t.end[k] + 48)) || CASE_REVIEW_BEFORE.test(prose.slice(Math.max(0, t.start[k] - 64), t.start[k]));
}

/** UK postcode halves: "SA31" then "3BT". */
const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD = /^\d[A-Z]{2}$/;

/**
 * Codes, not acronyms: a reference number (three digits or more: "SC123456", "RP12345") or the
 * first half of a postcode ("Carmarthen SA31 3BT"). An acronym has a digit or two at most (CO2, S47).
 */
function isCode(prose: string, t: Tokens, k: number, word: string): boolean {
  let digits = 0;
  for (let i = 0; i < word.length; i++) if (charClass(word.charCodeAt(i)) === DIGIT) digits++;
  if (digits >= 3) return true;
  if (digits === 0 || !POSTCODE_OUTWARD.test(word) || k + 1 >= t.count) return false;
  return onlySpacesOrHyphens(prose, t.end[k], t.start[k + 1], true) && POSTCODE_INWARD.test(t.text(prose, k + 1));
}

function letters(word: string): { letters: number; upper: number; lower: number; pluralStem: boolean } {
  let upper = 0;
  let lower = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const k = charClass(word.charCodeAt(i));
    if (k === UPPER) upper++;
    else if (k === LOWER) lower++;
    else if (k === LETTER) other++;
  }
  // A plural: capitals then one small "s" (LACs, GPs).
  const pluralStem = lower === 1 && word.endsWith('s') && upper >= 2 && word.length >= 3;
  return { letters: upper + lower + other, upper, lower, pluralStem };
}
