// VS Code snippets for report authors, built from the templates so that the snippets file
// (snippets/inspection-reports.code-snippets) never drifts from them: a test compares the
// committed file with `snippetsFileText()`. To regenerate it after changing a template:
//
//   node --import tsx --input-type=module -e "import { writeFileSync } from 'node:fs'; const m = (await import('./server/src/engine/templates/snippet.ts')).default; writeFileSync('snippets/inspection-reports.code-snippets', m.snippetsFileText())"
//
// Guidance is written as `[[...]]` placeholders: a tab stop selects each one, and any left
// behind stays visible (the grammar highlights it and the empty-section rule flags it).
// `reportSnippet` also works for workspace templates, e.g. for completion items.
import { builtinTemplates, CIW_RATINGS, CQC_RATINGS, OFSTED_RATINGS, ratedSectionIds } from './builtin';
import type { Template, TemplateSection } from './types';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Non-compliance status values of CIW regulated-service reports. */
export const NON_COMPLIANCE_STATUSES = ['New', 'Reviewed', 'Not achieved', 'Achieved'];

/** Escapes text for a snippet placeholder's default value. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A choice tab stop: `${n|a,b,c|}`. */
export function choice(n: number, options: readonly string[]): string {
  return `\${${n}|${options.map((o) => o.replace(/[\\,|]/g, '\\$&')).join(',')}|}`;
}

function placeholder(n: number, guidance: string): string {
  return `\${${n}:[[${escapeSnippetText(guidance)}]]}`;
}

const PREFIXES: Readonly<Record<string, string>> = {
  'ciw-local-authority-children': 'report-ciw-children',
  'ciw-local-authority-adults': 'report-ciw-adults',
  'ciw-regulated-service': 'report-ciw-service',
};

/** Snippet prefix of a template's new-report snippet: `report-ciw-children`, `report-cqc`, ... */
export function snippetPrefix(t: Template): string {
  return PREFIXES[t.id] ?? `report-${t.id}`;
}

/**
 * A new report following template `t`: front matter (template, service, inspection dates,
 * inspectors), the title, then every section heading in order, each with its guidance as
 * a `[[...]]` tab stop and, for rated sections, a rating line with the template's scale as
 * a choice. A `judgements` section gets, instead of its guidance, a table with one row per
 * rated section and a grade choice in each.
 */
export function reportSnippet(t: Template): Snippet {
  let n = 0;
  const next = () => ++n;
  const rated = new Set(t.ratings?.length ? (ratedSectionIds[t.id] ?? []) : []);
  const ratedSections = t.sections.filter((s) => rated.has(s.id));
  const body = [
    '---',
    `template: ${escapeSnippetText(t.id)}`,
    `service: "${placeholder(next(), 'Name of the service or council')}"`,
    `inspection_dates: "${placeholder(next(), 'First and last day, e.g. 4 to 8 March 2024')}"`,
    'inspectors:',
    `  - "${placeholder(next(), 'Lead inspector')}"`,
    '---',
    '',
    `# ${placeholder(next(), 'Report title')}`,
  ];
  for (const section of t.sections) {
    body.push('', `${'#'.repeat(section.level)} ${escapeSnippetText(section.title)}`, '');
    if (section.id === 'judgements' && t.ratings?.length && ratedSections.length) {
      body.push('| Judgement | Grade |', '| --- | --- |');
      for (const r of ratedSections) body.push(`| ${escapeSnippetText(tableCell(r))} | ${choice(next(), t.ratings)} |`);
    } else {
      body.push(placeholder(next(), section.guidance));
      if (rated.has(section.id) && t.ratings?.length) body.push('', `**Rating:** ${choice(next(), t.ratings)}`);
    }
  }
  body.push('', '$0');
  const conditional = t.sections.filter((s) => s.condition).map((s) => `${s.title}: ${s.condition}`);
  return {
    prefix: snippetPrefix(t),
    description: `New ${t.title} (template "${t.id}").${conditional.length ? ` Delete what does not apply: ${conditional.join('; ')}.` : ''}`,
    body,
  };
}

function tableCell(s: TemplateSection): string {
  return s.title.replace(/\|/g, '\\|');
}

/** The authoring snippets that do not depend on a template. */
export function authoringSnippets(): Record<string, Snippet> {
  const evidence = (n: number) => `[^\${${n}:evidence-1}]`;
  return {
    'Finding with evidence': {
      prefix: 'finding',
      description: 'A finding: the judgement, the evidence behind it (what inspectors saw, read or heard, with a base for any number) and its evidence footnote.',
      body: [
        `${placeholder(1, 'State the finding in one sentence')} ${placeholder(2, 'Give the evidence, e.g. In 9 of the 14 cases we reviewed')}${evidence(3)}`,
        '',
        `[^\${3}]: ${choice(4, EVIDENCE_KINDS)}: ${placeholder(5, 'what was reviewed, with its date or reference')}`,
        '$0',
      ],
    },
    'Area for improvement': {
      prefix: 'area-for-improvement',
      description: 'An area where improvement is required (CIW regulated services): what must improve, the regulation, its status and the evidence.',
      body: [
        `**Area for improvement:** ${placeholder(1, 'What the provider must improve')}`,
        '',
        `- **Regulation:** ${placeholder(2, 'Regulation not met, e.g. Regulation 34')}`,
        `- **Status:** ${choice(3, NON_COMPLIANCE_STATUSES)}`,
        `- **Evidence:** ${placeholder(4, 'What inspectors found')}${evidence(5)}`,
        '$0',
      ],
    },
    'Priority action': {
      prefix: 'priority-action',
      description:
        'An area where priority action is required (CIW priority action notice). The theme it concerns is then rated Requires significant improvement.',
      body: [
        `**Priority action:** ${placeholder(1, 'What the provider must do, and by when')}`,
        '',
        `- **Regulation:** ${placeholder(2, 'Regulation not met, e.g. Regulation 21')}`,
        `- **Status:** ${choice(3, NON_COMPLIANCE_STATUSES)}`,
        `- **Evidence:** ${placeholder(4, 'What inspectors found and the impact on people')}${evidence(5)}`,
        '$0',
      ],
    },
    Recommendation: {
      prefix: 'recommendation',
      description: 'A recommendation or area for development: who should do what, traceable to a finding.',
      body: [`**Recommendation:** ${placeholder(1, 'Who should do what, e.g. The local authority should ensure that')} ${placeholder(2, 'The finding this follows from')}`, '$0'],
    },
    'Attributed quotation': {
      prefix: 'quote',
      description: 'A quotation from a person, attributed by role, never by name.',
      body: [`> “${placeholder(1, 'Quotation, word for word')}”`, '>', `> — ${choice(2, ATTRIBUTIONS)}`, '$0'],
    },
    'Acronym definition': {
      prefix: 'acronym',
      description: 'Spell out an acronym on first use: Care Inspectorate Wales (CIW).',
      body: ['${1:Long Form} (${2:LF})$0'],
    },
    'Evidence footnote': {
      prefix: 'footnote',
      description: 'An evidence footnote: the reference where the cursor is and its definition (move the definition to the evidence notes if you keep them together).',
      body: [`[^\${1:evidence-1}]$0`, '', `[^\${1}]: ${choice(2, EVIDENCE_KINDS)}: ${placeholder(3, 'what was reviewed, with its date or reference')}`],
    },
    'Rating (CIW)': {
      prefix: 'rating-ciw',
      description: 'A rating line on the CIW scale.',
      body: [`**Rating:** ${choice(1, CIW_RATINGS)}`, '$0'],
    },
    'Rating (Ofsted)': {
      prefix: 'rating-ofsted',
      description: 'A grade line on the Ofsted scale.',
      body: [`**Rating:** ${choice(1, OFSTED_RATINGS)}`, '$0'],
    },
    'Rating (CQC)': {
      prefix: 'rating-cqc',
      description: 'A rating line on the CQC scale.',
      body: [`**Rating:** ${choice(1, CQC_RATINGS)}`, '$0'],
    },
    'Suppress a check': {
      prefix: 'suppress',
      description: 'Turn a check off for the next line, with the reason reviewers will see.',
      body: [`<!-- inspection-reports-${choice(1, ['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'])} \${2:rule-id} -- \${3:reason} -->`, '$0'],
    },
  };
}

const EVIDENCE_KINDS = ['Case file review', 'Interview', 'Observation', 'Survey', 'Document review', 'Performance data'];
const ATTRIBUTIONS = ['A person using the service', 'A relative', 'A parent', 'A young person', 'A member of staff', 'A social worker', 'A manager', 'A partner agency'];

/** Every snippet, keyed by its name: one new-report snippet per built-in template, then the authoring snippets. */
export function allSnippets(templates: readonly Template[] = builtinTemplates): Record<string, Snippet> {
  const result: Record<string, Snippet> = {};
  for (const t of templates) result[`New report: ${t.title}`] = reportSnippet(t);
  return { ...result, ...authoringSnippets() };
}

/** The exact text of snippets/inspection-reports.code-snippets. */
export function snippetsFileText(): string {
  return `${JSON.stringify(allSnippets(), null, 2)}\n`;
}
