// `check --fix` on a report in several files applies safe fixes pass by pass with the same loop
// as one file (engine/lint.ts fixPasses): it fixes across the files, and a pass that brings its
// own findings back is undone, with a message, instead of running ten passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixPasses } from '../../server/src/engine/lint';
import { lintReportSet, type Chapter } from '../../server/src/engine/reportset';
import { parseConfig } from '../../server/src/engine/configure';
import { defineRule } from '../../server/src/engine/rule';
import { rules } from '../../server/src/engine/rules/index';

const config = parseConfig('', '/ws/.inspection-reports.yaml');
const request = { path: '/ws/01.md', config, assumeReport: true };
const chapters: Chapter[] = [
  { path: '/ws/01.md', text: '---\ntemplate: generic\n---\n\n# National review\n\nThe Care Inspectorate Wales (C.I.W.) inspected the service.\n' },
  { path: '/ws/02.md', text: '## Findings\n\nThe C.I.W. found that plans were late.\n' },
];
const fix = (texts: string[]) =>
  fixPasses(
    texts,
    lintReportSet(chapters.map((c, i) => ({ path: c.path, text: texts[i] })), request),
    (r) => r.chapters.map((c) => c.findings),
    (next) => lintReportSet(chapters.map((c, i) => ({ path: c.path, text: next[i] })), request),
  );

test('fix passes over a report in two files fix each file where its findings are', () => {
  const result = fix(chapters.map((c) => c.text));
  assert.equal(result.stopped, undefined);
  assert.ok(result.fixed[0] > 0 && result.fixed[1] > 0, `fixed per file: ${result.fixed}`);
  assert.match(result.texts[0], /\(CIW\)/);
  assert.match(result.texts[1], /The CIW found/);
  assert.deepEqual(result.outcome.chapters.flatMap((c) => c.findings.filter((f) => f.ruleId === 'acronym-punctuation')), []);
});

test('fix passes over a report in two files stop, and undo, a pass that leaves the same findings to fix', () => {
  const growing = defineRule({
    id: 'test-growing-fix', description: 'A fix that never settles.', defaultSeverity: 'info', tags: [], fixable: true, options: {}, docs: '',
    check(model, ctx) {
      ctx.report({ start: model.text.length, end: model.text.length, message: 'Always here.', fixes: [{ title: 'Add a line', isPreferred: true, edits: [{ start: model.text.length, end: model.text.length, newText: '\n# Heading\n' }] }] });
    },
  });
  rules.push(growing);
  try {
    const texts = ['---\ntemplate: generic\n---\n\n# National review\n\nThe inspection took place.\n', '## Findings\n\nPlans were late.\n'];
    const result = fix(texts);
    assert.match(result.stopped ?? '', /pass \d+ left the same findings to fix as before it \("test-growing-fix: Always here\."\)/);
    // Every pass before the stop changed the text; the pass that did not help is undone, so at most one line was added.
    assert.ok(result.texts.join('').split('# Heading').length - 1 <= 1, result.texts.join('\n---\n'));
  } finally {
    rules.splice(rules.indexOf(growing), 1);
  }
});
