// Workspace configuration over the protocol: errors in .inspection-reports.yaml become
// diagnostics on the config file (with the right line), drafts still get the defaults, changes
// on disk re-lint after workspace/didChangeWatchedFiles, `reports:` globs decide which Markdown
// files are reports, and the editor setting `inspectionReports.enable` switches linting off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync, unlinkSync } from 'node:fs';
import { FileChangeType, DiagnosticSeverity, DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, fileUri, makeTempDir, rmTemp, messageOf, type TestClient } from './client';
import { MISSING_TWO } from '../drafts';


/** The same draft with no front matter: a report only if a `reports:` glob says so. */
const NO_FRONT_MATTER = MISSING_TWO.slice(MISSING_TWO.indexOf('# Inspection'));

let client: TestClient;
let root: string;

before(async () => {
  root = makeTempDir('ir-config-');
  for (const name of ['errors', 'syntax', 'json', 'globs', 'deleted']) mkdirSync(join(root, name));
  client = await startServer({ folders: ['errors', 'syntax', 'json', 'globs', 'deleted'].map((n) => join(root, n)) });
});

after(async () => {
  await client?.shutdown();
  rmTemp(root);
});

const requiredSection = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'required-section');
const lineAndMessage = (ds: Diagnostic[]) => ds.map((d) => [d.range.start.line, d.message]).sort((a, b) => Number(a[0]) - Number(b[0]));

async function watchedFileChanged(path: string, type: FileChangeType = FileChangeType.Changed): Promise<void> {
  await client.didChangeWatchedFiles([{ uri: fileUri(path), type }]);
}

test('bad severity and unknown rule: diagnostics on the config file, defaults for the draft; fixing it on disk re-lints', async () => {
  const folder = join(root, 'errors');
  const configPath = join(folder, '.inspection-reports.yaml');
  const configUri = fileUri(configPath);
  writeFileSync(configPath, '# Team settings\nrules:\n  required-section: loud\n  no-such-rule: error\n');
  const draft = fileUri(join(folder, 'draft.md'));
  await client.open(draft, MISSING_TWO);

  const configDiagnostics = await client.waitForDiagnostics(configUri, (ds) => ds.length > 0);
  assert.equal(configDiagnostics.length, 2, JSON.stringify(configDiagnostics));
  for (const d of configDiagnostics) {
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.source, 'inspection-reports');
  }
  const [severity, unknown] = [...configDiagnostics].sort((a, b) => a.range.start.line - b.range.start.line);
  // Line 2 (0-based): the bad value `loud`, exactly.
  assert.deepEqual(severity.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 24 } });
  assert.match(messageOf(severity), /required-section.*must be one of/);
  // Line 3: the unknown rule's key.
  assert.deepEqual(unknown.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 14 } });
  assert.match(messageOf(unknown), /Unknown rule `no-such-rule`/);

  // The draft still gets the default diagnostics: the bad severity falls back to `error`.
  const draftDiagnostics = requiredSection(await client.waitForVersion(draft, (ds) => ds.length > 0));
  assert.equal(draftDiagnostics.length, 2);
  assert.ok(draftDiagnostics.every((d) => d.severity === DiagnosticSeverity.Error));

  // Fix the config on disk; the watcher notification re-lints without a restart.
  writeFileSync(configPath, 'rules:\n  required-section: warning\n');
  await watchedFileChanged(configPath);
  const relinted = await client.waitForDiagnostics(draft, (ds) => requiredSection(ds).length === 2 && requiredSection(ds).every((d) => d.severity === DiagnosticSeverity.Warning));
  assert.equal(requiredSection(relinted).length, 2);
  // ... and the config's own diagnostics are cleared.
  assert.deepEqual(await client.waitForDiagnostics(configUri, (ds) => ds.length === 0), []);

  // Switch the rule off: the draft's required-section findings go away.
  writeFileSync(configPath, 'rules:\n  required-section: "off"\n');
  await watchedFileChanged(configPath);
  await client.waitForDiagnostics(draft, (ds) => requiredSection(ds).length === 0);
  await client.close(draft);
});

test('a YAML syntax error: a diagnostic on its line, and the draft gets the defaults', async () => {
  const folder = join(root, 'syntax');
  const configPath = join(folder, '.inspection-reports.yaml');
  const configUri = fileUri(configPath);
  // A tab used for indentation on line 2 (0-based).
  writeFileSync(configPath, 'rules:\n  empty-section: "off"\n\trequired-section: warning\n');
  const draft = fileUri(join(folder, 'draft.md'));
  await client.open(draft, MISSING_TWO);
  const configDiagnostics = await client.waitForDiagnostics(configUri, (ds) => ds.length > 0);
  assert.equal(configDiagnostics.length, 1);
  assert.match(messageOf(configDiagnostics[0]), /^YAML syntax error/);
  assert.equal(configDiagnostics[0].range.start.line, 2);
  const draftDiagnostics = requiredSection(await client.waitForVersion(draft, (ds) => ds.length > 0));
  assert.equal(draftDiagnostics.length, 2);
  assert.ok(draftDiagnostics.every((d) => d.severity === DiagnosticSeverity.Error), 'defaults, not the broken file\'s settings');

  // Replace it with another broken config: the diagnostics move to the new error's line.
  writeFileSync(configPath, '# comment\n# comment\nrules:\n  required-section: warning\n  required-section: error\n');
  await watchedFileChanged(configPath);
  const moved = await client.waitForDiagnostics(configUri, (ds) => ds.length > 0 && ds[0].range.start.line !== 2);
  assert.deepEqual(lineAndMessage(moved).map(([line]) => line), [4]);
  await client.close(draft);
});

test('an unclosed flow sequence is reported on the line that opens it, not past the end of the file', async () => {
  const folder = join(root, 'syntax');
  const configPath = join(folder, '.inspection-reports.yaml');
  const configUri = fileUri(configPath);
  // `[off` on line 3 (0-based) is never closed; the file ends with a newline, so line 4 is empty.
  writeFileSync(configPath, 'reports:\n  - "*.md"\nrules:\n  empty-section: [off\n');
  const draft = fileUri(join(folder, 'draft-unclosed.md'));
  await watchedFileChanged(configPath);
  await client.open(draft, MISSING_TWO);
  const diagnostics = await client.waitForDiagnostics(configUri, (ds) => ds.some((d) => /syntax error/.test(messageOf(d)) && /Flow sequence|\]/.test(messageOf(d))));
  const error = diagnostics.find((d) => /Flow sequence|\]/.test(messageOf(d)))!;
  // Same convention as front matter in drafts (frontmatter.ts): an error found at the end of the
  // YAML belongs to its last line. Today the range is 4:0-4:0, an empty line after the text.
  assert.equal(error.range.start.line, 3, `range ${JSON.stringify(error.range)}`);
  await client.close(draft);
});

test('a JSON config with a syntax error: a diagnostic on its line', async () => {
  const folder = join(root, 'json');
  const configPath = join(folder, '.inspection-reports.json');
  writeFileSync(configPath, '{\n  "rules": {\n    "required-section": "warning",,\n  }\n}\n');
  const draft = fileUri(join(folder, 'draft.md'));
  await client.open(draft, MISSING_TWO);
  const diagnostics = await client.waitForDiagnostics(fileUri(configPath), (ds) => ds.length > 0);
  assert.match(messageOf(diagnostics[0]), /^JSON syntax error/);
  assert.equal(diagnostics[0].range.start.line, 2);
  assert.equal(requiredSection(await client.waitForVersion(draft, (ds) => ds.length > 0)).length, 2);
  await client.close(draft);
});

test('`reports:` globs decide which Markdown files are reports; `template:` gives their template', async () => {
  const folder = join(root, 'globs');
  mkdirSync(join(folder, 'drafts', 'children'), { recursive: true });
  writeFileSync(join(folder, '.inspection-reports.yaml'), 'reports:\n  - "drafts/**/*.md"\ntemplate: ciw-local-authority-children\n');
  const report = fileUri(join(folder, 'drafts', 'children', 'cwm-aran.md'));
  const notes = fileUri(join(folder, 'notes.md'));
  await client.open(report, NO_FRONT_MATTER);
  await client.open(notes, NO_FRONT_MATTER);
  const reportDiagnostics = requiredSection(await client.waitForVersion(report, (ds) => ds.length > 0));
  assert.deepEqual(reportDiagnostics.map((d) => d.message), [
    'Missing required section "Areas for development" (template ciw-local-authority-children): it belongs after "Findings".',
    'Missing required section "Next steps" (template ciw-local-authority-children): it belongs after "Findings".',
  ]);
  // On the "Findings" heading they belong after: line 10 with no front matter.
  assert.ok(reportDiagnostics.every((d) => d.range.start.line === NO_FRONT_MATTER.split('\n').indexOf('## Findings')));
  assert.deepEqual(await client.waitForVersion(notes), [], 'notes.md matches no glob: not a report');
  // No config diagnostics for a valid config.
  assert.equal(client.diagnostics.get(fileUri(join(folder, '.inspection-reports.yaml')))?.diagnostics.length ?? 0, 0);
  await client.close(report);
  await client.close(notes);
});

test('deleting a config file with errors clears its diagnostics', async () => {
  const folder = join(root, 'deleted');
  const configPath = join(folder, '.inspection-reports.yaml');
  const configUri = fileUri(configPath);
  writeFileSync(configPath, 'rules:\n  no-such-rule: error\n');
  const draft = fileUri(join(folder, 'draft.md'));
  await client.open(draft, MISSING_TWO);
  await client.waitForDiagnostics(configUri, (ds) => ds.length === 1);
  unlinkSync(configPath);
  const mark = client.published.length;
  await watchedFileChanged(configPath, FileChangeType.Deleted);
  // The draft is re-linted with the defaults...
  await client.waitForDiagnostics(draft, (_, p) => client.published.indexOf(p) >= mark);
  // ...and the deleted file must not keep showing its errors in the Problems panel. (The server
  // resolves configs before it publishes a draft's diagnostics, so a clearing publication would
  // normally have arrived already; the short bound only allows for a different order.)
  const left = await client.waitForDiagnostics(configUri, (ds) => ds.length === 0, 1_000).catch((e: Error) => e);
  assert.ok(Array.isArray(left), `stale diagnostics on the deleted config: ${left instanceof Error ? left.message : ''}`);
  await client.close(draft);
});

test('inspectionReports.enable = false publishes no diagnostics; turning it on re-lints', async () => {
  let enable = false;
  const folder = makeTempDir('ir-settings-');
  const other = await startServer({ folders: [folder], settings: () => ({ enable }) });
  try {
    const draft = fileUri(join(folder, 'draft.md'));
    await other.open(draft, MISSING_TWO);
    assert.deepEqual(await other.waitForDiagnostics(draft), []);
    enable = true;
    await other.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const diagnostics = await other.waitForDiagnostics(draft, (ds) => ds.length > 0);
    assert.equal(requiredSection(diagnostics).length, 2);
  } finally {
    await other.shutdown();
    rmTemp(folder);
  }
});
