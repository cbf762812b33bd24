// Runs a bad-input case in a child process and reports what it cost. No timing is asserted
// (npm test asserts none; `npm run bench`, part badinput, times these inputs): a generous hang
// guard only stops a run that would never end.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseResult } from './run-case';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const RUN_CASE = join(__dirname, 'run-case.ts');

/** Only a hang is stopped: no input takes this long even on a heavily loaded machine (env BADINPUT_HANG_GUARD_MS). */
export const BOUND_MS = Number(process.env.BADINPUT_HANG_GUARD_MS ?? 600_000);
/** Child start-up (tsx) and building the input are not part of the bound. */
const START_ALLOWANCE_MS = 5_000;

export interface Run {
  result?: CaseResult;
  wallMs: number;
  timedOut: boolean;
  crash?: string;
}

export function runCase(args: string[], boundMs = BOUND_MS): Run {
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--stack-size=984', RUN_CASE, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: boundMs + START_ALLOWANCE_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Date.now() - started;
  const timedOut = child.error !== undefined && /ETIMEDOUT/.test(String((child.error as NodeJS.ErrnoException).code ?? child.error));
  const line = child.stdout?.trim().split('\n').pop();
  let result: CaseResult | undefined;
  try {
    result = line ? (JSON.parse(line) as CaseResult) : undefined;
  } catch {
    result = undefined;
  }
  const crash = !timedOut && child.status !== 0 ? `exit ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().split('\n').slice(-12).join('\n')}` : undefined;
  return { result, wallMs, timedOut, crash };
}

/** Asserts the case finished (not stopped by the hang guard) without crashing; logs its figures in the TAP output. */
export function assertCompleted(t: TestContext, name: string, run: Run, boundMs = BOUND_MS): CaseResult {
  if (run.timedOut) assert.fail(`${name}: no result within ${(boundMs + START_ALLOWANCE_MS) / 1000} s (stopped by the hang guard): it hangs`);
  if (run.crash) assert.fail(`${name}: the process crashed: ${run.crash}`);
  const r = run.result;
  assert.ok(r, `${name}: no result printed`);
  t.diagnostic(`${name}: ${Math.round(r.ms)} ms${r.keystrokeMs !== undefined ? `, then ${Math.round(r.keystrokeMs)} ms` : ''}, peak RSS ${r.rssMB} MB${r.chars !== undefined ? `, ${r.chars} chars` : ''}${r.findings !== undefined ? `, ${r.findings} findings` : ''}`);
  return r;
}
