// Bad input through the language server (dist/server.js --stdio), one test per input: the
// server answers, publishes diagnostics for the document's version within a sane bound (20 s;
// it only catches hangs), stays alive, and says what is wrong where the author needs it (on
// the config file for config problems). Times to diagnostics are logged in the TAP output.
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspServer, positionAt, delay, messageText } from '../property/lsp';
import { BILLION_LAUGHS_YAML, binaryBytes } from './cases';
import { BOUND_MS } from './harness';

const REPORT = '---\ntemplate: generic\n---\n# Inspection of Example Council\n\n## Summary\n\nInspectors found good practice.\n';
let root: string;

before(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'ir-server-badinput-')));
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A workspace folder with the given files; documents under it are reports (by glob) unless the config says otherwise. */
function workspace(name: string, files: Record<string, string> = { '.inspection-reports.yaml': 'reports: ["**/*.md"]\n' }): string {
  const dir = join(root, name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

/** Opens `text` in a fresh server and waits for its diagnostics; returns the server (still running) and the time taken. */
async function openAndWait(t: TestContext, name: string, dir: string, text: string, file = 'draft.md') {
  const server = await LspServer.start({ rootPath: dir });
  const uri = `file://${join(dir, file)}`;
  const started = Date.now();
  await server.send('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  try {
    await server.until(() => server.latest.get(uri)?.version === 1, BOUND_MS, `diagnostics for ${name}`);
  } catch (error) {
    await server.stop(2000);
    throw error;
  }
  const ms = Date.now() - started;
  t.diagnostic(`${name}: diagnostics after ${ms} ms (${text.length} chars)`);
  return { server, uri, ms, diagnostics: server.latest.get(uri)!.diagnostics };
}

async function stopCleanly(server: LspServer): Promise<void> {
  assert.ok(server.alive, `the server died: ${JSON.stringify(server.exit)}\n${server.stderr.slice(-2000)}`);
  const stopped = await server.stop();
  assert.ok(stopped.shutdownAnswered, 'shutdown is answered');
}

/** A request after the bad input still gets its answer: the server is responsive. */
async function stillResponsive(server: LspServer, uri: string): Promise<void> {
  const outcome = await server.request('textDocument/documentSymbol', { textDocument: { uri } }, { timeoutMs: BOUND_MS });
  assert.ok(outcome.ok, `documentSymbol failed: ${JSON.stringify(outcome)}`);
}

test('server: a document of binary bytes is linted, and the server stays up', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, uri } = await openAndWait(t, 'binary document', workspace('binary'), binaryBytes(100_000).toString('latin1'));
  await stillResponsive(server, uri);
  await stopCleanly(server);
});

test('server: NUL characters and lone surrogates in a document', { timeout: BOUND_MS * 3 }, async (t) => {
  const text = `# Title\0\n\n## Summary\n\nText\0 with \uD800 lone \uDC00 halves (CIW).\n`;
  const { server, uri } = await openAndWait(t, 'NUL and lone surrogates', workspace('nul'), text);
  await stillResponsive(server, uri);
  await stopCleanly(server);
});

test('server: a 10 MB single line is linted within the bound, and a keystroke after it too', { timeout: BOUND_MS * 4 }, async (t) => {
  const text = `# Title\n\n${'word '.repeat(2_000_000)}\n`;
  const { server, uri } = await openAndWait(t, '10 MB single line', workspace('long-line'), text);
  const started = Date.now();
  await server.send('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: positionAt(text, 4), end: positionAt(text, 4) }, text: 'x' }] });
  await server.until(() => server.latest.get(uri)?.version === 2, BOUND_MS, 'diagnostics after a keystroke');
  t.diagnostic(`10 MB single line: keystroke to diagnostics ${Date.now() - started} ms`);
  await stopCleanly(server);
});

test('server: a 1,000,000-line report is linted within the bound (rules may be skipped with a notice)', { timeout: BOUND_MS * 4 }, async (t) => {
  const chunk = `## Section\n\n${'A line of the report, with 9 of 14 cases (CIW).\n'.repeat(4)}\n`;
  const text = `# Title\n\n${chunk.repeat(Math.ceil(1_000_000 / 7))}`;
  const { server, uri, diagnostics } = await openAndWait(t, '1,000,000-line report', workspace('million'), text);
  const notice = diagnostics.find((d) => d.code === 'analysis-budget');
  if (notice) t.diagnostic(`1,000,000-line report: ${messageText(notice.message)}`);
  await stillResponsive(server, uri);
  await stopCleanly(server);
});

test('server: malformed front matter gives a front-matter diagnostic on its line', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, diagnostics } = await openAndWait(t, 'malformed front matter', workspace('front-matter'), '---\ntemplate: [cqc\n---\n# Title\n');
  const found = diagnostics.find((d) => d.code === 'front-matter');
  assert.ok(found, `no front-matter diagnostic: ${JSON.stringify(diagnostics)}`);
  assert.equal(found.range.start.line, 1);
  await stopCleanly(server);
});

test('server: huge front matter and billion laughs in front matter give clear diagnostics quickly', { timeout: BOUND_MS * 3 }, async (t) => {
  const dir = workspace('front-matter-big');
  const huge = `---\ntemplate: cqc\n${Array.from({ length: 3000 }, (_, i) => `key${i}: ${'x'.repeat(40)}`).join('\n')}\n---\n# Title\n`;
  const first = await openAndWait(t, 'huge front matter', dir, huge, 'huge.md');
  assert.ok(first.diagnostics.some((d) => d.code === 'front-matter' && /larger than 64 KiB/.test(messageText(d.message))));
  await stopCleanly(first.server);
  const second = await openAndWait(t, 'billion laughs front matter', dir, `---\n${BILLION_LAUGHS_YAML}---\n# T\n`, 'laughs.md');
  assert.ok(second.diagnostics.some((d) => d.code === 'front-matter' && /alias/i.test(messageText(d.message))));
  await stopCleanly(second.server);
});

/** Opens a report in a workspace whose config is `config`; returns the config file's diagnostics. */
async function configDiagnostics(t: TestContext, name: string, file: string, config: string) {
  const dir = workspace(name, { [file]: config });
  const { server, diagnostics } = await openAndWait(t, name, dir, REPORT);
  const configUri = `file://${join(dir, file)}`;
  await server.until(() => server.latest.has(configUri), BOUND_MS, `diagnostics on ${file}`).catch(() => undefined);
  return { server, document: diagnostics, config: server.latest.get(configUri)?.diagnostics ?? [] };
}

test('server: a config with a YAML syntax error: an error on the config file, with its line; documents still linted', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, config, document } = await configDiagnostics(t, 'config syntax error', '.inspection-reports.yaml', 'template: generic\nrules:\n  empty-section: [warning\n');
  assert.ok(config.some((d) => /YAML syntax error/.test(messageText(d.message)) && d.range.start.line === 2), `config diagnostics: ${JSON.stringify(config)}`);
  assert.ok(Array.isArray(document));
  await stopCleanly(server);
});

test('server: a config with wrong types, unknown rules and an unknown template: one error each on the config', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, config } = await configDiagnostics(t, 'config wrong types', '.inspection-reports.yaml', 'rules:\n  no-such-rule: error\n  empty-section: loud\nreports: x.md\ntemplate: cqd\n');
  for (const pattern of [/Unknown rule `no-such-rule`/, /`rules\.empty-section` must be one of/, /`reports` must be a list/, /Unknown template "cqd"/]) {
    assert.ok(config.some((d) => pattern.test(messageText(d.message))), `no config diagnostic matching ${pattern}: ${JSON.stringify(config.map((d) => messageText(d.message)))}`);
  }
  await stopCleanly(server);
});

test('server: YAML billion laughs in the config: an error on the config, quickly', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, config } = await configDiagnostics(t, 'config billion laughs', '.inspection-reports.yaml', `${BILLION_LAUGHS_YAML}reports: ["**/*.md"]\n`);
  assert.ok(config.some((d) => /alias|resource/i.test(messageText(d.message))), `config diagnostics: ${JSON.stringify(config.map((d) => messageText(d.message)))}`);
  await stopCleanly(server);
});

test('server: a JSON config nested 100,000 levels deep: an error on the config; documents still linted', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, config } = await configDiagnostics(t, 'config nested JSON', '.inspection-reports.json', `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  assert.ok(config.length > 0, 'the config error is shown on the config file');
  await stopCleanly(server);
});

test('server: glossaries that do not exist: an error on the config naming each', { timeout: BOUND_MS * 3 }, async (t) => {
  const { server, config } = await configDiagnostics(t, 'missing glossaries', '.inspection-reports.yaml', 'reports: ["**/*.md"]\nglossaries: [missing.yaml, terms/missing.tsv]\n');
  assert.ok(config.some((d) => /Glossary "missing\.yaml" cannot be read/.test(messageText(d.message))), `config diagnostics: ${JSON.stringify(config.map((d) => messageText(d.message)))}`);
  assert.ok(config.some((d) => /Glossary "terms\/missing\.tsv" cannot be read/.test(messageText(d.message))));
  await stopCleanly(server);
});

test('server: malformed protocol input (bad ranges, wrong types, unknown documents) is answered or ignored; the server stays up', { timeout: BOUND_MS * 3 }, async (t) => {
  const dir = workspace('bad-protocol');
  const { server, uri } = await openAndWait(t, 'bad protocol input', dir, REPORT);
  const bad = [
    { range: { start: { line: 999, character: 0 }, end: { line: 1000, character: 5 } }, text: 'beyond the end' },
    { range: { start: { line: 3, character: 50 }, end: { line: 1, character: 0 } }, text: 'reversed' },
    { range: { start: { line: -1, character: -5 }, end: { line: 0, character: 2 } }, text: 'negative' },
  ];
  let version = 1;
  for (const change of bad) await server.send('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
  await server.send('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 42 }] });
  await server.send('textDocument/didOpen', { textDocument: { uri: 'not a uri at all', languageId: 'markdown', version: 1, text: '# T\n' } });
  await server.send('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/no-text.md', languageId: 'markdown', version: 1 } });
  await server.send('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.md' } });
  const requests = [
    server.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -1 } }),
    server.request('textDocument/hover', { textDocument: { uri } }),
    server.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }),
    server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ range: null, message: 5, source: 'inspection-reports', code: 'required-section', data: { version: 'x', index: -1 } }] } }),
    server.request('textDocument/completion', { textDocument: { uri: 'file:///never/opened.md' }, position: { line: 0, character: 0 } }),
    server.request('textDocument/documentSymbol', {}),
    server.request('workspace/executeCommand', { command: 'inspection-reports.applyDisable', arguments: [uri, 'x', -7] }),
    server.request('workspace/executeCommand', { command: 'inspection-reports.applyDisable' }),
    server.request('inspectionReports/structure', null),
    server.request('inspectionReports/reviewSummary', { uri, format: 'pdf' }),
    server.request('no/suchMethod', { x: 1 }),
  ];
  const outcomes = await Promise.all(requests);
  t.diagnostic(`bad protocol input: ${outcomes.map((o) => (o.ok ? 'ok' : `error ${o.code}`)).join(', ')}`);
  for (const o of outcomes) if (!o.ok) assert.ok(Number.isInteger(o.code) && o.message, `unclean error ${JSON.stringify(o)}`);
  await delay(100);
  await stillResponsive(server, uri);
  await stopCleanly(server);
});

test('server: a garbage JSON-RPC message does not take the server down', { timeout: BOUND_MS * 3 }, async (t) => {
  const dir = workspace('garbage-rpc');
  const { server, uri } = await openAndWait(t, 'garbage JSON-RPC', dir, REPORT);
  const body = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"textDocument/didChange","params":'), binaryBytes(200), Buffer.from('}')]);
  server.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.child.stdin.write(body);
  await delay(200);
  await stillResponsive(server, uri);
  await stopCleanly(server);
});
