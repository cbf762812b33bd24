// 1. Tokens and word classes.
//
// A sentence is read once, as word tokens (numbers, words, single punctuation marks). Each word
// gets two bit sets of word classes from one hash-table lookup, made while the word is scanned
// (see WordTable and lexicon.ts): the first for the classes that make claims and evidence
// (judgement words, people nouns, speech verbs…), the second for small closed classes used by
// single decisions. No regular expression with Unicode classes and no Intl.Segmenter: this scan
// was the largest cost of the detector before it was hand-written.

export const JUDGE = 1 << 0, GRADE = 1 << 1, SECTION = 1 << 2, GENERAL = 1 << 3, TREND = 1 << 4, QTREND = 1 << 5,
  TQUAL = 1 << 6, PROP = 1 << 7, NUMW = 1 << 8, MONTH = 1 << 9, TIMEU = 1 << 10, LEGAL = 1 << 11,
  PEOPLE = 1 << 12, ORG = 1 << 13, PRON = 1 << 14, SPEECH = 1 << 15, MENTAL = 1 << 16, SOURCE = 1 << 17,
  SVERB = 1 << 18, WEVERB = 1 << 19, FILLER = 1 << 20, AUX = 1 << 21, MODAL = 1 << 22, HYPO = 1 << 23,
  COMPAR = 1 << 24, APPROX = 1 << 25, WADV = 1 << 26, WPASS = 1 << 27, STRUCT = 1 << 28, PERCEP = 1 << 29;

/** Classes that make a word a claim trigger on its own. */
export const TRIGGER_CLASSES = JUDGE | GENERAL | TREND | PROP;

// Second flag word: small closed classes used by single rules. (Both words stay under 2^30, which
// V8 keeps as small integers: one bit more makes every token's flags a boxed double.)
export const G_CAPACITY = 1 << 0, G_SCHEDULE = 1 << 1, G_LOGISTIC = 1 << 2, G_PASSIVE_EVIDENCE = 1 << 3, G_CONCERN = 1 << 4,
  G_CONCERN_VERB = 1 << 5, G_EVIDENCE_SPEECH = 1 << 6, G_ATTRIB_SHORT = 1 << 7, G_SUBORD = 1 << 8, G_WIDELY_VERB = 1 << 9,
  G_RATING = 1 << 10, G_OUR_EVIDENCE = 1 << 11, G_VAGUE_SPEAKER = 1 << 12, G_INSPECTORATE = 1 << 13,
  /** First word of a configured or built-in phrase. */
  G_PHRASE = 1 << 14, G_VAGUE_SOURCE = 1 << 15,
  // Classes that follow from a word's spelling (see spellingClasses).
  G_SELF_ASSESSMENT = 1 << 16, G_EVALUATIVE_COMPOUND = 1 << 17;

export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Full stops, colons and the like are part of a phrase; other punctuation is ignored. */
export function isBreakPunct(w: string): boolean {
  return w === '.' || w === '!' || w === '?' || w === ';' || w === ':';
}

export const W = 0, N = 1, P = 2;

export interface Tok {
  s: number;
  e: number;
  /** Lower case, curly apostrophe made straight. */
  w: string;
  f: number;
  g: number;
  k: 0 | 1 | 2;
  /** Starts with a capital letter. */
  cap: boolean;
}

/** Punctuation tokens by character code, as constant strings (not a new string per mark). */
const PUNCT_MARKS = new Map([...'“”"‘’\'?!:;£%()-–—|.,'].map((mark) => [mark.charCodeAt(0), mark]));

const NUMBER_SUFFIXES = new Set(['am', 'pm', 'st', 'nd', 'rd', 'th', 's', 'k', 'm', 'bn']);

const LETTER_RE = /[\p{L}\p{M}]/u;

export function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(ch);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Word hashes stay small integers (under 2^30), like the flags. */
export const hashStep = (h: number, code: number) => (Math.imul(h, 31) + code) & 0x3fffffff;

const RIGHT_QUOTE = 0x2019;

/** Words learnt beyond the lexicon, at most (a bound on memory for a long-running server). */
export const LEARNT_WORDS = 20_000;

/**
 * The lexicon: word classes by lower-case word, in an open-addressing table keyed by a hash of
 * the word's character codes. The tokenizer hashes a word while scanning it, so a known word
 * costs no slice, lower-casing or Map lookup, and its token shares the table's string. Words
 * outside the lexicon (and numbers) are learnt, with no classes, the first time they are seen,
 * so that every token's text is an internalized string: V8 compares and hashes those by
 * pointer, and the detector compares words with literals, and looks them up, many times per
 * token (a quarter of its time went on that before).
 */
export class WordTable {
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  readonly words: string[] = [];
  readonly f: number[] = [];
  readonly g: number[] = [];

  /** @param learnable how many words outside the lexicon to learn */
  constructor(private learnable: number) {}

  add(word: string, f: number, g: number): void {
    let k = this.findString(word);
    if (k < 0) k = this.insert(word, hashOf(word));
    this.f[k] |= f;
    this.g[k] |= g;
  }

  /** Entry of the lower-case word `text[s, e)` would become (A–Z lower-cased, ’ made '), or -1. */
  find(h: number, text: string, s: number, e: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = this.slots[at] - 1;
      if (k < 0) return -1;
      if (this.hashes[k] === h && sameWord(this.words[k], text, s, e)) return k;
    }
  }

  findString(word: string): number {
    return this.find(hashOf(word), word, 0, word.length);
  }

  /** The table's copy of text[s, e), learning it if need be: a number's text, which has no classes. */
  stringOf(text: string, s: number, e: number): string {
    let h = 0;
    for (let i = s; i < e; i++) h = hashStep(h, text.charCodeAt(i));
    let k = this.find(h, text, s, e);
    if (k < 0) k = this.learn(text.slice(s, e), h);
    return k >= 0 ? this.words[k] : text.slice(s, e);
  }

  /** Adds a word seen in prose with no classes, unless enough have been learnt; its entry or -1. */
  learn(word: string, h: number): number {
    if (this.learnable === 0) return -1;
    this.learnable--;
    return this.insert(word, h);
  }

  private insert(word: string, h: number): number {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const k = this.words.length;
    this.words.push(internalize(word));
    this.hashes.push(h);
    this.f.push(0);
    this.g.push(spellingClasses(word));
    this.place(k);
    return k;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[k] & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = k + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.words.length; k++) this.place(k);
  }
}

/** Classes that follow from a word's spelling, worked out once per word in the table. */
function spellingClasses(w: string): number {
  let g = 0;
  if (w.endsWith('self-assessment')) g |= G_SELF_ASSESSMENT;
  if (isEvaluativeCompound(w)) g |= G_EVALUATIVE_COMPOUND;
  return g;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/**
 * The same string, internalized: V8 internalizes property names, and short strings in parsed
 * JSON (a number such as "2024" is an array index, not a property name).
 */
function internalize(word: string): string {
  return /^\d+$/.test(word) ? JSON.parse(`"${word}"`) : Object.keys({ [word]: 0 })[0];
}

/** `word` equals text[s, e) with A–Z lower-cased and ’ made ' (what the tokenizer hashes). */
function sameWord(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(s + i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === RIGHT_QUOTE) c = 39;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

export const EMPTY_LEX = new WordTable(0);

/**
 * Tokens: numbers ("1,200", "4.2", "28%", "9.30am"), words (letters and marks, joined by inner
 * apostrophes or hyphens: "children's", "well-led"), and single punctuation marks. A hand-written
 * linear scan: a regular expression with Unicode classes was the largest cost of the detector.
 */
// Token objects are reused from sentence to sentence (the detector is synchronous and keeps no
// token after returning), which removes most of the garbage a 6,000-sentence lint would make.
const pool: Tok[] = [];

let poolUsed = 0;

function makeTok(pooled: boolean, s: number, e: number, w: string, f: number, g: number, k: 0 | 1 | 2, cap: boolean): Tok {
  if (!pooled) return { s, e, w, f, g, k, cap };
  let t = pool[poolUsed];
  if (t === undefined) pool.push((t = { s, e, w, f, g, k, cap }));
  else {
    t.s = s; t.e = e; t.w = w; t.f = f; t.g = g; t.k = k; t.cap = cap;
  }
  poolUsed++;
  return t;
}

export function tokenize(text: string, lex: WordTable, pooled = false): Tok[] {
  const out: Tok[] = [];
  if (pooled) poolUsed = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) { i++; continue; }
    if (isDigitCode(c)) {
      const s = i;
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      while (i + 1 < n && (text[i] === '.' || text[i] === ',' || text[i] === ':') && isDigitCode(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      }
      if (text[i] === '%') i++;
      else {
        let e = i;
        while (e < n && e - i < 3 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
        if (e > i && NUMBER_SUFFIXES.has(text.slice(i, e)) && !(e < n && (isLetterCode(text.charCodeAt(e), text[e]) || isDigitCode(text.charCodeAt(e))))) i = e;
      }
      out.push(makeTok(pooled, s, i, lex.stringOf(text, s, i), 0, 0, N, false));
      continue;
    }
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : isLetterCode(c, text[i])) {
      i = scanWord(text, i, lex, pooled, out);
      continue;
    }
    const mark = PUNCT_MARKS.get(c);
    if (mark !== undefined) out.push(makeTok(pooled, i, i + 1, mark, 0, 0, P, false));
    i++;
  }
  return out;
}

/** Scans the word starting at s (a letter), pushes its token and returns where it ends. */
function scanWord(text: string, s: number, lex: WordTable, pooled: boolean, out: Tok[]): number {
  const n = text.length;
  const c = text.charCodeAt(s);
  // `ascii`: every character is A–Z, a–z, 0–9, an inner ' ’ or -, so `h` is the hash of the
  // lower-case word; a word with other letters is lower-cased by toLowerCase and looked up whole.
  let ascii = c < 128;
  let upper = c < 91 || c >= 128;
  let h = ascii ? hashStep(0, c < 91 ? c + 32 : c) : 0;
  let i = s + 1;
  for (;;) {
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 97 && d <= 122) { h = hashStep(h, d); i++; continue; }
      if (d >= 65 && d <= 90) { upper = true; h = hashStep(h, d + 32); i++; continue; }
      if (d >= 128 && isLetterCode(d, text[i])) { upper = true; ascii = false; i++; continue; }
      if (d >= 48 && d <= 57) { h = hashStep(h, d); i++; continue; } // "v2", "A1"
      break;
    }
    // An inner apostrophe or hyphen followed by a letter or digit continues the word.
    const j = text.charCodeAt(i);
    if (i + 1 < n && (j === 39 || j === RIGHT_QUOTE || j === 45)) {
      const d = text.charCodeAt(i + 1);
      if (isLetterCode(d, text[i + 1]) || isDigitCode(d)) {
        if (j === RIGHT_QUOTE) upper = true;
        h = hashStep(h, j === 45 ? 45 : 39);
        i++;
        while (i < n && isDigitCode(text.charCodeAt(i))) { h = hashStep(h, text.charCodeAt(i)); i++; } // "covid-19"
        continue;
      }
    }
    break;
  }
  let k: number;
  let w = '';
  let cap: boolean;
  if (ascii) {
    k = lex.find(h, text, s, i);
    if (k < 0) {
      w = lowerWord(text.slice(s, i), upper);
      k = lex.learn(w, h);
    }
    cap = c < 91;
  } else {
    const raw = text.slice(s, i);
    w = lowerWord(raw, upper);
    k = lex.findString(w);
    if (k < 0) k = lex.learn(w, hashOf(w));
    cap = raw.charCodeAt(0) !== w.charCodeAt(0);
  }
  if (k >= 0) w = lex.words[k];
  out.push(k >= 0 ? makeTok(pooled, s, i, w, lex.f[k], lex.g[k], W, cap) : makeTok(pooled, s, i, w, 0, spellingClasses(w), W, cap));
  return i;
}

function lowerWord(raw: string, upper: boolean): string {
  if (!upper) return raw;
  const w = raw.toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

export function isQuoteTok(t: Tok): boolean {
  if (t.k !== P) return false;
  const w = t.w;
  return w === '“' || w === '”' || w === '"' || w === '‘' || w === '’' || w === "'";
}

export function isSentencePunct(t: Tok): boolean {
  return t.k === P && (t.w === '.' || t.w === '!' || t.w === '?' || t.w === ';');
}

export function isClausePunct(t: Tok): boolean {
  return t.k === P && (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || t.w === '–' || t.w === '—');
}

export function isNumberTok(t: Tok | undefined): boolean {
  return !!t && (t.k === N || (t.f & NUMW) !== 0);
}

export function isSpaceLike(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '(' || c === '[' || c === '—' || c === '–' || c === '-';
}

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isDigitCode(c.charCodeAt(0)) || isLetterCode(c.charCodeAt(0), c));
}

function isEvaluativeCompound(w: string): boolean {
  return (w.startsWith('well-') && w !== 'well-being') || w.startsWith('poorly-') || w.startsWith('badly-') || w.startsWith('ill-');
}
