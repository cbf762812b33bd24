// Character classes for the acronym detectors. Works on UTF-16 code units with a lazily filled
// table, so Welsh letters (â ê î ô û ŵ ŷ ï ë, capitals too) are letters, and the hot loops never
// run a regular expression per character. Astral characters (surrogates) count as "other".

const UNKNOWN = 0;
export const UPPER = 1;
export const LOWER = 2;
/** A letter with no case (titlecase, modifier, CJK ...). */
export const LETTER = 3;
export const DIGIT = 4;
/** A combining mark: belongs to the letter before it (Welsh typed as w + U+0302). */
export const MARK = 5;
export const OTHER = 6;

const table = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  table[c] = c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}
const reUpper = /^\p{Lu}$/u;
const reLower = /^\p{Ll}$/u;
const reLetter = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const reMark = /^\p{M}$/u;

export function charClass(code: number): number {
  const k = table[code];
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(code);
  const v =
    code >= 0xd800 && code <= 0xdfff ? OTHER
    : reUpper.test(ch) ? UPPER
    : reLower.test(ch) ? LOWER
    : reLetter.test(ch) ? LETTER
    : reDigit.test(ch) ? DIGIT
    : reMark.test(ch) ? MARK
    : OTHER;
  table[code] = v;
  return v;
}

export function isLetterCode(code: number): boolean {
  const k = charClass(code);
  return k === UPPER || k === LOWER || k === LETTER;
}

/** Letters, digits and combining marks: the characters of a word. */
export function isWordCode(code: number): boolean {
  const k = charClass(code);
  return k !== OTHER;
}

export function isAlnumCode(code: number): boolean {
  const k = charClass(code);
  return k === UPPER || k === LOWER || k === LETTER || k === DIGIT;
}

export function isUpperCode(code: number): boolean {
  return charClass(code) === UPPER;
}

export function isLowerCode(code: number): boolean {
  return charClass(code) === LOWER;
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x200a || code === 0x2007 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

export function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

export function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

const foldCache = new Map<number, string>();

/**
 * Case- and accent-folded form of one UTF-16 unit, for letter matching: "Ŵ" → "w", "É" → "e".
 * Returns a string of length 1 for letters and digits (or "" for a combining mark).
 */
export function foldCode(code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  let f = foldCache.get(code);
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = charClass(code) === MARK ? '' : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (f.length !== 1 && f !== '') f = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    foldCache.set(code, f);
  }
  return f;
}

/** Folds a whole string (lower case, no accents) keeping its length when every unit folds to one. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldCode(s.charCodeAt(i));
  return out;
}
