// Real-editor tests: run inside the VS Code extension host, against the real extension and its
// real language server. Entry contract shared with @vscode/test-electron: `run(): Promise<void>`.
// Bundled by esbuild.mjs to dist/test/vscode/index.js; started by test/vscode/run.mjs (code-server).
// No test framework: a list of async tests, TAP-like lines, and a closing "N passed, N failed".
import * as vscode from 'vscode';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION_ID = 'inspection-reports.inspection-reports';
const SOURCE = 'inspection-reports';
const FIXTURE = 'missing-sections.md';
/** Bound for every wait on the editor or the server. */
const WAIT_MS = 30_000;
/** Bound for one whole test. */
const TEST_MS = 90_000;

// ---- helpers -------------------------------------------------------------------------------------

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls `probe` until it returns a value other than undefined, or fails after `ms` with `what`. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = WAIT_MS, describe?: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`);
    await sleep(100);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Asks the runner (test/vscode/run.mjs) for a screenshot of the workbench and waits (bounded)
 * until it is taken. A no-op when not run by that runner (e.g. under @vscode/test-electron).
 */
async function screenshot(name: string): Promise<void> {
  const dir = process.env.INSPECTION_REPORTS_SCREENSHOTS;
  if (!dir || !existsSync(dir)) return;
  await sleep(300); // let the workbench paint what the last command changed
  writeFileSync(join(dir, `${name}.request`), '');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !existsSync(join(dir, `${name}.done`))) await sleep(100);
}

/** The diagnostic's code as a string: VS Code gives `{ value, target }` when the server sets codeDescription. */
function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

function ours(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (code === undefined || codeOf(d) === code));
}

function show(diagnostics: vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => ({ code: codeOf(d), source: d.source, line: d.range.start.line, message: d.message })));
}

function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert(folder, 'no workspace folder is open (expected test/vscode/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  assert(document.languageId === 'markdown', `${name} opened as ${document.languageId}, not markdown`);
  return document;
}

/** Waits until exactly `count` required-section findings are shown for the document. */
function waitForRequiredSections(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${count} required-section diagnostic(s) from ${SOURCE}`,
    () => {
      const found = ours(uri, 'required-section');
      return found.length === count ? found : undefined;
    },
    WAIT_MS,
    () => show(vscode.languages.getDiagnostics(uri)),
  );
}

function flattenSymbols(items: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): (vscode.DocumentSymbol | vscode.SymbolInformation)[] {
  const out: (vscode.DocumentSymbol | vscode.SymbolInformation)[] = [];
  const visit = (item: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    out.push(item);
    if ('children' in item && item.children) item.children.forEach(visit);
  };
  items.forEach(visit);
  return out;
}

// ---- tests ---------------------------------------------------------------------------------------

const tests: { name: string; fn: () => Promise<void> }[] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push({ name, fn });

test(`extension ${EXTENSION_ID} activates on a Markdown report`, async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed (known: ${vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ') || 'none but built-ins'})`);
  console.log(`# extension ${extension.id} ${extension.packageJSON.version} from ${extension.extensionPath}`);
  const installedIn = process.env.INSPECTION_REPORTS_EXPECT_INSTALLED_IN;
  if (installedIn) assert(extension.extensionPath.startsWith(installedIn), `expected the installed extension (under ${installedIn}), got ${extension.extensionPath}`);
  await openFixture(FIXTURE); // onLanguage:markdown
  try {
    await waitFor('the extension to be active', () => (extension.isActive ? true : undefined));
  } catch (error) {
    // Not activated by its events: activating by hand surfaces the activation error, if any.
    await withTimeout(Promise.resolve(extension.activate()), 10_000, 'activate()').catch((e: Error) => {
      throw new Error(`not active after opening a Markdown report; activate() failed: ${e.stack ?? e}`);
    });
    throw error;
  }
});

test('a report missing two required sections gets exactly two required-section diagnostics', async () => {
  const document = await openFixture(FIXTURE);
  const found = await waitForRequiredSections(document.uri, 2);
  for (const d of found) {
    assert(d.source === SOURCE, `source is ${d.source}`);
    console.log(`# diagnostic line ${d.range.start.line + 1}: [${codeOf(d)}] ${d.message}`);
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await screenshot('problems');
});

test('quick fix "Insert section" inserts the missing heading; one required-section finding remains', async () => {
  const document = await openFixture(FIXTURE);
  const original = document.getText();
  try {
    const [first] = await waitForRequiredSections(document.uri, 2);
    const actions = await withTimeout(
      Promise.resolve(vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, first.range, vscode.CodeActionKind.QuickFix.value)),
      WAIT_MS,
      'vscode.executeCodeActionProvider',
    );
    const quickFixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    const inserts = quickFixes.filter((a) => a.title.startsWith('Insert section'));
    console.log(`# code actions: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert(inserts.length, `no quickfix titled "Insert section…" at ${JSON.stringify(first.range)}`);
    // Prefer the fix attached to this very diagnostic (both findings sit on the title heading).
    const action = inserts.find((a) => a.diagnostics?.some((d) => d.message === first.message)) ?? inserts[0];
    assert(action.edit, `"${action.title}" has no edit`);
    const headingsBefore = new Set(original.split(/\r?\n/).filter((l) => /^#{1,6}\s/.test(l)));
    assert(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const added = document.getText().split(/\r?\n/).filter((l) => /^#{1,6}\s/.test(l) && !headingsBefore.has(l));
    console.log(`# applied "${action.title}"; new heading line(s): ${JSON.stringify(added)}`);
    assert(added.length === 1, `expected one new heading line, got ${JSON.stringify(added)}`);
    const named = /"([^"]+)"/.exec(action.title)?.[1];
    if (named) assert(added[0].replace(/^#+\s*/, '').trim() === named, `inserted heading ${JSON.stringify(added[0])} is not "${named}"`);
    await waitForRequiredSections(document.uri, 1);
    await screenshot('after-quick-fix');
  } finally {
    // Put the fixture back as it is on disk (the edit was never saved).
    await vscode.window.showTextDocument(document, { preview: false });
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
  }
  assert(document.getText() === original, 'the fixture could not be reverted');
});

test('document symbols include the section headings', async () => {
  const document = await openFixture(FIXTURE);
  let names: string[] = [];
  await waitFor(
    'document symbols "Summary" and "Findings"',
    async () => {
      const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', document.uri);
      names = flattenSymbols(symbols ?? []).map((s) => s.name);
      return names.includes('Summary') && names.includes('Findings') ? true : undefined;
    },
    WAIT_MS,
    () => JSON.stringify(names),
  );
  console.log(`# symbols: ${JSON.stringify(names)}`);
  await vscode.commands.executeCommand('outline.focus').then(undefined, () => undefined);
  await screenshot('outline');
});

// ---- runner --------------------------------------------------------------------------------------

export async function run(): Promise<void> {
  console.log(`# VS Code ${vscode.version}, extension host Node ${process.version}, phase ${process.env.INSPECTION_REPORTS_TEST_PHASE ?? 'n/a'}`);
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
  if (failed) throw new Error(`${failed} of ${tests.length} editor test(s) failed`);
}
