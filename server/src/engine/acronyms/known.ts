// What the detectors know beyond the text: acronyms spelt with lower case (Ofsted, Cafcass,
// Estyn, DoLS, s47), multi-word acronyms (ADSS Cymru), words in capitals that are not acronyms
// (emphasis, units, security markings), acronyms that never need a definition, and known long
// forms. Built once per configuration with buildKnownAcronyms and shared by every block.
import { letterCounts } from './normalise';

export interface KnownAcronyms {
  /** Written spelling → key, for spellings a plain capitals rule would miss: "Ofsted", "OFSTED", "s47". */
  readonly spellings: ReadonlyMap<string, string>;
  /** Multi-word acronyms by their first word as written: "ADSS" → [{ words: ["ADSS", "Cymru"], key: "ADSS Cymru" }]. Longest first. */
  readonly multiWord: ReadonlyMap<string, readonly MultiWordAcronym[]>;
  /** Words (upper-cased) that are never acronyms: NOT, MUST, TODO, KM, OFFICIAL ... */
  readonly notAcronyms: ReadonlySet<string>;
  /** Keys that never need a definition: the glossary's well-known ones and the config's allow list. */
  readonly allowed: ReadonlySet<string>;
  /** Keys that are the name a body or title is known by (Ofsted, Cafcass, HMI): allowed, and never "unused". */
  readonly names: ReadonlySet<string>;
  /** Every key the glossary knows (for "is this a known acronym"). */
  readonly keys: ReadonlySet<string>;
  /** Known long forms by key (English, Welsh, alternatives), as written in the glossary. */
  readonly longForms: ReadonlyMap<string, readonly string[]>;
}

export interface MultiWordAcronym {
  words: readonly string[];
  key: string;
}

/** The fields of a glossary entry the detectors need (GlossaryEntry satisfies it). */
export interface KnownEntry {
  acronym: string;
  expansion?: string;
  alternatives?: readonly string[];
  welsh?: string;
  wellKnown?: boolean;
  name?: boolean;
}

export interface KnownAcronymsOptions {
  /** Glossary entries (built-in merged with the workspace's). */
  glossary?: Iterable<KnownEntry>;
  /** Config `acronyms.allow`: acronyms that never need a definition. */
  allow?: Iterable<string>;
  /** Config `acronyms.ignore`: words in capitals that are not acronyms. */
  ignore?: Iterable<string>;
  /** Acronyms to recognise that are not in the glossary (e.g. mixed-case ones from config). */
  extraAcronyms?: Iterable<string>;
  /** Leave out the built-in list of emphasis words and units (default false). */
  noBuiltinExceptions?: boolean;
}

/**
 * Words often written in capitals that are not acronyms: emphasis, drafting markers, document
 * headings, government security markings, units. Upper case; matched after upper-casing.
 */
export const BUILTIN_NOT_ACRONYMS: readonly string[] = [
  // emphasis and function words
  'NOT', 'NO', 'YES', 'MUST', 'SHOULD', 'SHALL', 'MAY', 'WILL', 'CAN', 'ALL', 'ANY', 'AND', 'OR', 'BUT', 'NOR', 'THE', 'AN', 'OF', 'TO', 'IN', 'ON', 'AT',
  'BY', 'FOR', 'WITH', 'IS', 'ARE', 'WAS', 'WERE', 'BE', 'IT', 'IF', 'DO', 'DOES', 'DID', 'NEVER', 'ALWAYS', 'ONLY', 'NONE', 'EVERY', 'EACH', 'VERY', 'MORE',
  'LESS', 'MOST', 'NOW', 'NEW', 'KEY', 'WE', 'OUR', 'YOU', 'YOUR', 'THEY', 'THIS', 'THAT', 'THESE', 'THOSE', 'NOTHING', 'EVERYONE', 'PLEASE', 'STOP', 'HELP',
  'OK', 'OKAY', 'HIGH', 'LOW', 'ZERO',
  // drafting markers and notes
  'IMPORTANT', 'NOTE', 'NOTES', 'NB', 'TODO', 'FIXME', 'XXX', 'TBC', 'TBD', 'TBA', 'WARNING', 'CAUTION', 'DRAFT', 'FINAL', 'URGENT', 'CHECK', 'UPDATE',
  'REMINDER', 'ACTION', 'AGREED', 'DONE', 'PENDING', 'REVIEW', 'EDIT', 'QUERY',
  // headings and labels written in capitals
  'SUMMARY', 'INTRODUCTION', 'BACKGROUND', 'CONTENTS', 'CONCLUSION', 'CONCLUSIONS', 'FINDINGS', 'RECOMMENDATIONS', 'RECOMMENDATION', 'APPENDIX', 'ANNEX',
  'PART', 'SECTION', 'CHAPTER', 'TABLE', 'FIGURE', 'METHODS', 'RESULTS', 'STRENGTHS', 'WEAKNESSES', 'AREAS', 'PRIORITY', 'IMPROVEMENT', 'EXCELLENT', 'GOOD',
  'ADEQUATE', 'INADEQUATE', 'OUTSTANDING', 'REQUIRES', 'NEXT', 'STEPS', 'ABOUT', 'INSPECTION', 'REPORT',
  // government security markings
  'OFFICIAL', 'SENSITIVE', 'SECRET', 'RESTRICTED', 'CONFIDENTIAL', 'PROTECT', 'PROTECTED', 'PERSONAL', 'COMMERCIAL', 'EMBARGOED', 'UNCLASSIFIED',
  // times and units
  'AM', 'PM', 'KM', 'KG', 'MG', 'ML', 'MM', 'CM', 'KB', 'MB', 'GB', 'KW', 'KWH', 'MW', 'MPH', 'KPH', 'HZ', 'KHZ', 'MHZ', 'GHZ', 'HRS', 'MINS', 'SQ', 'FT',
  'LB', 'LBS', 'OZ', 'KM2', 'M2', 'M3',
];

let builtinSet: Set<string> | undefined;

/** A mixed spelling counts as an acronym with no glossary help when it has at least as many capitals as small letters. */
export function looksLikeMixedAcronym(word: string): boolean {
  const c = letterCounts(word);
  return c.upper >= 2 && c.upper >= c.lower;
}

export function buildKnownAcronyms(options: KnownAcronymsOptions = {}): KnownAcronyms {
  const spellings = new Map<string, string>();
  const multi = new Map<string, MultiWordAcronym[]>();
  const keys = new Set<string>();
  const allowed = new Set<string>();
  const names = new Set<string>();
  const longForms = new Map<string, string[]>();
  if (!builtinSet) builtinSet = new Set(BUILTIN_NOT_ACRONYMS);
  const notAcronyms = new Set<string>(options.noBuiltinExceptions ? [] : builtinSet);

  const addKey = (rawKey: string) => {
    const key = rawKey.trim().replace(/\s+/g, ' ');
    if (!key) return '';
    keys.add(key);
    const words = key.split(' ');
    if (words.length > 1) {
      // As written, and with the first word in capitals ("CAFCASS Cymru").
      for (const variant of [words, [words[0].toUpperCase(), ...words.slice(1)]]) {
        const list = multi.get(variant[0]) ?? [];
        if (!list.some((l) => l.words.join(' ') === variant.join(' '))) list.push({ words: variant, key });
        list.sort((a, b) => b.words.length - a.words.length);
        multi.set(variant[0], list);
      }
    }
    const c = letterCounts(key);
    if (c.lower > 0 || c.digit > 0) {
      // Ofsted, DoLS, CoP, S47: register the spelling, its all-capitals form and,
      // for a letter + number (S47), the lower-case form (s47).
      spellings.set(key, key);
      spellings.set(key.toUpperCase(), key);
      if (/^\p{Lu}\d+$/u.test(key)) spellings.set(key.toLowerCase(), key);
    }
    return key;
  };

  for (const e of options.glossary ?? []) {
    const key = addKey(e.acronym);
    if (!key) continue;
    if (e.wellKnown || e.name) allowed.add(key);
    if (e.name) names.add(key);
    const forms = longForms.get(key) ?? [];
    for (const lf of [e.expansion, ...(e.alternatives ?? []), e.welsh]) {
      if (lf && lf.trim() && !forms.includes(lf.trim())) forms.push(lf.trim());
    }
    if (forms.length) longForms.set(key, forms);
  }
  for (const a of options.extraAcronyms ?? []) addKey(a);
  for (const a of options.allow ?? []) {
    const key = addKey(a);
    if (key) allowed.add(key);
  }
  // A glossary acronym is not one of the built-in "ordinary words"; the config's ignore list wins over both.
  for (const k of keys) notAcronyms.delete(k.toUpperCase());
  for (const w of options.ignore ?? []) if (w.trim()) notAcronyms.add(w.trim().toUpperCase());
  return { spellings, multiWord: multi, notAcronyms, allowed, names, keys, longForms };
}

/** An empty configuration: built-in exceptions only, no glossary. */
export const NO_KNOWN_ACRONYMS: KnownAcronyms = buildKnownAcronyms();
