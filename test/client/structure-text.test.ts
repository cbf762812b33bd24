// What the Report structure view says (client/src/structure-text.ts): short descriptions that
// leave room for the title, the full text in the tooltip, and a true account of an empty view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyStructureMessage, fileNameOf, sectionDescription, sectionTooltip, structureDescription } from '../../client/src/structure-text';
import type { ReportStructure, StructureNode } from '../../server/src/protocol';

const ciw = { id: 'ciw-local-authority-children', title: "CIW local authority children's services inspection" };
const node = (over: Partial<StructureNode>): StructureNode => ({ title: 'Safeguarding and protection measures', state: 'present', required: true, level: 2, findings: 0, children: [], ...over });
const result = (over: Partial<ReportStructure> = {}): ReportStructure => ({ isReport: true, template: ciw, nodes: [], missingRequired: 0, ...over });

test('row descriptions are short: the state in a word or two, and the findings', () => {
  assert.equal(sectionDescription(node({ state: 'missing' })), 'missing');
  assert.equal(sectionDescription(node({ state: 'missing', required: false })), 'optional');
  assert.equal(sectionDescription(node({})), undefined, 'a present section with no findings: the icon says it');
  assert.equal(sectionDescription(node({ findings: 2 })), '2 findings');
  assert.equal(sectionDescription(node({ state: 'empty', findings: 1 })), 'empty · 1 finding');
  assert.equal(sectionDescription(node({ state: 'extra' })), 'not in template');
  for (const state of ['present', 'missing', 'empty', 'out-of-order', 'duplicate', 'extra'] as const) {
    assert.ok((sectionDescription(node({ state, findings: 12 })) ?? '').length <= 30, state);
  }
});

test('the row tooltip has the full title, the full state, what to do, the guidance and the template', () => {
  const tip = sectionTooltip(node({ state: 'missing', guidance: 'How children are kept safe' }), result());
  assert.equal(tip, [
    '**Safeguarding and protection measures** — missing · required',
    'A required section of the template. Use *Insert section* to add it where the template puts it.',
    '*Guidance:* How children are kept safe',
    "Template: CIW local authority children's services inspection (`ciw-local-authority-children`)",
  ].join('\n\n'));
  assert.match(sectionTooltip(node({ state: 'missing', required: false }), result()), /— missing · optional\n\nAn optional section/);
  assert.match(sectionTooltip(node({ findings: 3 }), result({ template: undefined })), /— present · 3 findings\n\nNo template$/);
});

test('a section in another file of a multi-file report names its file, in the row and the tooltip', () => {
  const other = node({ uri: 'file:///reports/review/02-findings%20and%20actions.md', findings: 1 });
  assert.equal(fileNameOf(other.uri!), '02-findings and actions.md');
  assert.equal(sectionDescription(other), '02-findings and actions.md · 1 finding');
  assert.match(sectionTooltip(other, result()), /— present · 1 finding\n\nIn 02-findings and actions\.md, another file of this report\./);
  assert.equal(sectionDescription(node({})), undefined, 'a section of the document itself names no file');
});

test('the view\'s description is short: how many required sections are missing, not the template\'s title', () => {
  assert.equal(structureDescription(result({ missingRequired: 2 })), '2 missing');
  assert.equal(structureDescription(result()), undefined);
  assert.equal(structureDescription(result({ template: undefined })), 'no template');
});

test('an empty view of a report says which template applies, and in the web build that the config is not read', () => {
  const generic = result({ template: { id: 'generic', title: 'Generic inspection report' } });
  assert.equal(emptyStructureMessage(generic, false), 'This report has no section headings to show. Its template, "Generic inspection report" (generic), lists no sections.');
  const web = emptyStructureMessage(result({ template: undefined }), true);
  assert.match(web, /^This report has no section headings to show\. No template applies to it\. In the web build the workspace config \(\.inspection-reports\.yaml\) is not read/);
  assert.doesNotMatch(web, /template lists no sections/i);
});
