// Evidence help: the evidence view (footnotes and unsupported claims, from the engine's own
// findings), and hover / definition / references on footnote references.
import type { LintOutcome } from '../engine/lint';
import { sectionAt, type Span } from '../engine/model';
import type { EvidenceResult } from '../protocol';
import { lineOf } from './acronyms';
import type { Scope } from './report-scope';

const CLAIM_RULES = new Set(['unsupported-claim', 'weasel-attribution', 'unattributed-quote']);

/**
 * The Evidence view. A chapter of a multi-file report lists the footnotes it cites or defines,
 * each with the whole report's state and definition (perhaps in the evidence file), and its own
 * citations and unsupported claims.
 */
export function evidenceView(scope: Scope): EvidenceResult {
  const { outcome } = scope;
  const { model, findings } = outcome;
  if (!outcome.isReport) return { isReport: false, footnotes: [], unsupported: [] };
  const flagged = (rule: string, label: string) => findings.some((f) => f.ruleId === rule && model.text.slice(f.start, f.end).includes(`[^${label}]`));
  const labels = [...new Set([...model.footnoteDefinitions.map((d) => d.label), ...model.footnoteRefs.map((r) => r.label)])];
  const footnotes = labels.flatMap((label) => {
    const definition = model.footnoteDefinitions.find((d) => d.label === label);
    const cited = model.footnoteRefs.filter((r) => r.label === label);
    const citations = cited.flatMap((r) => scope.ownRange(r) ?? []);
    const definedHere = definition && scope.ownRange(definition);
    if (scope.whole && !citations.length && !definedHere) return [];
    const defined = definition && scope.location(definition);
    const state: EvidenceResult['footnotes'][number]['state'] = !definition ? 'undefined' : !cited.length ? 'unused' : flagged('empty-evidence', label) ? 'empty' : 'cited';
    return [{ label, text: definition?.text ?? '', definedAt: definedHere ?? defined?.range, definedIn: defined && !definedHere ? defined.uri : undefined, citations, state }];
  });
  const groups = new Map<number, EvidenceResult['unsupported'][number]>();
  for (const f of findings) {
    const range = CLAIM_RULES.has(f.ruleId) ? scope.ownRange(f) : undefined;
    if (!range) continue;
    const index = sectionAt(model, f.start);
    const section = model.sections[index];
    let group = groups.get(index);
    if (!group) groups.set(index, (group = { section: section.heading?.text ?? 'Introduction', range: section.heading ? scope.ownRange({ start: section.heading.textStart, end: section.heading.textEnd }) : undefined, claims: [] }));
    group.claims.push({ range, message: f.message, kinds: [f.ruleId] });
  }
  return { isReport: true, footnotes, unsupported: [...groups.values()] };
}

function footnoteAt(outcome: LintOutcome, offset: number): string | undefined {
  const { model } = outcome;
  const ref = model.footnoteRefs.find((r) => r.start <= offset && offset <= r.end);
  if (ref) return ref.label;
  return model.footnoteDefinitions.find((d) => d.labelStart - 2 <= offset && offset <= d.labelEnd + 1)?.label;
}

/** `where` names a place ("line 12", or "line 12 of 03-evidence.md" in a multi-file report). */
export function footnoteHover(outcome: LintOutcome, offset: number, where: (offset: number) => string = lineOf(outcome)): { markdown: string; span: Span } | undefined {
  const { model } = outcome;
  const ref = model.footnoteRefs.find((r) => r.start <= offset && offset <= r.end);
  if (!ref) return undefined;
  const definition = model.footnoteDefinitions.find((d) => d.label === ref.label);
  const cited = model.footnoteRefs.filter((r) => r.label === ref.label).length;
  const markdown = definition
    ? `**Evidence [^${ref.label}]**: ${definition.text || '_empty_'}\n\nCited ${cited} time${cited === 1 ? '' : 's'}; defined at ${where(definition.start)}.`
    : `**[^${ref.label}] has no definition**: this citation supports nothing until \`[^${ref.label}]: …\` is added.`;
  return { markdown, span: ref };
}

export function footnoteDefinition(outcome: LintOutcome, offset: number): Span | undefined {
  const label = footnoteAt(outcome, offset);
  const definition = label === undefined ? undefined : outcome.model.footnoteDefinitions.find((d) => d.label === label);
  return definition ? { start: definition.start, end: definition.end } : undefined;
}

export function footnoteReferences(outcome: LintOutcome, offset: number, includeDeclaration: boolean): Span[] {
  const label = footnoteAt(outcome, offset);
  if (label === undefined) return [];
  const refs: Span[] = outcome.model.footnoteRefs.filter((r) => r.label === label);
  const definition = outcome.model.footnoteDefinitions.find((d) => d.label === label);
  if (includeDeclaration && definition) refs.push({ start: definition.labelStart - 2, end: definition.labelEnd + 1 });
  // In text order, as acronym references are (across files, in the report's file order).
  return refs.sort((a, b) => a.start - b.start);
}
