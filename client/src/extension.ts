// The desktop VS Code client: starts the language server (dist/server.js) over Node IPC; the
// views, commands and status bar are shared with the web client (common.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activateCommon, crashErrorHandler, type InspectionReportsApi } from './common';
import serverFlags from '../../server/node-flags.json';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<InspectionReportsApi> {
  const output = vscode.window.createOutputChannel('Inspection Reports', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverFlags.execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverFlags.execArgv, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'inspectionReports' },
    outputChannel: output,
    errorHandler: crashErrorHandler(output.name),
  };
  client = new LanguageClient('inspectionReports', 'Inspection Reports', serverOptions, clientOptions);
  context.subscriptions.push(output);
  const api = activateCommon(context, client, output);
  await client.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
