// Sentence boundaries by Unicode's default rules (UAX #29, "Sentence Boundaries", rules SB1–SB11),
// for text written in the characters whose Sentence_Break property is known here: ASCII, Latin-1's
// letters and the typographic quotes, dashes and spaces reports use. It gives exactly the
// boundaries of ICU's default sentence break iterator (Intl.Segmenter with "en" or "cy"), which
// test/engine/sentence-breaks.test.ts checks on every block of the real reports and on random
// text; for anything else `sentenceBreaks` returns undefined and the caller asks Intl.Segmenter.
// It is here for speed: Intl.Segmenter costs about 4 µs per block of prose, this a fraction of that.
//   https://www.unicode.org/reports/tr29/#Sentence_Boundary_Rules

/** Sentence_Break values; OTHER is UAX #29's "Any" (no rule names it). */
const enum SB {
  UNKNOWN = 0,
  OTHER,
  SP,
  LOWER,
  UPPER,
  OLETTER,
  NUMERIC,
  ATERM,
  STERM,
  CLOSE,
  SCONTINUE,
  SEP,
}

/** The class of each UTF-16 unit this module knows; UNKNOWN sends the text to Intl.Segmenter. */
const CLASS = new Uint8Array(0x10000);
{
  const set = (chars: string, sb: SB) => {
    for (const c of chars) CLASS[c.charCodeAt(0)] = sb;
  };
  const range = (from: number, to: number, sb: SB) => {
    for (let c = from; c <= to; c++) CLASS[c] = sb;
  };
  range(0x20, 0x7e, SB.OTHER);
  range(0x61, 0x7a, SB.LOWER);
  range(0x41, 0x5a, SB.UPPER);
  range(0x30, 0x39, SB.NUMERIC);
  set(' \t\u000b\u000c\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', SB.SP);
  set('\n\r\u0085\u2028\u2029', SB.SEP);
  set('.', SB.ATERM);
  set('!?', SB.STERM);
  set(',-:;', SB.SCONTINUE);
  set('\u2013\u2014', SB.SCONTINUE);
  set('"\'()[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a', SB.CLOSE);
  // Latin-1 Supplement letters: ª µ º and ß–ÿ are lower case, À–Þ upper (× and ÷ are symbols).
  range(0xc0, 0xd6, SB.UPPER);
  range(0xd8, 0xde, SB.UPPER);
  range(0xdf, 0xf6, SB.LOWER);
  range(0xf8, 0xff, SB.LOWER);
  set('\u00aa\u00b5\u00ba', SB.LOWER);
  set('\u00a3\u00a9\u00ae\u00b0\u00b1\u00b7\u00d7\u00f7\u20ac\u2022\u2026\u2030\u2032\u2033\u2122\u2192\u2264\u2265\u2212', SB.OTHER);
}

/** The Sentence_Break class of text[i] (UNKNOWN past the end). */
const classAt = (text: string, i: number): SB => (i < text.length ? CLASS[text.charCodeAt(i)] : SB.UNKNOWN);
const isParaSep = (c: SB) => c === SB.SEP;
const isSATerm = (c: SB) => c === SB.ATERM || c === SB.STERM;

/**
 * The offsets where sentences end (each sentence runs from the previous boundary, or 0, to the
 * next; the last ends at text.length, which is not listed), or undefined when the text has a
 * character whose Sentence_Break class this module does not know.
 */
export function sentenceBreaks(text: string): number[] | undefined {
  const n = text.length;
  for (let i = 0; i < n; i++) if (classAt(text, i) === SB.UNKNOWN) return undefined;
  const breaks: number[] = [];
  let i = 0;
  while (i < n) {
    const c = classAt(text, i);
    if (isParaSep(c)) {
      // SB3: CR × LF; SB4: ParaSep ÷
      i += c === SB.SEP && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (i < n) breaks.push(i);
      continue;
    }
    if (!isSATerm(c)) {
      i++;
      continue;
    }
    const next = classAt(text, i + 1);
    if (c === SB.ATERM) {
      // SB6: ATerm × Numeric; SB7: (Upper | Lower) ATerm × Upper
      if (next === SB.NUMERIC) {
        i++;
        continue;
      }
      if (next === SB.UPPER && i > 0 && (classAt(text, i - 1) === SB.UPPER || classAt(text, i - 1) === SB.LOWER)) {
        i++;
        continue;
      }
    }
    // SATerm Close* Sp* …
    let j = i + 1;
    while (j < n && classAt(text, j) === SB.CLOSE) j++;
    while (j < n && classAt(text, j) === SB.SP) j++;
    if (j >= n) break; // SB2: the end of text ends the last sentence.
    if (c === SB.ATERM) {
      // SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
      let k = j;
      while (k < n) {
        const d = classAt(text, k);
        if (d === SB.OLETTER || d === SB.UPPER || d === SB.LOWER || isParaSep(d) || isSATerm(d)) break;
        k++;
      }
      if (k < n && classAt(text, k) === SB.LOWER) {
        i = j;
        continue;
      }
    }
    const after = classAt(text, j);
    // SB8a: SATerm Close* Sp* × (SContinue | SATerm)
    if (after === SB.SCONTINUE || isSATerm(after)) {
      i = j;
      continue;
    }
    // SB9–SB11: the sentence takes its closing marks, spaces and one paragraph separator.
    if (isParaSep(after)) j += text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
    if (j < n) breaks.push(j);
    i = j;
  }
  return breaks;
}
