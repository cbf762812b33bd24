// Claim analysis of a whole report, shared by the evidence rules: the sentences that make a claim
// (or quote someone) with no support. The work is cached on each block, relative to its start, so
// a re-lint after an edit redoes only the blocks the edit touched: what a sentence claims depends
// on its text alone, and which sentences are unsupported depends on that and on which of the
// block's footnote references resolve. The document pass is a walk over the cached lists.
import type { ProseBlock, ReportModel, Span } from '../model';
import type { CompiledTemplate } from '../templates/match';
import { analyseStructure } from '../structure';
import { analyseSentence, claimsWithoutEvidence, unsupportedReason, type ClaimMatcher, type ClaimTrigger, type SentenceClaims } from './detect';
import {
  introducesSpeech, mayHaveQuote, mayHaveWeasel, namesSpeaker, paragraphClaim, paragraphQuotes, statesParagraphClaim, weaselTriggers,
  type ParagraphClaim, type ParagraphClaimKind, type ParagraphQuotes, type SentenceView,
} from './paragraph';

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

const cache = new WeakMap<ReportModel, Map<string, unknown>>();

/** A whole-report result, computed once per model and key (rules of one lint share it). */
function perModel<T>(model: ReportModel, key: string, compute: () => T): T {
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let result = byKey.get(key) as T | undefined;
  if (result === undefined) byKey.set(key, (result = compute()));
  return result;
}

/** The unsupported sentences of the report's prose, in document order (mode: strict). */
export function unsupportedSentences(model: ReportModel, scope: ClaimScope): UnsupportedSentence[] {
  return perModel(model, `strict|${scope.matcherKey}|${scope.scope}|${scope.template?.template.id ?? ''}`, () => compute(model, scope));
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
  private paragraphView?: ParagraphView;

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

  /** The paragraph-mode view of the block (computed once per block text). */
  paragraph(): ParagraphView {
    return (this.paragraphView ??= new ParagraphView(this.text, this.sentences, this.matcher));
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

/** Sections whose template section is evidence-exempt (see `sectionKinds`). */
function exemptSections(model: ReportModel, template?: CompiledTemplate): Set<number> {
  const exempt = new Set<number>();
  sectionKinds(model, template).forEach((kind, i) => kind === 'exempt' && exempt.add(i));
  return exempt;
}

// ---------------------------------------------------------------------------------------------
// Paragraph mode (the default): see paragraph.ts for what is queried and why.

export type ParagraphRule = 'claim' | 'weasel' | 'quote';

export interface ParagraphFinding extends Span {
  rule: ParagraphRule;
  /** What kind of claim (rule 'claim'), else undefined. */
  kind?: ParagraphClaimKind;
  /** The words the finding covers. */
  text: string;
  /** The sentence holding it (for the footnote fix). */
  sentence: Span & { block: ProseBlock };
}

/** Headings of sections whose paragraphs are not findings: actions, data lists, method, context. */
const NOT_CLAIMS_HEADING = /\b(?:recommendations?|needs? to improve|areas? for (?:improvement|development)|priority and immediate action|immediate action|information about|in this area|about this area|previous \w+ inspections?|other \w+ inspections?|inspection team|judgements? mean|contents|glossary|local leadership|methodology|about (?:this|the) (?:inspection|report|service))\b/i;
/** Headings of summaries: their judgements are evidenced later in the report. */
const SUMMARY_HEADING = /\b(?:summary|executive|headline|key findings|overall|strengths)\b|\bbecause\W*$/i;
/** A bullet, between the start of its line and the block (numbered items are often numbered paragraphs). */
const LIST_MARKER = /^[ \t>]*[-*+][ \t]+$/;

/** Bulleted list items are summary points, actions or data; the prose gives the evidence. */
function isListItem(model: ReportModel, block: ProseBlock): boolean {
  const lineStart = model.text.lastIndexOf('\n', block.start - 1) + 1;
  return block.start - lineStart < 12 && LIST_MARKER.test(model.text.slice(lineStart, block.start));
}

/** The paragraph-mode findings of the report's prose, in document order. */
export function paragraphFindings(model: ReportModel, scope: ClaimScope): ParagraphFinding[] {
  return perModel(model, `paragraph|${scope.matcherKey}|${scope.template?.template.id ?? ''}`, () => computeParagraphs(model, scope));
}

function computeParagraphs(model: ReportModel, scope: ClaimScope): ParagraphFinding[] {
  const kinds = sectionKinds(model, scope.template);
  const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
  const deriveKey = deriveKeyOf(scope.matcherKey);
  const out: ParagraphFinding[] = [];
  let previous: ParagraphView | undefined;
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph' || block.footnote !== undefined) {
      if (block.kind === 'heading') previous = undefined;
      continue;
    }
    const sectionKind = kinds[block.section];
    if (sectionKind === 'exempt' || sectionKind === 'not-claims') {
      previous = undefined;
      continue;
    }
    const claims = block.derive(deriveKey, (text) => new BlockClaims(block, text, scope.matcher));
    const view = claims.paragraph();
    const sentenceAt = (i: number) => ({ start: block.start + view.sentences[i].start, end: block.start + view.sentences[i].end, block });
    const cited = block.footnoteRefs.some((r) => defined.has(r.label));
    const claim = cited || view.sentences.length !== 1 || sectionKind === 'summary' || isListItem(model, block) ? undefined : view.claim();
    // A claim attributed to no one is one problem, reported by weasel-attribution.
    if (claim && !view.weasels[claim.sentence]?.length) {
      const s = view.sentences[claim.sentence];
      out.push({ rule: 'claim', kind: claim.kind, text: claim.text, start: block.start + s.start + claim.start, end: block.start + s.start + claim.end, sentence: sentenceAt(claim.sentence) });
    }
    if (!cited) {
      view.weasels.forEach((list, i) => {
        const s = view.sentences[i];
        for (const w of list) out.push({ rule: 'weasel', text: w.text, start: block.start + s.start + w.start, end: block.start + s.start + w.end, sentence: sentenceAt(i) });
      });
    }
    const quotes = view.quotes;
    // A quotation's speaker may be in the paragraph before; a quotation continued from the
    // paragraph before (opening marks only) is the same quotation.
    const covered = () => !!previous && (previous.speakerAtEnd || (previous.quotes.continues && quotes.opensWithQuote));
    if (!cited && quotes.unattributed.length && !covered()) {
      for (const q of quotes.unattributed) {
        const i = view.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
        out.push({ rule: 'quote', text: block.text.slice(q.start, q.end), start: block.start + q.start, end: block.start + q.end, sentence: sentenceAt(Math.max(0, i)) });
      }
    }
    previous = view;
  }
  return out;
}

type SectionKind = 'exempt' | 'not-claims' | 'summary' | 'body';

/**
 * Each section's kind. A heading is read first in its own right: the template section it names
 * when that is evidence-exempt, then its words (actions, data, method or context; a summary),
 * then any other template section it names (a section of findings). Only a heading that says
 * nothing of its kind takes the kind of the section it stands in, and not even then once an
 * earlier sibling named a section of findings: converted reports often flatten the findings to
 * one heading level under the last heading of the context ("Information about the local
 * authority area" > "The experiences and progress of children who need help and protection",
 * "Inspection findings", …), and what follows a section of findings is findings too. A heading
 * naming a template section is only a sub-topic label, though, where the template puts that
 * section before its parent (see `startsFindings`).
 */
function sectionKinds(model: ReportModel, template?: CompiledTemplate): SectionKind[] {
  return perModel(model, `kinds|${template?.template.id ?? ''}`, () => {
    const named = template ? analyseStructure(model, template).namedIndexOf : undefined;
    const kinds: SectionKind[] = [];
    /** Sections under which a sub-section named a section of findings. */
    const findingsWithin = new Set<number>();
    for (const section of model.sections) {
      const heading = section.heading?.text ?? '';
      const t = named ? named[section.index] : -1;
      let kind: SectionKind;
      if (t >= 0 && template!.template.sections[t].evidenceExempt === true) kind = 'exempt';
      else if (NOT_CLAIMS_HEADING.test(heading)) kind = 'not-claims';
      else if (SUMMARY_HEADING.test(heading)) kind = 'summary';
      else if (section.parent < 0) kind = 'body';
      else if (t >= 0 && startsFindings(template!, t, named![section.parent], kinds[section.parent], heading)) {
        kind = 'body';
        findingsWithin.add(section.parent);
      } else kind = findingsWithin.has(section.parent) ? 'body' : kinds[section.parent];
      kinds.push(kind);
    }
    return kinds;
  });
}

/**
 * Whether a heading naming template section `t` under a section naming `parent` (-1: none) of
 * kind `parentKind` starts a section of its own, rather than labelling a sub-topic of its parent.
 * A section the template puts before the parent labels a topic ("What the inspection judgements
 * mean" > "The local authority"). Summaries and actions are ordered by the judgements, so under
 * them only a heading that states a grade or names a template section holding others starts
 * anew ("What needs to improve" > "The experiences and progress of children in care:
 * inadequate"; "Summary of findings" > "Inspection judgements about the local authority"), and
 * "Areas for improvement" > "Adoption" is one of the actions.
 */
function startsFindings(template: CompiledTemplate, t: number, parent: number, parentKind: SectionKind, heading: string): boolean {
  const sections = template.template.sections;
  if (parent >= 0 && t <= parent) return false;
  if (parentKind === 'exempt' || parentKind === 'body') return true;
  return (t + 1 < sections.length && sections[t + 1].level > sections[t].level) || statesRating(template, heading);
}

const ratingPatterns = new WeakMap<CompiledTemplate, RegExp | null>();

/** The heading ends with one of the template's ratings ("…: requires improvement to be good"). */
function statesRating(template: CompiledTemplate, heading: string): boolean {
  let re = ratingPatterns.get(template);
  if (re === undefined) {
    const ratings = template.template.ratings ?? [];
    re = ratings.length ? new RegExp(`\\b(?:${ratings.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\W*$`, 'i') : null;
    ratingPatterns.set(template, re);
  }
  return re !== null && re.test(heading);
}

/**
 * One paragraph seen whole, worked out lazily: most paragraphs need no sentence analysis at all
 * (a claim is only queried in a one-sentence paragraph; weasel words and quotations are first
 * looked for with one cheap test over the paragraph).
 */
class ParagraphView {
  private analysed?: SentenceView[];
  private weaselList?: ClaimTrigger[][];
  private quoteInfo?: ParagraphQuotes;
  private speakerCue?: boolean;
  private speakerAtEndCue?: boolean;
  private claimOf?: ParagraphClaim | null;

  constructor(private readonly text: string, readonly sentences: Span[], private readonly matcher: ClaimMatcher) {}

  /** Per sentence, the weasel attributions (none when the paragraph names its source). */
  get weasels(): ClaimTrigger[][] {
    if (!this.weaselList) {
      let list: ClaimTrigger[][] = [];
      if (mayHaveWeasel(this.text)) {
        list = this.sentences.map((s) => weaselTriggers(this.text.slice(s.start, s.end)));
        // A paragraph that names its source ("Staff report that…", "with families saying…") attributes its reports
        // ("reportedly", "is reported to be"); "it is understood", "there were claims" stay vague.
        if (list.some((l) => l.some(isReport)) && this.views().some((v) => v.claims.evidence.length > 0)) list = list.map((l) => l.filter((t) => !isReport(t)));
      }
      this.weaselList = list;
    }
    return this.weaselList;
  }

  get quotes(): ParagraphQuotes {
    return (this.quoteInfo ??= mayHaveQuote(this.text)
      ? paragraphQuotes(this.text, this.views().map((v, i) => ({ start: this.sentences[i].start, claims: v.claims })), () => this.speaker)
      : NO_QUOTES);
  }

  /** The paragraph names who said something. */
  get speaker(): boolean {
    return (this.speakerCue ??= namesSpeaker(this.text));
  }

  /**
   * The paragraph ends by introducing speech (its last sentence names a speaker, or it ends with a
   * colon), which covers a quotation in the next paragraph; a speaker named earlier on does not.
   */
  get speakerAtEnd(): boolean {
    if (this.speakerAtEndCue === undefined) {
      const last = this.sentences[this.sentences.length - 1];
      const tail = last ? this.text.slice(last.start, last.end) : this.text;
      this.speakerAtEndCue = /:\s*$/.test(this.text.trimEnd()) || introducesSpeech(tail);
    }
    return this.speakerAtEndCue;
  }

  /** The claim to query in a one-sentence paragraph of the body, if any. */
  claim(): ParagraphClaim | undefined {
    if (this.claimOf === undefined) {
      // Most one-sentence paragraphs claim nothing, or give their evidence: no paragraph test then.
      const s = this.sentences[0];
      const sentence = this.text.slice(s.start, s.end);
      const claims = this.analysed?.[0].claims ?? claimsWithoutEvidence(sentence, this.matcher);
      this.claimOf = claims && !claims.descriptive && (claims.triggers.length || statesParagraphClaim(sentence)) ? paragraphClaim([{ text: sentence, claims }], false, false) ?? null : null;
    }
    return this.claimOf ?? undefined;
  }

  private views(): SentenceView[] {
    return (this.analysed ??= this.sentences.map((s) => {
      const sentence = this.text.slice(s.start, s.end);
      return { text: sentence, claims: analyseSentence(sentence, this.matcher) };
    }));
  }
}

/** A report attributed to no one in particular ("reportedly", "is reported to be"), which a source named in the paragraph covers; the impersonal "It was reported that…" introduces a report of its own. */
const isReport = (t: ClaimTrigger) => /report/i.test(t.text) && !/^it\b/i.test(t.text);

const NO_QUOTES: ParagraphQuotes = { unattributed: [], continues: false, opensWithQuote: false };
