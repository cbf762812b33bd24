// What the desktop (extension.ts, Node) and the web (browser.ts, web worker) clients share once
// their language client exists: the views, the commands, the status bar, and the API that
// activate() returns (read by the real-editor tests in test/vscode/suite).
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler } from 'vscode-languageclient';
import { TemplatesRequest, InsertSectionsRequest, ReviewSummaryRequest, type TemplateInfo } from '../../server/src/protocol';
import { CrashPolicy, onConnectionError } from './crashes';
import { registerCounterpartCommand } from './translation';
import { StructureView, AcronymsView, EvidenceView, watchViews, activeMarkdown, REVEAL_COMMAND, IS_REPORT_KEY, type ViewNode } from './views';

export const SOURCE = 'inspection-reports';

export const COMMAND_IDS = {
  newReport: 'inspection-reports.newReport',
  insertMissingSections: 'inspection-reports.insertMissingSections',
  insertSection: 'inspection-reports.insertSection',
  fixAll: 'inspection-reports.fixAll',
  openRuleDoc: 'inspection-reports.openRuleDoc',
  exportReviewSummary: 'inspection-reports.exportReviewSummary',
  showOutput: 'inspection-reports.showOutput',
  showProblems: 'inspection-reports.showProblems',
  refreshViews: 'inspection-reports.refreshViews',
  disableWithReason: 'inspection-reports.disableWithReason',
  reveal: REVEAL_COMMAND,
} as const;

/** What activate() returns: read-only access to the views and the status bar, for tests. */
export interface InspectionReportsApi {
  /** Rows of the Report structure view; asks the server first unless `fresh` is false. */
  structureItems(fresh?: boolean): Promise<ViewNode[]>;
  acronymItems(fresh?: boolean): Promise<ViewNode[]>;
  evidenceItems(fresh?: boolean): Promise<ViewNode[]>;
  /** Whether the active editor is a report, as the views last heard. */
  isReport(): boolean;
  /** The status bar item's text and whether it is shown. */
  status(): { text: string; tooltip: string; visible: boolean };
  /** The title (with its step, "Title (1/2)") of the quick pick this extension shows right now, if any. */
  activeQuickPick(): string | undefined;
  /** Fires after each refresh of the structure view. */
  onDidRefreshStructure: vscode.Event<void>;
}

/**
 * The language client's reaction to a server that dies (see CrashPolicy): restarted, noted in
 * the output channel only; after too many crashes, stopped, with an error message to the user
 * naming the output channel (the client shows it with a "Go to output" button).
 */
export function crashErrorHandler(serverName: string): ErrorHandler {
  const policy = new CrashPolicy();
  return {
    // Logged either way; only a shutdown brings the output channel to the front.
    error: (error, _message, count) => {
      const goOn = onConnectionError(error, count) === 'continue';
      return { action: goOn ? ErrorAction.Continue : ErrorAction.Shutdown, handled: goOn };
    },
    closed: () => {
      const decision = policy.onCrash();
      const message = policy.message(decision, serverName);
      return decision.restart ? { action: CloseAction.Restart, message, handled: true } : { action: CloseAction.DoNotRestart, message };
    },
  };
}

/** `web`: the browser build (its server reads no workspace config). */
export function activateCommon(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel, web = false): InspectionReportsApi {
  const structure = new StructureView(client, output, web);
  const acronyms = new AcronymsView(client, output);
  const evidence = new EvidenceView(client, output);
  const views = [structure, acronyms, evidence];
  let quickPickTitle: string | undefined;

  // ---- status bar ----
  const status = vscode.window.createStatusBarItem('inspectionReports.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Inspection report readiness';
  status.command = COMMAND_IDS.showProblems;
  let statusVisible = false;
  const updateStatus = () => {
    const document = activeMarkdown();
    // Before the server has answered for this document, any Markdown document counts.
    const known = structure.uri && document && structure.uri.toString() === document.uri.toString();
    if (!document || (known && !structure.result?.isReport)) {
      statusVisible = false;
      return status.hide();
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    status.text = errors || warnings ? `$(checklist) ${errors} · ${warnings}` : '$(pass) Report ready';
    status.tooltip = `Inspection report: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Click to open the Problems panel.`;
    status.accessibilityInformation = { label: `Inspection report: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
    status.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    statusVisible = true;
    status.show();
  };
  structure.onDidRefresh(() => {
    void vscode.commands.executeCommand('setContext', IS_REPORT_KEY, !!structure.result?.isReport);
    updateStatus();
  });

  /** A quick pick that tests can see (its title) and accept with workbench.action.acceptSelectedQuickOpenItem. */
  const pick = <T extends vscode.QuickPickItem>(items: T[], title: string, placeholder: string, step?: [number, number]): Promise<T | undefined> =>
    new Promise((resolve) => {
      const quickPick = vscode.window.createQuickPick<T>();
      quickPick.title = title;
      quickPick.placeholder = placeholder;
      if (step) [quickPick.step, quickPick.totalSteps] = step;
      quickPick.items = items;
      quickPick.matchOnDescription = true;
      quickPick.matchOnDetail = true;
      let picked: T | undefined;
      quickPick.onDidAccept(() => {
        picked = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        quickPick.hide();
      });
      const shown = step ? `${title} (${step[0]}/${step[1]})` : title;
      quickPick.onDidHide(() => {
        if (quickPickTitle === shown) quickPickTitle = undefined;
        quickPick.dispose();
        resolve(picked);
      });
      quickPickTitle = shown;
      quickPick.show();
    });

  /** The report a command acts on: the given URI, or the active Markdown editor's document. */
  const targetDocument = async (uri?: unknown): Promise<vscode.TextDocument | undefined> => {
    const given = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
    if (given) return vscode.workspace.openTextDocument(given);
    const document = activeMarkdown();
    if (!document) void vscode.window.showInformationMessage('Open a Markdown inspection report first.');
    return document;
  };
  const asUri = (document: vscode.TextDocument) => client.code2ProtocolConverter.asUri(document.uri);

  // ---- commands ----
  const newReport = async (templateId?: unknown): Promise<string | undefined> => {
    if (typeof templateId !== 'string') templateId = undefined; // menus may pass a URI
    const document = activeMarkdown();
    const templates = await client.sendRequest(TemplatesRequest, document ? { uri: asUri(document) } : null);
    if (!templates.length) {
      void vscode.window.showWarningMessage('No report templates are available.');
      return undefined;
    }
    let template: TemplateInfo | undefined;
    if (templateId) {
      template = templates.find((t) => t.id === templateId);
      if (!template) throw new Error(`Unknown template "${templateId}"; known: ${templates.map((t) => t.id).join(', ')}`);
    } else {
      const chosen = await pick(
        templates.map((t) => ({ label: t.title, description: t.id, detail: t.description, template: t })),
        'New report from template',
        'Choose the template of the new report',
      );
      template = chosen?.template;
    }
    if (!template) return undefined;
    const created = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(created, { preview: false });
    await editor.insertSnippet(new vscode.SnippetString(template.snippet), new vscode.Position(0, 0));
    return created.uri.toString();
  };

  const insertSections = async (document: vscode.TextDocument | undefined, sectionIds?: string[]): Promise<boolean> => {
    if (!document) return false;
    const applied = await client.sendRequest(InsertSectionsRequest, { uri: asUri(document), sectionIds });
    if (!applied) void vscode.window.showInformationMessage(sectionIds ? 'That section is already in the report.' : 'No required section is missing.');
    structure.schedule(0);
    return applied;
  };

  const fixAll = async (uri?: unknown): Promise<boolean> => {
    const document = await targetDocument(uri);
    if (!document) return false;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, whole, vscode.CodeActionKind.SourceFixAll.value)) ?? [];
    // Our own source.fixAll first (other extensions may offer theirs too).
    const fixes = actions.filter((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
    const action = fixes.find((a) => /inspection-report/i.test(a.title)) ?? fixes[0];
    if (!action) {
      void vscode.window.showInformationMessage('No finding in this report has a safe automatic fix.');
      return false;
    }
    let applied = true;
    if (action.edit) applied = await vscode.workspace.applyEdit(action.edit);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    return applied;
  };

  const openRuleDoc = async (rule?: unknown, url?: string): Promise<string | undefined> => {
    let ruleId = typeof rule === 'string' && rule ? rule : undefined; // menus may pass a URI
    if (!ruleId) {
      // The rules the active report breaks come first, then every rule with documentation.
      const document = activeMarkdown();
      const found = new Map<string, number>();
      for (const d of document ? vscode.languages.getDiagnostics(document.uri) : []) {
        if (d.source !== SOURCE) continue;
        const code = typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined;
        if (code) found.set(code, (found.get(code) ?? 0) + 1);
      }
      let documented: string[] = [];
      try {
        const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
        documented = entries.filter(([name]) => name.endsWith('.md')).map(([name]) => name.slice(0, -3)).sort();
      } catch {
        /* no docs folder */
      }
      const ids = [...new Set([...[...found.keys()].sort(), ...documented])].filter((id) => id !== 'config');
      const chosen = await pick(
        ids.map((id) => ({ label: id, description: found.has(id) ? `${found.get(id)} in this report` : undefined })),
        'Open rule documentation',
        'Choose a rule',
      );
      if (!chosen) return undefined;
      ruleId = chosen.label;
    }
    // The docs ship inside the extension, so they open offline in the Markdown preview.
    const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
    try {
      await vscode.workspace.fs.stat(local);
      await vscode.commands.executeCommand('markdown.showPreview', local);
    } catch {
      if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
      else void vscode.window.showWarningMessage(`No documentation for rule "${ruleId}".`);
    }
    return ruleId;
  };

  interface ExportOptions {
    uri?: string;
    format?: 'markdown' | 'html';
    /** 'editor' opens an untitled document; 'file' asks where to save (next to the report); 'none' only returns the text. */
    destination?: 'editor' | 'file' | 'none';
  }
  const exportReviewSummary = async (options: ExportOptions = {}): Promise<string | undefined> => {
    const document = await targetDocument(options.uri);
    if (!document) return undefined;
    let format = options.format;
    if (!format) {
      const chosen = await pick(
        [
          { label: 'Markdown', detail: 'For the review thread or the repository', format: 'markdown' as const },
          { label: 'HTML', detail: 'A page to print or attach for sign-off', format: 'html' as const },
        ],
        'Export review summary',
        'Format of the review summary',
        [1, 2],
      );
      format = chosen?.format;
    }
    if (!format) return undefined;
    const text = await client.sendRequest(ReviewSummaryRequest, { uri: asUri(document), format });
    let destination = options.destination;
    if (!destination) {
      const chosen = await pick(
        [
          { label: 'Open in an editor', detail: 'An untitled document you can copy, edit or save', destination: 'editor' as const },
          { label: 'Save next to the report…', detail: 'Choose the file name', destination: 'file' as const },
        ],
        'Export review summary',
        'Where should the review summary go?',
        [2, 2],
      );
      destination = chosen?.destination;
    }
    if (destination === 'editor') {
      const summary = await vscode.workspace.openTextDocument({ language: format, content: text });
      await vscode.window.showTextDocument(summary, { preview: false });
    } else if (destination === 'file') {
      const extension = format === 'html' ? 'html' : 'md';
      const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'report';
      const defaultUri = document.isUntitled ? undefined : vscode.Uri.joinPath(document.uri, '..', `${name}.review.${extension}`);
      const target = await vscode.window.showSaveDialog({
        defaultUri,
        title: 'Save review summary',
        filters: format === 'html' ? { HTML: ['html', 'htm'] } : { Markdown: ['md'] },
      });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      const open = await vscode.window.showInformationMessage(`Review summary saved to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
      if (open) await vscode.window.showTextDocument(target);
    }
    return destination ? text : undefined;
  };

  const reveal = async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: true, preview: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const showProblems = async () => {
    // Opens and focuses the Problems panel, which reveals the active file's problems. (Its
    // "active file only" filter is a toggle whose state an extension cannot read, so it is left alone.)
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.problems.focus').then(undefined, () => undefined);
  };

  context.subscriptions.push(
    status,
    ...views,
    watchViews(views),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand(COMMAND_IDS.showOutput, () => output.show()),
    vscode.commands.registerCommand(COMMAND_IDS.showProblems, showProblems),
    vscode.commands.registerCommand(COMMAND_IDS.openRuleDoc, openRuleDoc),
    vscode.commands.registerCommand(COMMAND_IDS.newReport, newReport),
    vscode.commands.registerCommand(COMMAND_IDS.insertMissingSections, async (uri?: unknown) => insertSections(await targetDocument(uri))),
    vscode.commands.registerCommand(COMMAND_IDS.insertSection, async (node?: ViewNode | { uri: string; sectionId: string }) => {
      // From the view's inline action (a row) or from code ({ uri, sectionId }).
      const args = node && 'data' in node ? (node.data as { uri?: string; sectionId?: string }) : (node as { uri?: string; sectionId?: string } | undefined);
      if (!args?.sectionId) return false;
      return insertSections(await targetDocument(args.uri), [args.sectionId]);
    }),
    vscode.commands.registerCommand(COMMAND_IDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMAND_IDS.exportReviewSummary, exportReviewSummary),
    vscode.commands.registerCommand(COMMAND_IDS.refreshViews, () => Promise.all(views.map((v) => v.refresh()))),
    vscode.commands.registerCommand(COMMAND_IDS.reveal, reveal),
    registerCounterpartCommand(client),
    vscode.commands.registerCommand(COMMAND_IDS.disableWithReason, async (uri: string, ruleId: string, line: number) => {
      const reason = await vscode.window.showInputBox({
        title: `Disable ${ruleId} for this line`,
        prompt: 'Why is this finding acceptable? The reason is kept in the report and listed for reviewers.',
        validateInput: (value) => (value.trim() ? undefined : 'A reason helps the reviewer: please give one.'),
      });
      if (reason) await client.sendRequest('workspace/executeCommand', { command: 'inspection-reports.applyDisable', arguments: [uri, ruleId, line, reason.trim()] });
    }),
  );
  void vscode.commands.executeCommand('setContext', 'inspectionReports.active', true);
  updateStatus();
  views.forEach((v) => v.schedule(0));

  return {
    structureItems: (fresh) => structure.items(fresh),
    acronymItems: (fresh) => acronyms.items(fresh),
    evidenceItems: (fresh) => evidence.items(fresh),
    isReport: () => !!structure.result?.isReport,
    status: () => ({ text: status.text, tooltip: String(status.tooltip ?? ''), visible: statusVisible }),
    activeQuickPick: () => quickPickTitle,
    onDidRefreshStructure: structure.onDidRefresh,
  };
}
