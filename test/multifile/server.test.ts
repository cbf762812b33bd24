// The language server checks a report kept in several files as one, and a report with its
// other-language version: an edit in one file updates the diagnostics of the others.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, fileUri, makeTempDir, rmTemp, type TestClient } from '../protocol/client';
import { CounterpartRequest, StructureRequest, InsertSectionsRequest, AcronymsRequest, EvidenceRequest } from '../../server/src/protocol';
import { DefinitionRequest, ReferencesRequest, HoverRequest, type Location, type Hover, type Position } from 'vscode-languageserver-protocol';

const clients: TestClient[] = [];
const dirs: string[] = [];
after(async () => {
  for (const c of clients) await c.shutdown();
  for (const d of dirs) rmTemp(d);
});

async function start(dir: string): Promise<TestClient> {
  const client = await startServer({ folders: [dir] });
  clients.push(client);
  return client;
}

const codes = (d: readonly { code?: unknown; message: unknown }[]) => d.map((x) => `${String(x.code)}: ${x.message}`);

test('server: chapters of a manifest share definitions; an edit in chapter 1 updates chapter 2', async () => {
  const dir = makeTempDir('ir-multifile-');
  dirs.push(dir);
  writeFileSync(join(dir, 'review.report.yaml'), 'files: [01-summary.md, 02-findings.md]\n');
  const one = '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nThe Independent Reviewing Officer (IRO) met 14 children.\n';
  const two = '## Findings\n\nThe IRO chaired every review.\n';
  writeFileSync(join(dir, '01-summary.md'), one);
  writeFileSync(join(dir, '02-findings.md'), two);
  const client = await start(dir);
  const uri1 = fileUri(join(dir, '01-summary.md'));
  const uri2 = fileUri(join(dir, '02-findings.md'));
  await client.open(uri1, one);
  await client.open(uri2, two);
  const before = await client.waitForDiagnostics(uri2, (_d, p) => p.version === 1);
  assert.ok(!codes(before).some((c) => c.startsWith('undefined-acronym')), `IRO is defined in chapter 1: ${codes(before)}`);
  // Chapter 1 no longer mentions the IRO: chapter 2's IRO is now the first use, undefined.
  const at = one.indexOf('The Independent');
  const lines = one.slice(0, at).split('\n').length - 1;
  await client.change(uri1, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 'The Independent Reviewing Officer (IRO)'.length } }, text: 'Inspectors' }]);
  const afterEdit = await client.waitForDiagnostics(uri2, (d) => codes(d).some((c) => c.startsWith('undefined-acronym')));
  assert.ok(codes(afterEdit).some((c) => /IRO/.test(c)));
});

test('server: a Welsh version beside the English one is compared; an edit in one updates the other', async () => {
  const dir = makeTempDir('ir-bilingual-');
  dirs.push(dir);
  const pairs = join(import.meta.dirname, 'pairs');
  const en = readFileSync(join(pairs, 'national-overview.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n');
  const cy = readFileSync(join(pairs, 'national-overview.cy.md'), 'utf8').replace('---\n', '---\ntemplate: generic\n');
  writeFileSync(join(dir, 'overview.md'), en);
  writeFileSync(join(dir, 'overview.cy.md'), cy);
  const client = await start(dir);
  const enUri = fileUri(join(dir, 'overview.md'));
  const cyUri = fileUri(join(dir, 'overview.cy.md'));
  await client.open(enUri, en);
  await client.open(cyUri, cy);
  const clean = await client.waitForDiagnostics(enUri, (_d, p) => p.version === 1);
  // "Open the other version beside" lands on the corresponding section.
  const enLines = en.split('\n');
  const cyLines = cy.split('\n');
  const counterpart = await client.connection.sendRequest(CounterpartRequest, { uri: enUri, line: enLines.indexOf('## Some of our key findings') + 2 });
  assert.deepEqual(counterpart, { uri: cyUri, line: cyLines.indexOf('## Rhai o’n canfyddiadau allweddol') });
  assert.deepEqual(codes(clean).filter((c) => c.startsWith('translation-parity')), []);
  // The Welsh version's year changes (unsaved): the English version is told.
  const line = cy.split('\n').findIndex((l) => l.includes('(Cymru) 2014'));
  const col = cy.split('\n')[line].indexOf('2014');
  await client.change(cyUri, [{ range: { start: { line, character: col }, end: { line, character: col + 4 } }, text: '2016' }]);
  const stale = await client.waitForDiagnostics(enUri, (d) => codes(d).some((c) => c.startsWith('translation-parity')));
  const finding = stale.find((d) => d.code === 'translation-parity')!;
  assert.match(String(finding.message), /"2014" in "Background" is not in the same place in the Welsh version/);
  assert.equal(finding.relatedInformation?.[0]?.location.uri, cyUri);
});

/** A three-file report: IRO defined in chapter 1, used in 1 and 2; footnote 1 cited in 2, defined in the evidence file. */
const REPORT = {
  '01-summary.md': '---\ntemplate: generic\n---\n\n# Review\n\n## Summary\n\nThe Independent Reviewing Officer (IRO) met 14 children. The IRO listened.\n',
  '02-findings.md': '## Findings\n\nThe IRO chaired every review.[^1]\n\nEach IRO report was on file.[^1]\n',
  '03-evidence.md': '## Recommendations\n\nNone.\n\n[^1]: Case files read by inspectors, March 2025.\n',
} as const;
type Name = keyof typeof REPORT;

/** Position of the `n`th (0-based) occurrence of `needle` in a file of REPORT, `plus` characters into it. */
function positionOf(name: Name, needle: string, n = 0, plus = 1): Position {
  const text = REPORT[name];
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} #${n} in ${name}`);
  const before = text.slice(0, at + plus).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function startReport(open: Name[]): Promise<{ client: TestClient; uri: (name: Name) => string }> {
  const dir = makeTempDir('ir-multifile-nav-');
  dirs.push(dir);
  writeFileSync(join(dir, 'review.report.yaml'), `files: [${Object.keys(REPORT).join(', ')}]\n`);
  for (const [name, text] of Object.entries(REPORT)) writeFileSync(join(dir, name), text);
  const client = await start(dir);
  const uri = (name: Name) => fileUri(join(dir, name));
  for (const name of open) await client.open(uri(name), REPORT[name]);
  return { client, uri };
}

/** "01-summary.md:9:4" for each location, so that failures read plainly. */
const places = (locations: Location[] | null, uri: (name: Name) => string) =>
  (locations ?? []).map((l) => `${(Object.keys(REPORT) as Name[]).find((n) => uri(n) === l.uri) ?? l.uri}:${l.range.start.line}:${l.range.start.character}`);

test('server: go to definition and references cross the files of a multi-file report, in file order', async () => {
  // Chapter 2 is the only file open: the others are read from the disk.
  const { client, uri } = await startReport(['02-findings.md']);
  const two = uri('02-findings.md');
  const ask = <T>(type: typeof DefinitionRequest.type | typeof ReferencesRequest.type, position: Position, includeDeclaration = true) =>
    client.connection.sendRequest(type as typeof ReferencesRequest.type, { textDocument: { uri: two }, position, context: { includeDeclaration } }) as Promise<T>;

  const definition = await ask<Location>(DefinitionRequest.type, positionOf('02-findings.md', 'IRO'));
  assert.equal(definition.uri, uri('01-summary.md'), 'IRO is defined in chapter 1');
  const defStart = positionOf('01-summary.md', 'The Independent', 0, 0);
  assert.equal(definition.range.start.line, defStart.line);

  const summary = '01-summary.md';
  const iro = (name: Name, n: number) => { const p = positionOf(name, 'IRO', n, 0); return `${name}:${p.line}:${p.character}`; };
  const all = await ask<Location[]>(ReferencesRequest.type, positionOf('02-findings.md', 'IRO', 1));
  assert.deepEqual(places(all, uri), [iro(summary, 0), iro(summary, 1), iro('02-findings.md', 0), iro('02-findings.md', 1)]);
  const uses = await ask<Location[]>(ReferencesRequest.type, positionOf('02-findings.md', 'IRO', 1), false);
  assert.deepEqual(places(uses, uri), [iro(summary, 1), iro('02-findings.md', 0), iro('02-findings.md', 1)]);

  // A footnote cited in chapter 2 is defined in the evidence file.
  const note = await ask<Location>(DefinitionRequest.type, positionOf('02-findings.md', '[^1]', 0, 2));
  assert.equal(note.uri, uri('03-evidence.md'));
  assert.equal(note.range.start.line, positionOf('03-evidence.md', '[^1]:', 0, 0).line);
  const citations = await ask<Location[]>(ReferencesRequest.type, positionOf('02-findings.md', '[^1]', 1, 2), false);
  const cite = (n: number) => { const p = positionOf('02-findings.md', '[^1]', n, 0); return `02-findings.md:${p.line}:${p.character}`; };
  assert.deepEqual(places(citations, uri), [cite(0), cite(1)]);

  // The hover says where the definition is.
  const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: two }, position: positionOf('02-findings.md', 'IRO') })) as Hover;
  const text = (hover.contents as { value: string }).value;
  assert.match(text, /Independent Reviewing Officer/);
  assert.match(text, new RegExp(`Defined at line ${defStart.line + 1} of 01-summary\\.md`));
  assert.match(text, /Used 3 times/);
  assert.equal(hover.range?.start.line, positionOf('02-findings.md', 'IRO').line);
});

test('server: references from the evidence file find the citations in another chapter; a file alone keeps its own', async () => {
  const { client, uri } = await startReport(['03-evidence.md', '01-summary.md']);
  const three = uri('03-evidence.md');
  const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: three }, position: positionOf('03-evidence.md', '[^1]:', 0, 2), context: { includeDeclaration: true } })) as Location[];
  const at = (name: Name, needle: string, n: number) => { const p = positionOf(name, needle, n, 0); return `${name}:${p.line}:${p.character}`; };
  assert.deepEqual(places(refs, uri), [at('02-findings.md', '[^1]', 0), at('02-findings.md', '[^1]', 1), at('03-evidence.md', '[^1]:', 0)]);
  // Definition from chapter 1's own use stays in chapter 1.
  const own = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri('01-summary.md') }, position: positionOf('01-summary.md', 'IRO', 1) })) as Location;
  assert.equal(own.uri, uri('01-summary.md'));
});

test('server: the structure view of a chapter shows the whole report, each section pointing at its file', async () => {
  const { client, uri } = await startReport(['02-findings.md']);
  const structure = await client.connection.sendRequest(StructureRequest, { uri: uri('02-findings.md') });
  assert.equal(structure.isReport, true);
  assert.equal(structure.missingRequired, 0, 'Summary is in chapter 1: nothing required is missing');
  const rows = structure.nodes.map((n) => [n.title, n.state, n.uri ?? 'this file', n.range?.start.line]);
  assert.deepEqual(rows, [
    ['Summary', 'present', uri('01-summary.md'), positionOf('01-summary.md', '## Summary').line],
    ['Findings', 'present', 'this file', 0],
    ['Recommendations', 'present', uri('03-evidence.md'), 0],
  ]);
  // "Insert missing sections" in a chapter inserts nothing that another chapter has.
  assert.equal(await client.connection.sendRequest(InsertSectionsRequest, { uri: uri('02-findings.md') }), false);
});

test('server: the Acronyms and Evidence views of a chapter give the whole report\'s state and definitions, and the chapter\'s own uses', async () => {
  const { client, uri } = await startReport(['02-findings.md']);
  const two = uri('02-findings.md');
  const acronyms = await client.connection.sendRequest(AcronymsRequest, { uri: two });
  const iro = acronyms.acronyms.find((a) => a.acronym === 'IRO');
  assert.ok(iro, JSON.stringify(acronyms));
  assert.equal(iro.state, 'defined', 'defined in chapter 1, used after it');
  assert.equal(iro.expansion, 'Independent Reviewing Officer');
  assert.equal(iro.definedIn, uri('01-summary.md'));
  assert.equal(iro.definedAt?.start.line, positionOf('01-summary.md', 'The Independent', 0, 0).line);
  assert.deepEqual(iro.uses.map((u) => u.start), [positionOf('02-findings.md', 'IRO', 0, 0), positionOf('02-findings.md', 'IRO', 1, 0)], 'the chapter lists its own uses');

  const evidence = await client.connection.sendRequest(EvidenceRequest, { uri: two });
  assert.deepEqual(evidence.footnotes.map((f) => [f.label, f.state, f.definedIn, f.citations.length, f.text]), [['1', 'cited', uri('03-evidence.md'), 2, 'Case files read by inspectors, March 2025.']]);
  // Chapter 1 cites no footnote and chapter 3 does not use the IRO: each lists only its own.
  await client.open(uri('01-summary.md'), REPORT['01-summary.md']);
  assert.deepEqual((await client.connection.sendRequest(EvidenceRequest, { uri: uri('01-summary.md') })).footnotes, []);
  await client.open(uri('03-evidence.md'), REPORT['03-evidence.md']);
  const three = await client.connection.sendRequest(AcronymsRequest, { uri: uri('03-evidence.md') });
  assert.equal(three.acronyms.some((a) => a.acronym === 'IRO'), false);
  const notes = await client.connection.sendRequest(EvidenceRequest, { uri: uri('03-evidence.md') });
  assert.deepEqual(notes.footnotes.map((f) => [f.label, f.state, f.definedIn, f.citations.length]), [['1', 'cited', undefined, 0]]);
});
