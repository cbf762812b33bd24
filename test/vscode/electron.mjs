#!/usr/bin/env node
// `npm run test:electron`: the editor suite (test/vscode/suite, bundled to
// dist/test/vscode/index.js, the `run()` contract) in desktop VS Code through
// @vscode/test-electron, against the extension in this folder and test/vscode/workspace.
//
// Which VS Code: the one VSCODE_EXECUTABLE names (an installed `code`, or the binary of an
// unpacked VS Code), else one @vscode/test-electron downloads (stable, cached in .vscode-test/, or
// VSCODE_TEST_CACHE). Where neither is possible (no such file, no internet), it says so in a few
// lines, without a stack trace, and exits 2; failing tests exit 1. On Linux without a display,
// run it under xvfb-run. The same suite runs in code-server with `npm run test:editor`, which
// needs no download.
import { createRequire } from 'node:module';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const testsEntry = join(repo, 'dist/test/vscode/index.js');
const workspace = join(repo, 'test/vscode/workspace');
const NO_VSCODE_EXIT = 2;

function cannotRun(reasons) {
  console.error(`test:electron: cannot run the editor suite in desktop VS Code here:
${reasons.map((r) => `  - ${r}`).join('\n')}
Set VSCODE_EXECUTABLE to an installed VS Code (for example /usr/bin/code), or run the same suite
in code-server with \`npm run test:editor\`, which needs no download.`);
  process.exit(NO_VSCODE_EXIT);
}

/** First line of an error's message, with its code: no stack. */
function reason(error) {
  const message = String(error?.message ?? error).split('\n')[0];
  return error?.code && !message.includes(error.code) ? `${message} (${error.code})` : message;
}

async function findVSCode() {
  const named = process.env.VSCODE_EXECUTABLE;
  if (named) {
    const path = resolve(named);
    try {
      if (!statSync(path).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      accessSync(path, constants.X_OK);
    } catch (error) {
      cannotRun([`VSCODE_EXECUTABLE names ${named}, which is not an executable file (${reason(error)}).`]);
    }
    return path;
  }
  const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
  const cachePath = resolve(process.env.VSCODE_TEST_CACHE || join(repo, '.vscode-test'));
  const timeout = Number(process.env.VSCODE_DOWNLOAD_TIMEOUT_MS || 15_000);
  const quiet = { report() {}, error() {} };
  try {
    console.log('test:electron: VSCODE_EXECUTABLE is not set; downloading VS Code (stable) with @vscode/test-electron…');
    return await downloadAndUnzipVSCode({ version: 'stable', cachePath, timeout, reporter: quiet, extensionDevelopmentPath: repo });
  } catch (error) {
    cannotRun(['VSCODE_EXECUTABLE is not set (it may name an installed VS Code).', `VS Code could not be downloaded: ${reason(error)}.`]);
  }
}

if (!existsSync(testsEntry)) {
  console.error(`test:electron: ${testsEntry} is missing: run \`npm run build\` first.`);
  process.exit(NO_VSCODE_EXIT);
}
const vscodeExecutablePath = await findVSCode();
const { runTests } = require('@vscode/test-electron');
const profile = mkdtempSync(join(tmpdir(), 'ir-electron-'));
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: testsEntry,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(profile, 'user-data'), '--extensions-dir', join(profile, 'extensions')],
    extensionTestsEnv: { INSPECTION_REPORTS_TEST_PHASE: 'electron', INSPECTION_REPORTS_EXPECT_TRUST: 'trusted' },
  });
} catch (error) {
  // runTests rejects with "Failed" / "Test run failed with code 1" when the suite fails, or when
  // VS Code could not start (no display: run under xvfb-run).
  console.error(`test:electron: ${reason(error)}`);
  code = 1;
} finally {
  rmSync(profile, { recursive: true, force: true });
}
process.exit(code);
