// Config that costs more than it should (9, 10): without a clock, what bounds the work: complex
// `reports` globs are refused with their line, and workspace templates are each resolved once,
// with `extends` chains bounded and cycles cut. (Timings: `npm run bench`, config bombs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globComplexity } from '../../server/src/engine/config';
import { parseConfig } from '../../server/src/engine/configure';
import { resolveTemplate, checkWorkspaceTemplates, type WorkspaceTemplate } from '../../server/src/engine/templates/match';
import { templateChain } from '../badinput/cases';

const YAML = '/workspace/.inspection-reports.yaml';

test('9: globs with many wildcards, many "**" parts or great length are refused, naming file and line', () => {
  const config = parseConfig(`template: generic\nreports:\n  - "reports/**/*.md"\n  - "*a*a*a*a*a*a*a*a*b.md"\n  - "**/a/**/b/**/c/**/*.md"\n  - "${'x'.repeat(300)}"\n`, YAML);
  assert.deepEqual(config.errors.map((e) => [e.file, e.line]), [[YAML, 4], [YAML, 5], [YAML, 6]]);
  assert.match(config.errors[0].message, /The glob "\*a\*a\*a\*a\*a\*a\*a\*a\*b\.md" is too complex to match safely \(it has 9 wildcards/);
  assert.match(config.errors[1].message, /4 "\*\*" parts; at most 2/);
  assert.match(config.errors[2].message, /longer than 256 characters/);
  // The safe glob is kept; the refused ones never reach the matcher.
  assert.deepEqual(config.data.reports, ['reports/**/*.md']);
  assert.equal(config.isReportPath('/workspace/reports/x/y.md'), true);
  assert.equal(config.isReportPath(`/workspace/${'a'.repeat(250)}b.md`), false);
});

test('9: everyday globs pass; extglob syntax is literal text', () => {
  for (const glob of ['*.md', 'reports/**/*.md', '**/drafts/*-report-*.md', 'a/**/b/**/*.md', '{ciw,cqc}/**/*.md']) assert.equal(globComplexity(glob), undefined, glob);
  const config = parseConfig('reports: ["+(a|aa)+(a|aa)b.md", "@(x|y).md"]\n', YAML);
  assert.deepEqual(config.errors, []);
  assert.equal(config.isReportPath('/workspace/+(a|aa)+(a|aa)b.md'), true);
  assert.equal(config.isReportPath('/workspace/@(x|y).md'), true);
  assert.equal(config.isReportPath(`/workspace/${'a'.repeat(40)}b.md`), false);
  assert.equal(config.isReportPath('/workspace/x.md'), false);
});

test('10: each workspace template is resolved once, however many extend it', () => {
  const templates = templateChain(200);
  const first = resolveTemplate('t100', templates);
  assert.equal(resolveTemplate('t100', templates).template, first.template, 't100 was built again');
  assert.equal(resolveTemplate('t101', templates).template, undefined, 'a chain deeper than 16 is not followed');
});

test('10: an `extends` chain deeper than 16 is reported on each template past the limit; shorter ones resolve', () => {
  const templates = templateChain(20);
  const t15 = resolveTemplate('t15', templates);
  assert.deepEqual(t15.errors, []);
  assert.ok(t15.template!.sections.some((s) => s.id === 'from-t0') && t15.template!.sections.some((s) => s.id === 'from-t15'));
  assert.match(resolveTemplate('t16', templates).errors[0], /^Template "t16": "extends" chains deeper than 16 templates are not followed\.$/);
  assert.equal(checkWorkspaceTemplates(templates).length, 4);
});

test('10: a cycle of any length is cut once and reported', () => {
  const ring: WorkspaceTemplate[] = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, extends: `r${(i + 1) % 5}`, sections: [{ title: `From r${i}` }] }));
  const errors = checkWorkspaceTemplates(ring);
  assert.ok(errors.some((e) => /extends itself through "r0" → "r1" → "r2" → "r3" → "r4" → "r0"/.test(e)), errors.join('\n'));
  assert.ok(resolveTemplate('r0', ring).template);
});
