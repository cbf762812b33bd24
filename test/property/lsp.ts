// A small LSP client for the property and bad-input tests: starts the BUILT server
// (dist/server.js --stdio) and speaks JSON-RPC to it with vscode-languageserver-protocol.
// Every wait is bounded; stop() always ends the child process (it kills it if it must).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  CancellationTokenSource,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  PublishDiagnosticsNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function messageText(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}

export type Outcome = { ok: true; result: unknown } | { ok: false; code: number; message: string };

export interface StartOptions {
  rootPath?: string;
  /** Ask the client for settings (workspace/configuration), answered after this many ms. */
  configurationDelayMs?: number;
  /** What the client answers to workspace/configuration. */
  settings?: unknown;
  /** Extra node options for the server, e.g. --max-old-space-size. */
  execArgv?: string[];
}

export class LspServer {
  readonly published: PublishDiagnosticsParams[] = [];
  /** Latest publishDiagnostics per URI. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  stderr = '';
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  private listeners: (() => void)[] = [];

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspServer> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_JS, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new LspServer(child, connection);
    child.stderr.on('data', (d: Buffer) => (server.stderr += d.toString()));
    child.on('exit', (code, signal) => {
      server.exit = { code, signal };
      server.notify();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      server.published.push(params);
      server.latest.set(params.uri, params);
      server.notify();
    });
    // Requests from the server to the client.
    connection.onRequest('workspace/configuration', async (params: { items?: unknown[] }) => {
      if (options.configurationDelayMs) await delay(options.configurationDelayMs);
      return (params.items ?? []).map(() => options.settings ?? { enable: true });
    });
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest', 'window/showDocument']) {
      connection.onRequest(method, () => null);
    }
    connection.onError(() => undefined);
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: options.configurationDelayMs !== undefined, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
      textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: { didSave: true } },
    };
    const rootUri = options.rootPath ? `file://${options.rootPath}` : null;
    await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        capabilities,
        workspaceFolders: options.rootPath ? [{ uri: rootUri!, name: 'root' }] : null,
      }),
      20_000,
      'initialize',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  get alive(): boolean {
    return !this.exit;
  }

  /** Sends a request; resolves with its result or its error (never rejects, except on timeout). */
  async request(method: string, params: unknown, options: { cancelAfterMs?: number; timeoutMs?: number } = {}): Promise<Outcome> {
    const source = new CancellationTokenSource();
    if (options.cancelAfterMs !== undefined) {
      if (options.cancelAfterMs <= 0) queueMicrotask(() => source.cancel());
      else setTimeout(() => source.cancel(), options.cancelAfterMs);
    }
    const pending = this.connection.sendRequest(method, params, source.token).then(
      (result): Outcome => ({ ok: true, result }),
      (error: { code?: number; message?: string }): Outcome => ({ ok: false, code: error?.code ?? -1, message: String(error?.message ?? error) }),
    );
    return withTimeout(pending, options.timeoutMs ?? 20_000, `request ${method}`);
  }

  async send(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /** Waits until `done()` holds (checked on every message from the server), or fails after `timeoutMs`. */
  async until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return;
    await new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.exit ? ` (server exited: ${JSON.stringify(this.exit)})` : ''}\nserver stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const check = () => {
        if (done() || this.exit) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== check);
          if (done()) resolvePromise();
          else reject(new Error(`server exited (${JSON.stringify(this.exit)}) while waiting for ${what}\nserver stderr: ${this.stderr.slice(-2000)}`));
        }
      };
      this.listeners.push(check);
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** shutdown + exit; returns whether shutdown was answered, and the exit code. Kills the child if it lingers. */
  async stop(timeoutMs = 10_000): Promise<{ shutdownAnswered: boolean; exit?: LspServer['exit'] }> {
    let shutdownAnswered = false;
    if (this.alive) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs, 'shutdown');
        shutdownAnswered = true;
        await this.connection.sendNotification(ExitNotification.type);
        await this.until(() => !this.alive, timeoutMs, 'exit').catch(() => undefined);
      } catch {
        // reported through shutdownAnswered
      }
    }
    if (this.alive) this.child.kill('SIGKILL');
    this.connection.dispose();
    return { shutdownAnswered, exit: this.exit };
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** LSP position of a UTF-16 offset (lines end at \r\n, \r or \n), computed independently of the product. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}
