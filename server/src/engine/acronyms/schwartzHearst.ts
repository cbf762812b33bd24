// A faithful port of Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
// definitions in biomedical text" (PSB 2003), following the authors' reference implementation
// (ExtractAbbrev.java): candidates come from " (" … ")"; the long-form candidate runs back to
// the last ". " or ", "; a parenthesis of more than two words (or longer than the text before
// it) is taken as "SF (long form)"; findBestLongForm matches the short form's letters and digits
// right to left, the first one at a word start; the pair is kept when the long form has at most
// min(|SF| + 5, |SF| * 2) words and the short form at most 10 characters.
//
// It is kept as the baseline that scripts/eval-acronyms.ts prints beside our own extractor
// (findDefinitions in detect.ts). Use findDefinitions in the product.
import * as chars from './chars';
// Local copies: module bindings are getters under some loaders, and these are read per character.
const { isAlnumCode, isLetterCode, isUpperCode } = chars;
import type { AcronymDefinition } from './types';

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetterCode(s.charCodeAt(i))) return true;
  return false;
}

function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUpperCode(s.charCodeAt(i))) return true;
  return false;
}

function isValidShortForm(s: string): boolean {
  return s.length > 0 && hasLetter(s) && (isAlnumCode(s.charCodeAt(0)) || s[0] === '(');
}

function countTokens(s: string, delims: RegExp): number {
  return s.split(delims).filter((t) => t.length > 0).length;
}

/** Returns the offset (within longForm) where the best long form starts, or -1. */
export function shBestLongFormStart(shortForm: string, longForm: string): number {
  let lIndex = longForm.length - 1;
  for (let sIndex = shortForm.length - 1; sIndex >= 0; sIndex--) {
    const code = shortForm.charCodeAt(sIndex);
    if (!isAlnumCode(code)) continue;
    const cur = shortForm[sIndex].toLowerCase();
    while (
      (lIndex >= 0 && longForm[lIndex].toLowerCase() !== cur) ||
      (sIndex === 0 && lIndex > 0 && isAlnumCode(longForm.charCodeAt(lIndex - 1)))
    ) {
      lIndex--;
    }
    if (lIndex < 0) return -1;
    lIndex--;
  }
  return longForm.lastIndexOf(' ', lIndex) + 1;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Schwartz & Hearst over one passage (one "line" of their implementation). */
export function findDefinitionsSchwartzHearst(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  let base = 0; // offset of currSentence in text
  let cur = text;

  const extractPair = (sf: [number, number], lf: [number, number], pattern: AcronymDefinition['pattern'], whole: [number, number]) => {
    const shortForm = text.slice(sf[0], sf[1]);
    const longForm = text.slice(lf[0], lf[1]);
    if (shortForm.length === 1) return;
    const rel = shBestLongFormStart(shortForm, longForm);
    if (rel < 0) return;
    const best = longForm.slice(rel);
    const longFormSize = countTokens(best, /[ \t\n\r\f-]+/);
    let shortFormSize = shortForm.length;
    for (let i = shortForm.length - 1; i >= 0; i--) if (!isAlnumCode(shortForm.charCodeAt(i))) shortFormSize--;
    if (
      best.length < shortForm.length ||
      best.indexOf(shortForm + ' ') > -1 ||
      best.endsWith(shortForm) ||
      longFormSize > shortFormSize * 2 ||
      longFormSize > shortFormSize + 5 ||
      shortFormSize > 10
    ) {
      return;
    }
    const longStart = lf[0] + rel;
    out.push({
      acronym: shortForm,
      longForm: best.replace(/\s+/g, ' '),
      start: Math.min(whole[0], longStart, sf[0]),
      end: whole[1],
      shortStart: sf[0],
      shortEnd: sf[1],
      longStart,
      longEnd: lf[1],
      pattern,
    });
  };

  let openParen = cur.indexOf(' (');
  do {
    let sfSpan: [number, number] | null = null;
    let lfSpan: [number, number] | null = null;
    let closeParen = -1;
    if (openParen > -1) openParen++;
    let sentenceEnd = Math.max(cur.lastIndexOf('. '), cur.lastIndexOf(', '));
    if (openParen === -1 && sentenceEnd === -1) {
      // nothing
    } else if (openParen === -1) {
      cur = cur.slice(sentenceEnd + 2);
      base += sentenceEnd + 2;
    } else if ((closeParen = cur.indexOf(')', openParen)) > -1) {
      sentenceEnd = Math.max(cur.lastIndexOf('. ', openParen), cur.lastIndexOf(', ', openParen));
      if (sentenceEnd === -1) sentenceEnd = -2;
      lfSpan = [sentenceEnd + 2, openParen];
      sfSpan = [openParen + 1, closeParen];
    }
    const sfLen = sfSpan ? sfSpan[1] - sfSpan[0] : 0;
    const lfLen = lfSpan ? lfSpan[1] - lfSpan[0] : 0;
    if (sfSpan && lfSpan && (sfLen > 0 || lfLen > 0)) {
      if (sfLen > 1 && lfLen > 1) {
        let sfText = cur.slice(sfSpan[0], sfSpan[1]);
        let newClose: number;
        if (sfText.indexOf('(') > -1 && (newClose = cur.indexOf(')', closeParen + 1)) > -1) {
          sfSpan = [openParen + 1, newClose];
          closeParen = newClose;
          sfText = cur.slice(sfSpan[0], sfSpan[1]);
        }
        let tmp: number;
        if ((tmp = sfText.indexOf(', ')) > -1) {
          sfSpan = [sfSpan[0], sfSpan[0] + tmp];
          sfText = sfText.slice(0, tmp);
        }
        if ((tmp = sfText.indexOf('; ')) > -1) {
          sfSpan = [sfSpan[0], sfSpan[0] + tmp];
          sfText = sfText.slice(0, tmp);
        }
        let pattern: AcronymDefinition['pattern'] = 'long-short';
        const lfText = cur.slice(lfSpan[0], lfSpan[1]);
        let validSf = true;
        if (countTokens(sfText, /\s+/) > 2 || sfText.length > lfText.length) {
          // Long form in ( )
          const tmpIndex = cur.lastIndexOf(' ', openParen - 2);
          lfSpan = sfSpan;
          sfSpan = [tmpIndex + 1, openParen - 1];
          pattern = 'short-long';
          if (!hasCapital(cur.slice(sfSpan[0], sfSpan[1]))) validSf = false;
        }
        if (validSf && isValidShortForm(cur.slice(sfSpan[0], sfSpan[1]))) {
          const s = trimSpan(cur, sfSpan[0], sfSpan[1]);
          const l = trimSpan(cur, lfSpan[0], lfSpan[1]);
          extractPair([base + s[0], base + s[1]], [base + l[0], base + l[1]], pattern, [base + Math.min(s[0], l[0]), base + closeParen + 1]);
        }
      }
      cur = cur.slice(closeParen + 1);
      base += closeParen + 1;
    } else if (openParen > -1) {
      if (cur.length - openParen > 200) {
        cur = cur.slice(openParen + 1);
        base += openParen + 1;
      }
      break;
    }
  } while ((openParen = cur.indexOf(' (')) > -1);
  return out;
}
