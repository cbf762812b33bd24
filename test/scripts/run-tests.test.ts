// `npm test` ends by listing the tests it skipped, with their reasons, and the one command that
// installs what they need (scripts/run-tests.mjs with scripts/skip-reporter.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain JavaScript module without types
import skipReporter, { skippedSummary } from '../../scripts/skip-reporter.mjs';

const repo = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'ir-run-tests-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the reporter writes one line per skipped test, with its reason, and nothing for the others', async () => {
  async function* events() {
    yield { type: 'test:pass', data: { name: 'runs', file: '/r/a.test.ts' } };
    yield { type: 'test:pass', data: { name: 'needs nvim', file: '/r/b.test.ts', skip: 'nvim not installed' } };
    yield { type: 'test:pass', data: { name: 'skipped bare', file: '/r/b.test.ts', skip: true } };
    yield { type: 'test:fail', data: { name: 'fails', file: '/r/c.test.ts' } };
  }
  const lines: string[] = [];
  for await (const line of (skipReporter as (s: AsyncIterable<unknown>) => AsyncIterable<string>)(events())) lines.push(line);
  assert.deepEqual(lines.map((l) => JSON.parse(l)), [
    { name: 'needs nvim', file: '/r/b.test.ts', reason: 'nvim not installed' },
    { name: 'skipped bare', file: '/r/b.test.ts', reason: null },
  ]);
  assert.equal((skippedSummary as (s: unknown[]) => string)([]), '', 'nothing skipped: nothing printed');
});

test('run-tests.mjs ends with what was skipped, grouped by reason, and scripts/install-test-deps.sh', () => {
  const file = join(tmp, 'skips.test.ts');
  writeFileSync(file, [
    "import { test } from 'node:test';",
    "test('needs a tool', (t) => { t.skip('frobnicator not installed: apt-get install frobnicator'); });",
    "test('needs it too', (t) => { t.skip('frobnicator not installed: apt-get install frobnicator'); });",
    "test('runs', () => {});",
  ].join('\n'));
  // Without NODE_TEST_CONTEXT, which would make the inner runner report to this one instead.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT'));
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', file], { cwd: repo, encoding: 'utf8', timeout: 60_000, env });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const tail = r.stdout.slice(r.stdout.lastIndexOf('\n2 tests were skipped:'));
  assert.match(tail, /^\n2 tests were skipped:\n {2}frobnicator not installed: apt-get install frobnicator\n {4}- needs a tool \(.*skips\.test\.ts\)\n {4}- needs it too \(.*skips\.test\.ts\)\nTo run them, install what they need .*\n {2}bash scripts\/install-test-deps\.sh\n$/);
  assert.ok(existsSync(join(repo, 'scripts/install-test-deps.sh')));
});
