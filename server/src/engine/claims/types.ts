// The claim detector's types: what a sentence's analysis returns, and the compiled vocabulary.
import { WordTable } from './tokens';

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

export type PhraseKind = ClaimKind | 'evidence';

export interface TrieNode { next: Map<string, TrieNode>; kind?: PhraseKind }

/** A compiled configuration: build once with `compileClaimMatcher`, reuse for every sentence. */
export interface ClaimMatcher {
  readonly lex: WordTable;
  readonly trie: TrieNode;
  readonly ignore: ReadonlySet<string>;
}
