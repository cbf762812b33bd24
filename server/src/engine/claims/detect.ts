// Finds the claims in one sentence of report prose and the support the sentence gives them
// (mode: strict decides on these alone; paragraph.ts decides what a paragraph as a whole needs).
//
// Read the claims module in this order; each decision is explained once, where it is made:
//   tokens.ts    1. tokens and their word classes (one hash lookup per word, made while scanning);
//   quotes.ts    2. attributions and quotations: reported speech is not a claim, its attribution is support;
//   evidence.ts  3. evidence cues: "we … found", "records showed", "<people> told us", configured phrases;
//   figures.ts   4a. which numbers are figures (and which are dates, ages, references, frequencies);
//   triggers.ts  4b. judgements, generalisations, trends, proportions and weasel attributions;
//   frames.ts    5. frames that make surface triggers descriptive (questions, ratings, recommendations…);
//   paragraph.ts 6. paragraph scope, the default: what a quality-assurance reader would query.
// context.ts holds the state of one sentence's analysis; matcher.ts compiles the vocabulary
// (lexicon.ts and the configured phrases); analysis.ts runs all this over a report, cached per block.
//
// Input is masked prose: Markdown markup, code, link targets, HTML and footnote references are
// already spaces, so every offset here is an offset into the sentence and, shifted by the
// sentence start, into the source. The caller knows whether a footnote reference in the
// sentence resolves, and passes that to `isUnsupported`.
import { type ClaimKind, type ClaimMatcher, type SentenceClaims } from './types';
import { G_CAPACITY, G_PHRASE, P, W, isQuoteTok, tokenize } from './tokens';
import { matchPhrase } from './matcher';
import { NO_ZONE, type Ctx, type PhraseHit } from './context';
import { findQuotes } from './quotes';
import { findEvidence } from './evidence';
import { findTriggers } from './triggers';
import { descriptiveFrame } from './frames';

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

export type { ClaimKind, ClaimMatcher, ClaimOptions, ClaimTrigger, DescriptiveReason, EvidenceCue, QuoteSpan, SentenceClaims } from './types';
export { compileClaimMatcher, defaultClaimOptions } from './matcher';
