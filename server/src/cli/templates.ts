// `inspection-reports templates [id]`: the templates a report can name (built-in and the
// workspace config's), or one template's sections in order, with aliases, level, required or
// optional, and guidance.
import { templateIds, resolveTemplate, type WorkspaceTemplate } from '../engine/templates/match';
import type { Template } from '../engine/templates/types';
import { didYouMean } from '../engine/suggest';

/** One line per template: id and title. */
export function listTemplates(workspace: readonly WorkspaceTemplate[]): string {
  const rows = templateIds(workspace).map((id) => {
    const { template } = resolveTemplate(id, workspace);
    return `${id.padEnd(32)} ${template?.title ?? '(does not resolve: see the config errors)'}`;
  });
  return `${rows.join('\n')}\n\nRun "inspection-reports templates <id>" for a template's sections.`;
}

/** A template's sections, or an error naming the closest known ids. */
export function describeTemplate(id: string, workspace: readonly WorkspaceTemplate[]): { text: string } | { error: string } {
  const { template, errors } = resolveTemplate(id, workspace);
  if (!template) {
    const known = templateIds(workspace);
    if (errors.length && known.includes(id)) return { error: `Template "${id}" does not resolve: ${errors.join(' ')}` };
    return { error: `Unknown template "${id}".${didYouMean(id, known) || ` Known: ${known.join(', ')}.`}` };
  }
  return { text: formatTemplate(template) };
}

function formatTemplate(t: Template): string {
  const out = [`${t.id}: ${t.title}`, t.description];
  if (t.source) out.push(`Source: ${t.source}`);
  if (t.ratings?.length) out.push(`Ratings: ${t.ratings.join(', ')}`);
  const required = t.sections.filter((s) => s.required).length;
  out.push('', `Sections, in this order (${required} required, ${t.sections.length - required} optional):`);
  const width = String(t.sections.length).length;
  t.sections.forEach((s, i) => {
    const flags = [s.required ? 'required' : 'optional', `level ${s.level}`, s.evidenceExempt ? 'no evidence needed' : ''].filter(Boolean).join(', ');
    const pad = ' '.repeat(width + 4);
    out.push(`  ${String(i + 1).padStart(width)}. ${'#'.repeat(s.level)} ${s.title}  (${flags}; id: ${s.id})`);
    if (s.aliases.length) out.push(`${pad}also: ${s.aliases.join(' · ')}`);
    if (s.condition) out.push(`${pad}when: ${s.condition}`);
    if (s.guidance) out.push(`${pad}${s.guidance}`);
  });
  return out.join('\n');
}
