// A minimal LSP client for protocol tests: starts the BUILT server (dist/server.js --stdio) as a
// child process and speaks JSON-RPC to it over its stdio, with the real protocol library.
// Every wait is bounded; `shutdown()` always ends the child (kills it if it does not exit).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  RegistrationRequest,
  UnregistrationRequest,
  ApplyWorkspaceEditRequest,
  LogMessageNotification,
  ShowMessageNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  CodeActionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  ExecuteCommandRequest,
  CodeActionKind,
  type ProtocolConnection,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type TextEdit,
  type Range,
  type CodeAction,
  type Command,
  type DocumentSymbol,
  type SymbolInformation,
  type FoldingRange,
  type FileEvent,
  type ClientCapabilities,
  type WorkspaceEdit,
  type ApplyWorkspaceEditParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');
export const DEFAULT_TIMEOUT = 10_000;

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    didChangeWatchedFiles: { dynamicRegistration: true },
    executeCommand: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    codeAction: {
      dynamicRegistration: false,
      isPreferredSupport: true,
      dataSupport: true,
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.Source, CodeActionKind.SourceFixAll] },
      },
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
  },
  window: { workDoneProgress: false },
};

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A fresh temp dir (realpath'd: on some systems tmpdir is a symlink). Remove with `rmTemp`. */
export function makeTempDir(prefix = 'ir-protocol-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function rmTemp(dir: string | undefined): void {
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

/** Rejects after `ms` with a message naming what was awaited. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface StartOptions {
  /** Workspace folders (absolute paths); the first is also rootUri. */
  folders?: string[];
  capabilities?: ClientCapabilities;
  /** Answers to workspace/configuration items (default `{ enable: true }` for each). */
  settings?: (item: { scopeUri?: string; section?: string }) => unknown;
  /** Node arguments that start the server instead of `dist/server.js --stdio` (a test's own entry point). */
  nodeArgs?: string[];
}

export class TestClient {
  readonly connection: ProtocolConnection;
  /** Latest publishDiagnostics per uri. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  readonly registrations: unknown[] = [];
  stderr = '';
  initializeResult?: InitializeResult;
  private documents = new Map<string, TextDocument>();
  private listeners = new Set<() => void>();
  private exited: Promise<number | null>;
  private hasExited = false;

  constructor(readonly child: ChildProcessWithoutNullStreams, private options: StartOptions) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => {
      this.hasExited = true;
      resolve(code);
    }));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      for (const listener of [...this.listeners]) listener();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (this.options.settings ? this.options.settings(item) : { enable: true })),
    );
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onRequest(UnregistrationRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.applyEditRequests.push(params);
      return { applied: false, failureReason: 'test client does not apply edits' };
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get isRunning(): boolean {
    return !this.hasExited;
  }

  async initialize(): Promise<InitializeResult> {
    const folders = this.options.folders ?? [];
    this.initializeResult = await withTimeout(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'protocol-tests', version: '1' },
        rootUri: folders[0] ? fileUri(folders[0]) : null,
        workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })) : null,
        capabilities: this.options.capabilities ?? CLIENT_CAPABILITIES,
      }),
      DEFAULT_TIMEOUT,
      'initialize',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  /** The text the client holds for an open document. */
  text(uri: string): string {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)?.version ?? 0;
  }

  async open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, version, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /**
   * Sends incremental changes (each range relative to the text after the previous change, as
   * LSP says) and mirrors them locally. Returns the new version.
   */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<number> {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies TextEdits (all relative to the current text, as in a WorkspaceEdit) as one incremental didChange. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    // Sequential content changes: apply from the end of the document backwards so that the
    // ranges of the edits still to come stay valid. Equal starts keep their given order.
    const ordered = edits
      .map((e, i) => ({ e, i }))
      .sort((a, b) => comparePos(b.e.range.start, a.e.range.start) || b.i - a.i)
      .map(({ e }) => ({ range: e.range, text: e.newText }));
    return this.change(uri, ordered);
  }

  /** Applies a WorkspaceEdit's edits for `uri` (documentChanges or changes) through didChange. */
  async applyWorkspaceEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    return this.applyEdits(uri, editsFor(edit, uri));
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async didChangeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /**
   * Resolves with the first publishDiagnostics for `uri` (the latest one already received, or a
   * later one) that satisfies `predicate`; rejects after `timeoutMs`, showing what did arrive.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = DEFAULT_TIMEOUT,
  ): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const params = this.diagnostics.get(uri);
        if (params && predicate(params.diagnostics, params)) {
          done();
          resolve(params.diagnostics);
          return true;
        }
        if (this.hasExited) {
          done();
          reject(new Error(`Server exited while waiting for diagnostics of ${uri}. stderr:\n${this.stderr}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        const last = this.diagnostics.get(uri);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for diagnostics of ${uri}; last published: ${JSON.stringify(last ? { version: last.version, diagnostics: last.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`) } : null)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      if (!check()) this.listeners.add(listener);
    });
  }

  /** Diagnostics for the document's current version (needs the server to send `version`). */
  waitForVersion(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.waitForDiagnostics(uri, (d, p) => p.version === version && predicate(d), timeoutMs);
  }

  request<R>(promise: Promise<R>, what: string, timeoutMs = DEFAULT_TIMEOUT): Promise<R> {
    return withTimeout(promise, timeoutMs, what);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[] | null> {
    return this.request(this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }), 'textDocument/codeAction');
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request(this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'textDocument/documentSymbol');
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.request(this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 'textDocument/foldingRange');
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.request(this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }), 'workspace/executeCommand');
  }

  /** shutdown + exit, bounded; kills the child if it does not exit in time. Safe to call twice. */
  async shutdown(timeoutMs = 5_000): Promise<void> {
    try {
      if (!this.hasExited) {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs, 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
        await withTimeout(this.exited, timeoutMs, 'server exit');
      }
    } catch {
      // fall through to the kill below
    } finally {
      if (!this.hasExited) {
        this.child.kill('SIGKILL');
        await withTimeout(this.exited, timeoutMs, 'killed server exit').catch(() => undefined);
      }
      this.connection.dispose();
    }
  }

  /** Resolves with the exit code once the server has exited (bounded). */
  waitForExit(timeoutMs = DEFAULT_TIMEOUT): Promise<number | null> {
    return withTimeout(this.exited, timeoutMs, 'server exit');
  }
}

/** Starts `node dist/server.js --stdio` (or `node <nodeArgs>`) and initializes it. */
export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  if (!options.nodeArgs && !existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, options.nodeArgs ?? [SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const client = new TestClient(child, options);
  try {
    await client.initialize();
  } catch (error) {
    await client.shutdown();
    throw error;
  }
  return client;
}

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** The TextEdits of a WorkspaceEdit that apply to `uri`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  edits.push(...(edit.changes?.[uri] ?? []));
  return edits;
}

/** Applies TextEdits to a string (as an editor would), for computing expected texts. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'markdown', 0, text), edits);
}

/** A diagnostic's message as plain text (LSP 3.18 also allows MarkupContent). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return typeof (item as Command).command !== 'string';
}
