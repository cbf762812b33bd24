// The review summary a reviewer signs off: readiness, findings by section, and what was
// suppressed with the reasons given. Markdown, or a self-contained HTML page.
import type { LintOutcome } from '../engine/lint';
import { sectionAt, type ReportModel } from '../engine/model';
import type { Finding } from '../engine/types';

/** Findings that block publication, listed first in the summary. */
const BLOCKER_RULES = ['placeholder', 'grade-consistency', 'identifiable-person'];
const BLOCKER_LABEL: Record<string, string> = { placeholder: 'placeholder', 'grade-consistency': 'grade disagreement', 'identifiable-person': 'identifiable person' };

interface Group {
  section: string;
  findings: Finding[];
}

export function reviewSummary(outcome: LintOutcome, name: string, format: 'markdown' | 'html'): string {
  const markdown = summaryMarkdown(outcome, name);
  return format === 'markdown' ? markdown : toHtml(markdown, name);
}

function summaryMarkdown(outcome: LintOutcome, name: string): string {
  const { model, findings, suppressed, template } = outcome;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const lines = [
    `# Review summary: ${name}`,
    '',
    `**Readiness:** ${errors ? `not ready — ${errors} error${errors === 1 ? '' : 's'} to resolve` : warnings ? 'ready once the warnings are reviewed' : 'ready for publication checks'}`,
    '',
    `- Template: ${template ? `${template.template.title} (\`${template.template.id}\`)` : 'none'}`,
    `- Findings: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${count('info') + count('hint')} info`,
    `- Suppressed findings: ${suppressed.length}`,
    '',
  ];
  // Blockers first: what must not be published (placeholders, grades that disagree, people who could be identified).
  const blockers = findings.filter((f) => BLOCKER_RULES.includes(f.ruleId));
  lines.push('## Blockers', '');
  if (!blockers.length) lines.push('None: no placeholders, grade disagreements or identifiable people found.', '');
  for (const rule of BLOCKER_RULES) {
    for (const f of blockers.filter((b) => b.ruleId === rule)) lines.push(`- Line ${model.lines.lineAt(f.start) + 1}, ${BLOCKER_LABEL[rule]}: ${f.message} (\`${f.ruleId}\`)`);
  }
  if (blockers.length) lines.push('');
  lines.push('## Findings by section', '');
  const groups = groupBySection(model, findings.filter((f) => !BLOCKER_RULES.includes(f.ruleId)));
  if (!groups.length) lines.push('No findings.', '');
  for (const group of groups) {
    lines.push(`### ${group.section}`, '');
    for (const f of group.findings) lines.push(`- Line ${model.lines.lineAt(f.start) + 1}, ${f.severity}: ${f.message} (\`${f.ruleId}\`)`);
    lines.push('');
  }
  lines.push('## Suppressed findings', '');
  if (!suppressed.length) lines.push('None.', '');
  for (const s of suppressed) lines.push(`- Line ${model.lines.lineAt(s.start) + 1}, \`${s.ruleId}\`: ${s.message} — reason: ${s.reason ?? '_none given_'}`);
  if (suppressed.length) lines.push('');
  return lines.join('\n');
}

function groupBySection(model: ReportModel, findings: Finding[]): Group[] {
  const groups = new Map<number, Group>();
  for (const finding of findings) {
    const index = sectionAt(model, finding.start);
    let group = groups.get(index);
    if (!group) groups.set(index, (group = { section: model.sections[index].heading?.text ?? 'Front matter and introduction', findings: [] }));
    group.findings.push(finding);
  }
  return [...groups.values()];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders the summary's small Markdown subset (headings, bullets, bold, code) as HTML. */
function toHtml(markdown: string, name: string): string {
  const inline = (s: string) => escape(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`([^`]+)`/g, '<code>$1</code>').replace(/_([^_]+)_/g, '<em>$1</em>');
  const body: string[] = [];
  let inList = false;
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.startsWith('- ')) {
      if (!inList) body.push('<ul>');
      inList = true;
      body.push(`<li>${inline(line.slice(2))}</li>`);
      continue;
    }
    if (inList) body.push('</ul>');
    inList = false;
    if (heading) body.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    else if (line.trim()) body.push(`<p>${inline(line)}</p>`);
  }
  if (inList) body.push('</ul>');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Review summary: ${escape(name)}</title>\n<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f2f2f2;padding:0 .2em}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
