import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { parseReport } from '../../server/src/engine/parse';
import { disableEdit } from '../../server/src/engine/suppress';
import { applyEdits } from '../../server/src/engine/edits';

const draft = (body: string) => `---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\nText.\n\n## Findings\n\nText.\n${body}`;

test('disable-next-line suppresses one line and keeps the reason', () => {
  const text = draft('\n<!-- inspection-reports-disable-next-line empty-section -- written after the visit -->\n## Notes\n');
  const outcome = lint({ text });
  assert.deepEqual(outcome.findings, []);
  assert.equal(outcome.suppressed.length, 1);
  assert.equal(outcome.suppressed[0].reason, 'written after the visit');
});

test('disable ... enable covers a range; rule ids limit it', () => {
  const text = draft('\n<!-- inspection-reports-disable empty-section -->\n## Notes\n\n<!-- inspection-reports-enable empty-section -->\n## More notes\n\n<!-- inspection-reports-disable duplicate-section -->\n## Again\n');
  const outcome = lint({ text });
  assert.deepEqual(outcome.findings.map((f) => f.ruleId), ['empty-section', 'empty-section']);
  assert.equal(outcome.suppressed.length, 1);
});

test('disable-file and disable-line', () => {
  assert.equal(lint({ text: draft('\n<!-- inspection-reports-disable-file -->\n## Notes\n') }).findings.length, 0);
  assert.equal(lint({ text: draft('\n## Notes <!-- inspection-reports-disable-line empty-section -->\n') }).findings.length, 0);
});

test('the disable edit goes above a block start, or at the end of a line inside a block', () => {
  const text = 'First line of a paragraph\nsecond line.\n';
  const model = parseReport(text);
  const above = applyEdits(text, [disableEdit(model, 'unsupported-claim', 0, 'agreed with the provider')]);
  assert.equal(above, '<!-- inspection-reports-disable-next-line unsupported-claim -- agreed with the provider -->\nFirst line of a paragraph\nsecond line.\n');
  const inside = applyEdits(text, [disableEdit(model, 'unsupported-claim', text.indexOf('second'))]);
  assert.equal(inside, 'First line of a paragraph\nsecond line. <!-- inspection-reports-disable-line unsupported-claim -->\n');
});
