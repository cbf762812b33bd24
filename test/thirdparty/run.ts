// Helpers for driving third-party LSP clients (Neovim, Emacs + eglot) against the built server.
// The editor runs in its own process group, which is killed afterwards: that also ends a
// language server the editor failed to stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** Whether `command` runs (`command --version` exits 0). */
export function installed(command: string): boolean {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return !result.error && result.status === 0;
}

/**
 * When the editor is missing: in CI (which installs it) the test fails with the apt line;
 * elsewhere it is skipped. Returns false when the caller should stop.
 */
export function requireEditor(t: TestContext, command: string, aptLine: string): boolean {
  if (installed(command)) return true;
  const message = `${command} not installed: ${aptLine}`;
  if (process.env.CI) assert.fail(`${message} (CI must install it: see .ci/run)`);
  t.skip(message);
  return false;
}

export interface EditorRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs an editor to completion (bounded), then kills its whole process group. */
export function runEditor(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<EditorRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      killGroup();
      resolvePromise({ status, signal, stdout, stderr, timedOut });
    });
  });
}

export function makeTempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function rmTemp(dir: string | undefined): void {
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The last section present, where the two missing sections belong (0-based line 14): a section name,
 * a dash and a subtitle with a curly apostrophe, so that UTF-16 and byte columns differ on it.
 */
export const FINDINGS_HEADING = 'Findings – Cwm Aran’s services';

/** A draft (ciw-local-authority-children) missing "Areas for development" and "Next steps"; title on line 4. */
export const MISSING_TWO = `---
template: ciw-local-authority-children
---

# Inspection of children’s services: Cwm Aran Council

## Summary

The inspection took place in February 2026.

## About the inspection

Inspectors read twenty case files.

## ${FINDINGS_HEADING}

The inspection looked at assessment and care planning.
`;

export const MISSING_MESSAGES = [
  `Missing required section "Areas for development" (template ciw-local-authority-children): it belongs after "${FINDINGS_HEADING}".`,
  `Missing required section "Next steps" (template ciw-local-authority-children): it belongs after "${FINDINGS_HEADING}".`,
];
