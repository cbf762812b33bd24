// The config file's JSON schema, generated from the rule registry so it never drifts.
// `npm run docs` writes it to schemas/config.schema.json for VS Code's config completion.
import { rules } from './rules/index';
import { builtinTemplates } from './templates/builtin';

/** `warn` is read as `warning` (as ESLint writes it; config.ts). */
const SEVERITIES = ['error', 'warning', 'info', 'off', 'warn'];

export function buildConfigSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const options = Object.fromEntries(Object.entries(rule.options).map(([key, o]) => [key, { ...o }]));
    ruleProperties[rule.id] = {
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
      type: ['string', 'object'],
      if: { type: 'string' },
      then: { enum: SEVERITIES },
      else: {
        type: 'object',
        properties: { severity: { enum: SEVERITIES, description: 'How findings of this rule are reported.' }, ...options },
        additionalProperties: false,
      },
    };
  }
  const section = {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'Stable id of the section (kebab-case); derived from the title if omitted. Naming an inherited section updates it.' },
      title: { type: 'string', description: 'Heading text inserted by quick fixes.' },
      aliases: { type: 'array', items: { type: 'string' }, description: 'Other headings that count as this section (Welsh forms, older names).' },
      required: { type: 'boolean', description: 'Whether reports must have this section.' },
      level: { type: 'integer', minimum: 1, maximum: 6, description: 'Heading level used when inserting the section.' },
      guidance: { type: 'string', description: 'One line of guidance for authors.' },
      evidenceExempt: { type: 'boolean', description: 'Claims in this section need no evidence.' },
      condition: { type: 'string', description: 'When the section applies (documentation only).' },
      after: { type: 'string', description: 'When extending a template: the id of the section this one follows.' },
      before: { type: 'string', description: 'When extending a template: the id of the section this one precedes.' },
    },
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Inspection Reports configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      reports: { type: 'array', items: { type: 'string' }, description: 'Globs (relative to this file) of the Markdown files that are reports.' },
      template: { type: 'string', description: 'Template of reports whose front matter names none.', examples: builtinTemplates.map((t) => t.id) },
      templates: {
        type: 'array',
        description: 'Workspace templates: new ones, or built-in ones extended (`extends`).',
        items: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', description: 'Template id, used in front matter (`template: id`).' },
            title: { type: 'string' },
            description: { type: 'string' },
            source: { type: 'string', description: 'Where the structure comes from.' },
            extends: { type: 'string', description: 'Id of the template this one builds on.' },
            sections: { type: 'array', items: section, description: 'Sections in order (new template) or sections to add (with `after`).' },
            remove: { type: 'array', items: { type: 'string' }, description: 'Ids of inherited sections to drop.' },
            optional: { type: 'array', items: { type: 'string' }, description: 'Ids of inherited sections that become optional.' },
            require: { type: 'array', items: { type: 'string' }, description: 'Ids of inherited sections that become required.' },
            ratings: { type: 'array', items: { type: 'string' }, description: 'Grades, best first (grade-consistency); the sections are the graded judgements.' },
            quantityScale: {
              description: 'Scale of quantity words (quantity-consistency): default, estyn, education-scotland, or word → [lowest, highest] percent.',
              oneOf: [
                { type: 'string', enum: ['default', 'estyn', 'education-scotland'] },
                { type: 'object', additionalProperties: { type: 'array', items: { type: 'number', minimum: 0, maximum: 100 }, minItems: 2, maxItems: 2 } },
              ],
            },
          },
          additionalProperties: false,
        },
      },
      glossaries: { type: 'array', items: { type: 'string' }, description: 'Glossary files (YAML or TSV), relative to this file.' },
      acronyms: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: { type: 'array', items: { type: 'string' }, description: 'Acronyms that never need a definition.' },
          ignore: { type: 'array', items: { type: 'string' }, description: 'Capitalised words that are not acronyms.' },
        },
      },
      rules: { type: 'object', properties: ruleProperties, additionalProperties: false, description: 'Severity (error, warning, info, off) or options per rule.' },
    },
  };
}
