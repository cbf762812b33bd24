// Claim analysis of a whole report, shared by the evidence rules: per sentence, what it
// claims and what supports it. Sentence analysis is cached per block (by the block's text and
// the claim vocabulary), so an edit re-analyses only the blocks it touched.
import type { ProseBlock, ReportModel, Span } from '../model';
import type { CompiledTemplate } from '../templates/match';
import { analyseStructure } from '../structure';
import { analyseSentence, unsupportedReason, type ClaimMatcher, type SentenceClaims } from './detect';

export interface SentenceAnalysis extends Span {
  block: ProseBlock;
  /** Offsets in `claims` are relative to the sentence start. */
  claims: SentenceClaims;
  /** Labels of resolving footnotes cited in the sentence. */
  citations: string[];
  /** Set when the sentence is unsupported, after scope rules are applied. */
  unsupported?: 'claim' | 'unattributed-quote';
}

export interface ClaimScope {
  matcher: ClaimMatcher;
  /** Identifies the matcher's vocabulary, for the per-block cache key. */
  matcherKey: string;
  /** 'paragraph': a citation in a paragraph's last sentence covers the whole paragraph. */
  scope: 'sentence' | 'paragraph';
  template?: CompiledTemplate;
}

const cache = new WeakMap<ReportModel, Map<string, SentenceAnalysis[]>>();

export function analyseClaims(model: ReportModel, scope: ClaimScope): SentenceAnalysis[] {
  const key = `${scope.matcherKey}|${scope.scope}|${scope.template?.template.id ?? ''}`;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = compute(model, scope)));
  return result;
}

function compute(model: ReportModel, scope: ClaimScope): SentenceAnalysis[] {
  const exempt = exemptSections(model, scope.template);
  const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
  const out: SentenceAnalysis[] = [];
  for (const block of model.blocks) {
    // Headings, table cells and the footnotes themselves are not claims that need evidence.
    if (block.kind !== 'paragraph' || block.footnote !== undefined || exempt.has(block.section)) continue;
    const perSentence = block.derive(`claims:${scope.matcherKey}`, (text) =>
      block.sentences.map((s) => analyseSentence(text.slice(s.start - block.start, s.end - block.start), scope.matcher)),
    );
    const citations = block.sentences.map((_, i) => citationsOf(block, i, defined));
    const last = citations.length - 1;
    const paragraphCited = scope.scope === 'paragraph' && last >= 0 && citations[last].length > 0;
    block.sentences.forEach((s, i) => {
      const claims = perSentence[i];
      const unsupported = unsupportedReason(claims, paragraphCited || citations[i].length > 0);
      // Built in one literal (no spread, no property added later): thousands per keystroke.
      out.push({ start: s.start, end: s.end, block, claims, citations: citations[i], unsupported });
    });
  }
  return out;
}

const NONE: string[] = [];

/** Labels of resolving footnotes cited in sentence i. */
function citationsOf(block: ProseBlock, i: number, defined: Set<string>): string[] {
  if (!block.footnoteRefs.length) return NONE;
  const s = block.sentences[i];
  // A reference after the full stop ("…poor.[^x]") belongs to the sentence it follows.
  const until = i + 1 < block.sentences.length ? block.sentences[i + 1].start : block.end;
  return block.footnoteRefs.filter((r) => r.start >= s.start && r.start < until && defined.has(r.label)).map((r) => r.label);
}

/** Sections whose template section is evidence-exempt, with all their subsections. */
function exemptSections(model: ReportModel, template?: CompiledTemplate): Set<number> {
  const exempt = new Set<number>();
  if (!template) return exempt;
  const structure = analyseStructure(model, template);
  for (const section of model.sections) {
    const t = structure.templateIndexOf[section.index];
    const own = t >= 0 && template.template.sections[t].evidenceExempt === true;
    if (own || (section.parent >= 0 && exempt.has(section.parent))) exempt.add(section.index);
  }
  return exempt;
}
