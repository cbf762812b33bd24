// What the Report structure view says, as plain text (no vscode import, so unit tests read it):
// a short description beside each row's title (a long one cuts the title off: "Safeguarding
// and protection m…"), the whole story in its tooltip, a short description beside the view's
// title, and what an empty view of a report means.
import type { ReportStructure, SectionState, StructureNode } from '../../server/src/protocol';

/** State names in full, for tooltips. */
export const SECTION_STATE_TEXT: Record<SectionState, string> = {
  present: 'present',
  missing: 'missing',
  empty: 'empty',
  'out-of-order': 'out of order',
  duplicate: 'duplicate',
  extra: 'not in the template',
};

/** State names in short, for descriptions ('' where the icon says it). */
const SHORT_STATE: Record<SectionState, string> = {
  present: '',
  missing: 'missing',
  empty: 'empty',
  'out-of-order': 'out of order',
  duplicate: 'duplicate',
  extra: 'not in template',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The state in full: "missing · required", "missing · optional", "empty"…, and the findings. */
export function sectionStateText(node: StructureNode): string {
  const state = node.state === 'missing' ? `missing · ${node.required ? 'required' : 'optional'}` : (SECTION_STATE_TEXT[node.state] ?? node.state);
  return [state, node.findings ? plural(node.findings, 'finding') : ''].filter(Boolean).join(' · ');
}

/** The file name of a URI ("02-findings.md"). */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Beside the row's title: "missing", "optional", "empty · 2 findings", "1 finding", or nothing;
 * for a section in another chapter of a multi-file report, first its file ("02-findings.md").
 */
export function sectionDescription(node: StructureNode): string | undefined {
  const state = node.state === 'missing' && !node.required ? 'optional' : (SHORT_STATE[node.state] ?? node.state);
  // A section that still holds a placeholder says so: it cannot be published as it is.
  const placeholders = node.placeholders ? `${plural(node.placeholders, 'placeholder')} to fill` : '';
  return [node.uri ? fileNameOf(node.uri) : '', state, placeholders, node.findings ? plural(node.findings, 'finding') : ''].filter(Boolean).join(' · ') || undefined;
}

/** The row's tooltip (Markdown): full title and state, what to do, guidance, and the template. */
export function sectionTooltip(node: StructureNode, result: ReportStructure): string {
  return [
    `**${node.title}** — ${sectionStateText(node)}`,
    node.uri ? `In ${fileNameOf(node.uri)}, another file of this report.` : undefined,
    node.state === 'missing' ? `${node.required ? 'A required' : 'An optional'} section of the template. Use *Insert section* to add it where the template puts it.` : undefined,
    node.guidance ? `*Guidance:* ${node.guidance}` : undefined,
    result.template ? `Template: ${result.template.title} (\`${result.template.id}\`)` : 'No template',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Beside the view's title: how many required sections are missing (the rows' tooltips name the template). */
export function structureDescription(result: ReportStructure): string | undefined {
  if (result.missingRequired) return `${result.missingRequired} missing`;
  return result.template ? undefined : 'no template';
}

/**
 * The view's message for a report that gives no rows: its template lists no sections and it has
 * no headings of its own. `web`: the browser build, whose server reads no workspace config.
 */
export function emptyStructureMessage(result: ReportStructure, web: boolean): string {
  const template = result.template ? `Its template, "${result.template.title}" (${result.template.id}), lists no sections` : 'No template applies to it';
  const note = web
    ? ' In the web build the workspace config (.inspection-reports.yaml) is not read, so its templates and its `template:` setting do not apply: a report uses the built-in template its front matter names, or the generic one.'
    : '';
  return `This report has no section headings to show. ${template}.${note}`;
}
