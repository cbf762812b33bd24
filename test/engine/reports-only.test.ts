// lint's `reportsOnly` (the CLI): a text that opens no front matter, and that neither the request
// nor the config makes a report, is not parsed unless its model is read; the verdict is the one a
// full check gives, for every way a text can be, or not be, a report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { parseConfig } from '../../server/src/engine/configure';
import { opensFrontMatter } from '../../server/src/engine/frontmatter';

const globs = parseConfig('reports: ["reports/**/*.md"]\n', '/ws/.inspection-reports.yaml');

test('reportsOnly gives the verdict and the findings of a full check, with or without front matter, template, glob or assumeReport', () => {
  const texts = [
    '# Title\n\nThe CIW met.\n',
    '---\ntemplate: generic\n---\n# Title\n\nThe CIW met.\n',
    '---\ntitle: x\n---\n# Title\n',
    '---\nkey: [unclosed\n---\n# Title\n',
    '---\nnot closed\n\n# Title\n',
    '\uFEFF---\r\ntemplate: generic\r\n---\r\n# T\r\n',
    '----\n# Title\n',
    '--- \n# Title\n',
    '',
    '---',
  ];
  const requests = [{}, { template: 'generic' }, { assumeReport: true }, { path: '/ws/reports/a.md', config: globs }, { path: '/ws/README.md', config: globs }, { assumeReport: true, config: globs }];
  for (const text of texts) {
    for (const request of requests) {
      const full = lint({ text, ...request });
      const quick = lint({ text, ...request, reportsOnly: true });
      const what = `${JSON.stringify(text)} ${JSON.stringify(request)}`;
      assert.equal(quick.isReport, full.isReport, what);
      assert.deepEqual(quick.findings, full.findings, what);
      // Read, the model is the one a full parse gives.
      assert.deepEqual(quick.model.sections, full.model.sections, what);
      assert.equal(quick.model.frontMatter === undefined, full.model.frontMatter === undefined, what);
    }
  }
});

test('opensFrontMatter is exactly "the first line, after a byte order mark, is ---"', () => {
  for (const [text, opens] of [['---', true], ['---\n', true], ['---\r\n', true], ['---\rx', true], ['\uFEFF---\n', true], ['----\n', false], ['--- \n', false], ['--\n', false], [' ---\n', false], ['', false], ['x\n---\n', false]] as const) {
    assert.equal(opensFrontMatter(text), opens, JSON.stringify(text));
  }
});
