import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConfigFile } from '../../server/src/engine/config';
import { parseConfig, loadConfigForDocument } from '../../server/src/engine/configure';
import { buildConfigSchema } from '../../server/src/engine/schema';
import { knowledgeFor } from '../../server/src/engine/knowledge';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

test('a valid YAML config sets severities, options, templates and report globs', () => {
  const config = parseConfig('reports: ["reports/**/*.md"]\ntemplate: cqc\nrules:\n  empty-section: off\n  required-section: { severity: warning }\n', '/ws/.inspection-reports.yaml');
  assert.deepEqual(config.errors, []);
  assert.equal(config.rules.get('empty-section')!.severity, 'off');
  assert.equal(config.rules.get('required-section')!.severity, 'warning');
  assert.equal(config.isReportPath('/ws/reports/2026/a.md'), true);
  assert.equal(config.isReportPath('/ws/README.md'), false);
});

test('errors name the line; bad entries fall back to defaults and the rest still applies', () => {
  const text = 'rules:\n  empty-section: loud\n  no-such-rule: error\n  section-order: off\nreportz: []\n';
  const config = parseConfig(text, '/ws/.inspection-reports.yaml');
  const got = config.errors.map((e) => [e.line, e.message]);
  assert.deepEqual(got.map((g) => g[0]).sort(), [2, 3, 5]);
  assert.match(String(got.find((g) => g[0] === 2)![1]), /must be one of `error`, `warning`, `info`, `off`/);
  assert.match(String(got.find((g) => g[0] === 3)![1]), /Unknown rule `no-such-rule`/);
  assert.match(String(got.find((g) => g[0] === 5)![1]), /Unknown setting `reportz`/);
  assert.equal(config.rules.get('empty-section')!.severity, 'warning', 'default kept');
  assert.equal(config.rules.get('section-order')!.severity, 'off', 'valid entry still applied');
});

test('YAML and JSON syntax errors are reported with their position', () => {
  const yaml = parseConfig('rules:\n  empty-section: [off\n', '/ws/.inspection-reports.yaml');
  assert.equal(yaml.errors.length > 0, true);
  assert.match(yaml.errors[0].message, /YAML syntax error/);
  const json = parseConfig('{\n  "rules": {\n    "empty-section": "off",,\n  }\n}', '/ws/.inspection-reports.json');
  assert.equal(json.errors[0].line, 3);
  assert.match(json.errors[0].message, /JSON syntax error/);
  assert.equal(json.rules.get('empty-section')!.severity, 'warning', 'defaults keep working');
});

test('JSON with comments is accepted and wrong types are located', () => {
  const config = parseConfig('{\n  // comment\n  "reports": "*.md"\n}\n', '/ws/.inspection-reports.jsonc');
  assert.equal(config.errors.length, 1);
  assert.equal(config.errors[0].line, 3);
  assert.match(config.errors[0].message, /must be a list/);
});

test('config is found by walking up from the document', () => {
  const files: Record<string, string> = { '/ws/.inspection-reports.yml': 'template: jicpa\n' };
  const host = { readFile: (p: string) => files[p] };
  assert.equal(findConfigFile('/ws/reports/2026', host)?.path, '/ws/.inspection-reports.yml');
  assert.equal(loadConfigForDocument('/ws/reports/a.md', host).data.template, 'jicpa');
  assert.equal(findConfigFile('/other', host), undefined);
});

test('a billion-laughs config is refused, not expanded', () => {
  const text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  const config = parseConfig(text, '/ws/.inspection-reports.yaml');
  assert.equal(config.errors.length > 0, true);
});

test('the shipped schema file matches the rules (run npm run docs to regenerate)', () => {
  const shipped = JSON.parse(readFileSync(resolve(__dirname, '../../schemas/config.schema.json'), 'utf8'));
  assert.deepEqual(shipped, JSON.parse(JSON.stringify(buildConfigSchema())));
});

test('the README\'s config example is valid and its template resolves', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const yaml = readme.split('```yaml\n')[1].split('```')[0];
  const config = parseConfig(yaml, '/ws/.inspection-reports.yaml');
  assert.deepEqual(config.errors, []);
  const knowledge = knowledgeFor(config);
  const sections = knowledge.template('our-care-home')!.template.sections.map((s) => s.id);
  assert.ok(sections.includes('medication') && !sections.includes('date-published'));
});

test('workspace template problems and an unknown default template are config errors', () => {
  const text = 'template: no-such\ntemplates:\n  - id: mine\n    extends: nowhere\n';
  const config = parseConfig(text, '/ws/.inspection-reports.yaml');
  const lines = [...new Set(config.errors.map((e) => e.line))].sort();
  assert.deepEqual(lines, [1, 3]);
  assert.equal(config.data.template, undefined, 'falls back to the generic template');
});

test('config errors come out in line order, each with a "did you mean" where a known name is close', () => {
  const text = [
    'template: ciw-local-authorty-children',
    'rules:',
    '  unsupported-claim: { scop: paragraph }',
    '  acronym-unsed: info',
    '  duplicate-section: eror',
    'acronyms:',
    '  alow: [LA]',
    'glosaries: [x.yaml]',
    '',
  ].join('\n');
  const config = parseConfig(text, '/ws/.inspection-reports.yaml');
  const got = config.errors.map((e) => `${e.line}: ${e.message}`);
  assert.deepEqual(got, [
    '1: Unknown template "ciw-local-authorty-children": the generic template is used. Did you mean "ciw-local-authority-children" or "ciw-local-authority-adults"?',
    '3: Unknown setting `rules.unsupported-claim.scop`: it is ignored. Did you mean `scope`?',
    '4: Unknown rule `acronym-unsed`: it is ignored. Did you mean `acronym-unused`?',
    '5: `rules.duplicate-section` must be one of `error`, `warning`, `info`, `off`; the default is used. Did you mean `error`?',
    '7: Unknown setting `acronyms.alow`: it is ignored. Did you mean `allow`?',
    '8: Unknown setting `glosaries`: it is ignored. Did you mean `glossaries`?',
  ]);
  const far = parseConfig('rules:\n  zzzzzzzzzzzz: off\n  empty-section: { qqqqqqq: 1 }\n', '/ws/.inspection-reports.yaml');
  assert.deepEqual(far.errors.map((e) => e.message), [
    'Unknown rule `zzzzzzzzzzzz`: it is ignored. Run `inspection-reports rules` to list the rules.',
    'Unknown setting `rules.empty-section.qqqqqqq`: it is ignored. `empty-section` takes `severity`.',
  ]);
});

test('`warn` is accepted as `warning`, as a severity and as a severity option, in YAML and JSON', () => {
  const yaml = parseConfig('rules:\n  empty-section: warn\n  section-order: { severity: warn }\n', '/ws/.inspection-reports.yaml');
  assert.deepEqual(yaml.errors, []);
  assert.equal(yaml.rules.get('empty-section')!.severity, 'warning');
  assert.equal(yaml.rules.get('section-order')!.severity, 'warning');
  const json = parseConfig('{ "rules": { "acronym-unused": "warn" } }', '/ws/.inspection-reports.json');
  assert.deepEqual(json.errors, []);
  assert.equal(json.rules.get('acronym-unused')!.severity, 'warning');
});
