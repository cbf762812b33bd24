import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { parseConfig } from '../../server/src/engine/configure';
import { knowledgeFor } from '../../server/src/engine/knowledge';

const draft = (body: string) => `---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\n${body}\n\n## Findings\n\nThe inspection took place in March.\n`;
const files: Record<string, string> = {
  '/ws/glossary.yaml': '- { acronym: IRO, expansion: Independent Reviewing Officer, welsh: Swyddog Adolygu Annibynnol }\n',
  '/ws/bad.tsv': 'acronym\texpansion\nXYZ\t\n',
  '/secret/glossary.yaml': '- { acronym: X, expansion: Y }\n',
};
const host = { readFile: (p: string) => files[p] };

test('a workspace glossary supplies expansions for messages and fixes', () => {
  const config = parseConfig('glossaries: [glossary.yaml]\n', '/ws/.inspection-reports.yaml');
  const finding = lint({ text: draft('The IRO met the family. The IRO wrote to them.'), config, host }).findings.find((f) => f.ruleId === 'undefined-acronym')!;
  assert.match(finding.message, /"Independent Reviewing Officer \(IRO\)"/);
  assert.equal(finding.fixes![0].edits[0].newText, 'Independent Reviewing Officer (IRO)');
  // Used once: the expansion alone, in the message and the fix.
  const once = lint({ text: draft('The IRO met the family.'), config, host }).findings.find((f) => f.ruleId === 'undefined-acronym')!;
  assert.match(once.message, /not used again: write it out in full, "Independent Reviewing Officer"\.$/);
  assert.equal(once.fixes![0].edits[0].newText, 'Independent Reviewing Officer');
});

test('glossaries outside the config folder, missing or malformed are errors, and nothing breaks', () => {
  const config = parseConfig('glossaries: [../secret/glossary.yaml, missing.yaml, bad.tsv]\n', '/ws/.inspection-reports.yaml');
  const errors = knowledgeFor(config, host).errors;
  assert.ok(errors.some((e) => /outside the folder of the config file/.test(e.message) && e.line === 1));
  assert.ok(errors.some((e) => /missing\.yaml" cannot be read/.test(e.message)));
  assert.ok(errors.some((e) => e.file === '/ws/bad.tsv'));
  assert.ok(lint({ text: draft('The CIW team met staff.'), config, host }).findings.some((f) => f.ruleId === 'undefined-acronym'));
});

test('the allow list fix edits the YAML config and the allowed acronym is then quiet', () => {
  const text = 'rules:\n  empty-section: warning\n';
  const config = parseConfig(text, '/ws/.inspection-reports.yaml');
  const finding = lint({ text: draft('The XYZ panel met.'), config }).findings.find((f) => f.ruleId === 'undefined-acronym')!;
  const fix = finding.fixes!.find((f) => f.title.startsWith('Add XYZ to the allowed acronyms'))!;
  const updated = fix.fileEdits![0].edits[0].newText;
  assert.equal(updated, 'rules:\n  empty-section: warning\nacronyms:\n  allow: [ XYZ ]\n');
  const after = parseConfig(updated, '/ws/.inspection-reports.yaml');
  assert.deepEqual(after.errors, []);
  assert.equal(lint({ text: draft('The XYZ panel met.'), config: after }).findings.filter((f) => f.ruleId === 'undefined-acronym').length, 0);
});
