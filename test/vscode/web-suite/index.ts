// Real-editor tests of the web extension: run by test/vscode/run.mjs (phase "web") in the web
// worker extension host of code-server (extensionDevelopmentKind=web), where VS Code loads the
// `browser` entry (dist/web-client.js) and the server runs in a web worker
// (dist/browser-server.js), as on vscode.dev. Bundled for the browser by esbuild.mjs to
// dist/test/vscode-web/index.js. No Node APIs here (no screenshots: the runner takes a final one).
import * as vscode from 'vscode';

const EXTENSION_ID = 'inspection-reports.inspection-reports';
const SOURCE = 'inspection-reports';
const WAIT_MS = 30_000;
const TEST_MS = 90_000;

interface ViewNode {
  id: string;
  label: string;
  description?: string;
  state?: string;
  tooltip?: string;
  children: ViewNode[];
}
interface Api {
  structureItems(fresh?: boolean): Promise<ViewNode[]>;
  acronymItems(fresh?: boolean): Promise<ViewNode[]>;
  evidenceItems(fresh?: boolean): Promise<ViewNode[]>;
  isReport(): boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, describe?: () => string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`);
    await sleep(100);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));
const ours = (uri: vscode.Uri, code?: string) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (!code || codeOf(d) === code));
const flatten = (nodes: ViewNode[]): ViewNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
const showRows = (nodes: ViewNode[]) => flatten(nodes).map((n) => `${n.label} — ${n.description ?? ''} [${n.state ?? ''}]`).join('\n');

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert(folder, 'no workspace folder is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed`);
  const exports = extension.isActive ? extension.exports : await withTimeout(Promise.resolve(extension.activate()), WAIT_MS, 'activate()');
  assert(exports && typeof exports.structureItems === 'function', 'activate() returned no test API');
  return exports;
}

const tests: { name: string; fn: () => Promise<void> }[] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push({ name, fn });

test('the web extension activates in the web worker extension host', async () => {
  // A web worker has no `process`; the Node extension host has.
  assert(typeof (globalThis as { process?: unknown }).process === 'undefined' || !(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'this suite runs in the Node extension host, not the web one');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed`);
  console.log(`# ${extension.id} from ${extension.extensionUri.toString()}, kind ${vscode.ExtensionKind[extension.extensionKind]}, uiKind ${vscode.UIKind[vscode.env.uiKind]}`);
  await openFixture('missing-sections.md');
  await waitFor('the extension to be active', () => (extension.isActive ? true : undefined));
  await api();
});

test('the server in the web worker publishes the two required-section diagnostics', async () => {
  const document = await openFixture('missing-sections.md');
  const found = await waitFor(
    'two required-section diagnostics',
    () => (ours(document.uri, 'required-section').length === 2 ? ours(document.uri, 'required-section') : undefined),
    () => JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => [codeOf(d), d.message])),
  );
  for (const d of found) console.log(`# diagnostic line ${d.range.start.line + 1}: ${d.message}`);
});

test('Report structure view (web): missing required sections with their state', async () => {
  const extensionApi = await api();
  await openFixture('missing-sections.md');
  const items = await extensionApi.structureItems();
  assert(extensionApi.isReport(), 'not seen as a report');
  for (const title of ['Areas for development', 'Next steps']) {
    const row = flatten(items).find((n) => n.label === title);
    assert(row?.state === 'missing', `"${title}" is not missing in:\n${showRows(items)}`);
  }
});

test('Acronyms and Evidence views (web)', async () => {
  const extensionApi = await api();
  const document = await openFixture('views.md');
  await waitFor('diagnostics on views.md', () => (ours(document.uri, 'undefined-acronym').length ? true : undefined));
  const acronyms = await extensionApi.acronymItems();
  assert(acronyms.find((n) => n.label === 'DoLS')?.state === 'undefined', `DoLS is not undefined in:\n${showRows(acronyms)}`);
  const evidence = await extensionApi.evidenceItems();
  assert(flatten(evidence).some((n) => n.state === 'unsupported' && n.label.includes('poor')), `no unsupported claim "poor" in:\n${showRows(evidence)}`);
});

test('command "Insert missing sections" (web)', async () => {
  const document = await openFixture('missing-sections.md');
  const original = document.getText();
  try {
    await waitFor('two required-section diagnostics', () => (ours(document.uri, 'required-section').length === 2 ? true : undefined));
    const applied = await vscode.commands.executeCommand<boolean>('inspection-reports.insertMissingSections');
    assert(applied === true, `insertMissingSections answered ${applied}`);
    await waitFor('no required-section diagnostics', () => (ours(document.uri, 'required-section').length === 0 ? true : undefined));
  } finally {
    await vscode.window.showTextDocument(document, { preview: false });
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  assert(document.getText() === original, 'the fixture could not be reverted');
  // Leave the structure view on screen for the runner's final screenshot.
  await vscode.commands.executeCommand('workbench.view.explorer');
  await vscode.commands.executeCommand('inspectionReports.structure.focus');
});

export async function run(): Promise<void> {
  console.log(`# VS Code ${vscode.version}, web extension host, phase web`);
  console.log(`1..${tests.length}`);
  let passed = 0;
  let failed = 0;
  for (const [i, t] of tests.entries()) {
    const started = Date.now();
    try {
      await withTimeout(t.fn(), TEST_MS, `test "${t.name}"`);
      passed++;
      console.log(`ok ${i + 1} - ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok ${i + 1} - ${t.name} (${Date.now() - started} ms)`);
      console.log(`  ${String((error as Error)?.stack ?? error).split('\n').join('\n  ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} web editor test(s) failed`);
}
