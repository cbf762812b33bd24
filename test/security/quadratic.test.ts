// Work that grew with the square of the input (15), asserted without a clock: each scan covers
// its own part of the input, so what it finds does not overlap. (The timings of these inputs
// are in `npm run bench`, part badinput.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, compileClaimMatcher, defaultClaimOptions } from '../../server/src/engine/claims/detect';
import { lint } from '../../server/src/engine/lint';

const matcher = compileClaimMatcher(defaultClaimOptions);

test('15: quotations closed without an opener each cover only the text since the one before (no rescans from the start)', () => {
  // `a" ` repeated: every mark closes a quotation that never opened; each used to be scanned from the sentence's start.
  const sentence = `Most plans were good and the council said ${'that it was fine and well led" '.repeat(6)}today`;
  const { quotes } = analyseSentence(sentence, matcher);
  assert.ok(quotes.length >= 2, `expected several partial quotations, got ${quotes.length}`);
  for (let i = 1; i < quotes.length; i++) assert.ok(quotes[i].start >= quotes[i - 1].end, `quotation ${i} (${quotes[i].start}-${quotes[i].end}) overlaps the one before (${quotes[i - 1].start}-${quotes[i - 1].end})`);
});

test('15: 240 KB of `a" ` and 80,000 `<a href="` in one paragraph are checked (finishes, one finding at most per sentence)', () => {
  for (const unit of ['a" ', '<a href="']) {
    const text = `# Title\n\n## Findings\n\n${unit.repeat(80_000)}\n`;
    const outcome = lint({ text, assumeReport: true });
    assert.ok(outcome.findings.length < 10, `${outcome.findings.length} findings`);
    assert.deepEqual(outcome.skipped, []);
  }
});

test('16, 17: lint with structureOnly runs the structure and document rules only, and lists the others as skipped', () => {
  const text = `---\ntemplate: generic\n---\n# Title\n\n## Findings\n\nThe XYZ said most plans were good.\n\n## Findings\n`;
  const outcome = lint({ text, assumeReport: true, structureOnly: true });
  const ruleIds = new Set(outcome.findings.map((f) => f.ruleId));
  assert.ok(ruleIds.has('duplicate-section'), [...ruleIds].join());
  for (const id of ruleIds) assert.ok(['duplicate-section', 'empty-section', 'required-section', 'section-order', 'front-matter', 'unknown-template'].includes(id), `${id} ran`);
  assert.ok(outcome.skipped.includes('undefined-acronym') && outcome.skipped.includes('unsupported-claim'));
  assert.ok(!outcome.skipped.includes('required-section'));
});

test('a one-sentence paragraph of 200 KB of `\\#` is checked: the stand-alone evaluation patterns are tried on short sentences only', () => {
  // Their opening (\W*, then words) was tried from every position of the run (the robustness test's 1 MB line hung).
  const text = `# Title\n\n## Findings\n\n${'\\#'.repeat(100_000)}\n`;
  const outcome = lint({ text, assumeReport: true });
  assert.deepEqual(outcome.findings.filter((f) => f.ruleId === 'unsupported-claim'), []);
  assert.deepEqual(outcome.skipped, []);
});
