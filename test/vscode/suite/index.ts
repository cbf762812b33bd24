// Real-editor tests: run inside the VS Code extension host, against the real extension and its
// real language server. Entry contract shared with @vscode/test-electron: `run(): Promise<void>`.
// Bundled by esbuild.mjs to dist/test/vscode/index.js; started by test/vscode/run.mjs (code-server).
// No test framework: a list of async tests, TAP-like lines, and a closing "N passed, N failed".
import * as vscode from 'vscode';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION_ID = 'inspection-reports.inspection-reports';
const SOURCE = 'inspection-reports';
const FIXTURE = 'missing-sections.md';
const BY_CONFIG_FIXTURE = 'by-config.md';
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
 * until it is taken. Answers whether `options.waitFor` was seen on screen; undefined when not
 * asked, or when not run by that runner (e.g. under @vscode/test-electron: then a no-op).
 */
async function screenshot(name: string, options: { waitFor?: string; collapse?: string[] } = {}): Promise<boolean | undefined> {
  const dir = process.env.INSPECTION_REPORTS_SCREENSHOTS;
  if (!dir || !existsSync(dir)) return undefined;
  await sleep(300); // let the workbench paint what the last command changed
  // waitFor: a Playwright selector the runner waits (bounded) to see before it shoots;
  // collapse: titles of view panes the runner collapses first, to make room.
  writeFileSync(join(dir, `${name}.request`), JSON.stringify(options));
  const done = join(dir, `${name}.done`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !existsSync(done)) await sleep(100);
  try {
    return (JSON.parse(readFileSync(done, 'utf8')) as { seen?: boolean }).seen;
  } catch {
    return undefined;
  }
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

// Restricted mode: package.json declares untrustedWorkspaces supported (the config and glossaries
// are data, never run), so an untrusted folder gets every feature. The runner opens the workspace
// untrusted in its vsix phase; this suite runs whole there.
test('workspace trust is as the phase says; either way a file that only the workspace config makes a report gets its findings', async () => {
  const expected = process.env.INSPECTION_REPORTS_EXPECT_TRUST;
  console.log(`# workspace trusted: ${vscode.workspace.isTrusted} (expected: ${expected ?? 'not said'})`);
  if (expected) {
    const hint = expected === 'untrusted' ? ' (is workspace trust enabled and the folder not trusted? see UNTRUSTED_SETTINGS in test/vscode/run.mjs)' : '';
    assert(vscode.workspace.isTrusted === (expected === 'trusted'), `vscode.workspace.isTrusted is ${vscode.workspace.isTrusted}, expected ${expected}${hint}`);
  }
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension?.isActive, `${EXTENSION_ID} is not active`);
  // No front matter: a report only because .inspection-reports.yaml lists it.
  const document = await openFixture(BY_CONFIG_FIXTURE);
  const found = await waitFor(
    `required-section diagnostics on ${BY_CONFIG_FIXTURE} (the workspace config's "reports" glob read)`,
    () => (ours(document.uri, 'required-section').length ? ours(document.uri) : undefined),
    WAIT_MS,
    () => show(vscode.languages.getDiagnostics(document.uri)),
  );
  console.log(`# ${BY_CONFIG_FIXTURE}: ${show(found)}`);
  if (expected === 'untrusted') await screenshot('restricted-mode', { waitFor: '.statusbar-item:has-text("Restricted Mode")' });
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

// ---- views and commands ------------------------------------------------------------------------

const VIEWS_FIXTURE = 'views.md';
const NOT_A_REPORT = 'notes/meeting.md';

/** A row of one of the extension's views, as its API gives it (see client/src/views.ts). */
interface ViewNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  state?: string;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  data?: Record<string, unknown>;
  children: ViewNode[];
}

interface Api {
  structureItems(fresh?: boolean): Promise<ViewNode[]>;
  acronymItems(fresh?: boolean): Promise<ViewNode[]>;
  evidenceItems(fresh?: boolean): Promise<ViewNode[]>;
  isReport(): boolean;
  status(): { text: string; tooltip: string; visible: boolean };
  activeQuickPick(): string | undefined;
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed`);
  const exports = extension.isActive ? extension.exports : await withTimeout(Promise.resolve(extension.activate()), WAIT_MS, 'activate()');
  assert(exports && typeof exports.structureItems === 'function', `activate() returned no test API (got ${JSON.stringify(Object.keys(exports ?? {}))})`);
  return exports;
}

function flatten(nodes: ViewNode[]): ViewNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function showRows(nodes: ViewNode[], depth = 0): string {
  return nodes.map((n) => `${'  '.repeat(depth)}${n.label} — ${n.description ?? ''} [${n.state ?? ''}]\n${showRows(n.children, depth + 1)}`).join('');
}

function row(nodes: ViewNode[], label: string): ViewNode {
  const found = flatten(nodes).find((n) => n.label === label);
  assert(found, `no row "${label}" in the view:\n${showRows(nodes)}`);
  return found;
}

/** Runs `fn` on the document, then puts the document back as it is on disk (never saved). */
async function restoring(document: vscode.TextDocument, fn: () => Promise<void>): Promise<void> {
  const original = document.getText();
  try {
    await fn();
  } finally {
    await vscode.window.showTextDocument(document, { preview: false });
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
  }
  assert(document.getText() === original, `${document.uri.path} could not be reverted`);
}

/** Closes the active editor without saving (untitled documents made by a test). */
async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Waits for the extension's quick pick titled `title`, then accepts its selected (first) item. */
async function acceptQuickPick(extensionApi: Api, title: string): Promise<void> {
  await waitFor(`the quick pick "${title}"`, () => (extensionApi.activeQuickPick() === title ? true : undefined), WAIT_MS, () => String(extensionApi.activeQuickPick()));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

/** A Playwright selector for a row of the view titled `title` whose label contains `label`. */
function viewRow(title: string, label: string): string {
  return `.pane:has(.pane-header h3.title:text-is("${title}")) .monaco-list-row:has-text("${label}")`;
}

/** Makes room in the Explorer for the extension's views (hides Outline and Timeline), then focuses `viewId`. */
async function showView(viewId: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.explorer');
  for (const other of ['outline', 'timeline']) await vscode.commands.executeCommand(`${other}.removeView`).then(undefined, () => undefined);
  await vscode.commands.executeCommand(`${viewId}.focus`);
}

/** Waits until the view, as last refreshed by the extension itself (no forced refresh), satisfies `ok`. */
function waitForView(what: string, items: () => Promise<ViewNode[]>, ok: (nodes: ViewNode[]) => boolean): Promise<ViewNode[]> {
  let last: ViewNode[] = [];
  return waitFor(
    what,
    async () => {
      last = await items();
      return ok(last) ? last : undefined;
    },
    WAIT_MS,
    () => `\n${showRows(last)}`,
  );
}

test('Report structure view: template sections with their state; selecting one reveals it', async () => {
  const extensionApi = await api();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const items = await extensionApi.structureItems();
  console.log(`# structure view:\n${showRows(items).replace(/^/gm, '#   ')}`);
  assert(extensionApi.isReport(), 'the extension does not see the fixture as a report');
  for (const title of ['Areas for development', 'Next steps']) {
    const missing = row(items, title);
    assert(missing.state === 'missing', `"${title}" has state ${missing.state}, expected missing`);
    assert(missing.contextValue === 'section.missing.required', `"${title}" contextValue ${missing.contextValue} (the inline "Insert section" needs section.missing…)`);
    assert(missing.description === 'missing', `"${title}" description is ${JSON.stringify(missing.description)} (short, so the title keeps its room)`);
    assert(missing.tooltip?.startsWith(`**${title}** — missing · required`) && missing.tooltip.includes('Template: CIW'), `"${title}" tooltip is ${JSON.stringify(missing.tooltip)}`);
    assert(!missing.command, `a missing section should not reveal anything, got ${JSON.stringify(missing.command)}`);
  }
  const findings = row(items, 'Findings');
  assert(findings.state && findings.state !== 'missing', `"Findings" has state ${findings.state}`);
  assert(findings.command?.command === 'inspection-reports.reveal', `"Findings" has no reveal command: ${JSON.stringify(findings.command)}`);
  // Selecting the row runs its command: the editor selects the heading.
  await vscode.commands.executeCommand(findings.command.command, ...(findings.command.arguments ?? []));
  const editor = vscode.window.activeTextEditor;
  assert(editor?.document.uri.toString() === document.uri.toString(), 'the fixture is not the active editor after reveal');
  const line = document.lineAt(editor.selection.start.line).text;
  assert(line === '## Findings', `reveal selected line ${editor.selection.start.line + 1} ${JSON.stringify(line)}, expected "## Findings"`);
  assert(document.getText(editor.selection) === 'Findings', `selection is ${JSON.stringify(document.getText(editor.selection))}`);
  // The status bar shows the report's readiness (2 errors).
  const status = extensionApi.status();
  assert(status.visible && /^\$\(checklist\) 2 · \d+$/.test(status.text), `status bar: ${JSON.stringify(status)}`);
  await showView('inspectionReports.structure');
  await screenshot('structure-view', { collapse: ['workspace', 'Acronyms', 'Evidence'], waitFor: viewRow('Report Structure', 'Areas for development') });
});

test('"Insert section" on a missing row inserts it; the view follows without a manual refresh and keeps its ids', async () => {
  const extensionApi = await api();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const before = await extensionApi.structureItems();
  const ids = flatten(before).map((n) => n.id);
  await restoring(document, async () => {
    const applied = await vscode.commands.executeCommand<boolean>('inspection-reports.insertSection', row(before, 'Next steps'));
    assert(applied === true, `insertSection answered ${applied}`);
    assert(/^## Next steps$/m.test(document.getText()), `no "## Next steps" heading after insertSection:\n${document.getText()}`);
    await waitForRequiredSections(document.uri, 1);
    const after = await waitForView('"Next steps" no longer missing in the structure view', () => extensionApi.structureItems(false), (nodes) => flatten(nodes).some((n) => n.label === 'Next steps' && n.state !== 'missing'));
    assert(row(after, 'Areas for development').state === 'missing', '"Areas for development" should still be missing');
    const afterIds = flatten(after).map((n) => n.id);
    assert(JSON.stringify(afterIds) === JSON.stringify(ids), `row ids changed: ${JSON.stringify(ids)} -> ${JSON.stringify(afterIds)}`);
    await screenshot('structure-after-insert', { collapse: ['workspace', 'Acronyms', 'Evidence'], waitFor: viewRow('Report Structure', 'Next steps') });
  });
});

test('the views refresh as the user types (debounced)', async () => {
  const extensionApi = await api();
  const document = await openFixture(VIEWS_FIXTURE);
  await waitFor('acronym diagnostics on views.md', () => (ours(document.uri, 'undefined-acronym').length ? true : undefined));
  // The acronyms view refreshes only while it is visible: show it, then give the editor focus.
  await vscode.commands.executeCommand('inspectionReports.acronyms.focus');
  await extensionApi.acronymItems();
  await restoring(document, async () => {
    // Type a new acronym use, a few characters at a time, as a user would.
    const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    for (const chunk of ['\nThe ', 'NHS ', 'board ', 'met staff.\n']) {
      await vscode.commands.executeCommand('type', { text: chunk });
    }
    assert(document.getText().includes('The NHS board met staff.'), `typing did not reach the document:\n${document.getText().slice(-200)}`);
    await waitForView('"NHS" in the acronyms view', () => extensionApi.acronymItems(false), (nodes) => nodes.some((n) => n.label === 'NHS'));
  });
  await waitForView('"NHS" gone from the acronyms view after the revert', () => extensionApi.acronymItems(false), (nodes) => !nodes.some((n) => n.label === 'NHS'));
});

test('Acronyms view lists each acronym with expansion, definition, uses and state', async () => {
  const extensionApi = await api();
  const document = await openFixture(VIEWS_FIXTURE);
  await waitFor('acronym diagnostics on views.md', () => (ours(document.uri, 'undefined-acronym').length ? true : undefined));
  const items = await extensionApi.acronymItems();
  console.log(`# acronyms view:\n${showRows(items).replace(/^/gm, '#   ')}`);
  const dols = row(items, 'DoLS');
  assert(dols.state === 'undefined', `DoLS state ${dols.state}, expected undefined`);
  assert(dols.description?.includes('never defined'), `DoLS description ${JSON.stringify(dols.description)}`);
  const iro = row(items, 'IRO');
  assert(iro.state === 'defined', `IRO state ${iro.state}, expected defined`);
  assert(iro.description?.startsWith('Independent Reviewing Officer'), `IRO description ${JSON.stringify(iro.description)}`);
  assert(iro.children.some((c) => c.label.startsWith('Defined on line 9')), `IRO has no "Defined on line 9" row: ${showRows(iro.children)}`);
  assert(iro.children.filter((c) => c.label.startsWith('Used on')).length >= 1, `IRO lists no uses: ${showRows(iro.children)}`);
  await showView('inspectionReports.acronyms');
  // Expand the first acronym (IRO) to show its definition and uses.
  await vscode.commands.executeCommand('list.focusFirst');
  await vscode.commands.executeCommand('list.expand');
  await screenshot('acronyms-view', { collapse: ['workspace', 'Report Structure', 'Evidence'], waitFor: viewRow('Acronyms', 'Defined on line 9') });
});

test('Evidence view lists footnotes with their citations and unsupported claims by section', async () => {
  const extensionApi = await api();
  const document = await openFixture(VIEWS_FIXTURE);
  await waitFor('unsupported-claim diagnostics on views.md', () => (ours(document.uri, 'unsupported-claim').length ? true : undefined));
  const items = await extensionApi.evidenceItems();
  console.log(`# evidence view:\n${showRows(items).replace(/^/gm, '#   ')}`);
  const visits = row(items, '[^visits]');
  assert(visits.state === 'cited' && visits.description?.startsWith('cited 1×'), `[^visits]: ${visits.state} ${visits.description}`);
  assert(row(items, '[^unused]').state === 'unused', '[^unused] should be unused');
  const claims = row(items, 'Unsupported claims');
  const findings = claims.children.find((g) => g.label === 'Findings');
  assert(findings, `no "Findings" group under Unsupported claims: ${showRows(claims.children)}`);
  const claim = findings.children.find((c) => (c.tooltip ?? '').includes('Judgement with no evidence'));
  assert(claim, `no unsupported judgement under Findings: ${showRows(findings.children)}`);
  assert(claim.label === 'The quality of assessment remains poor.', `the claim row shows ${JSON.stringify(claim.label)}`);
  await showView('inspectionReports.evidence');
  await screenshot('evidence-view', { collapse: ['workspace', 'Report Structure', 'Acronyms'], waitFor: viewRow('Evidence', 'Unsupported claims') });
});

test('the views are empty (welcome message) when the active editor is not a report', async () => {
  const extensionApi = await api();
  await openFixture(NOT_A_REPORT);
  const structure = await extensionApi.structureItems();
  assert(structure.length === 0, `structure view not empty:\n${showRows(structure)}`);
  assert(!extensionApi.isReport(), `${NOT_A_REPORT} is seen as a report`);
  assert((await extensionApi.acronymItems()).length === 0, 'acronyms view not empty');
  assert((await extensionApi.evidenceItems()).length === 0, 'evidence view not empty');
  await waitFor('the status bar item to hide', () => (extensionApi.status().visible ? undefined : true), WAIT_MS, () => JSON.stringify(extensionApi.status()));
  await showView('inspectionReports.structure');
  await screenshot('not-a-report', { waitFor: '.pane:has(.pane-header h3.title:text-is("Report Structure")) .welcome-view-content' });
});

test('command "New report from template" (quick pick) inserts the template snippet', async () => {
  const extensionApi = await api();
  const running = vscode.commands.executeCommand<string | undefined>('inspection-reports.newReport');
  await acceptQuickPick(extensionApi, 'New report from template');
  const uri = await withTimeout(Promise.resolve(running), WAIT_MS, 'inspection-reports.newReport');
  assert(uri, 'newReport returned no document');
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  assert(document, `no open document ${uri}`);
  try {
    const text = document.getText();
    assert(document.isUntitled && document.languageId === 'markdown', `new report is ${document.uri.scheme} ${document.languageId}`);
    for (const expected of ['template: ciw-local-authority-children', '## Summary', '## Next steps', '[[Name of the service or council]]']) {
      assert(text.includes(expected), `the new report lacks ${JSON.stringify(expected)}:\n${text}`);
    }
    assert(!text.includes('${'), `snippet syntax was inserted literally:\n${text}`);
  } finally {
    await closeWithoutSaving(document);
  }
});

test('snippet insertion by name (editor.action.insertSnippet) gives a report with every required section', async () => {
  const extensionApi = await api();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  await vscode.window.showTextDocument(document, { preview: false });
  try {
    const name = "New report: CIW local authority children's services inspection";
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
    await waitFor(`the snippet "${name}" to be inserted`, () => (document.getText().includes('template: ciw-local-authority-children') ? true : undefined), WAIT_MS, () => JSON.stringify(document.getText().slice(0, 200)));
    const items = await waitForView('the untitled draft to be a report', () => extensionApi.structureItems(), (nodes) => nodes.length > 0);
    const missing = flatten(items).filter((n) => n.state === 'missing' && n.data?.required);
    assert(!missing.length, `the snippet misses required sections: ${missing.map((n) => n.label).join(', ')}`);
  } finally {
    await closeWithoutSaving(document);
  }
});

test('command "Insert missing sections" inserts every missing required section', async () => {
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  await restoring(document, async () => {
    const applied = await vscode.commands.executeCommand<boolean>('inspection-reports.insertMissingSections');
    assert(applied === true, `insertMissingSections answered ${applied}`);
    await waitForRequiredSections(document.uri, 0);
    for (const heading of ['## Areas for development', '## Next steps']) assert(document.getText().includes(heading), `no ${heading}`);
  });
});

test('command "Fix all safe findings" applies the source.fixAll action', async () => {
  const document = await openFixture(VIEWS_FIXTURE);
  await waitFor('acronym-punctuation on views.md', () => (ours(document.uri, 'acronym-punctuation').length ? true : undefined));
  await restoring(document, async () => {
    const applied = await vscode.commands.executeCommand<boolean>('inspection-reports.fixAll');
    assert(applied === true, `fixAll answered ${applied}`);
    const text = document.getText();
    // Fix all follows chains: C.I.W. becomes CIW, which is then spelt out. Used once, each is
    // written out in full with no bracket (a bracket would only raise "defined but never used again").
    assert(text.includes('The Care Inspectorate Wales team') && !text.includes('C.I.W.') && !text.includes('(CIW)'), `"C.I.W." was not fixed:\n${text}`);
    assert(text.includes('the Deprivation of Liberty Safeguards service') && !text.includes('(DoLS)'), `DoLS was not spelt out:\n${text}`);
    await waitFor('acronym-punctuation to go', () => (ours(document.uri, 'acronym-punctuation').length ? undefined : true));
  });
});

test('command "Export review summary" (quick picks: Markdown, open in editor) and HTML', async () => {
  const extensionApi = await api();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const running = vscode.commands.executeCommand<string | undefined>('inspection-reports.exportReviewSummary');
  await acceptQuickPick(extensionApi, 'Export review summary (1/2)');
  await acceptQuickPick(extensionApi, 'Export review summary (2/2)');
  const text = await withTimeout(Promise.resolve(running), WAIT_MS, 'inspection-reports.exportReviewSummary');
  assert(text?.includes('Review summary'), `the summary lacks "Review summary": ${JSON.stringify(text?.slice(0, 300))}`);
  const opened = vscode.window.activeTextEditor?.document;
  assert(opened && opened.isUntitled && opened.languageId === 'markdown' && opened.getText() === text, `the summary was not opened in a Markdown editor (active: ${opened?.uri.toString()})`);
  console.log(`# review summary: ${JSON.stringify(text.split('\n').slice(0, 3))}`);
  await screenshot('review-summary');
  await closeWithoutSaving(opened);
  const html = await vscode.commands.executeCommand<string>('inspection-reports.exportReviewSummary', { uri: document.uri.toString(), format: 'html', destination: 'none' });
  assert(html?.includes('Review summary') && /<\w+/.test(html), `HTML summary: ${JSON.stringify(html?.slice(0, 300))}`);
});

test('command "Open rule documentation" (quick pick) opens the rule page', async () => {
  const extensionApi = await api();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const running = vscode.commands.executeCommand<string | undefined>('inspection-reports.openRuleDoc');
  await acceptQuickPick(extensionApi, 'Open rule documentation');
  const ruleId = await withTimeout(Promise.resolve(running), WAIT_MS, 'inspection-reports.openRuleDoc');
  // The rules the report breaks come first.
  assert(ruleId === 'required-section', `picked ${ruleId}, expected required-section`);
  const tab = await waitFor(
    'a tab showing required-section.md',
    () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('required-section')),
    WAIT_MS,
    () => JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label)),
  );
  console.log(`# rule documentation tab: ${tab.label}`);
  await vscode.window.tabGroups.close(tab);
});

test('commands "Show problems" (status bar) and "Show output" run', async () => {
  const extensionApi = await api();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const status = await waitFor('the status bar to show 2 errors', () => (/^\$\(checklist\) 2 · /.test(extensionApi.status().text) && extensionApi.status().visible ? extensionApi.status() : undefined), WAIT_MS, () => JSON.stringify(extensionApi.status()));
  console.log(`# status bar: ${status.text} — ${status.tooltip}`);
  await withTimeout(Promise.resolve(vscode.commands.executeCommand('inspection-reports.showProblems')), WAIT_MS, 'inspection-reports.showProblems');
  await screenshot('problems-from-status-bar');
  await withTimeout(Promise.resolve(vscode.commands.executeCommand('inspection-reports.showOutput')), WAIT_MS, 'inspection-reports.showOutput');
  await withTimeout(Promise.resolve(vscode.commands.executeCommand('inspection-reports.refreshViews')), WAIT_MS, 'inspection-reports.refreshViews');
});

// ---- runner --------------------------------------------------------------------------------------

// ---- help while writing: acronyms and evidence (writing.md, built from the news text) --------

const WRITING = 'writing.md';

function waitForCode(uri: vscode.Uri, code: string, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} ${code} diagnostic(s)`, () => {
    const found = ours(uri, code);
    return found.length === count ? found : undefined;
  }, WAIT_MS, () => show(vscode.languages.getDiagnostics(uri)));
}

async function restore(document: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  if (document.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
  }
  // Saved, not reverted: if the edited text was saved meanwhile (on a loaded machine the dev
  // phase left writing.md so, and the next phase started from it), a revert would bring the
  // edits back from disk. Saving the original text puts the file back as it was.
  if (document.isDirty) await document.save();
  assert(document.getText() === original && !document.isDirty, `${document.uri.path} could not be restored`);
}

async function quickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, titleStart: string): Promise<vscode.CodeAction> {
  const actions = await withTimeout(
    Promise.resolve(vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)),
    WAIT_MS,
    'vscode.executeCodeActionProvider',
  );
  const action = (actions ?? []).find((a): a is vscode.CodeAction => 'kind' in a && a.title.startsWith(titleStart));
  assert(action?.edit, `no quick fix "${titleStart}…"; got ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
  return action;
}

test('hover on an undefined acronym shows its expansion and that it is not defined', async () => {
  const document = await openFixture(WRITING);
  const [diagnostic] = await waitForCode(document.uri, 'undefined-acronym', 1);
  assert(/written out at line 9 without "\(CSSIW\)"/.test(diagnostic.message), `message lacks the long-form pointer: ${diagnostic.message}`);
  const hovers = await waitFor('a hover on CSSIW', async () => {
    const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, diagnostic.range.start.translate(0, 2));
    const text = (found ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    return text.includes('CSSIW') ? text : undefined;
  });
  console.log(`# hover: ${JSON.stringify(hovers)}`);
  assert(hovers.includes('Care and Social Services Inspectorate Wales'), 'hover lacks the expansion');
  assert(hovers.includes('Not defined in this report'), 'hover does not say the acronym is undefined');
  // Show the hover on screen as a user sees it: the cursor on the acronym, then "Show Hover"
  // (the screenshot waits, bounded, until the hover's text is visible).
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const at = diagnostic.range.start.translate(0, 2);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
  const seen = await screenshot('acronym-hover', { waitFor: '.monaco-hover:has-text("Care and Social Services Inspectorate Wales")' });
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  assert(seen !== false, 'the hover with the expansion was not on screen for the acronym-hover screenshot');
});

test('the expand quick fix defines the acronym where its long form is written; the finding goes', async () => {
  const document = await openFixture(WRITING);
  const original = document.getText();
  try {
    const [diagnostic] = await waitForCode(document.uri, 'undefined-acronym', 1);
    const action = await quickFix(document, diagnostic, 'Add "(CSSIW)"');
    assert(await vscode.workspace.applyEdit(action.edit!), 'applying the fix failed');
    assert(document.getText().includes('Inspectorate\nWales (CSSIW) in 2014'), `unexpected text: ${document.getText().slice(0, 300)}`);
    await waitForCode(document.uri, 'undefined-acronym', 0);
  } finally {
    await restore(document, original);
  }
});

test('an unsupported figure gets an evidence footnote from its quick fix; a stub is then flagged, a real source clears it', async () => {
  const document = await openFixture(WRITING);
  const original = document.getText();
  try {
    const [claim] = await waitForCode(document.uri, 'unsupported-claim', 1);
    assert(/Figure with no source or base in its paragraph \("Almost half"\)/.test(claim.message), `unexpected message: ${claim.message}`);
    const action = await quickFix(document, claim, 'Add evidence footnote');
    assert(await vscode.workspace.applyEdit(action.edit!), 'applying the fix failed');
    await waitForCode(document.uri, 'unsupported-claim', 0);
    const [stub] = await waitForCode(document.uri, 'empty-evidence', 1);
    const line = document.lineAt(stub.range.start.line);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, line.range, line.text.replace(/\[\[.*\]\]/, 'Allocation records, 31 March 2014.'));
    assert(await vscode.workspace.applyEdit(edit), 'filling the footnote failed');
    await waitForCode(document.uri, 'empty-evidence', 0);
    // A citation that resolves to nothing is an error.
    const broken = new vscode.WorkspaceEdit();
    broken.insert(document.uri, document.lineAt(15).range.end, '[^missing]');
    assert(await vscode.workspace.applyEdit(broken), 'adding a reference failed');
    const [undefinedRef] = await waitForCode(document.uri, 'undefined-footnote', 1);
    assert(undefinedRef.severity === vscode.DiagnosticSeverity.Error, 'an undefined footnote is an error');
    await screenshot('evidence-fixed');
  } finally {
    await restore(document, original);
  }
});

// ---- reports in several files, and Welsh/English versions ------------------------------------------

test('multi-file report: an acronym defined in chapter 1 is defined in chapter 2; removing it there updates chapter 2', async () => {
  const one = await openFixture('chapters/01-summary.md');
  const two = await openFixture('chapters/02-findings.md');
  // Chapter 2's empty "Next steps" shows that it has been checked (with its report).
  await waitFor('chapter 2 checked with chapter 1', () => (ours(two.uri, 'empty-section').length ? true : undefined), WAIT_MS, () => show(ours(two.uri)));
  assert(ours(two.uri, 'undefined-acronym').length === 0, `IRO is defined in chapter 1: ${show(ours(two.uri))}`);
  // Navigation crosses the chapters: the definition is in chapter 1, the references in both, in file order.
  const iroAt = two.positionAt(two.getText().indexOf('IRO') + 1);
  const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', two.uri, iroAt);
  const targetUris = targets.map((t) => ('targetUri' in t ? t.targetUri : t.uri).toString());
  assert(targetUris.includes(one.uri.toString()), `go to definition from chapter 2 gave ${JSON.stringify(targetUris)}`);
  const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', two.uri, iroAt);
  const files = references.map((r) => r.uri.toString());
  assert(files.filter((f) => f === one.uri.toString()).length >= 1 && files.filter((f) => f === two.uri.toString()).length === 1, `references of IRO: ${JSON.stringify(files)}`);
  // The views of chapter 2 read the whole report: Summary is chapter 1's, IRO is defined there.
  const extensionApi = await api();
  await vscode.window.showTextDocument(two, { preview: false });
  const summary = row(await extensionApi.structureItems(), 'Summary');
  assert(summary.state === 'present' && summary.command?.arguments?.[0] === one.uri.toString(), `Summary row: ${JSON.stringify(summary)}`);
  const iro = row(await extensionApi.acronymItems(), 'IRO');
  assert(iro.state === 'defined', `IRO in chapter 2's acronyms view: ${iro.state}`);
  const original = one.getText();
  try {
    const edit = new vscode.WorkspaceEdit();
    const at = original.indexOf('The Independent Reviewing Officer (IRO)');
    assert(at >= 0, 'chapter 1 is not as committed');
    edit.replace(one.uri, new vscode.Range(one.positionAt(at), one.positionAt(at + 'The Independent Reviewing Officer (IRO)'.length)), 'Inspectors');
    assert(await vscode.workspace.applyEdit(edit), 'edit of chapter 1 not applied');
    const found = await waitFor('chapter 2 to say IRO is undefined', () => (ours(two.uri, 'undefined-acronym').length ? ours(two.uri, 'undefined-acronym') : undefined), WAIT_MS, () => show(ours(two.uri)));
    assert(/IRO/.test(found[0].message), found[0].message);
  } finally {
    await restore(one, original);
  }
});

test('Welsh and English versions: a figure changed in one is shown in both; Open Welsh/English Version Beside lands on the same section', async () => {
  const en = await openFixture('bilingual/overview.md');
  const cy = await vscode.workspace.openTextDocument(fixtureUri('bilingual/overview.cy.md'));
  const original = cy.getText();
  try {
    const edit = new vscode.WorkspaceEdit();
    const year = original.indexOf('(Cymru) 2014');
    assert(year >= 0, 'the Welsh fixture is not as committed (no "(Cymru) 2014")');
    const at = year + '(Cymru) '.length;
    edit.replace(cy.uri, new vscode.Range(cy.positionAt(at), cy.positionAt(at + 4)), '2016');
    assert(await vscode.workspace.applyEdit(edit), 'edit of the Welsh version not applied');
    const parity = await waitFor('the English version to report the changed year', () => (ours(en.uri, 'translation-parity').length ? ours(en.uri, 'translation-parity') : undefined), WAIT_MS, () => show(ours(en.uri)));
    assert(/"2014" in "Background"/.test(parity[0].message), parity[0].message);
    assert(parity[0].relatedInformation?.[0]?.location.uri.toString() === cy.uri.toString(), 'the finding points at the Welsh version');
    const editor = await vscode.window.showTextDocument(en, { preview: false });
    const line = en.getText().split('\n').indexOf('## Some of our key findings') + 2;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('inspection-reports.openTranslation');
    const beside = await waitFor('the Welsh version beside', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === cy.uri.toString()));
    const expected = cy.getText().split('\n').indexOf('## Rhai o’n canfyddiadau allweddol');
    assert(beside.selection.active.line === expected, `cursor at line ${beside.selection.active.line}, expected ${expected}`);
    assert(beside.viewColumn !== editor.viewColumn, 'opened in another editor group');
    await screenshot('bilingual-beside');
  } finally {
    await restore(cy, original);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  }
});

// ---- crash recovery (client/src/crashes.ts): the real server process is killed ----------------

const OUTPUT_CHANNEL = 'Inspection Reports';
const RESTARTED = /server stopped unexpectedly \(\d+ of \d+ restarts allowed in \d+ minutes\); restarting it/;
const GAVE_UP = /server crashed (\d+) times in the last (\d+) minutes and will not be restarted/;

/** The language server's bundle, which the client forks from this extension host. */
function serverModule(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert(extension, `extension ${EXTENSION_ID} is not installed`);
  return join(extension.extensionPath, 'dist', 'server.js');
}

/** Processes this extension host started with `module` on their command line: from /proc, else `ps`. */
function childProcessesRunning(module: string): number[] {
  if (process.platform !== 'linux') {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === process.pid && m[3].includes(module))
      .map((m) => Number(m[1]));
  }
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8'); // "pid (comm) state ppid …"
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(module)) pids.push(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}

/** Waits until exactly one server process runs (and is not `not`), and gives its pid. */
function waitForServerProcess(module: string, not?: number): Promise<number> {
  return waitFor(
    not ? `a new server process (the killed one was ${not})` : 'the server process',
    () => {
      const pids = childProcessesRunning(module);
      return pids.length === 1 && pids[0] !== not ? pids[0] : undefined;
    },
    WAIT_MS,
    () => `server processes ${JSON.stringify(childProcessesRunning(module))}`,
  );
}

/** The extension's output channel as written so far, when the runner says where the logs are. */
function outputChannelLog(): string | undefined {
  const logs = process.env.INSPECTION_REPORTS_LOGS;
  if (!logs || !existsSync(logs)) return undefined;
  const files = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(join(EXTENSION_ID, `${OUTPUT_CHANNEL}.log`)));
  return files.map((f) => readFileSync(join(logs, f), 'utf8')).join('');
}

function waitForLog(what: string, pattern: RegExp): Promise<RegExpExecArray> {
  return waitFor(`${what} in the "${OUTPUT_CHANNEL}" output channel`, () => pattern.exec(outputChannelLog() ?? '') ?? undefined, WAIT_MS, () => JSON.stringify((outputChannelLog() ?? '').slice(-600)));
}

/**
 * Sends the server requests for a while, as the editor does when a report is open: some may go to
 * the dead process before its connection closes, and a failed send must not stop the client (client/src/crashes.ts).
 */
async function keepAsking(document: vscode.TextDocument): Promise<void> {
  const asked: Thenable<unknown>[] = [];
  for (let i = 0; i < 25; i++) {
    asked.push(vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  // Their answers do not matter, and waiting for them could outlast the test: only handle them.
  void Promise.allSettled(asked);
}

test('a killed server is restarted: the open report gets its diagnostics again and follows edits; its text is untouched; the output channel says so', async () => {
  const module = serverModule();
  const document = await openFixture(FIXTURE);
  await waitForRequiredSections(document.uri, 2);
  const original = document.getText();
  const killed = await waitForServerProcess(module);
  process.kill(killed, 'SIGKILL');
  await keepAsking(document);
  const restarted = await waitForServerProcess(module, killed);
  console.log(`# killed server process ${killed}; restarted as ${restarted}`);
  // The client drops the dead server's diagnostics on restart: these come from the new one.
  await waitForRequiredSections(document.uri, 2);
  assert(document.getText() === original && !document.isDirty, `the report changed across the crash:\n${document.getText()}`);
  await restoring(document, async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(original.length), '\n## Next steps\n\nThe council should agree an action plan.\n');
    assert(await vscode.workspace.applyEdit(edit), 'editing the report failed');
    await waitForRequiredSections(document.uri, 1);
  });
  if (outputChannelLog() !== undefined) console.log(`# output channel: ${(await waitForLog('the restart', RESTARTED))[0]}`);
});

// Last: it leaves the server stopped for the rest of the session.
test('a server that keeps crashing is stopped after 5 crashes in 3 minutes and the user is told where its log is', async () => {
  if (outputChannelLog() === undefined) {
    console.log('# skipped: needs the output channel log (INSPECTION_REPORTS_LOGS, set by test/vscode/run.mjs)');
    return;
  }
  const module = serverModule();
  const document = await openFixture(FIXTURE);
  const original = document.getText();
  // The previous test's crash may still count: kill until the client gives up, 5 kills at most.
  for (let kills = 1; ; kills++) {
    await waitForRequiredSections(document.uri, 2); // the server is up and has answered
    const killed = await waitForServerProcess(module);
    process.kill(killed, 'SIGKILL');
    const outcome = await waitFor(
      `a restart or the client giving up after kill ${kills}`,
      () => (GAVE_UP.test(outputChannelLog() ?? '') ? 'gave up' : childProcessesRunning(module).some((pid) => pid !== killed) ? 'restarted' : undefined),
      WAIT_MS,
    );
    if (outcome === 'gave up') break;
    assert(kills < 5, `the server was restarted after ${kills} crashes within a few seconds`);
  }
  const [message, crashes, minutes] = GAVE_UP.exec(outputChannelLog() ?? '') ?? [];
  console.log(`# output channel: ${message}`);
  assert(crashes === '5' && minutes === '3', `gave up after ${crashes} crashes in ${minutes} minutes, expected 5 in 3`);
  assert(childProcessesRunning(module).length === 0, 'a server process runs after the client gave up');
  assert(document.getText() === original && !document.isDirty, 'the report changed across the crashes');
  // The workbench shows no toasts under its smoke-test driver (which the runner needs), so the
  // notification is looked for in the notification center.
  await vscode.commands.executeCommand('notifications.showList');
  const told = await screenshot('server-stopped', { waitFor: '.notifications-center .notification-list-item:has-text("will not be restarted")' });
  await vscode.commands.executeCommand('notifications.hideList');
  assert(told !== false, 'no notification "…will not be restarted…" in the notification center');
});

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
      const log = outputChannelLog();
      if (log) console.log(`  output channel, last lines:\n    ${log.trimEnd().split('\n').slice(-15).join('\n    ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} editor test(s) failed`);
}
