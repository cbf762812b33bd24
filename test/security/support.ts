// Shared by the hostile-workspace tests: a folder per test, the built CLI run in it, and helpers
// to plant links, pipes and read-only files.
import { before, after } from 'node:test';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { CLI_JS, makeTempDir, rmTemp } from '../cli/run';

export { makeTempDir, rmTemp, CLI_JS };

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in `cwd` (no code cache, so that no test writes outside its folder). */
export function runCli(args: string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(process.execPath, [CLI_JS, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: { ...process.env, INSPECTION_REPORTS_CODE_CACHE: 'off', ...(options.env ?? {}) },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Writes the files (paths relative to `dir`, folders made as needed). */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

export const read = (path: string) => readFileSync(path, 'utf8');

/** A temp root for one test file: `next()` gives a fresh folder in it holding the given files. */
export function tempFolders(prefix: string): { next(files?: Record<string, string | Buffer>): string; root(): string } {
  let root = '';
  let count = 0;
  before(() => (root = makeTempDir(prefix)));
  after(() => rmTemp(root));
  return {
    next(files = {}) {
      const dir = join(root, `t${++count}`);
      mkdirSync(dir);
      writeFiles(dir, files);
      return dir;
    },
    root: () => root,
  };
}

/** True when this process runs as root (root bypasses file permission checks). */
export const isRoot = process.getuid?.() === 0;
