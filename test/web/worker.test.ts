// The web build: the language server bundled for a web worker (dist/browser-server.js, as
// vscode.dev and github.dev run it) is loaded into a worker in headless Chromium and spoken to
// with JSON-RPC over postMessage, as vscode-languageclient/browser does: initialize, didOpen of
// a draft missing two required sections, then its publishDiagnostics and a custom request.
//
// Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it the test is skipped with a
// message, except under CI, where it fails (CI installs it with scripts/install-editor-deps.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const repo = resolve(import.meta.dirname, '../..');
const bundle = join(repo, 'dist/browser-server.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WAIT_MS = 20_000;

const DRAFT = [
  '---',
  'template: ciw-local-authority-children',
  'title: Inspection of children’s services, Example County Council',
  '---',
  '',
  '# Summary',
  '',
  'Inspectors found that most children and families receive timely help from the local authority.',
  '',
  '## About the inspection',
  '',
  'Inspectors visited the local authority over four days in March 2024.',
  '',
  '## Findings',
  '',
  'Assessments were completed on time in 36 of the 40 case files inspectors read.',
  '',
].join('\n');
const URI = 'file:///drafts/missing-sections.md';

/** The page: a worker from the bundle, a log of what it posts, and a reply to any request it makes. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>worker test</title><script>
window.received = [];
window.workerErrors = [];
const worker = new Worker('/browser-server.js');
worker.onmessage = (event) => {
  const m = event.data;
  window.received.push(m);
  // Requests from the server (none expected with empty client capabilities) get a null result.
  if (m && m.method && m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
};
worker.onerror = (event) => window.workerErrors.push(String(event.message || event));
window.send = (message) => worker.postMessage(message);
</script>`;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/browser-server.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(bundle));
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

test('the web-worker server bundle lints a draft in headless Chromium', { timeout: 90_000 }, async (t) => {
  if (!existsSync(chromiumPath)) {
    const why = `Chromium not found at ${chromiumPath} (install it with scripts/install-editor-deps.sh)`;
    if (process.env.CI) assert.fail(why);
    t.skip(why);
    return;
  }
  assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` first`);
  // Nothing Node-only may be left in the worker bundle.
  const source = readFileSync(bundle, 'utf8');
  assert.doesNotMatch(source, /require\("(node:)?(fs|path|child_process|os|worker_threads|net)"\)/, 'the worker bundle requires a Node built-in');

  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'ir-web-chromium-'));
  const server = await serve();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { timeout: 30_000 });

    const send = (message: object) => page.evaluate(`window.send(${JSON.stringify({ jsonrpc: '2.0', ...message })})`);
    const received = () => page.evaluate('window.received') as Promise<{ id?: number; method?: string; params?: any; result?: any; error?: any }[]>;
    /** Waits (bounded) for a message from the worker matching a JS predicate over `m`. */
    const waitFor = async (what: string, predicate: string) => {
      try {
        await page.waitForFunction(`window.workerErrors.length > 0 || window.received.some((m) => ${predicate})`, undefined, { timeout: WAIT_MS, polling: 50 });
      } catch {
        const log = JSON.stringify(await received()).slice(0, 2000);
        assert.fail(`timed out after ${WAIT_MS} ms waiting for ${what}; worker errors: ${JSON.stringify(await page.evaluate('window.workerErrors'))}; page errors: ${JSON.stringify(pageErrors)}; received: ${log}`);
      }
      const errors = (await page.evaluate('window.workerErrors')) as string[];
      assert.deepEqual(errors, [], `the worker failed while waiting for ${what}`);
      const found = (await received()).filter((m) => new Function('m', `return ${predicate}`)(m));
      return found[found.length - 1];
    };

    await send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
    const init = await waitFor('the initialize response', 'm.id === 1');
    assert.equal(init.error, undefined, `initialize failed: ${JSON.stringify(init.error)}`);
    assert.equal(init.result.serverInfo?.name, 'inspection-reports');
    await send({ method: 'initialized', params: {} });
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } } });

    const published = await waitFor('publishDiagnostics for the draft', `m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(URI)}`);
    const diagnostics = published.params.diagnostics as { code: string; message: string; source: string }[];
    const required = diagnostics.filter((d) => d.code === 'required-section');
    assert.equal(required.length, 2, `expected two required-section diagnostics, got ${JSON.stringify(diagnostics, null, 1)}`);
    assert.deepEqual(required.map((d) => /"([^"]+)"/.exec(d.message)?.[1]).sort(), ['Areas for development', 'Next steps']);
    assert.ok(required.every((d) => d.source === 'inspection-reports'));

    // A custom request of the shared protocol answers from the same lint.
    await send({ id: 2, method: 'inspectionReports/structure', params: { uri: URI } });
    const structure = await waitFor('the structure response', 'm.id === 2');
    assert.equal(structure.error, undefined, `structure request failed: ${JSON.stringify(structure.error)}`);
    assert.equal(structure.result.isReport, true);
    assert.equal(structure.result.missingRequired, 2);

    await send({ id: 3, method: 'shutdown' });
    await waitFor('the shutdown response', 'm.id === 3');
    assert.deepEqual(pageErrors, [], 'the page reported errors');
  } finally {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
