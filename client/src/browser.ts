// The web client (vscode.dev, github.dev, VS Code for the Web): the language server runs in a
// web worker (dist/browser-server.js); the views, commands and status bar are those of the
// desktop client (common.ts). In the worker the server reads no files, so reports are checked
// with the default config (see server/src/browser.ts).
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateCommon, crashErrorHandler, type InspectionReportsApi } from './common';

type ServerWorker = Extract<ConstructorParameters<typeof LanguageClient>[2], object>;
/** The web extension host's globals (typed here: the project's tsconfig has no DOM lib). */
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options?: { type?: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

let client: LanguageClient | undefined;

/**
 * The server's worker. On vscode.dev the extension is served over https and the worker loads
 * from its URL; where the extension comes from a remote (code-server, VS Code Server in a
 * browser), the web extension host refuses workers from vscode-remote: URLs, so the bundle is
 * read through the file system API and started from a blob: URL instead.
 */
async function startWorker(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<ServerWorker> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser-server.js');
  const name = 'Inspection Reports language server';
  try {
    return new Worker(serverMain.toString(true), { name });
  } catch (error) {
    output.info(`Starting the server from ${serverMain.toString(true)} failed (${(error as Error)?.message ?? error}); starting it from a blob: URL.`);
    const source = await vscode.workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<InspectionReportsApi> {
  const output = vscode.window.createOutputChannel('Inspection Reports', { log: true });
  const worker = await startWorker(context, output);
  const clientOptions: LanguageClientOptions = {
    // Any scheme: on vscode.dev and github.dev files live in virtual file systems (vscode-vfs, …).
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'inspectionReports' },
    outputChannel: output,
    errorHandler: crashErrorHandler(output.name),
  };
  client = new LanguageClient('inspectionReports', 'Inspection Reports', worker, clientOptions);
  context.subscriptions.push(output);
  const api = activateCommon(context, client, output, true);
  await client.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
