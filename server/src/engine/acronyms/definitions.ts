// Definition extractor: "Long Form (LF)", "LF (Long Form)", and both inside one bracket
// ("(Long Form, LF)", "(LF; Long Form)").
//
// Candidates are found as in Schwartz & Hearst (2003): a bracket gives a short-form candidate
// (inside, for "Long Form (LF)") or a long-form candidate (inside, for "LF (Long Form)"); the long
// form must contain the short form's letters and digits in order, the first one at the start of
// a word, within min(|SF| + 5, |SF| * 2) words; S&H's final checks apply (the long form is not
// shorter than the short form and does not contain it as a word).
//
// Where S&H take the shortest long form that a right-to-left greedy match allows, we score every
// alignment of the short form's characters to the candidate text and keep the best:
//   + a character matched at the start of a word (after a space, hyphen, slash or bracket; Welsh
//     nasal mutations count: "Nghymru" starts with C, "Mhrifysgol" with P, "Nhrefnu" with T),
//   + a character continuing the previous match inside the same word ("CBFbeta", "DoLS"),
//   − a content word of the long form that no character matches. Small words (English of, and,
//     the, for, in, to ...; Welsh a, ac, y, yr, ar, dros, yng ...), single letters, bare numbers
//     and words inside brackets nested in the long form cost little,
//   − a comma inside the long form.
// Ties go to the alignment with more characters at word starts, then to the shorter long form.
// Every reading of a bracket is tried and the best-scoring accepted one is kept. A reading is
// accepted when at most MAX_SKIP content words are left unmatched, and then only if the long form
// does not run over a comma or an "and"/"or"; a long form never runs back over a list of earlier
// definitions ("REV1 (hREV1) and REV3 (hREV3)") and never starts with a small word; a short form
// that looks like an ordinary word ("(Wales)", "Trax (…)") or is written in lower case must match
// at word starts; one capital letter ("(P)") needs a one-word long form starting with it.
// Case never hides a definition: letters are compared case- and accent-folded.
//
// Not found, by design: one-letter short forms in lower case ("(a)", enumerations), short forms
// of more than two words or more than ten letters and digits, long forms whose words do not
// contain the short form's letters (e.g. "Ofsted" for "Office for Standards in Education,
// Children's Services and Skills" is found only through the glossary, see `known`).
import * as chars from './chars';
// Local copies: module bindings are getters under some loaders, and these are read per character.
const { charClass, foldCode, isAlnumCode, isApostropheCode, isLetterCode, isSpaceCode, isWordCode, DIGIT, LOWER, UPPER } = chars;
import type { KnownAcronyms } from './known';
import { letterCounts, longFormWords, normaliseShortForm, NOT_SHORT_FORMS, STOP_WORDS, isRomanNumeral } from './normalise';
import type { AcronymDefinition } from './types';

const W_INIT = 3;
const W_CONT = 1;
const W_SKIP = 3;
const W_SKIP_CHEAP = 0.5;
const W_SKIP_STOP = 0.25;
const W_COMMA = 1.5;
/** Content words a long form may leave unmatched. */
const MAX_SKIP = 2;

/** Longest bracketed text, and longest long-form window, considered. */
const MAX_BRACKET = 300;
/** Abbreviations that end in a full stop without ending a sentence. */
const DOT_ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'v', 'al', 'approx', 'cf', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nos', 'prof', 'fig', 'figs', 'ref', 'refs', 'vol', 'pp', 'p', 'ed', 'eds', 'inc', 'ltd', 'co', 'cllr', 'rev', 'sgt', 'insp', 'supt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

interface Word {
  start: number;
  end: number;
  /** Start of the token (delimited by spaces and brackets) the word belongs to. */
  tokenStart: number;
  stop: boolean;
  /** A bare number, a single character, or a word inside a nested bracket: cheap to skip. */
  cheap: boolean;
  inBracket: boolean;
  /** One character ("c" in "cytochrome c oxidase"). */
  single: boolean;
  commaBefore: boolean;
}

interface Flat {
  words: Word[];
  pos: number[];
  fold: string[];
  word: number[];
  init: boolean[];
  /** The radical letter a nasally mutated Welsh word stands for at its first character, or ''. */
  mut: string[];
  /** Whether the character is a lower-case letter. */
  lower: boolean[];
  /** Prefix sums of the cost of leaving words unmatched, and of commas before words. */
  penSum: number[];
  commaSum: number[];
}

function wordPenalty(w: Word): number {
  return w.stop ? W_SKIP_STOP : w.single ? 0 : w.cheap ? W_SKIP_CHEAP : W_SKIP;
}

const isOpenBracket = (c: number) => c === 40 || c === 91;
const isCloseBracket = (c: number) => c === 41 || c === 93;

function buildFlat(text: string, start: number, end: number): Flat {
  const words: Word[] = [];
  let tokenStart = start;
  let comma = false;
  let depth = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) {
      const ws = i;
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) j++;
        else if (isApostropheCode(d) && j + 1 < end && isLetterCode(text.charCodeAt(j + 1)) && isLetterCode(text.charCodeAt(j - 1))) j++;
        else break;
      }
      let lower = '';
      let num = true;
      let n = 0;
      for (let k = ws; k < j; k++) {
        const kc = text.charCodeAt(k);
        if (charClass(kc) !== DIGIT) num = false;
        lower += foldCode(kc);
        n++;
      }
      const stop = STOP_WORDS.has(lower);
      // A later part of a hyphenated word ("G-protein", "beta-site") is covered by its first part.
      const inner = words.length > 0 && words[words.length - 1].tokenStart === tokenStart;
      words.push({ start: ws, end: j, tokenStart, stop, cheap: num || n === 1 || depth > 0 || inner, inBracket: depth > 0, single: n === 1, commaBefore: comma });
      comma = false;
      i = j;
    } else {
      if (isSpaceCode(c) || c === 47 /* / */) tokenStart = i + 1;
      else if (isOpenBracket(c)) {
        depth++;
        tokenStart = i + 1;
      } else if (isCloseBracket(c)) {
        if (depth > 0) depth--;
        tokenStart = i + 1;
      } else if (c === 44 /* , */ || c === 0xff0c) comma = true;
      i++;
    }
  }
  const pos: number[] = [];
  const fold: string[] = [];
  const word: number[] = [];
  const init: boolean[] = [];
  const mut: string[] = [];
  const lowerArr: boolean[] = [];
  const penSum: number[] = [0];
  const commaSum: number[] = [0];
  for (let w = 0; w < words.length; w++) {
    const wd = words[w];
    penSum.push(penSum[w] + wordPenalty(wd));
    commaSum.push(commaSum[w] + (wd.commaBefore ? 1 : 0));
    let first = true;
    for (let k = wd.start; k < wd.end; k++) {
      const kc = text.charCodeAt(k);
      if (!isAlnumCode(kc)) continue;
      pos.push(k);
      fold.push(foldCode(kc));
      word.push(w);
      init.push(first);
      let m = '';
      if (first && k + 1 < wd.end) {
        const head = foldCode(kc) + foldCode(text.charCodeAt(k + 1)) + (k + 2 < wd.end ? foldCode(text.charCodeAt(k + 2)) : '');
        if (head === 'ngh') m = 'c';
        else if (head.startsWith('mh')) m = 'p';
        else if (head.startsWith('nh')) m = 't';
        else if (head.startsWith('ng')) m = 'g';
      }
      mut.push(m);
      lowerArr.push(charClass(kc) === LOWER);
      first = false;
    }
  }
  return { words, pos, fold, word, init, mut, lower: lowerArr, penSum, commaSum };
}

interface Alignment {
  score: number;
  /** Index (in flat.words) of the word holding the first matched character. */
  firstWord: number;
  /** Characters matched at word starts. */
  initials: number;
  /** Content words of the long form with no matched character. */
  skipped: number;
  /** Whether every word the short form touches is touched at its first character. */
  allAtInitials: boolean;
  /** Words touched, and words in the long form. */
  touched: number;
  words: number;
}

/**
 * Best alignment of the short form's characters (folded letters and digits) to the words of flat,
 * the long form running from the first matched word to the end of flat. With anchored = true the
 * long form must begin at the first word that is not a small word (the "SF (long form)" reading).
 */
function align(flat: Flat, sf: string[], anchored: boolean): Alignment | null {
  const K = sf.length;
  const N = flat.pos.length;
  const nw = flat.words.length;
  if (K === 0 || N === 0) return null;
  // Anchored: the first character is in the region's first token or its first content word's token.
  let firstTokens: number[] = [];
  if (anchored) {
    let fc = 0;
    while (fc < nw && flat.words[fc].stop) fc++;
    firstTokens = [flat.words[0].tokenStart];
    if (fc < nw) firstTokens.push(flat.words[fc].tokenStart);
  }
  const cand: number[][] = [];
  for (let i = 0; i < K; i++) {
    const list: number[] = [];
    for (let a = 0; a < N; a++) {
      if (flat.fold[a] === sf[i] || (flat.init[a] && flat.mut[a] === sf[i])) {
        if (i === 0) {
          if (!flat.init[a]) continue;
          const w = flat.words[flat.word[a]];
          if (anchored) {
            if (!firstTokens.includes(w.tokenStart)) continue;
          } else if (w.inBracket || w.stop || (w.single && flat.lower[a])) {
            // Not a small word, not a bracketed word, not a lone small letter ("c" in "cytochrome c oxidase").
            continue;
          }
        }
        list.push(a);
      }
    }
    if (!list.length) return null;
    cand.push(list);
  }
  // Best score of aligning characters i.. of the short form with character i at a, and where
  // character i + 1 then goes: row i of K rows of N, in one array each.
  const best = new Float64Array(K * N).fill(-Infinity);
  const next = new Int32Array(K * N).fill(-1);
  const tail = (wa: number) => -(flat.penSum[nw] - flat.penSum[wa + 1]) - W_COMMA * (flat.commaSum[nw] - flat.commaSum[wa + 1]);
  for (let i = K - 1; i >= 0; i--) {
    for (const a of cand[i]) {
      const local = flat.init[a] ? W_INIT : 0;
      const wa = flat.word[a];
      if (i === K - 1) {
        best[i * N + a] = local + tail(wa);
        continue;
      }
      let bv = -Infinity;
      let bn = -1;
      for (const b of cand[i + 1]) {
        if (b <= a) continue;
        const nb = best[(i + 1) * N + b];
        if (nb === -Infinity) continue;
        const wb = flat.word[b];
        let t: number;
        if (wb === wa) t = flat.pos[b] === flat.pos[a] + 1 && !flat.init[b] ? W_CONT : 0;
        // Unmatched words strictly between, and commas before words wa+1..wb.
        else t = -(flat.penSum[wb] - flat.penSum[wa + 1]) - W_COMMA * (flat.commaSum[wb + 1] - flat.commaSum[wa + 1]);
        const v = nb + t;
        if (v > bv) {
          bv = v;
          bn = b;
        }
      }
      if (bn < 0) continue;
      best[i * N + a] = local + bv;
      next[i * N + a] = bn;
    }
  }
  // Best start; ties go to the alignment with more characters at word starts ("coat protein
  // complex II (COPII)", not "complex II"), then to the shorter long form (S&H).
  let top = -Infinity;
  let start = -1;
  let topInit = -1;
  const initialsFrom = (a0: number) => {
    let n = 0;
    for (let i = 0, a = a0; i < K && a >= 0; i++) {
      if (flat.init[a]) n++;
      a = next[i * N + a];
    }
    return n;
  };
  for (const a of cand[0]) {
    const v = best[a];
    if (v === -Infinity) continue;
    if (v > top + 1e-9) {
      top = v;
      start = a;
      topInit = initialsFrom(a);
    } else if (Math.abs(v - top) <= 1e-9) {
      const ni = initialsFrom(a);
      if (ni > topInit || (ni === topInit && a > start)) {
        start = a;
        topInit = ni;
      }
    }
  }
  if (start < 0 || top === -Infinity) return null;
  const touched = new Map<number, boolean>(); // word -> touched at its first character
  let initials = 0;
  for (let i = 0, a = start; i < K && a >= 0; i++) {
    const w = flat.word[a];
    if (flat.init[a]) initials++;
    if (!touched.has(w)) touched.set(w, flat.init[a]);
    a = next[i * N + a];
  }
  const firstWord = flat.word[start];
  let skipped = 0;
  for (let w = firstWord; w < nw; w++) {
    const wd = flat.words[w];
    if (!touched.has(w) && !wd.stop && !wd.cheap) skipped++;
  }
  let allAtInitials = true;
  for (const v of touched.values()) if (!v) allAtInitials = false;
  return { score: top, firstWord, initials, skipped, allAtInitials, touched: touched.size, words: nw - firstWord };
}

function trimRange(text: string, start: number, end: number, isJunk: (c: number) => boolean): [number, number] {
  while (start < end && isJunk(text.charCodeAt(start))) start++;
  while (end > start && isJunk(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

const isQuote = (c: number) => c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
const isSpaceOrQuote = (c: number) => isSpaceCode(c) || isQuote(c);
/** Spaces, quotes, commas, colons and dashes around a long form. */
const isLongFormJunk = (c: number) => isSpaceOrQuote(c) || c === 44 || c === 58 || c === 59 || c === 45 || c === 0x2013 || c === 0x2014;

/** Alphanumeric characters of a short form, folded. */
function sfChars(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlnumCode(c)) out.push(foldCode(c));
  }
  return out;
}

function countWords(s: string): number {
  return s.split(/[\s\-‐‑]+/).filter((t) => t.length > 0).length;
}

/** Where the long-form window before a bracket at `open` starts. */
function windowStart(text: string, open: number): number {
  let depth = 0;
  for (let i = open - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (open - i > MAX_BRACKET) return i + 1;
    if (isCloseBracket(c)) depth++;
    else if (isOpenBracket(c)) {
      if (depth === 0) return i + 1; // inside an outer bracket
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (c === 59 || c === 63 || c === 33 || c === 58 || c === 0x3002) {
      // ; ? ! : end a clause when followed by a space
      if (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) return i + 1;
    } else if (c === 46 /* . */ && i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) {
      // A full stop ends a sentence unless it ends an abbreviation or an initial.
      let j = i;
      while (j > 0 && !isSpaceCode(text.charCodeAt(j - 1)) && !isOpenBracket(text.charCodeAt(j - 1))) j--;
      const tok = text.slice(j, i).toLowerCase();
      const single = tok.length === 1 && isLetterCode(tok.charCodeAt(0));
      if (!single && !DOT_ABBREVIATIONS.has(tok) && !/^(?:\p{L}\.)+\p{L}$/u.test(tok)) return i + 1;
    }
  }
  return 0;
}

/** Index of the bracket closing the one at `open`, or -1. */
function matchBracket(text: string, open: number): number {
  const o = text.charCodeAt(open);
  const close = o === 40 ? 41 : 93;
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_BRACKET);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === o) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const LEAD_IN = /^(?:hereafter|hereinafter|henceforth|thereafter|referred to as|known as|called|abbreviated(?: to| as)?|i\.?e\.?,?|in short|short)\s+/i;
/** Brackets starting with these words are not short forms: "(formerly CSSIW)", "(see CIW)", "(the council)". */
const REJECT_LEAD = /^(?:formerly|previously|now|then|later|see|cf\.?|e\.?g\.?|including|incl\.?|not|unlike|except|and|or|with|from|of|in|at|by|to|for|as|the|a|an|eg|ie)\s+\S/;

interface ShortForm {
  start: number;
  end: number;
  /** Character lists to try (the second without a plural s). */
  chars: string[][];
  /** Written in lower case only: must match at word starts. */
  lower: boolean;
  /** Looks like an ordinary capitalised word ("Wales", "Trax"): must match at word starts. */
  wordLike: boolean;
  /** One capital letter: the long form must be one word starting with it. */
  single: boolean;
  /**
   * Every touched word at its start and none left over: a glossary acronym whose glossary long form
   * is not the text before it ("complaints were out of date (CIW)" is a source, not a definition),
   * or a citation "(CIW, 2019)".
   */
  strict: boolean;
}

function isKnown(s: string, known?: KnownAcronyms): boolean {
  return !!known && (known.keys.has(s) || known.spellings.has(s) || known.keys.has(normaliseShortForm(s)));
}

/** Checks a short-form candidate at text[start, end) (already cut at separators). */
function checkShortForm(text: string, start: number, end: number, known: KnownAcronyms | undefined, before: boolean): ShortForm | null {
  [start, end] = trimRange(text, start, end, isSpaceOrQuote);
  let s = text.slice(start, end);
  if (!before) {
    if (REJECT_LEAD.test(s.charAt(0).toLowerCase() + s.slice(1)) && !LEAD_IN.test(s)) return null;
    const lead = LEAD_IN.exec(s);
    if (lead) {
      start += lead[0].length;
      [start, end] = trimRange(text, start, end, isSpaceOrQuote);
      s = text.slice(start, end);
    }
  }
  if (!s) return null;
  const knownKey = isKnown(s, known);
  const words = s.split(/\s+/);
  if (words.length > 2 && !knownKey) return null;
  const counts = letterCounts(s);
  const alnum = counts.upper + counts.lower + counts.digit;
  if (counts.upper + counts.lower === 0 || alnum > 10) return null;
  if (!isAlnumCode(s.charCodeAt(0)) && s[0] !== '(' && s[0] !== '[' && s[0] !== '.') return null;
  const single = alnum === 1;
  // One letter and digits: the letter comes first ("E2", "S47"; not "400 K").
  if (counts.upper + counts.lower === 1 && !isLetterCode(s.charCodeAt(0))) return null;
  if (single && (counts.upper !== 1 || before || s.length !== 1)) return null;
  const lower = counts.upper === 0;
  if (lower) {
    if (before || words.length > 1) return null;
    if (NOT_SHORT_FORMS.has(s.toLowerCase().replace(/\./g, ''))) return null;
    if (isRomanNumeral(s.toUpperCase()) && /^[ivxl]+$/.test(s)) return null;
    if (/\./.test(s) && !/^(?:\p{Ll}\.){2,}$/u.test(s)) return null;
  }
  if (before) {
    // Written before its long form: has a capital (S&H), and is a word of its own.
    if (counts.upper === 0) return null;
    if (STOP_WORDS.has(s.toLowerCase())) return null;
  }
  if (words.length === 2 && !knownKey && counts.upper + counts.digit === 0) return null;
  const acronymLike = counts.upper >= 2 || (counts.upper >= 1 && counts.digit >= 1) || counts.other > 0;
  const wordLike = !knownKey && !acronymLike && !lower && counts.lower >= 2;
  const chars = [sfChars(s)];
  // "LACs", "E2s": the plural s need not be in the long form.
  if (s.length >= 3 && s.endsWith('s')) {
    const k = charClass(s.charCodeAt(s.length - 2));
    if (k === UPPER || k === DIGIT) chars.push(sfChars(s.slice(0, -1)));
  }
  const strict = !!known && (known.keys.has(normaliseShortForm(s)) || known.spellings.has(s));
  return { start, end, chars, lower, wordLike, single, strict };
}

/** Short-form candidates written just before a bracket: "CIW (…)", "ADSS Cymru (…)", "alpha/beta-SNAP (…)". */
function shortFormsBefore(text: string, open: number, floor: number, known?: KnownAcronyms): ShortForm[] {
  let end = open;
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  while (end > floor && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 58)) end--;
  let start = end;
  while (start > floor && !isSpaceCode(text.charCodeAt(start - 1)) && !isOpenBracket(text.charCodeAt(start - 1)) && !isCloseBracket(text.charCodeAt(start - 1))) start--;
  while (start < end && !isAlnumCode(text.charCodeAt(start))) start++;
  while (end > start && isQuote(text.charCodeAt(end - 1))) end--;
  if (end - start < 2) return [];
  const spans: [number, number][] = [];
  // Two words when the glossary knows them ("ADSS Cymru (…)") or the first is in capitals.
  let ps = start;
  while (ps > floor && isSpaceCode(text.charCodeAt(ps - 1))) ps--;
  let pst = ps;
  while (pst > floor && !isSpaceCode(text.charCodeAt(pst - 1)) && !isOpenBracket(text.charCodeAt(pst - 1)) && !isCloseBracket(text.charCodeAt(pst - 1))) pst--;
  if (pst < ps && ps < start) {
    const prev = text.slice(pst, ps);
    const two = prev + ' ' + text.slice(start, end);
    if (isKnown(two, known)) spans.push([pst, end]);
  }
  spans.push([start, end]);
  // "alpha/beta-SNAP (…)": the part after the last hyphen or slash.
  const token = text.slice(start, end);
  const m = /[-/‐]([^-/‐]+)$/.exec(token);
  if (m && m.index > 0) spans.push([start + m.index + 1, end]);
  const out: ShortForm[] = [];
  for (const [s, e] of spans) {
    const sf = checkShortForm(text, s, e, known, true);
    if (sf) out.push(sf);
  }
  return out;
}

function accept(al: Alignment, sf: ShortForm, nChars: number): boolean {
  if (al.skipped > MAX_SKIP) return false;
  if (sf.lower && !al.allAtInitials) return false;
  // An ordinary-looking word: every touched word at its start, or a truncation of one word ("Adx (adrenodoxin)").
  if (sf.wordLike && !(al.allAtInitials && al.initials >= 2 && (al.skipped === 0 || al.initials === nChars)) && !(al.words === 1 && al.touched === 1)) return false;
  if (sf.single && al.skipped > 0) return false;
  if (sf.strict && (al.skipped > 0 || !al.allAtInitials)) return false;
  return true;
}

/**
 * S&H's final checks, and no short form equal to a word of its long form, as written or as its
 * key (without full stops, a possessive or a plural s): "CIW's [CIW (Care Inspectorate Wales)]"
 * does not define CIW as "CIW (Care Inspectorate Wales)", nor "CIW… [C.I.W.]" as "CIW…".
 */
function sane(sf: string, lf: string): boolean {
  const key = normaliseShortForm(sf);
  return key === sf ? saneAsWritten(sf, lf) : saneAsWritten(sf, lf) && saneAsWritten(key, lf);
}

function saneAsWritten(sf: string, lf: string): boolean {
  if (lf.length < sf.length) return false;
  if (lf.indexOf(sf + ' ') > -1 || lf.endsWith(sf)) return false;
  const fsf = sf.toLowerCase();
  if (lf.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(fsf)) return false;
  return true;
}

interface Candidate {
  sfStart: number;
  sfEnd: number;
  lfStart: number;
  lfEnd: number;
  quality: number;
  pattern: AcronymDefinition['pattern'];
}

/**
 * Aligns a short form to the region [rs, re) and returns the long form's span, or null.
 * Not anchored: the long form ends at re and starts where the alignment says. Anchored: it starts
 * at the region's first content word.
 */
function alignShortForm(text: string, sf: ShortForm, rs: number, re: number, anchored: boolean, defEnds: readonly number[] = []): { lfStart: number; lfEnd: number; quality: number } | null {
  [rs, re] = trimRange(text, rs, re, isLongFormJunk);
  if (re - rs < 2) return null;
  const flat = buildFlat(text, rs, re);
  if (!flat.words.length) return null;
  const written = text.slice(sf.start, sf.end);
  let best: { lfStart: number; lfEnd: number; quality: number } | null = null;
  for (const chars of sf.chars) {
    const al = align(flat, chars, anchored);
    if (!al) continue;
    if (!accept(al, sf, chars.length)) continue;
    let lfStart = flat.words[al.firstWord].tokenStart;
    while (lfStart < re && !isAlnumCode(text.charCodeAt(lfStart)) && !isOpenBracket(text.charCodeAt(lfStart))) lfStart++;
    const lf = text.slice(lfStart, re);
    const n = Math.max(1, chars.length);
    if (sf.single) {
      // One capital letter: one word of three letters or more, not a small word.
      if (al.firstWord !== flat.words.length - 1 || flat.words[al.firstWord].end - flat.words[al.firstWord].start < 3) continue;
    } else {
      // At most min(|SF| + 5, |SF| * 2) words (parts of hyphenated words count; bracketed words do not).
      let nWords = 0;
      for (let w = al.firstWord; w < flat.words.length; w++) if (!flat.words[w].inBracket) nWords++;
      if (nWords > Math.min(n + 5, n * 2)) continue;
    }
    if (!sane(written, lf)) continue;
    // Brackets in the long form must balance.
    let depth = 0;
    for (let k = lfStart; k < re && depth >= 0; k++) {
      const c = text.charCodeAt(k);
      if (isOpenBracket(c)) depth++;
      else if (isCloseBracket(c)) depth--;
    }
    if (depth !== 0) continue;
    // A long form may hold an earlier definition ("glycine receptor (GlyR) alpha 1 subunit gene (GLRA1)")
    // but not run back over a list of them ("human REV1 (hREV1) and REV3 (hREV3)").
    let crossesList = false;
    for (let k = defEnds.length - 1; k >= 0 && defEnds[k] > lfStart; k--) {
      const d = defEnds[k];
      if (d < re && COORDINATION.test(text.slice(d, Math.min(re, d + 6)))) crossesList = true;
    }
    if (crossesList) continue;
    let bad = false;
    for (let k = lfStart; k < re && !bad; k++) {
      if (isCloseBracket(text.charCodeAt(k)) && COORDINATION.test(text.slice(k + 1, Math.min(re, k + 7)))) bad = true;
    }
    if (bad) continue;
    // A long form with a word left unmatched may not run over a comma or a coordination.
    if (al.skipped > 0 && (/,\s/.test(lf) || /\s(?:and|or|&|a|ac|neu)\s/i.test(lf))) continue;
    const quality = al.score / n;
    if (!best || quality > best.quality) best = { lfStart, lfEnd: re, quality };
  }
  return best;
}

const COORDINATION = /^\s*(?:,|;|and\b|or\b|&|a\b|ac\b|neu\b)/;

/** A bracket holding one word with two capitals or more, as "(CIW)" does. */
const INNER_ACRONYM_BRACKET = /[([]\s*[A-Z][\w&.’'-]*[A-Z][\w&.’'-]*\s*[)\]]/;

/** Separators inside a bracket: ", " "; " " – ". */
const SEPARATOR = /[,;]\s|\s[–—-]\s|:\s/g;

function candidatesFor(text: string, open: number, close: number, floor: number, defEnds: readonly number[], known?: KnownAcronyms): Candidate[] {
  const out: Candidate[] = [];
  let [is, ie] = trimRange(text, open + 1, close, isSpaceCode);
  if (ie <= is) return out;
  const inner = text.slice(is, ie);
  SEPARATOR.lastIndex = 0;
  const seps = [...inner.matchAll(SEPARATOR)];
  const firstEnd = seps.length ? is + seps[0].index! : ie;
  const lastStart = seps.length ? is + seps[seps.length - 1].index! + seps[seps.length - 1][0].length : is;

  // 1. "Long Form (LF)": the short form is the bracket's first part.
  const ws = windowStart(text, open);
  const sf1 = checkShortForm(text, is, firstEnd, known, false);
  // A citation, "(CIW, 2019)", reads as a definition only if the letters fit perfectly.
  if (sf1 && seps.length && /^\d/.test(text.slice(is + seps[0].index! + seps[0][0].length, ie))) sf1.strict = true;
  if (sf1) {
    const a = alignShortForm(text, sf1, ws, open, false, defEnds);
    if (a) out.push({ sfStart: sf1.start, sfEnd: sf1.end, ...a, pattern: 'long-short' });
  }
  if (seps.length === 1) {
    // 2. "(Long Form, LF)" and "Long Form (… ; LF)": the short form is the last part.
    const sf2 = checkShortForm(text, lastStart, ie, known, false);
    if (sf2 && !sf2.single) {
      const a = alignShortForm(text, sf2, is, firstEnd, true);
      if (a) out.push({ sfStart: sf2.start, sfEnd: sf2.end, ...a, quality: a.quality - 0.05, pattern: 'long-short' });
      const b = alignShortForm(text, sf2, ws, open, false, defEnds);
      if (b) out.push({ sfStart: sf2.start, sfEnd: sf2.end, ...b, quality: b.quality - 0.1, pattern: 'long-short' });
    }
    // 3. "(LF, Long Form)".
    if (sf1 && !sf1.single && !sf1.lower) {
      const c = alignShortForm(text, sf1, lastStart, ie, true);
      if (c) out.push({ sfStart: sf1.start, sfEnd: sf1.end, ...c, quality: c.quality - 0.05, pattern: 'short-long' });
    }
  }
  // 4. "LF (Long Form)": the whole bracket, or its first part. Not when the bracket holds a
  // bracketed acronym of its own: "St. (see Care Inspectorate Wales (CIW))" is an aside that
  // defines CIW, and reading it as St.'s long form would hide that definition.
  if ((countWords(inner) >= 2 || /[-‐]/.test(inner)) && !INNER_ACRONYM_BRACKET.test(inner)) {
    const ends = seps.length ? [ie, firstEnd] : [ie];
    for (const sf of shortFormsBefore(text, open, floor, known)) {
      for (const e of ends) {
        const a = alignShortForm(text, sf, is, e, true);
        if (a) out.push({ sfStart: sf.start, sfEnd: sf.end, ...a, quality: a.quality - (e !== ie ? 0.01 : 0), pattern: 'short-long' });
      }
    }
  }
  return out;
}

function makeDefinition(text: string, c: Candidate, open: number, close: number, known?: KnownAcronyms): AcronymDefinition {
  const written = text.slice(c.sfStart, c.sfEnd);
  let key = normaliseShortForm(written);
  if (known) key = known.spellings.get(key) ?? known.spellings.get(written) ?? key;
  return {
    acronym: key,
    longForm: text.slice(c.lfStart, c.lfEnd).replace(/\s+/g, ' '),
    start: Math.min(c.sfStart, c.lfStart, open),
    end: close + 1,
    shortStart: c.sfStart,
    shortEnd: c.sfEnd,
    longStart: c.lfStart,
    longEnd: c.lfEnd,
    pattern: c.pattern,
  };
}

const foldApostrophe = (ch: string) => (ch === '’' || ch === '‘' || ch === 'ʼ' ? "'" : ch.toLowerCase());
const foldPhrase = (s: string) => s.replace(/\s+/g, ' ').trim().split('').map(foldApostrophe).join('');

/** "CIW (Care Inspectorate Wales)" where the bracket holds a long form the glossary gives for the word before it. */
function knownShortLong(text: string, open: number, close: number, floor: number, known: KnownAcronyms): Candidate | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  const inner = foldPhrase(text.slice(is, ie));
  for (const sf of shortFormsBefore(text, open, floor, known)) {
    const written = text.slice(sf.start, sf.end);
    const key = known.spellings.get(written) ?? known.spellings.get(normaliseShortForm(written)) ?? normaliseShortForm(written);
    const forms = known.longForms.get(key);
    if (forms?.some((f) => foldPhrase(f) === inner)) return { sfStart: sf.start, sfEnd: sf.end, lfStart: is, lfEnd: ie, quality: 100, pattern: 'short-long' };
  }
  return null;
}

/** A long form the glossary knows, written right before the bracket: "Office for Standards in Education, Children's Services and Skills (Ofsted)". */
function knownLongForm(text: string, open: number, close: number, known: KnownAcronyms): Candidate | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  const written = text.slice(is, ie);
  const key = known.spellings.get(written) ?? known.spellings.get(normaliseShortForm(written)) ?? normaliseShortForm(written);
  const forms = known.longForms.get(key);
  if (!forms) return null;
  let end = open;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const fold = foldApostrophe;
  for (const f of forms) {
    const target = foldPhrase(f);
    // Walk back over the text, collapsing runs of spaces, comparing case-insensitively.
    let k = target.length - 1;
    let p = end - 1;
    while (k >= 0 && p >= 0) {
      const c = text[p];
      if (/\s/.test(c)) {
        if (target[k] !== ' ') break;
        while (p >= 0 && /\s/.test(text[p])) p--;
        k--;
        continue;
      }
      if (fold(c) !== target[k]) break;
      p--;
      k--;
    }
    if (k < 0 && (p < 0 || !isAlnumCode(text.charCodeAt(p)))) {
      return { sfStart: is, sfEnd: ie, lfStart: p + 1, lfEnd: end, quality: 100, pattern: 'long-short' };
    }
  }
  return null;
}

/** Next "(" or "[" at or after `from`, or -1: found by indexOf, each searched for once per text. */
function openBrackets(text: string): (from: number) => number {
  let paren = text.indexOf('(');
  let square = text.indexOf('[');
  return (from) => {
    if (paren >= 0 && paren < from) paren = text.indexOf('(', from);
    if (square >= 0 && square < from) square = text.indexOf('[', from);
    return paren < 0 ? square : square < 0 ? paren : Math.min(paren, square);
  };
}

/** How the writer's own forms are read (report mode). */
export interface DefinitionOptions {
  /**
   * Also read the forms real writers use that do not spell the acronym out letter by letter:
   * "(ACR) Long Form" written back to front, a bracketed acronym after the writer's own words
   * ("a multi-agency referral hub (MASH)"), and "…, known as ACR". Default: on when `known` is given
   * (reports); the domain-free extractor (the abbreviation corpora) leaves them out.
   */
  writerForms?: boolean;
}

/**
 * Finds acronym definitions in one block of prose: "Long Form (LF)", "LF (Long Form)",
 * "(Long Form, LF)". `known` adds the glossary: its long forms are accepted when written exactly
 * before the bracket, and its multi-word and mixed-case spellings are recognised. Without it the
 * extractor is domain-free (as in the evaluation).
 */
export function findDefinitions(text: string, known?: KnownAcronyms, options: DefinitionOptions = {}): AcronymDefinition[] {
  const writerForms = options.writerForms ?? !!known;
  const out: AcronymDefinition[] = [];
  let floor = 0; // a short form written before its bracket never reaches into an earlier definition
  const defEnds: number[] = [];
  const brackets = openBrackets(text);
  for (let i = brackets(0); i >= 0; i = brackets(i + 1)) {
    const open = i;
    const close = matchBracket(text, open);
    if (close < 0) continue;
    // "alpha(2)", "TAF(II)": a bracket glued to a word is part of that word, unless it holds
    // a short form in capitals ("growth factor beta(TGFbeta)").
    if (open > 0 && isAlnumCode(text.charCodeAt(open - 1))) {
      const inner = text.slice(open + 1, close);
      const k = letterCounts(inner);
      if (k.upper < 2 || /\s/.test(inner) || isRomanNumeral(inner)) continue;
    }
    const pair = writerForms ? slashPair(text, open, close, floor, known) : null;
    if (pair) {
      out.push(...pair);
      floor = close + 1;
      defEnds.push(close + 1);
      i = close;
      continue;
    }
    let pick: Candidate | null = known ? (knownLongForm(text, open, close, known) ?? knownShortLong(text, open, close, floor, known)) : null;
    if (!pick) {
      for (const cand of candidatesFor(text, open, close, floor, defEnds, known)) {
        if (!pick || cand.quality > pick.quality) pick = cand;
      }
    }
    const definition = pick
      ? makeDefinition(text, pick, open, close, known)
      : writerForms
        ? (writersBracket(text, open, close, floor, known) ?? explainedAfter(text, open, close, floor, known) ?? nameInBracket(text, open, close, floor, known))
        : null;
    if (definition) {
      out.push(definition);
      floor = close + 1;
      defEnds.push(close + 1);
      i = close;
    }
  }
  if (writerForms && KNOWN_AS_HINT.test(text)) addKnownAs(text, out, known);
  return out;
}

/** A bracket holding one acronym-like short form and nothing else: "(MASH)", "('CSE')", "(IROs)". */
function loneShortForm(text: string, open: number, close: number, known?: KnownAcronyms): ShortForm | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  if (ie - is < 2 || /\s/.test(text.slice(is, ie))) return null;
  const sf = checkShortForm(text, is, ie, known, false);
  if (!sf || sf.single || sf.lower || sf.wordLike) return null;
  const written = text.slice(sf.start, sf.end);
  const c = letterCounts(written);
  if (c.upper < 2 && !isKnown(written, known)) return null;
  if (isRomanNumeral(written)) return null;
  return sf;
}

/** Words a writer's own introduction is shown with: the few before the bracket, in its clause. */
const LOOSE_WORDS = 6;

/**
 * The writer's forms at one bracket, when no letter-by-letter definition was found: "(HMICFRS)
 * Her Majesty's Inspectorate of …" written back to front (a definition, 'short-long'), or
 * "a multi-agency referral hub (MASH)" (a loose definition: the writer's own words introduce it).
 */
function writersBracket(text: string, open: number, close: number, floor: number, known?: KnownAcronyms): AcronymDefinition | null {
  const sf = loneShortForm(text, open, close, known);
  if (!sf) return null;
  const shortWritten = text.slice(sf.start, sf.end);
  // A name in camel case ("the electronic file system (MiCare)") is a name, not initials.
  if (CAMEL_CASE_NAME.test(shortWritten) && !isKnown(shortWritten, known)) return null;
  // A person's title after their name in a list ("Inspectors: Kath Townsley (OI)", "… and Ros Walker (AI)").
  if (personWithTitle(text, open, close, floor)) return null;
  const reversed = backToFront(text, sf, close);
  if (reversed) return makeDefinition(text, reversed, open, close, known);
  // The writer's words before the bracket: it follows a word of the same clause, not a number, a
  // bracket, a full stop or the start of the block.
  let end = open;
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  while (end > floor && isQuote(text.charCodeAt(end - 1))) end--;
  if (end <= floor || !isLetterCode(text.charCodeAt(end - 1))) return null;
  const ws = Math.max(floor, windowStart(text, open));
  const start = wordsBefore(text, end, ws);
  // The word just before must not be the acronym itself, or another acronym ("CIW (CIW)", "LSCB (BSCB)").
  const last = text.slice(lastWordStart(text, start, end), end);
  if (letterCounts(last).upper >= 2) return null;
  const written = text.slice(sf.start, sf.end);
  const key = known?.spellings.get(normaliseShortForm(written)) ?? normaliseShortForm(written);
  // An acronym the glossary knows, after words that are not (nearly) its long form in some order,
  // at the end of a clause, cites a source ("complaints were out of date (CIW)."); "children looked
  // after (LAC)" defines LAC, and so do the writer's own words when the sentence goes on with the
  // bracket as their name ("The out-of-hours service (EDT) responds", "pre-proceedings work (PLO) and").
  // Words that name something rather than state something ("social workers in their first year
  // of qualification (ASYE).": no verb, not a person's name) are the writer's gloss, not a source.
  const forms = known?.longForms.get(key);
  const words = text.slice(start, end);
  if (forms && !forms.some((f) => wordsWithin(f, text.slice(ws, end))) && endsClause(text, close + 1) && !glossPhrase(words)) return null;
  // Not "XYZ Services (XYZ)": the acronym is not among its own words (S&H's check).
  if (!sane(written, text.slice(start, end))) return null;
  return {
    acronym: key,
    longForm: text.slice(start, end).replace(/\s+/g, ' '),
    start: end,
    end: close + 1,
    shortStart: sf.start,
    shortEnd: sf.end,
    longStart: start,
    longEnd: end,
    pattern: 'long-short',
    loose: true,
  };
}

/** Verbs that make a clause of the words before a bracket ("complaints were out of date (CIW)"). */
const CLAUSE_VERB = /(?<![\p{L}'’])(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|found|said|says|show|shows|showed|report|reports|reported)(?![\p{L}'’])/iu;

/**
 * Whether the writer's words before a bracket name something: a phrase in small letters (not a
 * person's name, "Karen Wareing (HMI)") with no verb that would make it a statement citing a
 * source. Its first word may have a capital (it may start the sentence).
 */
function glossPhrase(words: string): boolean {
  const list = words.trim().split(/\s+/);
  if (list.length < 2 || CLAUSE_VERB.test(words)) return false;
  return list.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}

/** Words of small letters each with a capital, joined: "MiCare", "MyGo", "YouTube". */
export const CAMEL_CASE_NAME = /^(?:\p{Lu}\p{Ll}+){2,}$/u;

/**
 * Whether the bracket at [open, close] follows a person's name in a list of names: two words of a
 * capital and small letters, after the start, a comma, a colon or "and", with nothing after the
 * bracket but the end, a comma, a semicolon or "and" ("Team: Susan Myers (HMI), Kath Townsley (OI)").
 */
function personWithTitle(text: string, open: number, close: number, floor: number): boolean {
  const from = Math.max(floor, open - 80);
  // Cut mid-text, the slice's start is no boundary.
  const before = (from > floor ? '\u0000' : '') + text.slice(from, open);
  if (!/(?:^|[,:;]\s*|\sand\s+)(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*$/u.test(before)) return false;
  return /^\s*(?:$|[,;]|and\s)/.test(text.slice(close + 1, close + 7));
}

/** Whether nothing but a clause's end follows `at`: the end of the block, or punctuation ("(CIW).", "(CIW), and"). */
function endsClause(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (isSpaceCode(text.charCodeAt(k)) || isQuote(text.charCodeAt(k)))) k++;
  return k >= text.length || !isLetterCode(text.charCodeAt(k));
}

/**
 * Whether `text` holds at least half the content words of `form`, in any order ("front door
 * multi-agency response" for Multi-Agency Safeguarding Hub; not "complaints were out of date" for
 * Care Inspectorate Wales).
 */
function wordsWithin(form: string, text: string): boolean {
  const have = new Set(longFormWords(text));
  const wanted = longFormWords(form).filter((w) => !STOP_WORDS.has(w));
  const found = wanted.filter((w) => have.has(w)).length;
  return wanted.length > 0 && found * 2 >= wanted.length;
}

/** Start of the last LOOSE_WORDS words before `end`, not before `floor` nor back over a comma or bracket. */
function wordsBefore(text: string, end: number, floor: number): number {
  let start = end;
  for (let words = 0; start > floor && words < LOOSE_WORDS; words++) {
    let k = start;
    while (k > floor && isSpaceCode(text.charCodeAt(k - 1))) k--;
    let w = k;
    while (w > floor && !isSpaceCode(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 44 && !isOpenBracket(text.charCodeAt(w - 1)) && !isCloseBracket(text.charCodeAt(w - 1))) w--;
    if (w === k) break;
    start = w;
  }
  return start;
}

function lastWordStart(text: string, from: number, end: number): number {
  let w = end;
  while (w > from && !isSpaceCode(text.charCodeAt(w - 1))) w--;
  return w;
}

/**
 * An acronym explained in the bracket after it, in words that start with its first letter but do
 * not spell it letter by letter: "the ‘KEEPS’ (Keeping foster parents and carers supported)
 * programme", "the LEAP service (Learning, Employment, Advice, Preparation)", "The ChAD (children’s
 * advice and duty service) model", "ATTACH Team (Attaining Therapeutic Attachments…)". A loose definition.
 * "The DCS (appointed in 2017)" is an aside, not an explanation.
 */
function explainedAfter(text: string, open: number, close: number, floor: number, known?: KnownAcronyms): AcronymDefinition | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  const inner = text.slice(is, ie);
  // Not a bracket holding a definition of its own: "LACs [Looked After Children (LAC)]".
  if (countWords(inner) < 2 || !isLetterCode(inner.charCodeAt(0)) || REJECT_LEAD.test(inner.toLowerCase()) || /[([]/.test(inner)) return null;
  // The acronym, and at most one small word between it and the bracket ("LEAP service (…)").
  const base = Math.max(floor, open - 60);
  const m = /(?:^|[\s‘'"“(])([\p{Lu}][\p{L}\p{N}&]*[\p{Lu}\p{N}])s?['’"”]?(?:\s+\p{L}+)?\s*$/u.exec(text.slice(base, open));
  if (!m) return null;
  const written = m[1];
  if (letterCounts(written).upper < 2 || isRomanNumeral(written)) return null;
  if (foldCode(inner.charCodeAt(0)) !== foldCode(written.charCodeAt(0))) return null;
  // The match starts with at most one delimiter before the acronym.
  const shortStart = base + m.index! + m[0].indexOf(written);
  const shortEnd = shortStart + written.length;
  const key = known?.spellings.get(normaliseShortForm(written)) ?? normaliseShortForm(written);
  return { acronym: key, longForm: inner.replace(/\s+/g, ' '), start: shortStart, end: close + 1, shortStart, shortEnd, longStart: is, longEnd: ie, pattern: 'short-long', loose: true };
}

/**
 * Two long forms joined by a slash, and their acronyms likewise: "‘At Risk of Care/Looked After
 * Children’ (ARC/LAC)". Each long form must define its acronym as "Long Form (LF)" would, by
 * the writer's forms too (each is read alone, with its acronym in a bracket after it); both are defined.
 */
function slashPair(text: string, open: number, close: number, floor: number, known?: KnownAcronyms): AcronymDefinition[] | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  const m = /^([\p{Lu}][\p{L}\p{N}&]*)\/([\p{Lu}][\p{L}\p{N}&]*)$/u.exec(text.slice(is, ie));
  if (!m) return null;
  let end = open;
  while (end > floor && (isSpaceCode(text.charCodeAt(end - 1)) || isQuote(text.charCodeAt(end - 1)))) end--;
  const slash = text.lastIndexOf('/', end);
  const ws = Math.max(floor, windowStart(text, open));
  if (slash < ws) return null;
  const parts: [string, number, number, number][] = [
    [m[1], is, ws, slash],
    [m[2], ie - m[2].length, slash + 1, end],
  ];
  const out: AcronymDefinition[] = [];
  for (const [short, shortStart, from, to] of parts) {
    const alone = `${text.slice(from, to)} (${short})`;
    const d = findDefinitions(alone, known).find((x) => x.shortStart === to - from + 2 && x.pattern === 'long-short');
    if (!d) return null;
    const longStart = from + d.longStart;
    const longEnd = from + d.longEnd;
    // Named and loose: no fix may drop or move a bracket that defines two acronyms.
    out.push({ ...d, start: Math.min(longStart, open), end: close + 1, shortStart, shortEnd: shortStart + short.length, longStart, longEnd, loose: true, named: true });
  }
  return out;
}

/**
 * The long form, then a bracket naming the body with its acronym first or last: "a regional
 * adoption agency (Adoption West RAA)", "co-ordinated action against domestic abuse (CAADA DASH)".
 * The words before the bracket must spell the acronym letter by letter, at word starts.
 */
function nameInBracket(text: string, open: number, close: number, floor: number, known?: KnownAcronyms): AcronymDefinition | null {
  const [is, ie] = trimRange(text, open + 1, close, isSpaceOrQuote);
  const inner = text.slice(is, ie);
  if (!/^[\p{L}\p{N}&'’ -]+$/u.test(inner) || countWords(inner) < 2 || countWords(inner) > 6) return null;
  const first = /^\S+/.exec(inner)![0];
  const last = /\S+$/.exec(inner)![0];
  const ws = Math.max(floor, windowStart(text, open));
  for (const [ss, se] of [[ie - last.length, ie], [is, is + first.length]]) {
    const sf = checkShortForm(text, ss, se, known, false);
    if (!sf || sf.single || sf.lower || sf.wordLike || letterCounts(text.slice(ss, se)).upper < 2) continue;
    const a = alignShortForm(text, { ...sf, strict: true }, ws, open, false);
    if (a) return { ...makeDefinition(text, { sfStart: sf.start, sfEnd: sf.end, lfStart: a.lfStart, lfEnd: a.lfEnd, quality: a.quality, pattern: 'long-short' }, open, close, known), loose: true, named: true };
  }
  return null;
}

/** "(HMICFRS) Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services": the long form after the bracket. */
function backToFront(text: string, sf: ShortForm, close: number): Candidate | null {
  let rs = close + 1;
  while (rs < text.length && isSpaceCode(text.charCodeAt(rs))) rs++;
  if (rs >= text.length || !isLetterCode(text.charCodeAt(rs))) return null;
  // The long form starts with the short form's first letter (a small word may come first: "the").
  const first = sf.chars[0][0];
  const firstWord = /^(\p{L}+)\s+(\p{L})/u.exec(text.slice(rs, rs + 40));
  if (foldCode(text.charCodeAt(rs)) !== first && !(firstWord && STOP_WORDS.has(firstWord[1].toLowerCase()) && foldCode(firstWord[2].charCodeAt(0)) === first)) return null;
  // Word ends after the bracket, up to the end of the clause and min(|SF| + 5, |SF| * 2) words.
  const n = Math.max(1, sf.chars[0].length);
  const maxWords = Math.min(n + 5, n * 2);
  const ends: number[] = [];
  let k = rs;
  while (k < text.length && ends.length < maxWords) {
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    if (k >= text.length || isOpenBracket(c) || isCloseBracket(c) || c === 44 || c === 59 || c === 58 || c === 46) break;
    while (k < text.length && !isSpaceCode(text.charCodeAt(k)) && !/[,;:.()[\]]/.test(text[k])) k++;
    ends.push(k);
  }
  let best: Candidate | null = null;
  for (const e of ends) {
    const a = alignShortForm(text, { ...sf, strict: true }, rs, e, true);
    if (a && (!best || a.quality > best.quality)) best = { sfStart: sf.start, sfEnd: sf.end, lfStart: a.lfStart, lfEnd: a.lfEnd, quality: a.quality, pattern: 'short-long' };
  }
  return best;
}

// KNOWN_AS needs one of these words, in lower case: a plain test for them is several times faster than a case-blind Unicode one.
const KNOWN_AS_HINT = /known|referred to as|called/;
const KNOWN_AS = /(,?\s*(?:\(?\s*)?(?:also\s+|hereafter\s+|hereinafter\s+)?(?:\p{L}+ly\s+)?(?:known(?:\s+\p{L}+ly)? as|referred to as|called)\s+(?:the\s+)?)(['‘"“]?)([\p{Lu}\p{N}][\p{L}\p{N}&]*[\p{Lu}][\p{L}\p{N}&]*)\2?/gu;

/** "Long Form, known as ACR," and "…, referred to as ACR": a loose definition of ACR by the words before. */
function addKnownAs(text: string, out: AcronymDefinition[], known?: KnownAcronyms): void {
  KNOWN_AS.lastIndex = 0;
  for (const m of text.matchAll(KNOWN_AS)) {
    const shortStart = m.index! + m[1].length + m[2].length;
    const shortEnd = shortStart + m[3].length;
    if (out.some((d) => d.shortStart <= shortStart && shortStart < d.end)) continue;
    const written = m[3];
    if (letterCounts(written).upper < 2 || isRomanNumeral(written)) continue;
    const end = m.index!;
    const ws = wordsBefore(text, end, windowStart(text, end));
    const longForm = text.slice(ws, end).trim().replace(/\s+/g, ' ');
    if (!longForm) continue;
    const key = known?.spellings.get(normaliseShortForm(written)) ?? normaliseShortForm(written);
    out.push({ acronym: key, longForm, start: end, end: shortEnd, shortStart, shortEnd, longStart: ws, longEnd: end, pattern: 'long-short', loose: true });
  }
  out.sort((a, b) => a.start - b.start);
}
