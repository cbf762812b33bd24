// `npm run test:electron` (test/vscode/electron.mjs): runs the editor suite in the desktop VS Code
// that VSCODE_EXECUTABLE names or @vscode/test-electron downloads, and says plainly, without a
// stack trace, when neither is possible. A stand-in executable checks what VS Code is started with.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'test/vscode/electron.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'ir-electron-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function runScript(env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'VSCODE_EXECUTABLE' && !/^npm_config_(https_)?proxy$/i.test(k)));
  const r = spawnSync(process.execPath, [script], { cwd: repo, encoding: 'utf8', timeout: 120_000, env: { ...base, ...env } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const STACK_LINE = /^\s+at .+[(:]\d+/m;

test('no VSCODE_EXECUTABLE and no download possible: a plain message naming both ways out, exit 2', () => {
  // A proxy that refuses connections and an empty cache: no download here, with or without internet.
  const r = runScript({ npm_config_https_proxy: 'http://127.0.0.1:9', npm_config_proxy: 'http://127.0.0.1:9', VSCODE_TEST_CACHE: join(tmp, 'cache'), VSCODE_DOWNLOAD_TIMEOUT_MS: '10000' });
  assert.equal(r.status, 2, r.out);
  assert.match(r.out, /test:electron: cannot run the editor suite in desktop VS Code here:\n {2}- VSCODE_EXECUTABLE is not set .*\n {2}- VS Code could not be downloaded: .+\.\n/);
  assert.match(r.out, /Set VSCODE_EXECUTABLE to an installed VS Code .*\n.*`npm run test:editor`/);
  assert.doesNotMatch(r.out, STACK_LINE, 'no stack trace');
});

test('VSCODE_EXECUTABLE naming no executable file: said plainly, exit 2', () => {
  const r = runScript({ VSCODE_EXECUTABLE: join(tmp, 'no-such-code') });
  assert.equal(r.status, 2, r.out);
  assert.match(r.out, /VSCODE_EXECUTABLE names .*no-such-code, which is not an executable file \(ENOENT/);
  assert.doesNotMatch(r.out, STACK_LINE);
});

test('VSCODE_EXECUTABLE: VS Code is started on the workspace with this extension and the suite; its exit code is passed on', () => {
  assert.ok(existsSync(join(repo, 'dist/test/vscode/index.js')), 'run npm run build first');
  const argsFile = join(tmp, 'args.txt');
  const fake = join(tmp, 'code');
  writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexit "\${FAKE_CODE_EXIT:-0}"\n`);
  chmodSync(fake, 0o755);
  const ok = runScript({ VSCODE_EXECUTABLE: fake });
  assert.equal(ok.status, 0, ok.out);
  const args = readFileSync(argsFile, 'utf8').split('\n');
  assert.ok(args.includes(join(repo, 'test/vscode/workspace')), args.join(' '));
  assert.ok(args.includes(`--extensionDevelopmentPath=${repo}`), args.join(' '));
  assert.ok(args.includes(`--extensionTestsPath=${join(repo, 'dist/test/vscode/index.js')}`), args.join(' '));
  assert.ok(args.includes('--disable-extensions'), args.join(' '));
  const failing = runScript({ VSCODE_EXECUTABLE: fake, FAKE_CODE_EXIT: '1' });
  assert.equal(failing.status, 1, failing.out);
  assert.doesNotMatch(failing.out, STACK_LINE);
});
