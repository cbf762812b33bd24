// Claim analysis of a whole report, shared by the evidence rules: the sentences that make a claim
// (or quote someone) with no support. The work is cached on each block, relative to its start, so
// a re-lint after an edit redoes only the blocks the edit touched: what a sentence claims depends
// on its text alone, and which sentences are unsupported depends on that and on which of the
// block's footnote references resolve. The document pass is a walk over the cached lists.
import type { ProseBlock, ReportModel, Span } from '../model';
import type { CompiledTemplate } from '../templates/match';
import { analyseStructure } from '../structure';
import { claimsWithoutEvidence, unsupportedReason, type ClaimMatcher, type SentenceClaims } from './detect';

export type UnsupportedReason = 'claim' | 'unattributed-quote';

export interface UnsupportedSentence extends Span {
  block: ProseBlock;
  /** Offsets in `claims` are relative to the sentence start. */
  claims: SentenceClaims;
  unsupported: UnsupportedReason;
}

export interface ClaimScope {
  matcher: ClaimMatcher;
  /** Identifies the matcher's vocabulary, for the per-block cache key. */
  matcherKey: string;
  /** 'paragraph': a citation in a paragraph's last sentence covers the whole paragraph. */
  scope: 'sentence' | 'paragraph';
  template?: CompiledTemplate;
}

const cache = new WeakMap<ReportModel, Map<string, UnsupportedSentence[]>>();

/** The unsupported sentences of the report's prose, in document order. */
export function unsupportedSentences(model: ReportModel, scope: ClaimScope): UnsupportedSentence[] {
  const key = `${scope.matcherKey}|${scope.scope}|${scope.template?.template.id ?? ''}`;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = compute(model, scope)));
  return result;
}

function compute(model: ReportModel, scope: ClaimScope): UnsupportedSentence[] {
  const exempt = exemptSections(model, scope.template);
  const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
  const deriveKey = deriveKeyOf(scope.matcherKey);
  const out: UnsupportedSentence[] = [];
  for (const block of model.blocks) {
    // Headings, table cells and the footnotes themselves are not claims that need evidence.
    if (block.kind !== 'paragraph' || block.footnote !== undefined || exempt.has(block.section)) continue;
    const claims = block.derive(deriveKey, (text) => new BlockClaims(block, text, scope.matcher));
    for (const s of claims.unsupported(scope.scope, resolvedRefs(block, defined))) {
      // Built in one literal (no spread, no property added later): thousands per lint.
      out.push({ start: block.start + s.start, end: block.start + s.end, block, claims: s.claims, unsupported: s.unsupported });
    }
  }
  return out;
}

const deriveKeys = new Map<string, string>();

/** The per-block cache key for a vocabulary: the same string every lint, so lookups compare it by identity. */
function deriveKeyOf(matcherKey: string): string {
  let key = deriveKeys.get(matcherKey);
  if (key === undefined) deriveKeys.set(matcherKey, (key = `claims:${matcherKey}`));
  return key;
}

/**
 * Which of the block's footnote references resolve (bit i for reference i, or a string of 0s and
 * 1s past 30 references): all that its findings depend on besides its text.
 */
type Resolved = number | string;

function resolvedRefs(block: ProseBlock, defined: Set<string>): Resolved {
  const refs = block.footnoteRefs;
  if (refs.length > 30) return refs.map((r) => (defined.has(r.label) ? '1' : '0')).join('');
  let bits = 0;
  for (let i = 0; i < refs.length; i++) if (defined.has(refs[i].label)) bits |= 1 << i;
  return bits;
}

function isResolved(resolved: Resolved, ref: number): boolean {
  return typeof resolved === 'number' ? (resolved & (1 << ref)) !== 0 : resolved[ref] === '1';
}

interface BlockUnsupported extends Span {
  claims: SentenceClaims;
  unsupported: UnsupportedReason;
}

interface ScopeResult {
  resolved: Resolved;
  list: BlockUnsupported[];
}

/**
 * One paragraph's claims, with offsets relative to the block (shared by every block with the same
 * text). A sentence is analysed only when no resolving footnote covers it, and the unsupported
 * list is kept for the latest set of resolving references in each scope.
 */
class BlockClaims {
  private readonly sentences: Span[];
  /** Per footnote reference, the index of the sentence it cites (-1 for none). */
  private readonly refSentence: number[];
  /** Per sentence, once worked out: its claims, or null when it gives evidence itself. */
  private readonly claims: (SentenceClaims | null | undefined)[];
  private bySentence?: ScopeResult;
  private byParagraph?: ScopeResult;

  constructor(block: ProseBlock, private readonly text: string, private readonly matcher: ClaimMatcher) {
    this.sentences = block.sentences.map((s) => ({ start: s.start - block.start, end: s.end - block.start }));
    this.refSentence = block.footnoteRefs.map((r) => citedSentence(block, r.start));
    this.claims = new Array(this.sentences.length);
  }

  unsupported(scope: ClaimScope['scope'], resolved: Resolved): BlockUnsupported[] {
    const last = scope === 'sentence' ? this.bySentence : this.byParagraph;
    if (last && last.resolved === resolved) return last.list;
    const result = { resolved, list: this.findUnsupported(scope, this.citedSentences(resolved)) };
    if (scope === 'sentence') this.bySentence = result;
    else this.byParagraph = result;
    return result.list;
  }

  private findUnsupported(scope: ClaimScope['scope'], cited: Set<number>): BlockUnsupported[] {
    const list: BlockUnsupported[] = [];
    if (scope === 'paragraph' && cited.has(this.sentences.length - 1)) return list;
    this.sentences.forEach((s, i) => {
      if (cited.has(i)) return;
      const claims = this.claimsOf(i);
      const unsupported = claims && unsupportedReason(claims, false);
      if (unsupported) list.push({ start: s.start, end: s.end, claims, unsupported });
    });
    return list;
  }

  private claimsOf(i: number): SentenceClaims | null {
    let claims = this.claims[i];
    if (claims === undefined) {
      const s = this.sentences[i];
      this.claims[i] = claims = claimsWithoutEvidence(this.text.slice(s.start, s.end), this.matcher) ?? null;
    }
    return claims;
  }

  private citedSentences(resolved: Resolved): Set<number> {
    const cited = new Set<number>();
    this.refSentence.forEach((sentence, ref) => {
      if (sentence >= 0 && isResolved(resolved, ref)) cited.add(sentence);
    });
    return cited;
  }
}

/** The sentence a reference at `at` cites: the one it is in, or follows ("…poor.[^x]"). */
function citedSentence(block: ProseBlock, at: number): number {
  const sentences = block.sentences;
  for (let i = sentences.length - 1; i >= 0; i--) if (at >= sentences[i].start) return i;
  return -1;
}

/** Sections whose template section is evidence-exempt, with all their subsections. */
function exemptSections(model: ReportModel, template?: CompiledTemplate): Set<number> {
  const exempt = new Set<number>();
  if (!template) return exempt;
  const structure = analyseStructure(model, template);
  for (const section of model.sections) {
    // A heading naming an evidence-exempt section counts wherever it stands (a sub-heading too).
    const t = structure.namedIndexOf[section.index];
    const own = t >= 0 && template.template.sections[t].evidenceExempt === true;
    if (own || (section.parent >= 0 && exempt.has(section.parent))) exempt.add(section.index);
  }
  return exempt;
}
