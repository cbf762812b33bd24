// fs/safe-write.ts directly: the guarantees of `--fix` and of the code cache that a CLI run
// cannot hit at a chosen moment (a save landing between the read and the rename).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { identityOf, replaceFileSafely, WriteRefused } from '../../server/src/fs/safe-write';
import { makeTempDir, rmTemp } from './support';

let root: string;
before(() => (root = makeTempDir('ir-sec-write-')));
after(() => rmTemp(root));
let count = 0;
const fresh = () => {
  const dir = join(root, `t${++count}`);
  mkdirSync(dir);
  return dir;
};

function readWithIdentity(path: string) {
  const bytes = readFileSync(path);
  return identityOf(statSync(path), bytes);
}

test('5: a save made after the read and before the rename is kept: the fix is refused', () => {
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'original\n');
  const expected = readWithIdentity(file);
  assert.throws(
    () => replaceFileSafely(file, 'fixed\n', { expected, beforeCommit: () => writeFileSync(file, 'saved by the editor\n') }),
    (error) => error instanceof WriteRefused && /changed while it was being fixed/.test(error.message),
  );
  assert.equal(readFileSync(file, 'utf8'), 'saved by the editor\n');
  assert.deepEqual(readdirSync(dir), ['draft.md'], 'the temporary file was removed');
});

test('5: a save of the same size with the old modification time is caught by the hash', () => {
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'aaaa\n');
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
  const expected = readWithIdentity(file);
  const sneaky = () => {
    writeFileSync(file, 'bbbb\n');
    utimesSync(file, past, past);
  };
  assert.throws(() => replaceFileSafely(file, 'fixed\n', { expected, beforeCommit: sneaky }), WriteRefused);
  assert.equal(readFileSync(file, 'utf8'), 'bbbb\n');
});

test('5: a file replaced by another (new inode) is not overwritten', () => {
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'original\n');
  const expected = readWithIdentity(file);
  const replace = () => {
    writeFileSync(join(dir, 'other'), 'original\n');
    require('node:fs').renameSync(join(dir, 'other'), file);
  };
  assert.throws(() => replaceFileSafely(file, 'fixed\n', { expected, beforeCommit: replace }), WriteRefused);
  assert.equal(readFileSync(file, 'utf8'), 'original\n');
});

test('5: a save that rewrites the file in place between the final check and the rename is put back: the fix is refused', () => {
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'original\n');
  const expected = readWithIdentity(file);
  // An editor's save (open, truncate, write: the same file) landing after every check, just before the rename.
  assert.throws(
    () => replaceFileSafely(file, 'fixed\n', { expected, beforeRename: () => writeFileSync(file, 'saved by the editor\n') }),
    (error) => error instanceof WriteRefused && /changed while it was being fixed/.test(error.message) && /save was put back/.test(error.message),
  );
  assert.equal(readFileSync(file, 'utf8'), 'saved by the editor\n');
  assert.deepEqual(readdirSync(dir), ['draft.md'], 'no temporary file is left');
});

test('5: the documented limit: a save by rename landing between the final check and the rename is replaced', () => {
  // Two system calls apart, with no atomic exchange in Node: README ("What --fix guarantees") says so.
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'original\n');
  const expected = readWithIdentity(file);
  const renameSave = () => {
    writeFileSync(join(dir, 'saved'), 'saved by rename\n');
    renameSync(join(dir, 'saved'), file);
  };
  replaceFileSafely(file, 'fixed\n', { expected, beforeRename: renameSave });
  assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
});

test('1: the temporary file is made exclusively: a planted link at its name would make the write fail, never followed', () => {
  // The name is random, so plant links at every name the old scheme could use and check none is touched.
  const dir = fresh();
  const file = join(dir, 'draft.md');
  writeFileSync(file, 'original\n');
  writeFileSync(join(dir, 'victim'), 'victim\n');
  symlinkSync(join(dir, 'victim'), join(dir, `.draft.md.${process.pid}.tmp`));
  replaceFileSafely(file, 'fixed\n', { expected: readWithIdentity(file) });
  assert.equal(readFileSync(join(dir, 'victim'), 'utf8'), 'victim\n');
  assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
  assert.deepEqual(readdirSync(dir).sort(), ['.draft.md.' + process.pid + '.tmp', 'draft.md', 'victim']);
});

test('a dangling link is refused rather than followed to create its target', () => {
  const dir = fresh();
  symlinkSync(join(dir, 'elsewhere', 'target'), join(dir, 'link'));
  assert.throws(() => replaceFileSafely(join(dir, 'link'), 'x'), /symbolic link to a file that does not exist/);
});

test('a new file gets the requested mode (less the umask)', () => {
  const dir = fresh();
  replaceFileSafely(join(dir, 'new'), 'x', { mode: 0o600 });
  assert.equal(statSync(join(dir, 'new')).mode & 0o777, 0o600);
});
