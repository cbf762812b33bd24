// The CLI's V8 code cache (server/src/cli/launch.ts): written by a run that checked files, used
// (not rewritten) by the next, replaced when it is damaged or not to be trusted, and never a
// reason for a run to fail or print anything different.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_JS, makeTempDir, rmTemp, MISSING_TWO, CLEAN } from './run';

let dir: string;
let drafts: string;

before(() => {
  dir = makeTempDir('ir-code-cache-');
  drafts = join(dir, 'drafts');
  mkdirSync(drafts);
  writeFileSync(join(drafts, 'missing.md'), MISSING_TWO);
  writeFileSync(join(drafts, 'clean.md'), CLEAN);
});

after(() => rmTemp(dir));

/** Runs the built CLI with the code cache in `cacheDir` ("off" turns it off). */
function run(cacheDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI_JS, ...args], {
    cwd: drafts,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, INSPECTION_REPORTS_CODE_CACHE: cacheDir },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cacheFiles(cacheDir: string): string[] {
  return readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'));
}

/** Identity of the one cache file: a rewrite renames a new file into place. */
function identity(cacheDir: string): string {
  const [name] = cacheFiles(cacheDir);
  const stat = statSync(join(cacheDir, name));
  return `${name} ${stat.ino} ${stat.mtimeMs}`;
}

const CHECK = ['check', '.', '--format', 'json'];

test('a check writes the cache; the next check uses it as it is and prints the same', () => {
  const cacheDir = join(dir, 'fresh');
  const uncached = run('off', CHECK);
  const first = run(cacheDir, CHECK);
  assert.deepEqual(cacheFiles(cacheDir).length, 1, 'one cache file after the first check');
  const written = identity(cacheDir);
  assert.ok(statSync(join(cacheDir, cacheFiles(cacheDir)[0])).size > 100_000, 'the cache holds the compiled bundle');
  const second = run(cacheDir, CHECK);
  assert.equal(identity(cacheDir), written, 'an accepted cache is not written again');
  for (const result of [first, second]) {
    assert.equal(result.status, uncached.status);
    assert.equal(result.stdout, uncached.stdout);
    assert.equal(result.stderr, '');
  }
  assert.equal(statSync(cacheDir).mode & 0o777, 0o700, 'the cache folder is private to its user');
});

test('a run that checks nothing writes no cache', () => {
  const cacheDir = join(dir, 'version-only');
  assert.equal(run(cacheDir, ['--version']).stdout, '0.1.0\n');
  assert.equal(run(cacheDir, ['rules']).status, 0);
  assert.deepEqual(existsSync(cacheDir) ? cacheFiles(cacheDir) : [], []);
});

test('a damaged cache is rejected, replaced, and changes nothing in the output', () => {
  const cacheDir = join(dir, 'damaged');
  const expected = run('off', CHECK);
  run(cacheDir, CHECK);
  const [name] = cacheFiles(cacheDir);
  const bytes = readFileSync(join(cacheDir, name));
  bytes.fill(0x5a, 64, 4096);
  writeFileSync(join(cacheDir, name), bytes);
  const damaged = identity(cacheDir);
  const result = run(cacheDir, CHECK);
  assert.equal(result.status, expected.status);
  assert.equal(result.stdout, expected.stdout);
  assert.equal(result.stderr, '');
  assert.notEqual(identity(cacheDir), damaged, 'the damaged cache was written anew');
  assert.deepEqual(readFileSync(join(cacheDir, name)).subarray(64, 4096).every((b) => b === 0x5a), false);
});

test('a cache in a folder that others can write to is neither trusted nor written (6)', { skip: process.getuid === undefined }, () => {
  const cacheDir = join(dir, 'shared');
  run(cacheDir, CHECK);
  chmodSync(cacheDir, 0o777);
  const before = identity(cacheDir);
  const result = run(cacheDir, CHECK);
  assert.equal(result.stderr, '');
  assert.equal(identity(cacheDir), before, 'the cache was written into a folder that others can write to');
  const fresh = join(dir, 'shared-empty');
  mkdirSync(fresh);
  chmodSync(fresh, 0o777);
  run(fresh, CHECK);
  assert.deepEqual(readdirSync(fresh), [], 'a cache was written into a folder that others can write to');
});

test('writing the cache never follows a link planted at a temporary name (6)', () => {
  const cacheDir = join(dir, 'planted');
  mkdirSync(cacheDir, { mode: 0o700 });
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'VICTIM\n');
  // The name the cache would have, and the temporary names the old writer used for the next pids.
  const key = createHash('sha1').update(readFileSync(join(CLI_JS, '..', 'cli-main.js'))).update(process.versions.v8).update(process.arch).digest('hex').slice(0, 16);
  const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  for (let pid = last + 1; pid <= last + 2000; pid++) symlinkSync(victim, join(cacheDir, `cli-${key}.v8cache.${pid}.tmp`));
  run(cacheDir, CHECK);
  assert.equal(readFileSync(victim, 'utf8'), 'VICTIM\n', 'the cache writer wrote through a planted link');
  assert.ok(lstatSync(join(cacheDir, `cli-${key}.v8cache`)).isFile(), 'the cache was written');
});

test('a cache that cannot be written never fails the run', () => {
  const notAFolder = join(dir, 'a-file');
  writeFileSync(notAFolder, 'not a folder');
  const expected = run('off', CHECK);
  const result = run(join(notAFolder, 'cache'), CHECK);
  assert.equal(result.status, expected.status);
  assert.equal(result.stdout, expected.stdout);
  assert.equal(result.stderr, '');
});

test('"off" reads and writes no cache; worker threads load through the cache too', () => {
  const cacheDir = join(dir, 'threads');
  const expected = run('off', [...CHECK, '--jobs', '1']);
  run(cacheDir, CHECK);
  const result = run(cacheDir, [...CHECK, '--jobs', '2']);
  assert.equal(result.status, expected.status);
  assert.equal(result.stdout, expected.stdout);
  assert.equal(result.stderr, '');
  assert.equal(existsSync(join(drafts, 'off')), false, '"off" is not a folder name');
});

test("writing the cache removes other builds' caches and half-written ones, and nothing else", () => {
  const cacheDir = join(dir, 'old-builds');
  mkdirSync(cacheDir, { mode: 0o700 });
  for (const name of ['cli-0123456789abcdef.v8cache', 'cli-0123456789abcdef.v8cache.4242.tmp', 'notes.txt']) writeFileSync(join(cacheDir, name), 'x');
  run(cacheDir, CHECK);
  const left = readdirSync(cacheDir).sort();
  assert.equal(left.length, 2, left.join(', '));
  assert.ok(left.includes('notes.txt'));
  assert.match(left.find((name) => name !== 'notes.txt')!, /^cli-[0-9a-f]{16}\.v8cache$/);
  assert.ok(!left.includes('cli-0123456789abcdef.v8cache'));
});
