// Positions are UTF-16 code units (the LSP default), both ways: in the diagnostics the server
// sends and in the incremental changes it receives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, fileUri, makeTempDir, rmTemp, type TestClient } from './client';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';

let client: TestClient;
let dir: string;

before(async () => {
  dir = makeTempDir('ir-positions-');
  client = await startServer({ folders: [dir] });
});

after(async () => {
  await client?.shutdown();
  rmTemp(dir);
});

/** Code units of `s` in UTF-16 (what LSP counts), spelled out rather than trusting .length. */
function utf16(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return n;
}

test('a finding after Welsh diacritics, curly quotes and an emoji on the same line has UTF-16 columns', async () => {
  // A flow-style front matter mapping puts the template value mid-line, after multi-byte text.
  const prefix = '{title: "Tŷ Hafan ŵ “drafft” 😀", template: ';
  const value = 'ciw-regulated-servce';
  const uri = fileUri(join(dir, 'flow.md'));
  await client.open(uri, `---\n${prefix}${value}}\n---\n\n# Tŷ Hafan\n\n## Summary\n\nText.\n`);
  const diagnostics = await client.waitForVersion(uri, (ds) => ds.some((d) => d.code === 'unknown-template'));
  const finding = diagnostics.find((d) => d.code === 'unknown-template')!;
  // UTF-16: ŷ ŵ “ ” are one unit each, 😀 two. (UTF-8 bytes would give 52, code points 43.)
  assert.equal(utf16(prefix), 44);
  assert.deepEqual(finding.range, { start: { line: 1, character: 44 }, end: { line: 1, character: 44 + value.length } });
  // Its quick fix replaces exactly the value, at the same UTF-16 columns.
  const actions = (await client.codeActions(uri, finding.range, [finding]))!;
  const use = actions.find((a) => a.title === 'Use template "ciw-regulated-service"') as { edit?: { documentChanges?: { edits: { range: unknown; newText: string }[] }[] } };
  assert.ok(use?.edit, 'a "Use template" fix');
  assert.deepEqual(use.edit.documentChanges![0].edits[0], { range: finding.range, newText: 'ciw-regulated-service' });
});

test('duplicate and empty headings with emoji and Welsh letters: heading text ranges in UTF-16', async () => {
  const heading = 'Ŵyn ŷd “dyfyniad” 😀 nodiadau';
  const llesiant = 'Llesiant 😀';
  const text = [
    '---', // 0
    'template: generic', // 1
    '---', // 2
    '', // 3
    '# Adroddiad', // 4
    '', // 5
    '## Summary', // 6
    '', // 7
    'Text.', // 8
    '', // 9
    `## ${heading}`, // 10
    '', // 11
    'Text.', // 12
    '', // 13
    `## ${heading}`, // 14
    '', // 15
    'More text.', // 16
    '', // 17
    '## Findings', // 18
    '', // 19
    'Text.', // 20
    '', // 21
    `## ${llesiant}`, // 22
    '',
  ].join('\n');
  const uri = fileUri(join(dir, 'headings.md'));
  await client.open(uri, text);
  const diagnostics = await client.waitForVersion(uri, (ds) => ds.length >= 2);
  const duplicate = diagnostics.find((d) => d.code === 'duplicate-section');
  const empty = diagnostics.find((d) => d.code === 'empty-section');
  assert.ok(duplicate && empty, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.equal(utf16(heading), 29);
  assert.deepEqual(duplicate.range, { start: { line: 14, character: 3 }, end: { line: 14, character: 3 + 29 } });
  assert.deepEqual(duplicate.relatedInformation?.map((r) => [r.location.uri, r.location.range]), [[uri, { start: { line: 10, character: 3 }, end: { line: 10, character: 32 } }]]);
  assert.equal(utf16(llesiant), 11);
  assert.deepEqual(empty.range, { start: { line: 22, character: 3 }, end: { line: 22, character: 14 } });

  // The outline's selection ranges use the same columns.
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  const children = symbols[0].children!;
  assert.deepEqual(children.map((s) => s.name), ['Summary', heading, heading, 'Findings', llesiant]);
  assert.deepEqual(children[4].selectionRange, { start: { line: 22, character: 3 }, end: { line: 22, character: 14 } });
});

/** Diagnostics without what legitimately differs between two documents (uri, version data). */
function comparable(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map((d) => ({
    range: d.range,
    severity: d.severity,
    code: d.code,
    source: d.source,
    message: d.message,
    related: d.relatedInformation?.map((r) => ({ range: r.location.range, message: r.message })),
  }));
}

test('several incremental didChange events give the same diagnostics as a fresh didOpen of the final text', async () => {
  const start = [
    '---', // 0
    'template: ciw-local-authority-children', // 1
    '---', // 2
    '', // 3
    '# Arolygiad 😀 “Cwm Aran”', // 4
    '', // 5
    '## Summary', // 6
    '', // 7
    'Tŷ 😀 ŵ: the inspection took place in March.', // 8
    '', // 9
    '## About the inspection', // 10
    '', // 11
    'Inspectors read case files.', // 12
    '', // 13
    '## Findings', // 14
    '', // 15
    'Text.', // 16
    '',
  ].join('\n');
  const uri = fileUri(join(dir, 'incremental.md'));
  await client.open(uri, start);
  await client.waitForVersion(uri);

  const at = (line: number, character: number) => ({ line, character });
  // 1. Insert after the emoji on line 8 (UTF-16 column 5: "Tŷ 😀" is 5 units).
  await client.change(uri, [{ range: { start: at(8, 5), end: at(8, 5) }, text: ' 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Cymru' }]);
  // 2. Delete "About the inspection" with its content, across lines 10-13.
  await client.change(uri, [{ range: { start: at(10, 0), end: at(14, 0) }, text: '' }]);
  // 3. Two changes in one event (the second sees the first's result): rename the title after
  //    its emoji, then add a duplicate "Findings" section at the end.
  await client.change(uri, [
    { range: { start: at(4, 14), end: at(4, 24) }, text: '“Cwm Aran” ŷ' },
    { range: { start: at(13, 0), end: at(13, 0) }, text: '\n## Findings\n\nAgain 😀.\n' },
  ]);
  // 4. Type a heading character by character without waiting (a burst, as an editor sends it).
  const typed = '## Areas for development';
  const endLine = client.text(uri).split('\n').length - 1;
  await client.change(uri, [{ range: { start: at(endLine, 0), end: at(endLine, 0) }, text: '\n' }]);
  for (let i = 0; i < typed.length; i++) {
    await client.change(uri, [{ range: { start: at(endLine + 1, i), end: at(endLine + 1, i) }, text: typed[i] }]);
  }
  // 5. A replacement spanning a surrogate pair and a line break (the title line's end).
  await client.change(uri, [{ range: { start: at(4, 12), end: at(5, 0) }, text: '😀 Adroddiad\n' }]);

  const expected = [
    '---',
    'template: ciw-local-authority-children',
    '---',
    '',
    '# Arolygiad 😀 Adroddiad',
    '',
    '## Summary',
    '',
    'Tŷ 😀 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Cymru ŵ: the inspection took place in March.',
    '',
    '## Findings',
    '',
    'Text.',
    '',
    '## Findings',
    '',
    'Again 😀.',
    '',
    '## Areas for development',
  ].join('\n');
  assert.equal(client.text(uri), expected, 'the test applied its own edits as intended');

  const incremental = await client.waitForVersion(uri);
  const fresh = fileUri(join(dir, 'fresh.md'));
  await client.open(fresh, expected);
  const opened = await client.waitForVersion(fresh);
  assert.deepEqual(comparable(incremental), comparable(opened));
  // And the result is what this text should give: a duplicate Findings, an empty new section,
  // and the required sections still missing.
  assert.deepEqual(incremental.map((d) => d.code).sort(), ['duplicate-section', 'empty-section', 'required-section', 'required-section']);
  assert.deepEqual(await client.documentSymbols(uri), await client.documentSymbols(fresh));
});

test('a burst of changes publishes diagnostics for the latest version, never a stale one last', async () => {
  const uri = fileUri(join(dir, 'burst.md'));
  await client.open(uri, '---\ntemplate: generic\n---\n\n# R\n\n## Summary\n\nText.\n\n## Findings\n\nText.\n');
  await client.waitForVersion(uri);
  for (let i = 0; i < 30; i++) {
    await client.change(uri, [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: `\n## Notes ${i}\n` }]);
  }
  const latest = client.version(uri);
  const diagnostics = await client.waitForVersion(uri, (ds) => ds.length === 30);
  assert.ok(diagnostics.every((d) => d.code === 'empty-section'));
  // Nothing newer than the final version, and the last publication is for the final version.
  const forUri = client.published.filter((p) => p.uri === uri);
  assert.ok(forUri.every((p) => (p.version ?? 0) <= latest));
  assert.equal(forUri[forUri.length - 1].version, latest);
});
