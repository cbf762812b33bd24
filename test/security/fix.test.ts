// `check --fix` in a folder someone else controls: the fix is written to the report's real file
// and nowhere else, never through a planted link, never over a file the user may not write, never
// over a save made while it ran, and a failure leaves the report as it was and exits 2.
// (README, "--fix": each guarantee there has its test here or in safe-write.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MISSING_TWO } from '../drafts';
import { runCli, tempFolders, read, isRoot, CLI_JS } from './support';

const folders = tempFolders('ir-sec-fix-');
const folder = folders.next;

const isFixed = (text: string) => text.startsWith(MISSING_TWO) && text.includes('## Next steps');
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

test('1: planted links at predictable temporary names are never followed; the temporary name is unguessable', () => {
  const dir = folder({ 'draft.md': MISSING_TWO, 'outside/victim.txt': 'VICTIM\n' });
  // The old name was .draft.md.<pid>.tmp: plant one for each of the next few thousand process ids.
  const last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  const planted = new Set<string>();
  for (let pid = last + 1; pid <= last + 3000; pid++) {
    const name = `.draft.md.${pid}.tmp`;
    symlinkSync(join(dir, 'outside', 'victim.txt'), join(dir, name));
    planted.add(name);
  }
  const run = runCli(['check', '--fix', 'draft.md'], dir);
  assert.equal(read(join(dir, 'outside', 'victim.txt')), 'VICTIM\n', 'a file outside the workspace was overwritten');
  assert.ok(lstatSync(join(dir, 'draft.md')).isFile(), 'draft.md is no longer a regular file');
  assert.ok(isFixed(read(join(dir, 'draft.md'))), `draft.md was not fixed: ${run.stderr}`);
  assert.deepEqual(leftovers(dir).filter((n) => !planted.has(n)), [], 'a temporary file was left behind');
});

test('2: a symlinked report is fixed in its real file, and the link stays a link', () => {
  const dir = folder({ 'real/draft.md': MISSING_TWO });
  symlinkSync('real/draft.md', join(dir, 'link.md'));
  const run = runCli(['check', '--fix', 'link.md'], dir);
  // Exit 1: the sections --fix inserts hold [[…]] guidance, which the placeholder rule reports as errors.
  assert.equal(run.status, 1, run.stderr);
  assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink(), 'the link was replaced by a plain file');
  assert.ok(isFixed(read(join(dir, 'real', 'draft.md'))), 'the real file was not fixed');
  assert.deepEqual(leftovers(join(dir, 'real')), []);
});

test('2: a hard-linked report is not split in two: it is refused, clearly, exit 2', () => {
  const dir = folder({ 'a.md': MISSING_TWO });
  linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
  const run = runCli(['check', '--fix', 'a.md'], dir);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /a\.md: not fixed: it has 2 hard links/);
  assert.equal(statSync(join(dir, 'a.md')).ino, statSync(join(dir, 'b.md')).ino, 'the links were split');
  assert.equal(read(join(dir, 'a.md')), MISSING_TWO);
  assert.deepEqual(leftovers(dir), []);
});

test('3: a read-only report (no write permission) is not fixed, even by root: exit 2 and a message', () => {
  const dir = folder({ 'draft.md': MISSING_TWO });
  chmodSync(join(dir, 'draft.md'), 0o444);
  const run = runCli(['check', '--fix', 'draft.md'], dir);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /draft\.md: not fixed: you may not write to it \(read-only\)/);
  assert.equal(read(join(dir, 'draft.md')), MISSING_TWO);
  assert.equal(statSync(join(dir, 'draft.md')).mode & 0o777, 0o444);
  assert.deepEqual(leftovers(dir), []);
});

test('3: a report another user owns and the user cannot write is not fixed, though its folder is writable', { skip: isRoot ? false : 'needs root, to run the CLI as another user (nobody) over a file root owns' }, () => {
  const dir = folder({ 'draft.md': MISSING_TWO });
  chmodSync(dir, 0o777);
  chmodSync(folders.root(), 0o755);
  chmodSync(join(dir, 'draft.md'), 0o644);
  const run = runCli(['check', '--fix', 'draft.md'], dir, { uid: 65534, gid: 65534 });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /draft\.md: not fixed: you may not write to it/);
  assert.equal(read(join(dir, 'draft.md')), MISSING_TWO);
  assert.equal(statSync(join(dir, 'draft.md')).uid, 0, 'the owner changed');
});

test('3: a report whose owner the fix could not keep is not fixed', { skip: isRoot ? false : 'needs root, to run the CLI as another user (nobody) over a group-writable file root owns' }, () => {
  const dir = folder({ 'draft.md': MISSING_TWO });
  chmodSync(dir, 0o777);
  chmodSync(folders.root(), 0o755);
  chownSync(join(dir, 'draft.md'), 0, 65534);
  chmodSync(join(dir, 'draft.md'), 0o664);
  const run = runCli(['check', '--fix', 'draft.md'], dir, { uid: 65534, gid: 65534 });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /draft\.md: not fixed: replacing it would change its owner or group/);
  assert.equal(read(join(dir, 'draft.md')), MISSING_TWO);
  assert.equal(statSync(join(dir, 'draft.md')).uid, 0);
  assert.deepEqual(leftovers(dir), []);
});

test('3: a fixed report keeps its mode (and, for root, its owner and group)', () => {
  const dir = folder({ 'draft.md': MISSING_TWO });
  const file = join(dir, 'draft.md');
  chmodSync(file, 0o640);
  if (isRoot) chownSync(file, 65534, 65534);
  const run = runCli(['check', '--fix', 'draft.md'], dir);
  // Exit 1: the sections --fix inserts hold [[…]] guidance, which the placeholder rule reports as errors.
  assert.equal(run.status, 1, run.stderr);
  assert.ok(isFixed(read(file)));
  const stat = statSync(file);
  assert.equal(stat.mode & 0o7777, 0o640, 'the mode changed');
  if (isRoot) assert.deepEqual([stat.uid, stat.gid], [65534, 65534], 'the owner changed');
});

test('4: a write that fails part way (file size limit) leaves the report as it was, no temporary file, exit 2', { skip: process.platform === 'linux' ? false : 'uses sh\'s ulimit -f and SIGXFSZ as on Linux' }, () => {
  const draft = `${MISSING_TWO}\n${'Inspectors read the plans and spoke to staff. '.repeat(50)}\n`;
  const dir = folder({ 'draft.md': draft });
  const result = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 1; exec "$0" "$@"`, process.execPath, CLI_JS, 'check', '--fix', 'draft.md'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, INSPECTION_REPORTS_CODE_CACHE: 'off' },
  });
  // Reading is not limited; writing the fixed text (over 2 KB) fails part way.
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /draft\.md: not fixed: .*(EFBIG|too large)/i);
  assert.equal(read(join(dir, 'draft.md')), draft);
  assert.deepEqual(leftovers(dir), []);
});

test('4: on a full disk the report is left as it was, the temporary file removed, exit 2', { skip: isRoot ? false : 'needs root to mount a small tmpfs' }, (t) => {
  const mount = join(folders.root(), 'full');
  mkdirSync(mount);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    t.skip('mounting a tmpfs failed (no CAP_SYS_ADMIN in this container)');
    return;
  }
  try {
    writeFileSync(join(mount, 'draft.md'), MISSING_TWO);
    try {
      for (let i = 0; ; i++) writeFileSync(join(mount, `filler${i}`), Buffer.alloc(4096));
    } catch {
      // the disk is full
    }
    const run = runCli(['check', '--fix', 'draft.md'], mount);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /draft\.md: not fixed: .*ENOSPC/);
    assert.equal(read(join(mount, 'draft.md')), MISSING_TWO);
    assert.deepEqual(leftovers(mount), []);
  } finally {
    execFileSync('umount', [mount]);
  }
});

test('fixes on a file with CR-only line ends use CR', () => {
  const cr = MISSING_TWO.replace(/\n/g, '\r');
  const dir = folder({ 'draft.md': cr });
  const run = runCli(['check', '--fix', 'draft.md'], dir);
  // Exit 1: the sections --fix inserts hold [[…]] guidance, which the placeholder rule reports as errors.
  assert.equal(run.status, 1, run.stderr);
  const fixed = read(join(dir, 'draft.md'));
  assert.ok(fixed.startsWith(cr), 'the text before the fix changed');
  assert.ok(fixed.length > cr.length, 'nothing was fixed');
  assert.doesNotMatch(fixed, /\n/, 'the fix added LF line ends to a CR file');
});

test('without --fix, nothing is written anywhere in the folder', () => {
  const dir = folder({ 'draft.md': MISSING_TWO });
  const before = readdirSync(dir).map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}`);
  runCli(['check', 'draft.md'], dir);
  assert.deepEqual(readdirSync(dir).map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}`), before);
  assert.ok(!existsSync(join(dir, '.draft.md.tmp')));
});
