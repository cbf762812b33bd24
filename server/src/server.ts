// The language server over stdio or Node IPC: connection wiring only.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { Session } from './session';

/** Config and glossary files larger than this are not read (they would be data, not settings). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const connection = createConnection(ProposedFeatures.all);

new Session(connection, {
  readFile(path) {
    try {
      if (statSync(path).size > MAX_FILE_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  listDirectory(path) {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
});

// Log and carry on: an author's session must outlive any one bad document.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => connection.console.error(`Unexpected rejection: ${(error as Error)?.stack ?? error}`));

connection.listen();
