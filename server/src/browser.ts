// The language server in a web worker (vscode.dev, github.dev): connection wiring only, like
// server.ts, but over postMessage. Bundled by esbuild.mjs to dist/browser-server.js (iife).
//
// Limitation: a web worker has no file system, so the host reads no files. Every report is
// checked with the default config (built-in templates and rules at their default severities);
// a workspace's .inspection-reports.yaml, its own templates and glossaries are not read.
import { createConnection, BrowserMessageReader, BrowserMessageWriter, ProposedFeatures } from 'vscode-languageserver/browser';
import { Session } from './session';

/** The worker's global scope (typed loosely: the project's tsconfig has no DOM/webworker lib). */
declare const self: {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { message?: string; reason?: unknown }) => void): void;
};

// Session coalesces changes with setImmediate, which browsers lack.
const scope = globalThis as { setImmediate?: (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown };
if (typeof scope.setImmediate !== 'function') {
  scope.setImmediate = (callback, ...args) => setTimeout(() => callback(...args), 0);
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));

new Session(connection, {
  readFile() {
    return undefined;
  },
});

// Log and carry on: an author's session must outlive any one bad document.
self.addEventListener('error', (event) => connection.console.error(`Unexpected error: ${event.message ?? event}`));
self.addEventListener('unhandledrejection', (event) => connection.console.error(`Unexpected rejection: ${(event.reason as Error)?.stack ?? event.reason}`));

connection.listen();
