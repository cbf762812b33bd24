// Normalising short forms to keys, and small word lists shared by the detectors.
import * as chars from './chars';
// Local copies: module bindings are getters under some loaders, and these are read per character.
const { charClass, DIGIT, LOWER, UPPER, isApostropheCode } = chars;

/** Counts of letter kinds in a string. */
export function letterCounts(s: string): { upper: number; lower: number; digit: number; other: number } {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const k = charClass(s.charCodeAt(i));
    if (k === UPPER) upper++;
    else if (k === LOWER) lower++;
    else if (k === DIGIT) digit++;
    else other++;
  }
  return { upper, lower, digit, other };
}

/** Short forms normalised so far: the same few ("Wales", "CIW") are asked for again and again. */
const normalisedShortForms = new Map<string, string>();
const SHORT_FORMS_REMEMBERED = 10_000;
/** Longer strings are not short forms, and are not remembered. */
const SHORT_FORM_MAX_LENGTH = 64;

/**
 * The key of a short form as written: full stops and a possessive "'s" dropped, a plural "s"
 * after capitals dropped ("LACs" → "LAC", "E2s" → "E2"), inner whitespace collapsed.
 * Case is kept; callers map spellings through the glossary (OFSTED → Ofsted) themselves.
 */
export function normaliseShortForm(written: string): string {
  if (written.length > SHORT_FORM_MAX_LENGTH) return normalise(written);
  let key = normalisedShortForms.get(written);
  if (key === undefined) {
    if (normalisedShortForms.size >= SHORT_FORMS_REMEMBERED) normalisedShortForms.clear();
    key = normalise(written);
    normalisedShortForms.set(written, key);
  }
  return key;
}

function normalise(written: string): string {
  let s = written.trim().replace(/\s+/g, ' ');
  // Possessive.
  if (s.length > 2 && isApostropheCode(s.charCodeAt(s.length - 2)) && (s.endsWith('s') || s.endsWith('S'))) s = s.slice(0, -2);
  else if (s.length > 2 && isApostropheCode(s.charCodeAt(s.length - 1))) s = s.slice(0, -1);
  // Punctuated: C.I.W. → CIW (only when dots separate single letters).
  if (/^(?:\p{L}\.){2,}\p{L}?$/u.test(s)) s = s.replace(/\./g, '');
  // Plural after capitals.
  if (s.length >= 3 && s.endsWith('s')) {
    const c = charClass(s.charCodeAt(s.length - 2));
    const stem = s.slice(0, -1);
    const counts = letterCounts(stem);
    if ((c === UPPER || c === DIGIT) && counts.lower === 0 && counts.upper >= 1 && counts.upper + counts.digit >= 2) s = stem;
  }
  return s;
}

/** Small words a long form may contain without a letter in the short form. English and Welsh. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'within', 'under', 'over', 'per', 'via', '&',
  // Welsh: a, ac (and), y, yr, 'r (the), ar (on), dros (for), yng/ym/yn (in), i (to), o (of), am, gan, wrth, ei, eu, mewn, gyda, â, ag
  'ac', 'y', 'yr', 'r', 'ar', 'dros', 'yng', 'ym', 'yn', 'i', 'o', 'am', 'gan', 'wrth', 'ei', 'eu', 'mewn', 'gyda', 'â', 'ag',
]);

/** Lower-case words in brackets that are never short forms. */
export const NOT_SHORT_FORMS: ReadonlySet<string> = new Set([
  'see', 'sic', 'etc', 'ie', 'eg', 'cf', 'viz', 'ibid', 'op', 'cit', 'approx', 'ca', 'circa', 'optional', 'sometimes', 'often', 'also', 'again', 'above', 'below', 'here', 'there', 'sg', 'pl',
  'gweler', // Welsh: see
]);

const ROMAN = /^(?=[MDCLXVI])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** A valid Roman numeral (upper case), e.g. II, XIV, MMXXIV. */
export function isRomanNumeral(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = { children: 'child', people: 'person', women: 'woman', men: 'man' };

/** The words of a long form as compared: lower case, singular, no possessive, no "and" or leading "the". */
export function longFormWords(s: string): string[] {
  const words = s
    .toLowerCase()
    .replace(/['’‘ʼ]s\b/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'and');
  if (words[0] === 'the') words.shift();
  return words.map(singular);
}

function singular(w: string): string {
  const irregular = IRREGULAR_SINGULARS[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}
