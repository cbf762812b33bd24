// Help while writing, over the protocol: hover, go to definition, references and completion for
// acronyms and footnotes; the custom requests behind the views; the abbreviations action.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HoverRequest, DefinitionRequest, ReferencesRequest, CompletionRequest, type Hover, type Location, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { startServer, fileUri, makeTempDir, rmTemp, applyTextEdits, editsFor, messageOf, type TestClient } from './client';
import { AcronymsRequest, EvidenceRequest, StructureRequest, TemplatesRequest, ReviewSummaryRequest } from '../../server/src/protocol';

const NEWS = [
  '---', // 0
  'template: generic', // 1
  '---', // 2
  '', // 3
  "# Cardiff children's services", // 4
  '', // 5
  '## Summary', // 6
  '', // 7
  'The Care and Social Services Inspectorate Wales inspected the council.', // 8
  'The inspector from CSSIW said the council had made progress.[^visit]', // 9
  '', // 10
  '## Findings', // 11
  '', // 12
  'Care Inspectorate Wales (CIW) will return in 2027. CIW met staff.', // 13
  '', // 14
  'C', // 15
  '', // 16
  '[^visit]: Inspection visit, March 2026.', // 17
  '',
].join('\n');

let client: TestClient;
let dir: string;
let uri: string;

before(async () => {
  dir = makeTempDir('ir-writing-');
  client = await startServer({ folders: [dir] });
  uri = fileUri(join(dir, 'news.md'));
  await client.open(uri, NEWS);
  await client.waitForDiagnostics(uri, (d) => d.length > 0);
});

after(async () => {
  await client?.shutdown();
  rmTemp(dir);
});

const hoverAt = (line: number, character: number) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;

test('hover on an undefined acronym shows its expansion, Welsh form and that it is not defined', async () => {
  const hover = await hoverAt(9, 20);
  const value = (hover!.contents as { value: string }).value;
  assert.match(value, /\*\*CSSIW\*\* — Care and Social Services Inspectorate Wales/);
  // Used once: the same advice as the finding's, no "(CSSIW)" to introduce.
  assert.match(value, /Not defined in this report\*\*, and not used again: write it out in full, "Care and Social Services Inspectorate Wales"\./);
  assert.match(value, /Welsh: Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru/);
  assert.deepEqual(hover!.range, { start: { line: 9, character: 19 }, end: { line: 9, character: 24 } });
});

test('hover on a defined acronym says where; on a footnote reference shows the evidence', async () => {
  const defined = (await hoverAt(13, 53))!.contents as { value: string };
  assert.match(defined.value, /Defined at line 14/);
  const footnote = (await hoverAt(9, 62))!.contents as { value: string };
  assert.match(footnote.value, /Evidence \[\^visit\]\*\*: Inspection visit, March 2026\./);
});

test('go to definition and find references for an acronym and a footnote', async () => {
  const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 13, character: 53 } })) as Location;
  assert.equal(definition.range.start.line, 13);
  assert.equal(definition.range.start.character, 0);
  const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 13, character: 53 }, context: { includeDeclaration: true } })) as Location[];
  assert.deepEqual(refs.map((r) => [r.range.start.line, r.range.start.character]), [[13, 25], [13, 51]]);
  const note = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 9, character: 63 } })) as Location;
  assert.equal(note.range.start.line, 17);
});

test('completion after capitals offers "Long Form (LF)" before a definition and "LF" after it', async () => {
  const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 15, character: 1 } })) as CompletionItem[] | CompletionList;
  const list = Array.isArray(items) ? items : items.items;
  const ciw = list.find((i) => i.label === 'CIW')!;
  assert.equal((ciw.textEdit as { newText: string }).newText, 'CIW', 'defined above: the acronym alone');
  const cssiw = list.find((i) => i.label === 'CSSIW')!;
  assert.equal((cssiw.textEdit as { newText: string }).newText, 'Care and Social Services Inspectorate Wales (CSSIW)');
});

test('completion on a heading offers the missing template sections', async () => {
  const doc = fileUri(join(dir, 'heading.md'));
  await client.open(doc, '---\ntemplate: generic\n---\n\n# Report\n\n## Summary\n\nThe inspection took place in May.\n\n## \n');
  await client.waitForDiagnostics(doc, () => true);
  const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: doc }, position: { line: 10, character: 3 } })) as CompletionItem[];
  assert.deepEqual(items.map((i) => i.label), ['Findings', 'Recommendations']);
  assert.equal((items[0].textEdit as { newText: string }).newText, '## Findings');
});

test('the views\' requests: structure, acronyms, evidence, templates, review summary', async () => {
  const structure = await client.connection.sendRequest(StructureRequest, { uri });
  assert.equal(structure.template?.id, 'generic');
  assert.deepEqual(structure.nodes.map((n) => [n.title, n.state]), [['Summary', 'present'], ['Findings', 'present'], ['Recommendations', 'missing']]);
  const acronyms = await client.connection.sendRequest(AcronymsRequest, { uri });
  assert.deepEqual(acronyms.acronyms.map((a) => [a.acronym, a.state]), [['CSSIW', 'undefined'], ['CIW', 'defined']]);
  const evidence = await client.connection.sendRequest(EvidenceRequest, { uri });
  assert.deepEqual(evidence.footnotes.map((f) => [f.label, f.state, f.citations.length]), [['visit', 'cited', 1]]);
  const templates = await client.connection.sendRequest(TemplatesRequest, null);
  assert.ok(templates.some((t) => t.id === 'ciw-regulated-service' && t.snippet.includes('## Well-being')));
  const summary = await client.connection.sendRequest(ReviewSummaryRequest, { uri, format: 'markdown' });
  assert.match(summary, /^# Review summary: news\.md/);
  assert.match(summary, /undefined-acronym/);
});

test('the undefined-acronym fixes: add the acronym after the long form, or spell out the first use', async () => {
  const diagnostics = client.diagnostics.get(uri)!.diagnostics.filter((d) => d.code === 'undefined-acronym');
  assert.equal(diagnostics.length, 1);
  assert.match(messageOf(diagnostics[0]), /written out at line 9 without "\(CSSIW\)"/);
  const actions = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) as { title: string; edit?: never }[];
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Add "(CSSIW)" after "Care and Social Services Inspectorate Wales" at line 9'), titles.join('\n'));
  const add = actions.find((a) => a.title.startsWith('Add "(CSSIW)"'))!;
  const fixed = applyTextEdits(NEWS, editsFor(add.edit, uri));
  assert.match(fixed, /The Care and Social Services Inspectorate Wales \(CSSIW\) inspected/);
});

test('"Insert abbreviations table" builds a section from the acronyms the report uses', async () => {
  const before = client.applyEditRequests.length;
  await client.executeCommand('inspection-reports.insertAbbreviations', [uri]);
  const request = client.applyEditRequests[before];
  assert.ok(request, 'the server asked the client to apply an edit');
  const text = applyTextEdits(NEWS, editsFor(request.edit, uri));
  assert.match(text, /## Abbreviations\n\n\| Abbreviation \| Meaning \|\n\|---\|---\|\n\| CIW \| Care Inspectorate Wales \|\n\| CSSIW \| Care and Social Services Inspectorate Wales \|\n\n\[\^visit\]:/);
});
