// Finds the claims in one sentence of report prose and the support the sentence gives them.
//
// Input is masked prose: Markdown markup, code, link targets, HTML and footnote references are
// already spaces, so every offset here is an offset into the sentence and, shifted by the
// sentence start, into the source. The caller knows whether a footnote reference in the
// sentence resolves, and passes that to `isUnsupported`.
//
// How it works, in one pass over word tokens (no Intl.Segmenter, no user text compiled as
// a regular expression):
// 1. tokens get a bit set of word classes from one hash-table lookup, made while the word is
//    scanned (see WordTable and lexicon.ts);
// 2. quotations are paired and their speakers found; words inside a quotation are reported
//    speech, not the inspectorate's claims, and the attribution ("said one parent") is support;
// 3. evidence cues: configured phrases (a token trie) plus built-in patterns such as
//    "we … found", "records … showed", "<people> told us/said", "in 9 of the 14 cases we reviewed";
// 4. claim triggers: figures, judgements, generalisations, trends and weasel attributions,
//    each with its exceptions (dates, section numbers, ages, "significant harm", "rated Good"…);
// 5. sentence frames that make surface triggers descriptive: questions, rating lines and
//    headings, recommendations and plans, hypotheticals, the inspectorate describing its own
//    work, and plain counts in logistics or registration sentences.
import * as L from './lexicon';

export type ClaimKind = 'figure' | 'judgement' | 'generalisation' | 'trend' | 'weasel';
export interface ClaimTrigger { kind: ClaimKind; start: number; end: number; text: string }
export interface EvidenceCue { start: number; end: number; text: string }
export interface QuoteSpan {
  start: number;
  end: number;
  speaker?: string;
  /** The quotation opens or closes outside this sentence (a quote split over sentences); its
   *  speaker may be in a neighbouring sentence, so a missing speaker is not reported. */
  partial?: boolean;
}
export interface SentenceClaims {
  /** Every claim trigger found (empty => not a claim). */
  triggers: readonly ClaimTrigger[];
  /** Distinct kinds, most important first: weasel, figure, generalisation, trend, judgement. */
  kinds: readonly ClaimKind[];
  /** Support found in the sentence text itself (including a quotation's attribution). */
  evidence: readonly EvidenceCue[];
  quotes: readonly QuoteSpan[];
  /** Weasel attributions (also in triggers). */
  weasel: readonly ClaimTrigger[];
  /** Not a claim despite surface triggers: a question, rating line, heading, recommendation,
   *  plan, hypothetical, the inspectorate describing its own work, or only plain counts in a
   *  logistics or registration sentence. */
  descriptive: boolean;
  /** Why `descriptive` is set (for messages and debugging). */
  descriptiveReason?: DescriptiveReason;
}
export type DescriptiveReason =
  | 'question' | 'rating-line' | 'heading' | 'fragment' | 'recommendation' | 'hypothetical' | 'inspectorate' | 'plain-count';

export interface ClaimOptions {
  /** Phrases that show where a finding came from ("records showed"); matched case-insensitively
   *  on whole words. Built-in patterns ("we … found", "<people> told us") always apply too. */
  evidencePhrases: string[];
  /** More judgement words or phrases ("lacklustre", "not fit for purpose"). */
  extraJudgementWords: string[];
  /** Words or phrases that never trigger a claim ("significant", "across the service"). */
  ignoreWords: string[];
}

export const defaultClaimOptions: ClaimOptions = {
  evidencePhrases: [
    'we found', 'we saw', 'we observed', 'we heard', 'we read', 'we reviewed', 'we examined', 'we looked at',
    'we sampled', 'we tracked', 'we audited', 'we spoke to', 'we spoke with', 'we met', 'inspectors found',
    'inspectors observed', 'records showed', 'records show', 'case files showed', 'data showed', 'data shows',
    'people told us', 'told us', 'told inspectors', 'told the inspection team', 'said to us', 'shared with us',
    'described to us', 'reported to us', 'explained to us', 'according to', 'in our sample', 'from our sample',
    'our review of', 'our analysis of', 'our survey', 'our case tracking', 'during our visit', 'during our visits',
    'during the inspection', 'on the day of our visit', 'on the days of our visit', 'on the day of the inspection',
    'feedback from', 'survey responses', 'questionnaire responses', 'minutes showed', 'the audit found',
  ],
  extraJudgementWords: [],
  ignoreWords: [],
};

// ---------------------------------------------------------------------------------------------
// Word classes

const JUDGE = 1 << 0, GRADE = 1 << 1, SECTION = 1 << 2, GENERAL = 1 << 3, TREND = 1 << 4, QTREND = 1 << 5,
  TQUAL = 1 << 6, PROP = 1 << 7, NUMW = 1 << 8, MONTH = 1 << 9, TIMEU = 1 << 10, LEGAL = 1 << 11,
  PEOPLE = 1 << 12, ORG = 1 << 13, PRON = 1 << 14, SPEECH = 1 << 15, MENTAL = 1 << 16, SOURCE = 1 << 17,
  SVERB = 1 << 18, WEVERB = 1 << 19, FILLER = 1 << 20, AUX = 1 << 21, MODAL = 1 << 22, HYPO = 1 << 23,
  COMPAR = 1 << 24, APPROX = 1 << 25, WADV = 1 << 26, WPASS = 1 << 27, STRUCT = 1 << 28, PERCEP = 1 << 29;

/** Classes that make a word a claim trigger on its own. */
const TRIGGER_CLASSES = JUDGE | GENERAL | TREND | PROP;

type PhraseKind = ClaimKind | 'evidence';
interface TrieNode { next: Map<string, TrieNode>; kind?: PhraseKind }

// Second flag word: small closed classes used by single rules. (Both words stay under 2^30, which
// V8 keeps as small integers: one bit more makes every token's flags a boxed double.)
const G_CAPACITY = 1 << 0, G_SCHEDULE = 1 << 1, G_LOGISTIC = 1 << 2, G_PASSIVE_EVIDENCE = 1 << 3, G_CONCERN = 1 << 4,
  G_CONCERN_VERB = 1 << 5, G_EVIDENCE_SPEECH = 1 << 6, G_ATTRIB_SHORT = 1 << 7, G_SUBORD = 1 << 8, G_WIDELY_VERB = 1 << 9,
  G_RATING = 1 << 10, G_OUR_EVIDENCE = 1 << 11, G_VAGUE_SPEAKER = 1 << 12, G_INSPECTORATE = 1 << 13,
  /** First word of a configured or built-in phrase. */
  G_PHRASE = 1 << 14, G_VAGUE_SOURCE = 1 << 15,
  // Classes that follow from a word's spelling (see spellingClasses).
  G_SELF_ASSESSMENT = 1 << 16, G_EVALUATIVE_COMPOUND = 1 << 17;

/** A compiled configuration: build once with `compileClaimMatcher`, reuse for every sentence. */
export interface ClaimMatcher {
  readonly lex: WordTable;
  readonly trie: TrieNode;
  readonly ignore: ReadonlySet<string>;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const BUILTIN_PHRASES: [string, ClaimKind][] = [
  ['across the service', 'generalisation'], ['across the council', 'generalisation'],
  ['across the local authority', 'generalisation'], ['across the authority', 'generalisation'],
  ['across all', 'generalisation'], ['across services', 'generalisation'], ['throughout the service', 'generalisation'],
  ['in all cases', 'generalisation'], ['in every case', 'generalisation'], ['without exception', 'generalisation'],
  ['requires improvement', 'judgement'], ['requires significant improvement', 'judgement'],
  ['high quality', 'judgement'], ['high standard', 'judgement'], ['not enough', 'judgement'],
  ['compared with', 'trend'], ['compared to', 'trend'],
  ['a number of', 'figure'], ['a small number', 'figure'], ['a large number', 'figure'],
  ['a significant number', 'figure'], ['a high proportion', 'figure'], ['a growing number', 'trend'],
  ['on average', 'figure'], ['they need', 'judgement'], ['they needed', 'judgement'],
  ['some would argue', 'weasel'], ['some say', 'weasel'], ['many believe', 'weasel'], ['some believe', 'weasel'],
  ['critics say', 'weasel'],
];

/** Full stops, colons and the like are part of a phrase; other punctuation is ignored. */
function isBreakPunct(w: string): boolean {
  return w === '.' || w === '!' || w === '?' || w === ';' || w === ':';
}

function addPhrase(root: TrieNode, lex: WordTable, phrase: string, kind: PhraseKind): void {
  const toks = tokenize(phrase, EMPTY_LEX).filter((t) => t.k !== P || isBreakPunct(t.w));
  if (toks.length === 0) return;
  if (toks[0].k === W) lex.add(toks[0].w, 0, G_PHRASE);
  let node = root;
  for (const t of toks) {
    let child = node.next.get(t.w);
    if (!child) node.next.set(t.w, (child = { next: new Map() }));
    node = child;
  }
  // Evidence wins over a trigger ending at the same place; otherwise the first definition stays.
  if (!node.kind || kind === 'evidence') node.kind = kind;
}

export function compileClaimMatcher(options: ClaimOptions): ClaimMatcher {
  const lex = new WordTable(LEARNT_WORDS);
  const add = (list: string, flag: number) => {
    for (const w of words(list)) lex.add(w, flag, 0);
  };
  const addG = (list: string, flag: number) => {
    for (const w of words(list)) lex.add(w, 0, flag);
  };
  addG('registered accommodate accommodates capacity places', G_CAPACITY);
  addG('meets meet meeting meetings held place runs convened sits', G_SCHEDULE);
  addG('inspectors inspector employs employ comprises comprised consists', G_LOGISTIC);
  addG('reviewed inspected examined sampled audited tracked observed scrutinised interviewed surveyed', G_PASSIVE_EVIDENCE);
  addG('concerns concern questions complaints allegations worries', G_CONCERN);
  addG('raised expressed voiced reported made shared', G_CONCERN_VERB);
  addG(`said say says told tell tells described describe describes explained explains commented reported confirmed
    stated added wrote praised complained acknowledged agreed remarked replied recalled insisted admitted
    emphasised expressed highlighted spoke talked raised`, G_EVIDENCE_SPEECH);
  addG('described describes describe describing called calls branded labelled labeled characterised termed', G_ATTRIB_SHORT);
  addG('when whether if because although though that which who whom where until unless while whereas once', G_SUBORD);
  addG('praised regarded recognised acknowledged accepted believed thought known considered reported seen viewed', G_WIDELY_VERB);
  addG(`excellent good outstanding inadequate adequate requires require improvement significant to be not achieved new
    reviewed met partially compliant non-compliant compliance rating grade`, G_RATING);
  addG('sample review reviews audit audits survey surveys questionnaire questionnaires observations analysis tracking scrutiny discussions findings evidence case', G_OUR_EVIDENCE);
  addG('it someone somebody anyone others', G_VAGUE_SPEAKER);
  addG(L.INSPECTORATE_STARTS, G_INSPECTORATE);
  add(L.JUDGEMENT_WORDS, JUDGE);
  add(L.GRADE_WORDS, GRADE | JUDGE);
  add(L.SECTION_WORDS, SECTION);
  add(L.GENERAL_WORDS, GENERAL);
  add(L.TREND_WORDS, TREND);
  add(L.QUALIFIED_TREND_NOUNS, QTREND);
  add(L.TREND_QUALIFIERS, TQUAL);
  add(L.PROPORTION_WORDS, PROP);
  add(L.NUMBER_WORDS, NUMW);
  add(L.MONTHS, MONTH);
  add(L.TIME_UNITS, TIMEU);
  add(L.LEGAL_PREFIXES, LEGAL);
  add(L.PEOPLE_NOUNS, PEOPLE);
  add(L.ORG_NOUNS, ORG);
  add(L.PRONOUN_SPEAKERS, PRON);
  add(L.SPEECH_VERBS, SPEECH);
  add(L.MENTAL_VERBS, MENTAL);
  add(L.SOURCE_NOUNS, SOURCE);
  add(L.SOURCE_VERBS, SVERB);
  add(L.WE_VERBS, WEVERB);
  add(L.FILLERS, FILLER);
  add(L.AUX, AUX);
  add(L.MODALS, MODAL);
  add(L.HYPOTHETICAL, HYPO);
  add(L.COMPARATIVES, COMPAR);
  add(L.APPROXIMATORS, APPROX);
  add(L.WEASEL_ADVERBS, WADV);
  add(L.WEASEL_PASSIVES, WPASS);
  add(L.STRUCTURAL_NOUNS, STRUCT);
  add(L.PERCEPTION_NOUNS, PERCEP);
  addG(L.VAGUE_SOURCES, G_VAGUE_SOURCE);

  const trie: TrieNode = { next: new Map() };
  for (const p of options.evidencePhrases) addPhrase(trie, lex, p, 'evidence');
  for (const [p, kind] of BUILTIN_PHRASES) addPhrase(trie, lex, p, kind);
  for (const p of options.extraJudgementWords) {
    const toks = tokenize(p, EMPTY_LEX).filter((t) => t.k !== P);
    if (toks.length === 1) lex.add(toks[0].w, JUDGE, 0);
    else addPhrase(trie, lex, p, 'judgement');
  }
  const ignore = new Set<string>();
  for (const p of options.ignoreWords) {
    const norm = normalisePhrase(p);
    if (norm) ignore.add(norm);
  }
  return { lex, trie, ignore };
}

function normalisePhrase(p: string): string {
  return tokenize(p, EMPTY_LEX).filter((t) => t.k !== P).map((t) => t.w).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Tokens

const W = 0, N = 1, P = 2;
interface Tok {
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

function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(ch);
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Word hashes stay small integers (under 2^30), like the flags. */
const hashStep = (h: number, code: number) => (Math.imul(h, 31) + code) & 0x3fffffff;
const RIGHT_QUOTE = 0x2019;

/** Words learnt beyond the lexicon, at most (a bound on memory for a long-running server). */
const LEARNT_WORDS = 20_000;

/**
 * The lexicon: word classes by lower-case word, in an open-addressing table keyed by a hash of
 * the word's character codes. The tokenizer hashes a word while scanning it, so a known word
 * costs no slice, lower-casing or Map lookup, and its token shares the table's string. Words
 * outside the lexicon (and numbers) are learnt, with no classes, the first time they are seen,
 * so that every token's text is an internalized string: V8 compares and hashes those by
 * pointer, and the detector compares words with literals, and looks them up, many times per
 * token (a quarter of its time went on that before).
 */
class WordTable {
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

const EMPTY_LEX = new WordTable(0);

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

function tokenize(text: string, lex: WordTable, pooled = false): Tok[] {
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

// ---------------------------------------------------------------------------------------------
// Analysis

const KIND_ORDER: ClaimKind[] = ['weasel', 'figure', 'generalisation', 'trend', 'judgement'];
const KIND_BIT: Record<ClaimKind, number> = { weasel: 1, figure: 2, generalisation: 4, trend: 8, judgement: 16 };
/** `kinds` for each set of kind bits, shared by every result (results are read-only). */
const KINDS_BY_BITS = Array.from({ length: 32 }, (_, bits) => Object.freeze(KIND_ORDER.filter((k) => bits & KIND_BIT[k])));
const NONE: readonly never[] = Object.freeze([]);
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Spans are mostly found in order; sorting only when they are not saves a call per sentence. */
function sortByStart<T extends { start: number }>(spans: T[]): T[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return spans.sort(byStart);
  return spans;
}

const DURATION_BOUNDS = new Set(['up to', 'more than', 'less than', 'longer than', 'fewer than', 'at least', 'almost', 'nearly', 'as long as', 'as many as', 'average', 'of']);

function isQuoteTok(t: Tok): boolean {
  if (t.k !== P) return false;
  const w = t.w;
  return w === '“' || w === '”' || w === '"' || w === '‘' || w === '’' || w === "'";
}
function isSentencePunct(t: Tok): boolean {
  return t.k === P && (t.w === '.' || t.w === '!' || t.w === '?' || t.w === ';');
}
function isClausePunct(t: Tok): boolean {
  return t.k === P && (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || t.w === '–' || t.w === '—');
}
function isNumberTok(t: Tok | undefined): boolean {
  return !!t && (t.k === N || (t.f & NUMW) !== 0);
}
function isSpaceLike(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '(' || c === '[' || c === '—' || c === '–' || c === '-';
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isDigitCode(c.charCodeAt(0)) || isLetterCode(c.charCodeAt(0), c));
}

interface Ctx {
  text: string;
  toks: Tok[];
  m: ClaimMatcher;
  /** Per token: 1 inside a quotation, 2 part of an attribution, 0 otherwise. */
  zone: Uint8Array;
  triggers: ClaimTrigger[];
  /** Token index of each trigger (parallel to triggers), and whether it is a plain count. */
  trigTok: number[];
  weak: boolean[];
  evidence: EvidenceCue[];
  /** OR of the second flag word over all tokens. */
  mask: number;
  /** "registered for", "accommodates", "for up to": a capacity sentence. */
  capacity: boolean;
  /** Per token: the longest configured or built-in phrase starting there (sparse; undefined if none). */
  phrases: (PhraseHit | undefined)[] | undefined;
}
interface PhraseHit { kind: PhraseKind; end: number }
const NO_ZONE = new Uint8Array(2048);

function pushTrigger(c: Ctx, kind: ClaimKind, i: number, j: number, weak = false): void {
  const start = c.toks[i].s, end = c.toks[j].e;
  const text = c.text.slice(start, end);
  if (c.m.ignore.size) {
    const norm = c.toks.slice(i, j + 1).filter((t) => t.k !== P).map((t) => t.w).join(' ');
    if (c.m.ignore.has(norm)) return;
  }
  // Overlaps come from neighbouring words, so only the last few triggers need checking.
  const from = Math.max(0, c.triggers.length - 4);
  for (let k = from; k < c.triggers.length; k++) {
    const t = c.triggers[k];
    if (t.start <= start && t.end >= end) return; // already covered
  }
  for (let k = c.triggers.length - 1; k >= from; k--) {
    const t = c.triggers[k];
    if (t.start >= start && t.end <= end && t.kind === kind) {
      c.triggers.splice(k, 1);
      c.trigTok.splice(k, 1);
      c.weak.splice(k, 1);
    }
  }
  c.triggers.push({ kind, start, end, text });
  c.trigTok.push(i);
  c.weak.push(weak);
}

function pushEvidence(c: Ctx, i: number, j: number): void {
  const start = c.toks[i].s, end = c.toks[j].e;
  for (let k = Math.max(0, c.evidence.length - 4); k < c.evidence.length; k++) {
    const e = c.evidence[k];
    if (e.start <= start && e.end >= end) return;
  }
  c.evidence.push({ start, end, text: c.text.slice(start, end) });
}

export function analyseSentence(sentence: string, matcher: ClaimMatcher): SentenceClaims {
  return analyse(sentence, matcher, false)!;
}

/**
 * The claims of a sentence that gives no evidence itself, or undefined when it does: such a
 * sentence is never unsupported, so the rest of its analysis is skipped.
 */
export function claimsWithoutEvidence(sentence: string, matcher: ClaimMatcher): SentenceClaims | undefined {
  return analyse(sentence, matcher, true);
}

function analyse(sentence: string, matcher: ClaimMatcher, stopAtEvidence: boolean): SentenceClaims | undefined {
  const toks = tokenize(sentence, matcher.lex, true);
  const n = toks.length;
  let mask = 0;
  let capacity = false;
  let hasQuoteMark = false;
  let phrases: (PhraseHit | undefined)[] | undefined;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.k === P) {
      if (isQuoteTok(t)) hasQuoteMark = true;
      continue;
    }
    mask |= t.g;
    if (t.w === 'for' && i + 2 < n && toks[i + 1].w === 'up' && toks[i + 2].w === 'to') capacity = true;
    if (t.k === W ? (t.g & G_PHRASE) !== 0 : matcher.trie.next.has(t.w)) {
      const hit = matchPhrase(toks, matcher.trie, i);
      if (hit) (phrases ??= [])[i] = hit;
    }
  }
  if (mask & G_CAPACITY) capacity = true;
  const c: Ctx = {
    text: sentence, toks, m: matcher, zone: hasQuoteMark || n > NO_ZONE.length ? new Uint8Array(n) : NO_ZONE,
    triggers: [], trigTok: [], weak: [], evidence: [], mask, capacity, phrases,
  };
  const quotes = hasQuoteMark ? findQuotes(c) : NONE;
  findEvidence(c);
  if (stopAtEvidence && c.evidence.length) return undefined;
  findTriggers(c);
  const reason = c.triggers.length ? descriptiveFrame(c) : undefined;
  const triggers = sortByStart(c.triggers);
  let kindBits = 0;
  for (const t of triggers) kindBits |= KIND_BIT[t.kind];
  const result: SentenceClaims = {
    triggers,
    kinds: KINDS_BY_BITS[kindBits],
    evidence: sortByStart(c.evidence),
    quotes,
    weasel: kindBits & KIND_BIT.weasel ? triggers.filter((t) => t.kind === 'weasel') : NONE,
    descriptive: reason !== undefined,
  };
  if (reason) result.descriptiveReason = reason;
  return result;
}

/** Why a sentence is reported, or undefined when it is not. */
export function unsupportedReason(a: SentenceClaims, hasFootnote: boolean): 'claim' | 'unattributed-quote' | undefined {
  if (hasFootnote || a.evidence.length > 0) return undefined;
  if (a.triggers.length > 0 && !a.descriptive) return 'claim';
  if (a.quotes.some((q) => q.speaker === undefined && !q.partial)) return 'unattributed-quote';
  return undefined;
}

/** The decision used by the rule and the evaluation: a claim (or an unattributed quotation)
 *  with no footnote and no evidence cue in the sentence. */
export function isUnsupported(a: SentenceClaims, hasFootnote: boolean): boolean {
  return unsupportedReason(a, hasFootnote) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Quotations

function findQuotes(c: Ctx): QuoteSpan[] {
  const { toks, text } = c;
  const pairs: { o: number; cl: number; partial: boolean }[] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isQuoteTok(t)) continue;
    const ch = text[t.s];
    const before = text[t.s - 1];
    const after = text[t.e];
    let role: 'open' | 'close' | 'none' = 'none';
    if (ch === '“' || ch === '‘') role = 'open';
    else if (ch === '”') role = 'close';
    else if (ch === '’') role = open >= 0 && (openChar === '‘' || openChar === '’') ? 'close' : 'none';
    else if (ch === '"') role = open >= 0 && openChar === '"' ? 'close' : isSpaceLike(before) ? 'open' : 'close';
    else if (ch === "'") {
      if (open >= 0 && openChar === "'" && !isSpaceLike(before)) role = 'close';
      else if (open < 0 && isSpaceLike(before) && isWordChar(after)) role = 'open';
    }
    if (role === 'open' && open < 0) {
      open = i;
      openChar = ch === '’' ? '‘' : ch;
    } else if (role === 'close') {
      if (open >= 0) pairs.push({ o: open, cl: i, partial: false });
      else if (ch === '”' || ch === '"') pairs.push({ o: -1, cl: i, partial: true });
      open = -1;
    }
  }
  if (open >= 0) pairs.push({ o: open, cl: toks.length, partial: true });

  const spans: QuoteSpan[] = [];
  for (let q = 0; q < pairs.length; q++) {
    const { o, cl, partial } = pairs[q];
    const prevEnd = q > 0 ? pairs[q - 1].cl + 1 : 0;
    // A quotation closed without an opener starts after the one before it, not at the sentence's
    // start: each scan covers its own tokens only, so the work is linear in the sentence.
    const from = o >= 0 ? o : prevEnd;
    let wordsIn = 0;
    let punctIn = false;
    for (let i = Math.max(o + 1, prevEnd); i < cl; i++) {
      if (toks[i].k !== P) wordsIn++;
      else if (!isQuoteTok(toks[i])) punctIn = true;
    }
    let introduced = false;
    for (let i = o - 1; i >= 0 && i >= o - 6; i--) if (toks[i].g & G_ATTRIB_SHORT) introduced = true;
    // Short quoted terms ("signs of safety", the "front door") are not quotations.
    if (!(wordsIn >= 4 || punctIn || introduced)) continue;
    for (let i = from; i <= Math.min(cl, toks.length - 1); i++) c.zone[i] = 1;
    const start = o >= 0 ? toks[o].s : from > 0 && from < toks.length ? toks[from].s : 0;
    const end = cl < toks.length ? toks[cl].e : text.length;
    const nextStart = q + 1 < pairs.length ? Math.max(pairs[q + 1].o, cl + 1) : toks.length;
    const speaker = findSpeaker(c, o, cl, prevEnd, nextStart);
    const span: QuoteSpan = { start, end };
    if (speaker) span.speaker = speaker;
    if (partial) span.partial = true;
    spans.push(span);
  }
  return spans;
}

/** Noun phrase tokens [i, j) of a speaker, trimmed of punctuation; undefined when vague. */
function speakerText(c: Ctx, i: number, j: number): string | undefined {
  while (i < j && (c.toks[i].k === P || c.toks[i].w === 'as' || c.toks[i].w === 'and' || c.toks[i].w === 'but')) i++;
  while (j > i && c.toks[j - 1].k === P) j--;
  if (j <= i) return undefined;
  if (j - i === 1 && (c.toks[i].g & G_VAGUE_SPEAKER) !== 0) return undefined;
  return c.text.slice(c.toks[i].s, c.toks[j - 1].e);
}

function markAttribution(c: Ctx, i: number, j: number): void {
  for (let k = i; k < j; k++) if (c.zone[k] === 0) c.zone[k] = 2;
  while (i < j && c.toks[i].k === P) i++;
  while (j > i && c.toks[j - 1].k === P) j--;
  if (j > i) pushEvidence(c, i, j - 1);
}

/** The speaker of the quotation between tokens o and cl, looking after it, then before it. */
function findSpeaker(c: Ctx, o: number, cl: number, prevEnd: number, nextStart: number): string | undefined {
  const { toks } = c;
  // After: “…,” said the head of service. / “…,” one parent wrote in our survey. / … by several carers.
  let endAfter = cl + 1;
  while (endAfter < nextStart && !isSentencePunct(toks[endAfter]) && endAfter - cl <= 10) endAfter++;
  for (let v = cl + 1; v < endAfter; v++) {
    const t = toks[v];
    if (t.w === 'by' && v === cl + 1) {
      const sp = speakerText(c, v + 1, clauseEnd(c, v + 1, endAfter));
      // "by" only names a speaker after a passive attribution verb before the quotation.
      if (sp && o > 0 && passiveAttributionBefore(c, o)) {
        markAttribution(c, v, clauseEnd(c, v + 1, endAfter));
        return sp;
      }
    }
    // Only a short subject may stand between the quotation and its verb ("one parent wrote");
    // "and", "that" or an auxiliary start another clause.
    if (t.w === 'and' || t.w === 'but' || t.w === 'that' || t.w === 'which' || (t.f & (AUX | MODAL)) !== 0) break;
    if ((t.f & SPEECH) === 0 && t.w !== 'wrote') continue;
    if (t.w === 'put' && toks[v + 1]?.w !== 'it') continue;
    const before = speakerText(c, cl + 1, v);
    if (before) {
      markAttribution(c, cl + 1, clauseEnd(c, v, endAfter));
      return before;
    }
    let a = v + 1;
    if (toks[a]?.w === 'us' || toks[a]?.w === 'it' || toks[a]?.w === 'inspectors') a++;
    const ae = clauseEnd(c, a, endAfter);
    const sp = speakerText(c, a, ae);
    if (sp) markAttribution(c, cl + 1, ae);
    return sp;
  }
  // Before: The director told us, “…” / As one foster carer put it, “…” / Young people described X as “…”
  if (o <= 0) return undefined;
  const startBefore = Math.max(prevEnd, o - 16);
  for (let v = o - 1; v >= startBefore; v--) {
    const t = toks[v];
    if ((t.f & SPEECH) === 0 && t.w !== 'wrote') continue;
    if (t.w === 'put' && toks[v + 1]?.w !== 'it') continue;
    if (v > 0 && (toks[v - 1].f & AUX) !== 0) return undefined; // was described as “…” (no "by")
    let s = v;
    while (s > startBefore && !isClausePunct(toks[s - 1]) && !isQuoteTok(toks[s - 1]) && v - s < 8) s--;
    const sp = speakerText(c, s, v);
    if (sp) {
      markAttribution(c, s, o);
      return sp;
    }
    // ", said a social worker, “…”": the speaker follows the verb.
    let a = v + 1;
    if (toks[a]?.w === 'us' || toks[a]?.w === 'it') a++;
    const ae = clauseEnd(c, a, o);
    const sp2 = speakerText(c, a, ae);
    if (sp2) markAttribution(c, v, ae);
    return sp2;
  }
  return undefined;
}

function passiveAttributionBefore(c: Ctx, o: number): boolean {
  for (let v = o - 1; v >= 0 && v >= o - 5; v--) {
    if ((c.toks[v].g & G_ATTRIB_SHORT) !== 0 || (c.toks[v].f & SPEECH) !== 0) return v > 0 && (c.toks[v - 1].f & AUX) !== 0;
  }
  return false;
}

function clauseEnd(c: Ctx, i: number, limit: number): number {
  let j = i;
  while (j < limit && !isClausePunct(c.toks[j]) && !isSentencePunct(c.toks[j]) && !isQuoteTok(c.toks[j]) && j - i < 8) j++;
  return j;
}

// ---------------------------------------------------------------------------------------------
// Evidence

function findEvidence(c: Ctx): void {
  const { toks, zone } = c;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (zone[i] === 1) continue;
    const t = toks[i];
    if (t.k === P) continue;

    // Configured phrases.
    const hit = c.phrases?.[i];
    if (hit && hit.kind === 'evidence') {
      if (t.w === 'according' && toks[hit.end + 1] && (toks[hit.end + 1].g & G_VAGUE_SOURCE) !== 0) {
        pushTrigger(c, 'weasel', i, hit.end + 1);
      } else pushEvidence(c, i, hit.end);
    }

    // "we … found", "inspectors observed", "the cases we reviewed".
    if (t.w === 'we' || t.w === 'inspectors' || t.w === 'inspector') {
      const v = skipFillers(c, i + 1, 3);
      if (v < n && (toks[v].f & WEVERB) !== 0 && zone[v] !== 1) pushEvidence(c, i, v);
      continue;
    }
    // "told us", "described to us", "told inspectors".
    if ((t.w === 'us' || t.w === 'inspectors') && i > 0) {
      const p = toks[i - 1].w === 'to' || toks[i - 1].w === 'with' ? i - 2 : i - 1;
      if (p >= 0 && (toks[p].f & SPEECH) !== 0) pushEvidence(c, p, i);
      continue;
    }
    // "records showed", "the council's data shows", "the previous inspection identified".
    if ((t.f & SOURCE) !== 0 || (t.g & G_SELF_ASSESSMENT) !== 0) {
      const v = skipFillers(c, i + 1, 3);
      if (v < n && (toks[v].f & SVERB) !== 0 && (toks[v - 1].f & AUX) === 0) pushEvidence(c, i, v);
    }
    // "staff said", "families described", "the independent reviewing officer reported".
    if ((t.g & G_EVIDENCE_SPEECH) !== 0 && i > 0 && !passiveAt(c, i)) {
      if (t.w === 'raised' && !(i + 1 < n && (toks[i + 1].g & G_CONCERN) !== 0)) continue;
      for (let s = i - 1; s >= 0 && s >= i - 4; s--) {
        const st = toks[s];
        if (st.k === P || zone[s] === 1) break;
        if ((st.f & (PEOPLE | ORG | PRON)) !== 0) {
          pushEvidence(c, s, i);
          break;
        }
      }
    }
    // "in the council's audit programme", "from the provider's records".
    if ((t.w === 'in' || t.w === 'from') && i + 1 < n) {
      const k = possessedSource(c, i);
      if (k !== undefined) pushEvidence(c, i, k);
    }
    // Methodology in the passive: "ten case files were reviewed", "practice was observed".
    if ((t.g & G_PASSIVE_EVIDENCE) !== 0 && passiveAt(c, i) && !byFollows(c, i + 1)) pushEvidence(c, i, i);
    // "our sample", "our case tracking".
    if (t.w === 'our' && i + 1 < n && (toks[i + 1].g & G_OUR_EVIDENCE) !== 0) pushEvidence(c, i, i + 1);
    // "evidence on case files", "evidence in records".
    if (t.w === 'evidence' && i + 1 < n && (toks[i + 1].w === 'on' || toks[i + 1].w === 'in' || toks[i + 1].w === 'from' || toks[i + 1].w === 'within')) {
      for (let k = i + 2; k < n && k <= i + 4; k++) {
        if ((toks[k].f & SOURCE) !== 0) {
          pushEvidence(c, i, k);
          break;
        }
      }
    }
    // Passive attribution with a named source: "concerns were raised by the police", "the
    // service was praised by families".
    if (t.w === 'by' && i >= 2 && i + 1 < n && toks[i + 1].k !== P && passiveAt(c, i - 1)) {
      const v = toks[i - 1];
      let concern = false;
      for (let k = i - 2; k >= 0 && k >= i - 5; k--) if ((toks[k].g & G_CONCERN) !== 0) concern = true;
      if ((v.f & (SPEECH | WPASS)) !== 0 || (v.g & G_WIDELY_VERB) !== 0 || ((v.g & G_CONCERN_VERB) !== 0 && concern)) {
        const e = clauseEnd(c, i + 1, n);
        if (e > i + 1) pushEvidence(c, i, e - 1);
      }
    }
  }
}

/** "was said", "are not told", "were also described": a passive verb at i. */
function passiveAt(c: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (c.toks[k].w === 'not' || c.toks[k].w === "n't" || c.toks[k].w === 'also' || c.toks[k].w === 'never' || c.toks[k].w === 'often' || c.toks[k].w === 'being')) k--;
  return k >= 0 && (c.toks[k].f & AUX) !== 0;
}

/** "in the council's audit programme", "from its self-assessment": a possessed source. */
function possessedSource(c: Ctx, i: number): number | undefined {
  const { toks } = c;
  let owned = false;
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k];
    if (t.k === P) return undefined;
    if (t.w.endsWith("'s") || t.w.endsWith("s'") || t.w === 'its' || t.w === 'their' || t.w === 'own') owned = true;
    if (((t.f & SOURCE) !== 0 || (t.g & G_SELF_ASSESSMENT) !== 0) && owned) return k;
  }
  return undefined;
}

function skipFillers(c: Ctx, i: number, max: number): number {
  let k = i;
  while (k < c.toks.length && k - i < max && (c.toks[k].f & FILLER) !== 0 && (c.toks[k].f & (WEVERB | SVERB)) === 0) k++;
  return k;
}

/** Longest configured or built-in phrase starting at token i. */
function matchPhrase(toks: Tok[], trie: TrieNode, i: number): { kind: PhraseKind; end: number } | undefined {
  let node = trie.next.get(toks[i].w);
  if (!node) return undefined;
  let best: { kind: PhraseKind; end: number } | undefined = node.kind ? { kind: node.kind, end: i } : undefined;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    // Brackets, quotes and commas inside a phrase are skipped (phrases are stored without them);
    // a full stop, colon or semicolon ends it.
    if (t.k === P && !isBreakPunct(t.w)) continue;
    node = node.next.get(t.w);
    if (!node) break;
    if (node.kind) best = { kind: node.kind, end: k };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Triggers

function findTriggers(c: Ctx): void {
  const { toks, zone } = c;
  const n = toks.length;
  const first = firstWord(toks);
  const capacity = c.capacity;
  const scheduled = (c.mask & G_SCHEDULE) !== 0;
  for (let i = 0; i < n; i++) {
    if (zone[i] !== 0) continue;
    const t = toks[i];
    if (t.k === P) {
      if (t.w === '£' && isNumberTok(toks[i + 1])) {
        let j = i + 1;
        if (toks[j + 1] && (toks[j + 1].w === 'million' || toks[j + 1].w === 'billion' || toks[j + 1].w === 'thousand')) j++;
        pushTrigger(c, 'figure', i, j);
        i = j;
      }
      continue;
    }
    const phrase = c.phrases?.[i];
    if (phrase && phrase.kind !== 'evidence') {
      if (!(phrase.kind === 'judgement' && t.w === 'requires' && ratedBefore(c, i))) pushTrigger(c, phrase.kind, i, phrase.end);
      i = phrase.end;
      continue;
    }
    const f = t.f;
    const w = t.w;
    // A capitalised word inside the sentence is a name ("Rose Lodge", "Strong Start"), except a
    // grade, which reports write capitalised ("the service is Good").
    const proper = t.cap && i !== first && (f & GRADE) === 0 && !(i > 0 && (isQuoteTok(toks[i - 1]) || toks[i - 1].w === ':'));

    if (isNumberTok(t)) {
      const r = classifyNumber(c, i, capacity);
      if (r) {
        pushTrigger(c, 'figure', r.i, r.j, r.weak);
        i = Math.max(i, r.j);
      }
      continue;
    }
    if (proper && (f & (TRIGGER_CLASSES | QTREND | COMPAR)) !== 0) continue;

    if (w === 'no' && i + 1 < n) {
      const nx = toks[i + 1];
      if ((nx.f & QTREND) !== 0) { pushTrigger(c, 'trend', i, i + 1); i++; continue; }
      if ((nx.f & PEOPLE) !== 0 || nx.w === 'one' || nx.w === 'evidence' || (nx.k === W && nx.w.length > 3 && nx.w.endsWith('s') && (nx.f & (TQUAL | COMPAR)) === 0 && nx.w !== 'less')) {
        pushTrigger(c, 'generalisation', i, i + 1);
        i++;
        continue;
      }
    }
    // "some staff", "in some cases": a vague quantity ("some time", "some progress" are not).
    if (w === 'some' && i + 1 < n && toks[i + 1].k === W) {
      const nx = toks[i + 1];
      if ((nx.f & (PEOPLE)) !== 0 || (nx.w.length > 3 && nx.w.endsWith('s') && (nx.f & (QTREND | TIMEU)) === 0 && !nx.w.endsWith('ss') && !nx.w.endsWith("'s"))) {
        pushTrigger(c, 'figure', i, i + 1);
        i++;
        continue;
      }
    }
    if (w === 'too' && i + 1 < n && toks[i + 1].k === W) {
      const nx = toks[i + 1].w;
      pushTrigger(c, nx === 'many' || nx === 'few' || nx === 'much' ? 'figure' : 'judgement', i, i + 1);
      i++;
      continue;
    }
    if ((f & WADV) !== 0) { pushTrigger(c, 'weasel', i, i); continue; }
    if (w === 'it' && weaselPassive(c, i)) continue;
    if (w === 'widely' && i + 1 < n && (toks[i + 1].g & G_WIDELY_VERB) !== 0 && !byFollows(c, i + 2)) {
      pushTrigger(c, 'weasel', i, i + 1);
      i++;
      continue;
    }
    if ((t.g & G_CONCERN) !== 0 && concernRaised(c, i)) continue;
    if (w === 'there' && perception(c, i)) continue;
    if ((f & WPASS) !== 0 && i > 0 && (toks[i - 1].f & AUX) !== 0 && toks[i + 1]?.w === 'to' && w !== 'considered') {
      pushTrigger(c, 'weasel', i - 1, i + 1);
      continue;
    }
    if ((f & MENTAL) !== 0 && mentalWeasel(c, i)) continue;

    if ((f & PROP) !== 0) {
      const r = proportion(c, i);
      if (r) pushTrigger(c, 'figure', r.i, r.j);
      continue;
    }
    if ((f & COMPAR) !== 0) {
      if (comparison(c, i)) continue;
    }
    if ((f & QTREND) !== 0) {
      if (qualifiedTrend(c, i)) continue;
    }
    if ((f & TREND) !== 0) {
      if (w === 'increase' && i > 0 && toks[i - 1].w === 'to') continue; // "plans to increase"
      pushTrigger(c, 'trend', i, i);
      continue;
    }
    if (w === 'developing' && i > 0 && (toks[i - 1].f & AUX) !== 0 && (i + 1 >= n || toks[i + 1].k === P || toks[i + 1].w === 'well' || toks[i + 1].w === 'slowly')) {
      pushTrigger(c, 'trend', i, i);
      continue;
    }
    if ((f & GENERAL) !== 0) {
      if (generalisation(c, i, scheduled)) continue;
    }
    // "within statutory timescales": a claim about timeliness.
    if ((w === 'timescales' || w === 'timescale' || w === 'timeframes') && i > 0 && (toks[i - 1].w === 'required' || toks[i - 1].w === 'statutory' || toks[i - 1].w === 'agreed' || toks[i - 1].w === 'expected')) {
      pushTrigger(c, 'judgement', i - 1, i);
      continue;
    }
    if ((f & JUDGE) !== 0 || (t.g & G_EVALUATIVE_COMPOUND) !== 0) {
      if (judgementException(c, i)) continue;
      pushTrigger(c, 'judgement', i, i);
      continue;
    }
    if ((w === 'better' || w === 'worse' || w === 'stronger' || w === 'weaker') && !proper) {
      pushTrigger(c, 'judgement', i, i);
    }
  }
}

function firstWord(toks: Tok[]): number {
  for (let i = 0; i < toks.length; i++) if (toks[i].k !== P) return i;
  return -1;
}

function isEvaluativeCompound(w: string): boolean {
  return (w.startsWith('well-') && w !== 'well-being') || w.startsWith('poorly-') || w.startsWith('badly-') || w.startsWith('ill-');
}

function byFollows(c: Ctx, i: number): boolean {
  return c.toks[i]?.w === 'by';
}

/** "it is (widely) said/believed", "it has been suggested". */
function weaselPassive(c: Ctx, i: number): boolean {
  const { toks } = c;
  let k = i + 1;
  let aux = false;
  while (k < toks.length && k - i <= 4) {
    const t = toks[k];
    if ((t.f & AUX) !== 0 || t.w === 'has' || t.w === 'had' || t.w === 'have') { aux = true; k++; continue; }
    if (aux && (t.w === 'widely' || t.w === 'generally' || t.w === 'commonly' || t.w === 'often' || t.w === 'also')) { k++; continue; }
    break;
  }
  if (!aux || k >= toks.length || (toks[k].f & WPASS) === 0) return false;
  if (byFollows(c, k + 1)) return false;
  pushTrigger(c, 'weasel', i, k);
  return true;
}

/** "concerns were raised" with no "by …". */
function concernRaised(c: Ctx, i: number): boolean {
  const { toks } = c;
  let k = i + 1;
  let aux = false;
  while (k < toks.length && k - i <= 3 && ((toks[k].f & AUX) !== 0 || toks[k].w === 'has' || toks[k].w === 'have' || toks[k].w === 'had' || toks[k].w === 'also')) { aux = true; k++; }
  if (!aux || k >= toks.length || (toks[k].g & G_CONCERN_VERB) === 0) return false;
  if (toks[i + 1].w === 'are' || toks[i + 1].w === 'is') return false; // "when concerns are raised": a process
  if (byFollows(c, k + 1)) return false;
  pushTrigger(c, 'weasel', i, k);
  return true;
}

/** "there is a perception that…", "there were concerns about…". */
function perception(c: Ctx, i: number): boolean {
  const { toks } = c;
  const a = toks[i + 1];
  if (!a || (a.f & AUX) === 0) return false;
  let k = i + 2;
  if (toks[k]?.w === 'a' || toks[k]?.w === 'an') k++;
  if (toks[k] && (toks[k].w === 'widespread' || toks[k].w === 'general' || toks[k].w === 'strong' || toks[k].w === 'common')) k++;
  if (toks[k] && ((toks[k].f & PERCEP) !== 0 || ((toks[k].g & G_CONCERN) !== 0 && k === i + 2))) {
    pushTrigger(c, 'weasel', i, k);
    return true;
  }
  return false;
}

/** "some staff felt", "partners consider": an inner state with no source. */
function mentalWeasel(c: Ctx, i: number): boolean {
  const { toks } = c;
  if (i > 0 && (toks[i - 1].f & AUX) !== 0) return false;
  const nx = toks[i + 1]?.w;
  if (nx === 'whether' || nx === 'how' || nx === 'if' || nx === 'what') return false; // "consider whether": an action
  for (let s = i - 1; s >= 0 && s >= i - 2; s--) {
    const st = toks[s];
    if (st.k === P) return false;
    if ((st.f & PEOPLE) !== 0) {
      let b = s;
      if (b > 0 && (toks[b - 1].w === 'some' || toks[b - 1].w === 'many' || toks[b - 1].w === 'several' || toks[b - 1].w === 'most')) b--;
      pushTrigger(c, 'weasel', b, i);
      return true;
    }
  }
  return false;
}

/** Proportion words: "almost half", "the majority of", "most children", "a few". */
function proportion(c: Ctx, i: number): { i: number; j: number } | undefined {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  switch (t.w) {
    case 'most':
      if (prev && (prev.w === 'the' || prev.w === 'at')) return undefined;
      if (next && next.w !== 'of' && ((next.f & JUDGE) !== 0 || /(ly|ive|ful|ous|able|ible|ent|ant|al|ic)$/.test(next.w))) return undefined;
      if (!next || next.k === P) return undefined;
      break;
    case 'few':
      if (prev && (prev.w === 'first' || prev.w === 'last' || prev.w === 'next' || prev.w === 'past')) return undefined;
      break;
    case 'many':
      if (prev && prev.w === 'how') return undefined;
      break;
    case 'minority':
    case 'majority':
      if ((next && next.w === 'ethnic') || (prev && prev.w === 'ethnic')) return undefined;
      break;
    case 'third':
    case 'thirds':
    case 'quarter':
    case 'quarters':
    case 'half':
    case 'halves':
      if (prev && (prev.w === 'every' || prev.w === 'each' || prev.w === 'per' || prev.w === 'first' || prev.w === 'second' || prev.w === 'last' || prev.w === 'next' || prev.w === 'this')) return undefined;
      if (t.w.startsWith('third') || t.w.startsWith('quarter')) {
        if (!(prev && (prev.w === 'a' || (prev.f & NUMW) !== 0)) && !(next && next.w === 'of')) return undefined;
      }
      if (t.w === 'half' && next && (next.f & TIMEU) !== 0) return undefined;
      break;
    case 'average':
    case 'averaged':
      break;
    default:
      break;
  }
  if (structFollows(c, i)) return undefined; // "half of the bedrooms"
  let s = i;
  // Extend back over "almost", "more than", "a", "just over".
  while (s > 0) {
    const p = toks[s - 1];
    if ((p.f & APPROX) !== 0 || p.w === 'a' || p.w === 'than' || p.w === 'more' || p.w === 'less' || p.w === 'up' || (p.f & NUMW) !== 0) s--;
    else break;
  }
  return { i: s, j: i };
}

/** Comparatives: "more … than last year" (trend), "more than 30" (figure, handled by numbers). */
function comparison(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i + 1; k < toks.length && k - i <= 12; k++) {
    const t = toks[k];
    if (isSentencePunct(t) || isQuoteTok(t)) break;
    if (t.w === 'than') {
      const nx = toks[k + 1];
      if (isNumberTok(nx) || (nx && (nx.f & PROP) !== 0)) return false; // "more than 30", "more than half"
      pushTrigger(c, 'trend', i, Math.min(k + 2, toks.length - 1));
      return true;
    }
  }
  return false;
}

/** "little progress", "made the required improvements", "no improvement". */
function qualifiedTrend(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k];
    if (t.k === P || t.w === 'for' || t.w === 'where' || t.w === 'requires' || t.w === 'require') return false;
    if ((t.f & TQUAL) !== 0) {
      pushTrigger(c, 'trend', k, i);
      return true;
    }
  }
  return false;
}

function generalisation(c: Ctx, i: number, scheduled: boolean): boolean {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if ((t.w === 'all' || t.w === 'every' || t.w === 'each') && structFollows(c, i)) return true; // "every bedroom has…"
  switch (t.w) {
    case 'all':
      if (prev && (prev.w === 'at' || prev.w === 'above' || prev.w === 'after')) return true;
      break;
    case 'each':
    case 'every':
      if (t.w === 'each' && next && (next.w === 'other' || next.w === 'another')) return true;
      if (next && isNumberTok(next)) return true; // "every three months": a frequency
      if (next && (next.f & TIMEU) !== 0 && scheduled) return true; // "the panel meets every quarter"
      if (next && next.w === 'quarter' && scheduled) return true;
      break;
    case 'often':
      if (prev && prev.w === 'how') return true;
      break;
    default:
      break;
  }
  pushTrigger(c, 'generalisation', i, i);
  return true;
}

/** True when the judgement word at i is used in a non-evaluative sense. */
function judgementException(c: Ctx, i: number): boolean {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  switch (t.w) {
    case 'significant':
      return !!next && (next.w === 'harm' || next.w === 'improvement');
    case 'kind':
      return !!next && next.w === 'of';
    case 'well':
      return (!!prev && prev.w === 'as') || (!!next && next.w === 'as' && toks[i + 2]?.w !== 'a');
    case 'right':
      return !(prev && prev.w === 'the' && next && next.k === W && next.w !== 'to' && next.w !== 'of');
    case 'best':
      return !!next && next.w === 'interests';
    case 'high':
      return !!next && (next.w === 'court' || next.w === 'school' || next.w === 'street');
    case 'secure':
      return !!next && (next.w === 'accommodation' || next.w === 'unit' || next.w === "children's" || next.w === 'home' || next.w === 'estate' || next.w === 'order' || next.w === 'orders');
    case 'committed':
      return !!next && (next.w === 'an' || next.w === 'a' || next.w === 'offences' || next.w === 'crimes');
    case 'experienced':
      return !(prev && ((prev.f & AUX) !== 0 || prev.w === 'very' || prev.w === 'highly' || prev.w === 'an' || prev.w === 'and' || prev.w === ',')) && !(next && (next.f & (PEOPLE | ORG)) !== 0);
    case 'detailed':
      return !!prev && prev.w === 'as';
    case 'limited':
      return !!next && next.w === 'company';
    case 'impact':
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const w = toks[k].w;
        if (w === 'had' || w === 'has' || w === 'have' || w === 'having' || w === 'no' || w === 'little' || w === 'an' || w === 'any' || w === 'made' || (toks[k].f & JUDGE) !== 0) return false;
      }
      return true;
    case 'regular':
      return !!next && next.w === 'basis' && !!prev && prev.w === 'a';
    default:
      break;
  }
  if ((t.f & GRADE) !== 0 && ratedBefore(c, i)) return true;
  return false;
}

/** "rated Good", "judged inadequate", "Our rating for this service is Good": a reported rating. */
function ratedBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = c.toks[k].w;
    if (w === 'rated' || w === 'rating' || w === 'judged' || w === 'graded' || w === 'grade' || w === 'ratings') return true;
  }
  return false;
}

/** Numbers: returns the figure span, or undefined for dates, times, references, ages and the like. */
function classifyNumber(c: Ctx, i: number, capacity: boolean): { i: number; j: number; weak: boolean } | undefined {
  const { toks } = c;
  const t = toks[i];
  const w = t.w;
  let j = i;
  // Merge "two hundred", "1.2 million".
  while (toks[j + 1] && (toks[j + 1].w === 'hundred' || toks[j + 1].w === 'thousand' || toks[j + 1].w === 'million' || toks[j + 1].w === 'billion')) j++;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  let next = toks[j + 1];
  if (next && next.w === '-' ) next = toks[j + 2];

  if (t.k === N) {
    if (/(am|pm|st|nd|rd|th)$/.test(w)) return undefined; // times, ordinals
    if (next && (next.w === 'am' || next.w === 'pm')) return undefined;
    if (/^\d+:\d\d$/.test(w)) return undefined;
  }
  // Percentages and money.
  if (w.endsWith('%')) return { i: approxStart(c, i), j, weak: false };
  if (next && next.w === '%') return { i: approxStart(c, i), j: j + 1, weak: false };
  if (next && (next.w === 'percent' || (next.w === 'per' && toks[j + 2]?.w === 'cent'))) return { i: approxStart(c, i), j: next.w === 'per' ? j + 2 : j + 1, weak: false };
  if (prev && prev.w === '£') return undefined; // handled with the £ sign
  if (t.k === N && /^(19|20)\d\d$/.test(w)) return undefined; // a year
  // Dates: "6 and 10 November", "14 May", "March 2024".
  if (next && (next.f & MONTH) !== 0) return undefined;
  if (prev && (prev.f & MONTH) !== 0 && prev.cap) return undefined;
  if (dateList(c, j)) return undefined;
  // References: "section 47", "Regulation 21", "Level 3", "the 2014 Act".
  if (prev && (prev.f & LEGAL) !== 0) return undefined;
  if (prev && prev.w === '(' && prev2 && (prev2.f & LEGAL) !== 0) return undefined;
  if (next && next.w === 'act') return undefined;
  // Ages: "aged 8 to 17", "the age of 25", "17-year-olds", "until they are 25", "turn 18",
  // "Mrs Davies, 92, has…".
  if (isAge(c, i, j)) return undefined;
  if (prev && prev.w === ',' && next && next.w === ',' && prev2 && prev2.cap && t.k === N) return undefined;
  // "is one of 22 local authorities": membership, not a proportion.
  if (w === 'one' && next && next.w === 'of' && prev && (prev.f & AUX) !== 0) return undefined;
  if (w === 'one' && next && (next.w === 'another' || next.w === 'way')) return undefined;
  // Frequencies: "every three months", "within 20 working days".
  if (prev && (prev.w === 'every' || prev.w === 'each' || prev.w === 'within')) return undefined;

  // "9 of the 14", "1 in 5", "11 of 30 care staff".
  if (next && (next.w === 'of' || next.w === 'in' || next.w === 'out')) {
    let k = j + 2;
    if (next.w === 'out' && toks[k]?.w === 'of') k++;
    if (toks[k] && (toks[k].w === 'the' || toks[k].w === 'our' || toks[k].w === 'these' || toks[k].w === 'those' || toks[k].w === 'all')) k++;
    if (isNumberTok(toks[k]) && !(toks[k].k === N && /^(19|20)\d\d$/.test(toks[k].w) && next.w === 'in')) {
      return { i: approxStart(c, i), j: k, weak: false };
    }
  }
  const s = approxStart(c, i);
  const bound = boundBefore(c, i);
  // Durations: figures only when measured ("waited up to 12 weeks", "longer than 18 months").
  let unit = durationUnit(c, j);
  // A range: "one to seven nights", "3 or 4 weeks".
  if (!unit && next && (next.w === 'to' || next.w === 'or' || next.w === 'and' || next.w === '-' || next.w === '–') && isNumberTok(toks[j + 2])) unit = durationUnit(c, j + 2);
  if (unit) {
    if (bound && DURATION_BOUNDS.has(bound)) return { i: s, j: unit, weak: false };
    return undefined;
  }
  if (bound) {
    // "registered for up to 12 people": a capacity, not a finding.
    return { i: s, j, weak: bound === 'up to' && capacity };
  }
  // Counts of teams, homes, rooms: structure, not findings.
  if (structFollows(c, j)) return undefined;
  // "One young person…": a single case is an example, not a statistic.
  if (w === 'one') return undefined;
  // A plain count ("45 children", "rose from 14 to 5"): a figure, but one that a logistics or
  // registration sentence can make descriptive.
  return { i, j, weak: true };
}

/** "12, 13 and 14 March", "6 to 10 November": a list or range of days before a month. */
function dateList(c: Ctx, j: number): boolean {
  const { toks } = c;
  let k = j + 1;
  let sawJoin = false;
  while (k < toks.length && k <= j + 12) {
    const t = toks[k];
    if ((t.f & MONTH) !== 0) return sawJoin;
    if (t.w === ',' || t.w === 'and' || t.w === 'to' || t.w === 'or' || t.w === '–' || t.w === '-') { sawJoin = true; k++; continue; }
    if (t.k === N && /^\d{1,2}$/.test(t.w)) { k++; continue; }
    return false;
  }
  return false;
}

/** A count of buildings or organisational units follows ("six social work teams", "every bedroom"). */
function structFollows(c: Ctx, j: number): boolean {
  for (let k = j + 1; k < c.toks.length && k <= j + 4; k++) {
    const t = c.toks[k];
    if (t.k === P) return false;
    if ((t.f & STRUCT) !== 0) return true;
    if ((t.f & (PEOPLE | AUX | MODAL)) !== 0 || t.w === 'and' || t.w === 'or') return false;
  }
  return false;
}

function durationUnit(c: Ctx, j: number): number | undefined {
  const { toks } = c;
  let k = j + 1;
  if (toks[k] && (toks[k].w === 'working' || toks[k].w === 'calendar' || toks[k].w === 'school' || toks[k].w === 'full')) k++;
  if (toks[k] && (toks[k].f & TIMEU) !== 0) return k;
  if (toks[k] && toks[k].w === "hours'" ) return k;
  return undefined;
}

function isAge(c: Ctx, i: number, j: number): boolean {
  const { toks } = c;
  const next = toks[j + 1]?.w === '-' ? toks[j + 2] : toks[j + 1];
  if (next && (next.w.startsWith('year-old') || (next.w === 'years' && toks[j + 2]?.w === 'old'))) return true;
  // Walk back over a range "8 to 17".
  let k = i - 1;
  if (toks[k] && (toks[k].w === 'to' || toks[k].w === 'and' || toks[k].w === 'or' || toks[k].w === '-' || toks[k].w === '–') && isNumberTok(toks[k - 1])) k -= 2;
  const p = toks[k];
  if (!p) return false;
  if (p.w === 'aged' || p.w === 'age' || p.w === 'ages' || p.w === 'turn' || p.w === 'turned' || p.w === 'reach' || p.w === 'reached' || p.w === 'under' && next && next.w === "18s") return true;
  if (p.w === 'of' && toks[k - 1] && toks[k - 1].w === 'age') return true;
  if ((p.f & AUX) !== 0 && toks[k - 1] && (toks[k - 1].f & PRON) !== 0 && toks[k - 2] && (toks[k - 2].w === 'until' || toks[k - 2].w === 'till' || toks[k - 2].w === 'when')) return true;
  return false;
}

/** The approximator or bound before a number: "up to", "more than", "almost", "an average of". */
function boundBefore(c: Ctx, i: number): string | undefined {
  const { toks } = c;
  const p = toks[i - 1];
  const p2 = toks[i - 2];
  if (!p) return undefined;
  if (p.w === 'to' && p2 && p2.w === 'up') return 'up to';
  if (p.w === 'than' && p2) {
    if (p2.w === 'more' || p2.w === 'less' || p2.w === 'fewer' || p2.w === 'longer') return `${p2.w} than`;
    return 'than';
  }
  if (p.w === 'least' && p2 && p2.w === 'at') return 'at least';
  if (p.w === 'as' && p2 && (p2.w === 'long' || p2.w === 'many')) return `as ${p2.w} as`;
  if (p.w === 'of' && p2 && (p2.w === 'average' || p2.w === 'total' || p2.w === 'excess' || p2.w === 'maximum' || p2.w === 'minimum')) return p2.w === 'average' ? 'average' : 'of';
  if (p.w === 'average' || p.w === 'averaged') return 'average';
  if ((p.f & APPROX) !== 0) return p.w;
  return undefined;
}

function approxStart(c: Ctx, i: number): number {
  const { toks } = c;
  let s = i;
  const b = boundBefore(c, i);
  if (!b) return s;
  s--;
  if (b.includes(' ') || b === 'than' || b === 'of' || (b === 'average' && toks[i - 1].w === 'of')) s--;
  if (b.startsWith('as ')) s -= 1;
  return Math.max(0, s);
}

// ---------------------------------------------------------------------------------------------
// Frames

function descriptiveFrame(c: Ctx): DescriptiveReason | undefined {
  const { toks, text } = c;
  const n = toks.length;
  const firstIdx = firstWord(toks);
  if (firstIdx < 0) return undefined;
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  if (last === '?') return 'question';

  // Rating lines: "Care and support: Good", "Safe: Inadequate", "Requires improvement".
  let sep = -1;
  for (let i = 0; i < n; i++) if (toks[i].k === P && (toks[i].w === ':' || toks[i].w === '–' || toks[i].w === '—' || toks[i].w === '-' || toks[i].w === '|')) { sep = i; break; }
  const ratingWords = (from: number) => {
    let count = 0;
    for (let i = from; i < n; i++) {
      if (toks[i].k === P) continue;
      if ((toks[i].g & G_RATING) === 0) return 0;
      count++;
    }
    return count;
  };
  const r = sep >= 0 ? ratingWords(sep + 1) : ratingWords(0);
  if (r > 0 && r <= 6) return 'rating-line';

  // Headings and labels with no full stop whose only triggers are section names ("Key strengths").
  const terminal = last === '.' || last === '!' || last === '?' || last === '”' || last === '"' || last === '’' || last === "'";
  let wordCount = 0;
  for (const t of toks) if (t.k !== P) wordCount++;
  if (!terminal && wordCount <= 12 && c.trigTok.every((ti) => (toks[ti].f & SECTION) !== 0 || toks[ti].w === 'requires')) return 'heading';
  // A one- or two-word answer ("None.", "Not applicable.") states a status, not a finding.
  if (wordCount <= 2 && c.evidence.length === 0) return 'fragment';

  // The inspectorate describing its own work: "We visited…", "CIW is committed to…", "This report…".
  const fw = toks[firstIdx].w;
  const sw = toks[firstIdx + 1]?.w;
  const inspectorate = (toks[firstIdx].g & G_INSPECTORATE) !== 0 || fw === 'our' || (fw === 'care' && sw === 'inspectorate') ||
    ((fw === 'this' || fw === 'the') && (sw === 'report' || sw === 'inspection' || sw === 'joint'));
  if (inspectorate && c.evidence.length === 0) {
    return 'inspectorate';
  }
  if (fw === 'if' || fw === 'unless') return 'hypothetical';
  // Imperatives are recommendations ("Record the views of children in every assessment."); the
  // word after the verb tells them from nouns ("Record keeping was poor.").
  if (IMPERATIVE_VERBS.has(fw) && IMPERATIVE_OBJECTS.has(sw ?? '')) return 'recommendation';

  // Recommendations, requirements and plans; hypotheticals ("may be better").
  let firstTrigger = Infinity;
  for (const ti of c.trigTok) if (ti < firstTrigger) firstTrigger = ti;
  for (let i = 0; i < n; i++) {
    if (c.zone[i] === 1) continue;
    const t = toks[i];
    const w = t.w;
    let kind: 'recommendation' | 'hypothetical' | undefined;
    if ((t.f & MODAL) !== 0) {
      const nx = toks[i + 1];
      const nx2 = toks[i + 2];
      const perfect = nx && nx.w === 'have' && nx2 && (nx2.w === 'been' || nx2.w.endsWith('ed') || nx2.w === 'done' || nx2.w === 'seen' || nx2.w === 'known' || nx2.w === 'taken');
      if (!perfect && !(w === 'will' && t.cap && i !== firstIdx)) kind = 'recommendation';
    } else if ((w === 'need' || w === 'needs' || w === 'ought' || w === 'plans' || w === 'intends' || w === 'aims' || w === 'plan' || w === 'intend') && toks[i + 1]?.w === 'to') {
      const p = toks[i - 1];
      if (!(p && (p.w === 'the' || p.w === 'a' || p.w === 'its' || p.w === 'their' || p.w === 'his' || p.w === 'her' || p.w === "council's"))) kind = 'recommendation';
    } else if ((w === 'required' || w === 'expected' || w === 'asked') && i > 0 && (toks[i - 1].f & AUX) !== 0 && toks[i + 1]?.w === 'to') {
      kind = 'recommendation';
    } else if (w === 'recommend' || w === 'recommends' || w === 'recommended') {
      // "We recommend…", "It is recommended that…"; not "people would recommend the service".
      const p = toks[i - 1];
      if (i === firstIdx || (p && ((p.g & G_INSPECTORATE) !== 0 || p.w === 'i' || ((p.f & AUX) !== 0 && toks[i - 2]?.w === 'it')))) kind = 'recommendation';
    } else if ((t.f & HYPO) !== 0 && w !== 'would') {
      const nx = toks[i + 1];
      const isMonth = w === 'may' && (t.cap && i !== firstIdx || isNumberTok(nx) || isNumberTok(toks[i - 1]) || (toks[i - 1] && (toks[i - 1].w === 'in' || toks[i - 1].w === 'since' || toks[i - 1].w === 'until' || toks[i - 1].w === 'from' || toks[i - 1].w === 'of')));
      if (!isMonth && !(nx && (nx.w === 'not' || nx.w === "n't"))) kind = 'hypothetical';
    }
    if (!kind) continue;
    if (isSubordinate(c, i)) continue;
    // Weasel words stay claims even in a plan ("it is said we will…"), and a trigger before the
    // modal in another clause ("Practice is poor, and leaders should…") keeps the claim.
    if (c.triggers.some((tr) => tr.kind === 'weasel')) return undefined;
    if (firstTrigger < i && clauseBreakBetween(c, firstTrigger, i)) return undefined;
    return kind;
  }

  // Plain counts in logistics, registration or staffing sentences.
  if (c.weak.every(Boolean)) {
    if (c.capacity || (c.mask & G_LOGISTIC) !== 0) return 'plain-count';
    for (let i = 1; i < n; i++) {
      const w = toks[i].w, p = toks[i - 1].w;
      if ((w === 'place' && (p === 'took' || p === 'takes' || p === 'take')) || (w === 'out' && p === 'carried')) return 'plain-count';
    }
  }
  return undefined;
}

const IMPERATIVE_VERBS = new Set(words(`ensure record review improve develop strengthen consider make provide introduce
  establish increase reduce continue monitor implement update embed complete address clarify agree prioritise prioritize
  check use set put publish share train involve capture evaluate strengthen plan revise assess audit identify support allocate appoint
  recruit reassess respond produce give take seek engage offer carry follow extend promote raise enable hold commission
  adopt align analyse analyze apply arrange assure build collect confirm coordinate create deliver design document
  explain explore focus gather listen maintain measure reinforce report resolve secure simplify sustain test track`));
const IMPERATIVE_OBJECTS = new Set(words(`the a an all that how whether its their each every any more further regular clear
  timely consistent robust effective what when where which who staff children people families carers managers leaders
  with to on for`));

function isSubordinate(c: Ctx, i: number): boolean {
  const { toks } = c;
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = toks[k];
    if (t.k === P && (t.w === ',' || t.w === ';' || t.w === ':')) return false;
    if ((t.g & G_SUBORD) !== 0) return true;
  }
  return false;
}

function clauseBreakBetween(c: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = c.toks[k];
    if (t.k === P && (t.w === ',' || t.w === ';' || t.w === '–' || t.w === '—')) return true;
    if (t.w === 'but' || t.w === 'and' || t.w === 'so' || t.w === 'however' || t.w === 'although') return true;
  }
  return false;
}
