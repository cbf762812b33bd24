// The language server over stdio or Node IPC: connection wiring only.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Session } from './session';
import { BoundedFileHost } from './fs/bounded-read';

const connection = createConnection(ProposedFeatures.all);

// Config and glossaries: regular files only, under their size caps, glossaries inside the
// config's folder and configs inside the workspace folder, links resolved (fs/bounded-read.ts).
new Session(connection, new BoundedFileHost());

// Log and carry on: an author's session must outlive any one bad document.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => connection.console.error(`Unexpected rejection: ${(error as Error)?.stack ?? error}`));

connection.listen();
