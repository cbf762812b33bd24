// Layer 1 protocol tests: the built server (dist/server.js --stdio) driven over real JSON-RPC.
// Capabilities, diagnostics, code actions (quick fix, disable, fix all), symbols, folding,
// closing and unknown documents. Hostile documents: robustness.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer,
  fileUri,
  makeTempDir,
  rmTemp,
  editsFor,
  applyTextEdits,
  isCodeAction,
  messageOf,
  type TestClient,
} from './client';
import { CodeActionKind, TextDocumentSyncKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-protocol';

const DOC_BASE = '/docs/rules/required-section.md';

// 0-based lines: the title is line 4; the text ends with a newline, so its last line (23) is empty.
const MISSING_TWO = [
  '---', // 0
  'template: ciw-local-authority-children', // 1
  '---', // 2
  '', // 3
  '# Inspection of children’s services: Cwm Aran Council', // 4
  '', // 5
  '## Summary', // 6
  '', // 7
  'The inspection took place in February 2026.', // 8
  '', // 9
  '## About the inspection', // 10
  '', // 11
  'Inspectors read twenty case files.', // 12
  '', // 13
  '## Findings', // 14
  '', // 15
  '### Access', // 16
  '', // 17
  'The inspection looked at the first contact with the service.', // 18
  '', // 19
  '### Assessment', // 20
  '', // 21
  'The inspection looked at assessment and care planning.', // 22
  '',
].join('\n');
const TITLE = 'Inspection of children’s services: Cwm Aran Council';

let client: TestClient;
let dir: string;
let counter = 0;

/** A fresh file:// uri in the workspace folder for each test, so tests do not share documents. */
function newUri(name = 'draft'): string {
  return fileUri(join(dir, `${name}-${++counter}.md`));
}

const requiredSection = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'required-section');

async function openMissingTwo(): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = newUri();
  await client.open(uri, MISSING_TWO);
  const diagnostics = await client.waitForVersion(uri, (ds) => requiredSection(ds).length > 0);
  return { uri, diagnostics: requiredSection(diagnostics) };
}

before(async () => {
  dir = makeTempDir();
  client = await startServer({ folders: [dir] });
});

after(async () => {
  await client?.shutdown();
  rmTemp(dir);
});

test('initialize: advertises incremental sync, code action kinds, symbols, folding and commands', () => {
  const caps = client.initializeResult!.capabilities;
  const sync = caps.textDocumentSync;
  assert.equal(typeof sync, 'object');
  assert.equal((sync as { change: number }).change, TextDocumentSyncKind.Incremental);
  assert.equal((sync as { openClose: boolean }).openClose, true);
  const codeActionProvider = caps.codeActionProvider as { codeActionKinds?: string[] };
  assert.ok(codeActionProvider && typeof codeActionProvider === 'object', 'codeActionProvider is an options object');
  assert.ok(codeActionProvider.codeActionKinds?.includes(CodeActionKind.QuickFix));
  assert.ok(codeActionProvider.codeActionKinds?.includes(CodeActionKind.SourceFixAll));
  assert.ok(caps.documentSymbolProvider);
  assert.ok(caps.foldingRangeProvider);
  assert.ok(caps.executeCommandProvider?.commands.length);
  assert.equal(client.initializeResult!.serverInfo?.name, 'inspection-reports');
});

test('initialized: registers a watcher for the config files (client supports dynamic registration)', async () => {
  // The registration request arrives shortly after `initialized`; a request round trip orders it.
  await client.documentSymbols(newUri('nothing'));
  const registration = client.registrations.find((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles') as
    | { registerOptions: { watchers: { globPattern: string }[] } }
    | undefined;
  assert.ok(registration, 'workspace/didChangeWatchedFiles registered');
  assert.match(registration.registerOptions.watchers[0].globPattern, /\.inspection-reports\.\{?.*yaml/);
});

test('didOpen: a draft missing two required sections gets exactly two required-section diagnostics', async () => {
  const { diagnostics } = await openMissingTwo();
  assert.equal(diagnostics.length, 2);
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    [
      'Missing required section "Areas for development" (template ciw-local-authority-children): it belongs after "Findings".',
      'Missing required section "Next steps" (template ciw-local-authority-children): it belongs after "Findings".',
    ],
  );
  for (const d of diagnostics) {
    assert.equal(d.code, 'required-section');
    assert.equal(d.source, 'inspection-reports');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.ok(d.codeDescription?.href.endsWith(DOC_BASE), `codeDescription.href ${d.codeDescription?.href}`);
    assert.doesNotThrow(() => new URL(d.codeDescription!.href));
    // Where the sections belong: on the text of the heading they follow (line 14, after "## ").
    assert.deepEqual(d.range, { start: { line: 14, character: 3 }, end: { line: 14, character: 3 + 'Findings'.length } });
  }
});

test('codeAction: quick fix inserts the missing heading; applying it via didChange leaves one required-section', async () => {
  const { uri, diagnostics } = await openMissingTwo();
  const target = diagnostics.find((d) => messageOf(d).includes('Areas for development'))!;
  const actions = (await client.codeActions(uri, target.range, [target]))!;
  assert.ok(Array.isArray(actions));
  assert.ok(actions.every(isCodeAction), 'code action literals, not bare commands');
  const fix = (actions as CodeAction[]).find((a) => a.title === 'Insert section "Areas for development"');
  assert.ok(fix, `titles: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(fix.kind, CodeActionKind.QuickFix);
  assert.equal(fix.isPreferred, true);
  assert.deepEqual(fix.diagnostics?.map((d) => d.message), [target.message]);
  const edits = editsFor(fix.edit, uri);
  assert.equal(edits.length, 1);
  // The versioned document change names the version the fix was computed for.
  const change = fix.edit!.documentChanges!.find((c) => 'textDocument' in c) as { textDocument: { version: number } };
  assert.equal(change.textDocument.version, 1);
  // Inserted (not replacing anything) after the last template section present: the end of Findings.
  assert.deepEqual(edits[0].range.start, edits[0].range.end);
  assert.deepEqual(edits[0].range.start, { line: 23, character: 0 });
  assert.match(edits[0].newText, /^\n?## Areas for development\n\n\[\[[^\]\n]+\]\]\n$/);

  const expected = applyTextEdits(MISSING_TWO, edits);
  assert.ok(expected.startsWith(MISSING_TWO), 'text before the insertion is unchanged');
  const lines = expected.split('\n');
  const headingLine = lines.indexOf('## Areas for development');
  assert.ok(headingLine > 22, 'the heading comes after the Findings content');
  assert.equal(lines[headingLine - 1], '', 'a blank line before the heading');

  await client.applyWorkspaceEdit(uri, fix.edit!);
  assert.equal(client.text(uri), expected);
  const after = requiredSection(await client.waitForVersion(uri));
  assert.deepEqual(after.map((d) => d.message), ['Missing required section "Next steps" (template ciw-local-authority-children): it belongs after "Areas for development".']);
});

test('codeAction: a client that does not echo `data` still gets the quick fix (matched by range and message)', async () => {
  const { uri, diagnostics } = await openMissingTwo();
  const target = diagnostics.find((d) => messageOf(d).includes('Next steps'))!;
  const { data: _data, ...plain } = target;
  const actions = (await client.codeActions(uri, plain.range, [plain]))! as CodeAction[];
  assert.ok(actions.some((a) => a.title === 'Insert section "Next steps"'), actions.map((a) => a.title).join(' | '));
});

test('a document whose analysis was dropped (many opened since) still gets its quick fixes, and its edits are linted right', async () => {
  const { uri, diagnostics } = await openMissingTwo();
  // The server keeps the analysis of a few recently used documents only; these push this one out.
  for (let i = 0; i < 8; i++) await openMissingTwo();
  const target = diagnostics.find((d) => messageOf(d).includes('Next steps'))!;
  const actions = (await client.codeActions(uri, target.range, [target]))! as CodeAction[];
  const fix = actions.find((a) => a.title === 'Insert section "Next steps"');
  assert.ok(fix, actions.map((a) => a.title).join(' | '));
  const change = fix.edit!.documentChanges!.find((c) => 'textDocument' in c) as { textDocument: { version: number } };
  assert.equal(change.textDocument.version, 1);

  for (let i = 0; i < 8; i++) await openMissingTwo();
  await client.applyWorkspaceEdit(uri, fix.edit!);
  const after = requiredSection(await client.waitForVersion(uri));
  assert.deepEqual(after.map((d) => d.message), ['Missing required section "Areas for development" (template ciw-local-authority-children): it belongs before "Next steps".']);
});

test('codeAction: "Disable required-section for this line" exists and silences the finding', async () => {
  const { uri, diagnostics } = await openMissingTwo();
  const actions = (await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]))! as CodeAction[];
  const disable = actions.find((a) => a.title === 'Disable required-section for this line');
  assert.ok(disable, `titles: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(disable.kind, CodeActionKind.QuickFix);
  const edits = editsFor(disable.edit, uri);
  assert.equal(edits.length, 1);
  assert.match(edits[0].newText, /<!-- inspection-reports-disable-(next-)?line required-section -->/);
  // The other findings' actions also offer documentation, with the rule's doc URL.
  const docs = actions.find((a) => a.title === 'Show documentation for required-section');
  assert.ok(docs?.command);
  assert.ok(String(docs.command.arguments?.[1]).endsWith(DOC_BASE));

  await client.applyWorkspaceEdit(uri, disable.edit!);
  // Both findings sit on the same heading line, so the line comment suppresses both.
  const after = await client.waitForVersion(uri);
  assert.deepEqual(requiredSection(after), []);
});

test('codeAction: only=[source.fixAll] returns one fix-all action that inserts both sections in template order', async () => {
  const { uri } = await openMissingTwo();
  const actions = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [CodeActionKind.SourceFixAll]))! as CodeAction[];
  assert.equal(actions.length, 1, `titles: ${actions.map((a) => a.title).join(' | ')}`);
  const [fixAll] = actions;
  assert.equal(fixAll.kind, CodeActionKind.SourceFixAll);
  // One edit spanning what changed: "fix all" applies fixes until none is left, as --fix does.
  const edits = editsFor(fixAll.edit, uri);
  assert.equal(edits.length, 1);
  const expected = applyTextEdits(MISSING_TWO, edits);
  const lines = expected.split('\n');
  const areas = lines.indexOf('## Areas for development');
  const next = lines.indexOf('## Next steps');
  assert.ok(areas > 22 && next > areas, `Areas at ${areas}, Next steps at ${next}`);

  await client.applyWorkspaceEdit(uri, fixAll.edit!);
  assert.equal(client.text(uri), expected);
  const after = await client.waitForVersion(uri);
  assert.deepEqual(requiredSection(after), []);
  // The inserted sections are unfinished: each is reported as empty, and its [[guidance]] is a
  // placeholder error until it is written (fix-all never leaves the gate green); nothing else is new.
  assert.deepEqual(after.map((d) => d.code).sort(), ['empty-section', 'empty-section', 'placeholder', 'placeholder']);

  // Nothing left that fix-all could fix (it does not keep offering the same insertions).
  const again = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [CodeActionKind.SourceFixAll]))!;
  assert.deepEqual(again, []);
});

test('codeAction: only=[quickfix] leaves fix-all out; foreign diagnostics get no actions', async () => {
  const { uri, diagnostics } = await openMissingTwo();
  const quick = (await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]], [CodeActionKind.QuickFix]))! as CodeAction[];
  assert.ok(quick.length > 0);
  assert.ok(quick.every((a) => a.kind === CodeActionKind.QuickFix));
  const foreign: Diagnostic = { ...diagnostics[0], source: 'markdownlint', code: 'MD001' };
  const none = (await client.codeActions(uri, diagnostics[0].range, [foreign], [CodeActionKind.QuickFix]))!;
  assert.deepEqual(none, []);
});

test('executeCommand applyDisable: the server asks the client to apply the disable edit', async () => {
  const { uri } = await openMissingTwo();
  const commands = client.initializeResult!.capabilities.executeCommandProvider!.commands;
  const before = client.applyEditRequests.length;
  await client.executeCommand(commands[0], [uri, 'required-section', 4, 'agreed with the lead inspector']);
  const request = client.applyEditRequests[before];
  assert.ok(request, 'workspace/applyEdit was requested before the command returned');
  const edits = editsFor(request.edit, uri);
  assert.equal(edits.length, 1);
  assert.match(edits[0].newText, /inspection-reports-disable-(next-)?line required-section -- agreed with the lead inspector/);
  assert.equal(edits[0].range.start.line, 4);
});

test('documentSymbol: the nested section tree with names, ranges and selection ranges', async () => {
  const { uri } = await openMissingTwo();
  const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
  const shape = (s: DocumentSymbol): unknown => ({
    name: s.name,
    range: [s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character],
    selection: [s.selectionRange.start.line, s.selectionRange.start.character, s.selectionRange.end.line, s.selectionRange.end.character],
    children: (s.children ?? []).map(shape),
  });
  const endOf22 = 'The inspection looked at assessment and care planning.'.length;
  assert.deepEqual(symbols.map(shape), [
    {
      name: TITLE,
      range: [4, 0, 22, endOf22],
      selection: [4, 2, 4, 2 + TITLE.length],
      children: [
        { name: 'Summary', range: [6, 0, 8, 'The inspection took place in February 2026.'.length], selection: [6, 3, 6, 10], children: [] },
        { name: 'About the inspection', range: [10, 0, 12, 'Inspectors read twenty case files.'.length], selection: [10, 3, 10, 23], children: [] },
        {
          name: 'Findings',
          range: [14, 0, 22, endOf22],
          selection: [14, 3, 14, 11],
          children: [
            { name: 'Access', range: [16, 0, 18, 'The inspection looked at the first contact with the service.'.length], selection: [16, 4, 16, 10], children: [] },
            { name: 'Assessment', range: [20, 0, 22, endOf22], selection: [20, 4, 20, 14], children: [] },
          ],
        },
      ],
    },
  ]);
  // Every selection range lies inside its range (LSP requires it; clients reject the tree otherwise).
  const inside = (s: DocumentSymbol): void => {
    const r = s.range;
    const sel = s.selectionRange;
    const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(le(r.start, sel.start) && le(sel.end, r.end), `${s.name}: selection inside range`);
    (s.children ?? []).forEach(inside);
  };
  symbols.forEach(inside);
});

test('foldingRange: one region per section, from its heading to its last non-blank line', async () => {
  const { uri } = await openMissingTwo();
  const ranges = (await client.foldingRanges(uri))!;
  const pairs = ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  assert.deepEqual(pairs, [
    [4, 22],
    [6, 8],
    [10, 12],
    [14, 22],
    [16, 18],
    [20, 22],
  ]);
});

test('didClose: clears the document\'s diagnostics', async () => {
  const { uri } = await openMissingTwo();
  await client.close(uri);
  const cleared = await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
  assert.deepEqual(cleared, []);
  // And the closed document is unknown again: empty results.
  assert.deepEqual(await client.documentSymbols(uri), []);
});

test('requests about documents never opened return empty results, not errors', async () => {
  const uri = newUri('never-opened');
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  assert.deepEqual(await client.codeActions(uri, range, []), []);
  assert.deepEqual(await client.documentSymbols(uri), []);
  assert.deepEqual(await client.foldingRanges(uri), []);
  // Also for non-file schemes.
  assert.deepEqual(await client.documentSymbols('untitled:Untitled-1'), []);
});

test('a Markdown file that is not a report (no template, no reports glob) gets an empty diagnostics list', async () => {
  const uri = newUri('notes');
  await client.open(uri, '# Notes\n\n## Things\n\n## Things\n');
  const diagnostics = await client.waitForVersion(uri);
  assert.deepEqual(diagnostics, []);
});

test('an untitled (non-file) report is linted too', async () => {
  const uri = 'untitled:Untitled-7';
  await client.open(uri, MISSING_TWO);
  const diagnostics = await client.waitForVersion(uri, (ds) => ds.length > 0);
  assert.equal(requiredSection(diagnostics).length, 2);
  await client.close(uri);
});

test('a document opened twice, then changed with a full-text change, is re-linted from the new text', async () => {
  const uri = newUri();
  await client.open(uri, '# Empty\n');
  await client.waitForVersion(uri);
  // A full-document change (no range) is legal even with incremental sync.
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: MISSING_TWO }] });
  const diagnostics = await client.waitForDiagnostics(uri, (_, p) => p.version === 2);
  assert.equal(requiredSection(diagnostics).length, 2);
});

test('the server exits cleanly on shutdown + exit', async () => {
  const other = await startServer({ folders: [dir] });
  try {
    await other.request(other.connection.sendRequest('shutdown'), 'shutdown');
    await other.connection.sendNotification('exit');
    assert.equal(await other.waitForExit(), 0);
  } finally {
    await other.shutdown();
  }
});
