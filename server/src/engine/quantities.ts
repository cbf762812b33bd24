// Quantity words and the proportions they stand for, on each inspectorate's published scale,
// and where a draft puts a quantity word next to the figure it summarises ("most (9 of 14)").
import type { ProseBlock, ReportModel } from './model';
import { placeItems, scanBlocks, startingWith, unmaskedIn, type ScanVisitor } from './scan';

/** Percentages [low, high], both inclusive, that a quantity word may stand for. */
export type QuantityRange = [number, number];
export type QuantityScale = Record<string, QuantityRange>;

/**
 * Default scale (no inspectorate publishes one for Ofsted, CIW or CQC reports): the plain
 * meaning of each word, kept wide so that only a clear mismatch is reported.
 */
const DEFAULT_SCALE: QuantityScale = {
  all: [100, 100],
  'almost all': [80, 99.9],
  'nearly all': [80, 99.9],
  'virtually all': [80, 99.9],
  'the vast majority': [75, 99.9],
  'the great majority': [75, 99.9],
  most: [50.1, 100],
  'the majority': [50.1, 100],
  'a majority': [50.1, 100],
  'more than half': [50.1, 100],
  'over half': [50.1, 100],
  'just over half': [50.1, 60],
  half: [45, 55],
  'about half': [40, 60],
  'around half': [40, 60],
  'roughly half': [40, 60],
  'approximately half': [40, 60],
  'almost half': [40, 49.9],
  'nearly half': [40, 49.9],
  'just under half': [40, 49.9],
  'less than half': [0, 49.9],
  'fewer than half': [0, 49.9],
  'under half': [0, 49.9],
  'a minority': [0, 49.9],
  many: [20, 100],
  'a few': [0.1, 30],
  few: [0.1, 30],
  'a small number': [0.1, 30],
  'very few': [0.1, 15],
  'a very small number': [0.1, 15],
  none: [0, 0],
  'a third': [28, 38],
  'one third': [28, 38],
  'two thirds': [62, 72],
  'a quarter': [20, 30],
  'one quarter': [20, 30],
  'three quarters': [70, 80],
};

/**
 * Estyn's scale, printed in its inspection reports and annual reports ("nearly all — with very
 * few exceptions; most — 90% or more; many — 70% or more; a majority — over 60%; half — 50%;
 * around half — close to 50%; a minority — below 40%; few — below 20%; very few — less than 10%"),
 * as commonly quoted: the table's own text could not be retrieved from a source here (see the
 * quantity-consistency rule's docs).
 */
const ESTYN_SCALE: QuantityScale = {
  all: [100, 100],
  'nearly all': [90, 99.9],
  most: [90, 100],
  many: [70, 100],
  'a majority': [60.1, 100],
  'the majority': [60.1, 100],
  half: [50, 50],
  'around half': [45, 55],
  'a minority': [0.1, 39.9],
  few: [0.1, 19.9],
  'a few': [0.1, 19.9],
  'very few': [0.1, 9.9],
  none: [0, 0],
};

/**
 * Education Scotland's scale ("Terms we use in the inspection process"): almost all — over 90%;
 * most — 75% to 90%; majority — 50% to 74%; less than half — 15% to 49%; few — up to 15%.
 */
const EDUCATION_SCOTLAND_SCALE: QuantityScale = {
  all: [100, 100],
  'almost all': [90.1, 99.9],
  most: [75, 90],
  majority: [50, 74.9],
  'a majority': [50, 74.9],
  'the majority': [50, 74.9],
  'less than half': [15, 49.9],
  few: [0.1, 15],
  'a few': [0.1, 15],
  none: [0, 0],
};

export const QUANTITY_SCALES: Readonly<Record<string, QuantityScale>> = {
  default: DEFAULT_SCALE,
  estyn: ESTYN_SCALE,
  'education-scotland': EDUCATION_SCOTLAND_SCALE,
};

export interface QuantityMismatch {
  start: number;
  end: number;
  term: string;
  count: number;
  total: number;
  percent: number;
  range: QuantityRange;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const NUM = `\\d{1,5}|${Object.keys(NUMBER_WORDS).join('|')}`;
/** Words that change a quantity word's meaning when they come before it ("almost half", "not all"). */
const MODIFIER = /(?<![\p{L}\p{N}])(?:almost|nearly|virtually|just|over|under|about|around|roughly|approximately|than|very|not|the)\s+$/iu;

interface CompiledScale {
  terms: Map<string, QuantityRange>;
  /** A quantity word and up to six words of its noun phrase, at the end of the text before a figure. */
  before: RegExp;
  /** The key of this scale's findings in each block's cache. */
  key: string;
  visit: ScanVisitor<QuantityMismatch>;
}
const compiled = new WeakMap<QuantityScale, CompiledScale>();
let scales = 0;

function compile(scale: QuantityScale): CompiledScale {
  let c = compiled.get(scale);
  if (!c) {
    const terms = new Map(Object.entries(scale).map(([k, v]) => [k.toLowerCase(), v] as const));
    const alternation = [...terms.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '\\s+')).join('|');
    const before = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${alternation})(?![\\p{L}\\p{N}’'-])((?:\\s+[\\p{L}’'-]+){0,6}?)\\s*$`, 'iu');
    compiled.set(scale, (c = { terms, before, key: `quantity-mismatches:${++scales}`, visit: (text, f, from, to, block) => mismatchAt(terms, before, text, f, from, to, block) }));
  }
  return c;
}

/** A bracketed figure: "(9 of 14 …)", "(9 out of the 14)", "(64%)". */
export const FIGURE = new RegExp(`\\(\\s*(?:(${NUM})\\s+(?:of|out\\s+of)\\s+(?:the\\s+)?(${NUM})(?![\\d.])|(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s*cent))[^()]*\\)`, 'gi');
/** FIGURE, found from each "(" (startingWith): the case-blind pattern tried every position, 0.6 ms over 100,000 words. */
export const FIGURES = startingWith('(', FIGURE);

const toNumber = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/** Prose a finding may sit in: not a heading or a footnote. */
const inProse = (block: ProseBlock) => block.kind !== 'heading' && block.footnote === undefined;

/** Quantity words whose figure, in brackets right after them, is outside the word's range on `scale`, in document order. */
export function quantityMismatches(model: ReportModel, scale: QuantityScale): QuantityMismatch[] {
  const { key, visit } = compile(scale);
  return placeItems(scanBlocks(model, key, FIGURES, visit, { eligible: inProse }));
}

function mismatchAt(terms: Map<string, QuantityRange>, before: RegExp, text: string, f: RegExpExecArray, from: number, to: number, block: ProseBlock): QuantityMismatch | undefined {
  const at = f.index;
  const window = text.slice(Math.max(from, at - 100), at);
  const m = before.exec(window);
  if (!m) return undefined;
  const start = at - window.length + m.index;
  if (MODIFIER.test(text.slice(Math.max(from, start - 16), start))) return undefined;
  // A quantified group is a common noun: "all England (5%)" gives a place's rate, not a proportion.
  if (/^\s+[A-Z]/.test(m[2]) || /[.;:!?]/.test(m[2])) return undefined;
  const term = m[1].toLowerCase().replace(/\s+/g, ' ');
  const range = terms.get(term);
  if (!range) return undefined;
  let count: number;
  let total: number;
  let percent: number;
  if (f[3] !== undefined) {
    percent = Number(f[3]);
    count = percent;
    total = 100;
  } else {
    count = toNumber(f[1]);
    total = toNumber(f[2]);
    if (!(total > 0) || count > total) return undefined;
    percent = (100 * count) / total;
  }
  const rounded = Math.round(percent * 10) / 10;
  if (rounded >= range[0] && rounded <= range[1]) return undefined;
  const end = at + f[0].length;
  if (!unmaskedIn(text, start, end, from, to, block)) return undefined;
  return { start, end, term, count, total, percent: rounded, range };
}

export interface CountStatement {
  start: number;
  end: number;
  count: number;
  /** What was counted and how: "reviewed case". */
  key: string;
}

const COUNT_VERBS = 'reviewed|audited|sampled|tracked|examined|scrutinised|scrutinized|considered|looked at|read';
const ACTIVE = new RegExp(`\\b(?:we|inspectors)\\s+(${COUNT_VERBS})\\s+(${NUM})\\s+((?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+s)\\b(?!\\s+(?:of|for|in|where|who|which|that|about|relating|from|with|across|at)\\b)`, 'giu');
const PASSIVE = new RegExp(`\\bthe\\s+(${NUM})\\s+((?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+s)\\s+(?:that\\s+)?(?:we|inspectors)\\s+(?:have\\s+|had\\s+)?(${COUNT_VERBS})\\b`, 'giu');

const COUNT_ANCHOR = new RegExp(`(?:[Ww]e|[Ii]nspectors)\\s+(?:have\\s+|had\\s+)?(?:${COUNT_VERBS})\\b`, 'g');

/** "we reviewed 14 cases", "the 15 cases we reviewed": counts of what inspectors looked at, in the report's prose, in document order. */
export function countStatements(model: ReportModel): CountStatement[] {
  return placeItems(scanBlocks(model, 'count-statements', COUNT_ANCHOR, countAt, { eligible: inProse }));
}

function countAt(text: string, anchor: RegExpExecArray, from: number, to: number, block: ProseBlock): CountStatement[] | undefined {
  const at = anchor.index;
  ACTIVE.lastIndex = 0;
  const active = ACTIVE.exec(text.slice(at, Math.min(to, at + 90)));
  if (active && active.index === 0) {
    const end = at + active[0].length;
    return unmaskedIn(text, at, end, from, to, block) ? [{ start: at, end, count: toNumber(active[2]), key: countKey(active[1], active[3]) }] : undefined;
  }
  const windowStart = Math.max(from, at - 60);
  const anchorEnd = at + anchor[0].length;
  const window = text.slice(windowStart, anchorEnd);
  let out: CountStatement[] | undefined;
  // exec, not matchAll: matchAll copies the pattern on every call (a tenth of this rule's time on a draft with many counts).
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(window); m; m = PASSIVE.exec(window)) {
    const start = windowStart + m.index;
    if (start + m[0].length !== anchorEnd || !unmaskedIn(text, start, anchorEnd, from, to, block)) continue;
    (out ??= []).push({ start, end: anchorEnd, count: toNumber(m[1]), key: countKey(m[3], m[2]) });
  }
  return out;
}

function countKey(verb: string, noun: string): string {
  return `${verb.toLowerCase().replace(/\s+/g, ' ')} ${noun.toLowerCase().replace(/\s+/g, ' ')}`;
}
