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
// NOT, MUST, TODO; units such as KM, MB; security markings), contractions (DON'T), and words in a
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
const { charClass, isAlnumCode, isApostropheCode, isLetterCode, isSpaceCode, isWordCode, DIGIT, LOWER, UPPER, LETTER } = chars;
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

interface Token {
  start: number;
  end: number;
  text: string;
  upper: number;
  lower: number;
  digit: number;
  /** Has an apostrophe inside (CIW's, DON'T). */
  apostrophe: boolean;
}

/** Words: letters, digits and marks, joined by an inner apostrophe (CIW's) or an ampersand between capitals (A&E). */
function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
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
    let digit = 0;
    let apostrophe = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      const k = charClass(d);
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      else if (k === DIGIT) digit++;
      if (isWordCode(d)) {
        i++;
        continue;
      }
      const prev = text.charCodeAt(i - 1);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (isApostropheCode(d) && isLetterCode(prev) && isLetterCode(next)) {
        apostrophe = true;
        i++;
        continue;
      }
      if (d === 38 /* & */ && charClass(prev) === UPPER && charClass(next) === UPPER) {
        i++;
        continue;
      }
      break;
    }
    out.push({ start, end: i, text: text.slice(start, i), upper, lower, digit, apostrophe });
  }
  return out;
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

/** A word written in capitals: letters present, none small. */
function isCapsWord(t: Token): boolean {
  return t.lower === 0 && t.upper > 0;
}

const PUNCTUATED = /(?:\p{Lu}\.){2,}(?:\p{Lu}(?![\p{L}\p{N}]))?/uy;

function findPunctuated(text: string, known: KnownAcronyms): PunctuatedAcronym[] {
  const out: PunctuatedAcronym[] = [];
  for (let i = 0; i < text.length - 3; i++) {
    if (text.charCodeAt(i + 1) !== 46 || charClass(text.charCodeAt(i)) !== UPPER) continue;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if (isAlnumCode(p) || p === 46) continue;
    }
    PUNCTUATED.lastIndex = i;
    const m = PUNCTUATED.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    const next = end < text.length ? text.charCodeAt(end) : 32;
    if (isAlnumCode(next)) continue;
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
  const tokens = tokenise(prose);

  // Runs of words in capitals ("SUMMARY OF FINDINGS"): only known acronyms in them are uses.
  const shouted = new Uint8Array(tokens.length);
  {
    let runStart = -1;
    const close = (endIdx: number) => {
      if (runStart < 0) return;
      let words = 0;
      let ordinary = false;
      for (let k = runStart; k < endIdx; k++) {
        if (tokens[k].upper + tokens[k].lower === 0) continue;
        words++;
        if (known.notAcronyms.has(tokens[k].text.toUpperCase())) ordinary = true;
      }
      if (words >= 3 || (words === 2 && ordinary)) for (let k = runStart; k < endIdx; k++) shouted[k] = 1;
      runStart = -1;
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      // A run continues over spaces (or a hyphen) only: "CIW, HIW, HMICFRS and Estyn" is a list, not shouting.
      if (runStart >= 0 && k > 0 && !onlySpacesOrHyphens(prose, tokens[k - 1].end, t.start)) close(k);
      if (t.upper + t.lower === 0) continue; // numbers neither start nor break a run
      if (isCapsWord(t)) {
        if (runStart < 0) runStart = k;
      } else close(k);
    }
    close(tokens.length);
  }

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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (inPunctuated(t.start)) continue;
    // Multi-word acronyms the glossary knows: "ADSS Cymru".
    const multi = known.multiWord.get(t.text);
    if (multi) {
      let matched = false;
      for (const m of multi) {
        let end = t.end;
        let ok = true;
        for (let w = 1; w < m.words.length && ok; w++) {
          const nt = tokens[k + w];
          if (!nt || nt.text !== m.words[w] || nt.start === end || !onlySpacesOrHyphens(prose, end, nt.start, true)) ok = false;
          else end = nt.end;
        }
        if (ok) {
          if (!inShortForm(t.start, end)) uses.push({ acronym: m.key, start: t.start, end });
          k += m.words.length - 1;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    const first = t.text.charCodeAt(0);
    if (charClass(first) === DIGIT) continue;
    let word = t.text;
    let end = t.end;
    // Possessive: CIW's, CIW’S.
    if (t.apostrophe) {
      const m = /^(.+)['’ʼ‘][sS]$/u.exec(word);
      if (!m || /['’ʼ‘]/u.test(m[1])) continue; // contractions: DON'T, CAN'T
      word = m[1];
      end = t.start + word.length;
    }
    let key: string | undefined = known.spellings.get(word);
    if (key === undefined && word.length > 2 && word.endsWith('s') && known.spellings.has(word.slice(0, -1))) {
      // Plural of a known spelling: CoPs, SoPs.
      key = known.spellings.get(word.slice(0, -1));
      end = t.start + word.length - 1;
    }
    if (key === undefined) {
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
        end = t.start + stem.length;
      } else if (looksLikeMixedAcronym(word)) {
        key = word; // DoLS, DfE, CLlLC
      } else continue;
      const upperWord = key.toUpperCase();
      if (!known.keys.has(key)) {
        if (known.notAcronyms.has(upperWord)) continue;
        if (isRomanNumber(key)) continue;
        if (shouted[k]) continue;
      }
    }
    if (inShortForm(t.start, end)) continue;
    uses.push({ acronym: key, start: t.start, end });
  }
  for (const p of punctuated) {
    if (!inShortForm(p.start, p.end)) uses.push({ acronym: p.acronym, start: p.start, end: p.end });
  }
  uses.sort((a, b) => a.start - b.start);
  return { uses, definitions, punctuated };
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
