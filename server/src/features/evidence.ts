// Evidence help: the evidence view (footnotes and unsupported claims, from the engine's own
// findings), and hover / definition / references on footnote references.
import type { LintOutcome } from '../engine/lint';
import { sectionAt, type Span } from '../engine/model';
import type { EvidenceResult } from '../protocol';
import { toRange } from './convert';
import { lineOf } from './acronyms';

const CLAIM_RULES = new Set(['unsupported-claim', 'weasel-attribution', 'unattributed-quote']);

export function evidenceView(outcome: LintOutcome): EvidenceResult {
  const { model, findings } = outcome;
  if (!outcome.isReport) return { isReport: false, footnotes: [], unsupported: [] };
  const flagged = (rule: string, label: string) => findings.some((f) => f.ruleId === rule && model.text.slice(f.start, f.end).includes(`[^${label}]`));
  const labels = [...new Set([...model.footnoteDefinitions.map((d) => d.label), ...model.footnoteRefs.map((r) => r.label)])];
  const footnotes = labels.map((label) => {
    const definition = model.footnoteDefinitions.find((d) => d.label === label);
    const citations = model.footnoteRefs.filter((r) => r.label === label).map((r) => toRange(model.lines, r.start, r.end));
    const state: EvidenceResult['footnotes'][number]['state'] = !definition ? 'undefined' : !citations.length ? 'unused' : flagged('empty-evidence', label) ? 'empty' : 'cited';
    return { label, text: definition?.text ?? '', definedAt: definition ? toRange(model.lines, definition.start, definition.end) : undefined, citations, state };
  });
  const groups = new Map<number, EvidenceResult['unsupported'][number]>();
  for (const f of findings) {
    if (!CLAIM_RULES.has(f.ruleId)) continue;
    const index = sectionAt(model, f.start);
    const section = model.sections[index];
    let group = groups.get(index);
    if (!group) groups.set(index, (group = { section: section.heading?.text ?? 'Introduction', range: section.heading ? toRange(model.lines, section.heading.textStart, section.heading.textEnd) : undefined, claims: [] }));
    group.claims.push({ range: toRange(model.lines, f.start, f.end), message: f.message, kinds: [f.ruleId] });
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
