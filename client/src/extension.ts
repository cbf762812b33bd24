// The VS Code client: starts the language server, shows the active report's readiness in the
// status bar, and provides the commands that need the editor's UI.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const SOURCE = 'inspection-reports';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Inspection Reports', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'inspectionReports' },
    outputChannel: output,
    connectionOptions: { maxRestartCount: 4 },
  };
  client = new LanguageClient('inspectionReports', 'Inspection Reports', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('inspectionReports.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Inspection report readiness';
  status.command = 'workbench.actions.view.problems';
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return status.hide();
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    status.text = errors || warnings ? `$(checklist) ${errors} · ${warnings}` : '$(pass) Report ready';
    status.tooltip = `Inspection report: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Click to open the Problems panel.`;
    status.show();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand('inspection-reports.showOutput', () => output.show()),
    vscode.commands.registerCommand('inspection-reports.openRuleDoc', (ruleId: string, url?: string) => openRuleDoc(context, ruleId, url)),
    vscode.commands.registerCommand('inspection-reports.disableWithReason', async (uri: string, ruleId: string, line: number) => {
      const reason = await vscode.window.showInputBox({
        title: `Disable ${ruleId} for this line`,
        prompt: 'Why is this finding acceptable? The reason is kept in the report and listed for reviewers.',
        validateInput: (value) => (value.trim() ? undefined : 'A reason helps the reviewer: please give one.'),
      });
      if (reason) await client?.sendRequest('workspace/executeCommand', { command: 'inspection-reports.applyDisable', arguments: [uri, ruleId, line, reason.trim()] });
    }),
  );
  await client.start();
  updateStatus();
}

async function openRuleDoc(context: vscode.ExtensionContext, ruleId: string, url?: string): Promise<void> {
  // The docs ship inside the extension, so they open offline in the Markdown preview.
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
