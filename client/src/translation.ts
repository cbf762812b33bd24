// "Open Welsh/English Version Beside": opens the report's other-language version in the next
// editor group, at the section that corresponds to the cursor's (the server pairs the sections
// as translation-parity does).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CounterpartRequest } from '../../server/src/protocol';

export const OPEN_COUNTERPART_COMMAND = 'inspection-reports.openTranslation';

export function registerCounterpartCommand(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_COUNTERPART_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return undefined;
    const target = await client.sendRequest(CounterpartRequest, { uri: editor.document.uri.toString(), line: editor.selection.active.line });
    if (!target) {
      void vscode.window.showInformationMessage(
        'This report has no Welsh or English version to open: save it beside this one as report.cy.md (for report.md), or name it in the front matter (translationOf: report.md in the Welsh version).',
      );
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    const position = new vscode.Position(target.line, 0);
    const other = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position), preview: false });
    other.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    return target;
  });
}
