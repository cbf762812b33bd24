// Protocol tests of the publication-gate rules over the built server: each rule's diagnostic
// (code, severity), the placeholder quick fix (selects the placeholder, no edit) and the
// identifiable-person quick fix (replaces the name with a role).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, fileUri, makeTempDir, rmTemp, editsFor, applyTextEdits, messageOf, type TestClient } from './client';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { StructureRequest, ReviewSummaryRequest } from '../../server/src/protocol';

const GATE = ['placeholder', 'grade-consistency', 'quantity-consistency', 'identifiable-person'];

// 0-based lines in comments.
const DRAFT = [
  '---', // 0
  'template: ofsted-ilacs', // 1
  '---', // 2
  '', // 3
  '# Inspection of Anytown local authority children’s services', // 4
  '', // 5
  '| Judgement | Grade |', // 6
  '| --- | --- |', // 7
  '| The experiences and progress of children in care | Good |', // 8
  '| Overall effectiveness | Good |', // 9
  '', // 10
  '## The experiences and progress of children in care: inadequate', // 11
  '', // 12
  'Most children (3 of 14) live in stable homes. Jack, aged 14, told inspectors that he likes his home.', // 13
  '', // 14
  '[[State the finding]]', // 15
  '',
].join('\n');

let client: TestClient;
let dir: string;

before(async () => {
  dir = makeTempDir();
  client = await startServer({ folders: [dir] });
});

after(async () => {
  await client?.shutdown();
  rmTemp(dir);
});

async function open(name: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = fileUri(join(dir, `${name}.md`));
  await client.open(uri, DRAFT);
  const diagnostics = await client.waitForVersion(uri, (ds) => GATE.every((code) => ds.some((d) => d.code === code)));
  return { uri, diagnostics: diagnostics.filter((d) => GATE.includes(String(d.code))) };
}

test('each gate rule reports on the draft, with its severity and range', async () => {
  const { diagnostics } = await open('gate');
  const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
  assert.deepEqual(GATE.map((c) => byCode(c).length), [1, 1, 1, 1]);
  const [placeholder] = byCode('placeholder');
  assert.equal(placeholder.severity, DiagnosticSeverity.Error);
  assert.deepEqual(placeholder.range, { start: { line: 15, character: 0 }, end: { line: 15, character: 21 } });
  const [grade] = byCode('grade-consistency');
  assert.equal(grade.severity, DiagnosticSeverity.Error);
  assert.equal(grade.range.start.line, 11);
  assert.match(messageOf(grade), /graded Inadequate here but Good in the judgement table \(line 9\)/);
  assert.equal(grade.relatedInformation?.[0].location.range.start.line, 8);
  const [quantity] = byCode('quantity-consistency');
  assert.equal(quantity.severity, DiagnosticSeverity.Warning);
  assert.deepEqual(quantity.range.start, { line: 13, character: 0 });
  const [person] = byCode('identifiable-person');
  assert.equal(person.severity, DiagnosticSeverity.Error);
  assert.equal(person.range.start.line, 13);
});

test('placeholder quick fix selects the placeholder (a reveal command with the uri and range, no edit)', async () => {
  const { uri, diagnostics } = await open('select');
  const target = diagnostics.find((d) => d.code === 'placeholder')!;
  const actions = (await client.codeActions(uri, target.range, [target])) as CodeAction[];
  const select = actions.find((a) => a.title === 'Select the placeholder to fill it in');
  assert.ok(select, actions.map((a) => a.title).join(' | '));
  assert.equal(select.edit, undefined);
  assert.equal(select.command?.command, 'inspection-reports.reveal');
  assert.deepEqual(select.command?.arguments, [uri, target.range]);
});

test('identifiable-person quick fix replaces the name and age with a role, capitalised at a sentence start', async () => {
  const { uri, diagnostics } = await open('replace');
  const target = diagnostics.find((d) => d.code === 'identifiable-person')!;
  const actions = (await client.codeActions(uri, target.range, [target])) as CodeAction[];
  const replace = actions.find((a) => a.title === 'Replace with "A child"');
  assert.ok(replace, actions.map((a) => a.title).join(' | '));
  const fixed = applyTextEdits(DRAFT, editsFor(replace.edit, uri));
  assert.match(fixed.split('\n')[13], /live in stable homes\. A child told inspectors that he likes his home\.$/);
});

test('the Report structure view marks the section that holds a placeholder', async () => {
  const { uri } = await open('structure');
  const structure = await client.connection.sendRequest(StructureRequest, { uri });
  const flat = (nodes: typeof structure.nodes): typeof structure.nodes => nodes.flatMap((n) => [n, ...flat(n.children)]);
  const marked = flat(structure.nodes).filter((n) => n.placeholders);
  assert.deepEqual(marked.map((n) => [n.sectionId, n.placeholders]), [['children-in-care', 1]]);
});

test('the review summary lists placeholders, grade disagreements and identifiable people first, as blockers', async () => {
  const { uri } = await open('summary');
  const summary = await client.connection.sendRequest(ReviewSummaryRequest, { uri, format: 'markdown' });
  const blockers = summary.indexOf('## Blockers');
  const bySection = summary.indexOf('## Findings by section');
  assert.ok(blockers > 0 && bySection > blockers, summary);
  const listed = summary.slice(blockers, bySection).split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(
    listed.map((l) => /`([a-z-]+)`\)$/.exec(l)?.[1]),
    ['placeholder', 'grade-consistency', 'identifiable-person'],
  );
  assert.match(listed[1], /^- Line 12, grade disagreement: /);
  // The quantity warning is not a blocker: it stays with its section.
  assert.match(summary.slice(bySection), /quantity-consistency/);
  assert.doesNotMatch(summary.slice(bySection), /`placeholder`|`grade-consistency`|`identifiable-person`/);
});
