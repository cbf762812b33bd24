// Runs the BUILT CLI (dist/cli.js) as a child process, the way a reviewer or CI does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CLI_JS = join(REPO_ROOT, 'dist', 'cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd = REPO_ROOT): CliResult {
  if (!existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, with the whole output in the message when it is not JSON. */
export function json<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch (error) {
    throw new Error(`stdout is not JSON (${(error as Error).message}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

export function makeTempDir(prefix = 'ir-cli-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function rmTemp(dir: string | undefined): void {
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

/** `path:line:col: severity: message [rule]`, 1-based. */
export const TEXT_LINE = /^(?<path>.+?):(?<line>[1-9]\d*):(?<column>[1-9]\d*): (?<severity>error|warning|info|hint): (?<message>.+) \[(?<rule>[a-z0-9-]+)\]$/;

/** The summary line that ends text output: `[No findings. ]N errors, N warnings, N info in N files[; ...].` */
export const SUMMARY_LINE = /^(No findings\. )?\d+ errors?, \d+ warnings?, \d+ info in \d+ files?(; \d+ suppressed)?(; \d+ fixed)?(; \d+ not listed)?\.$/;

/** The finding lines of text output: everything before the blank line or the summary line. */
export function findingLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  const end = lines.findIndex((l) => l === '' || SUMMARY_LINE.test(l));
  return lines.slice(0, end < 0 ? lines.length : end);
}

export { MISSING_TWO } from '../drafts';

/** A complete generic report: no findings. */
export const CLEAN = `---
template: generic
---

# Inspection of Tŷ Hafan

## Summary

The inspection took place in March 2026.

## Findings

The inspection looked at care planning and staffing.
`;

/** Warnings only (an empty section), no errors. */
export const WARNINGS_ONLY = `${CLEAN}
## Notes
`;
