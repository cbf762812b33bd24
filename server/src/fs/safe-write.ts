// Replacing a file in a folder that someone else may control (`check --fix`, the CLI's code
// cache). The new content goes to a temporary file created exclusively (O_CREAT|O_EXCL, and
// O_NOFOLLOW: never through a planted link) under an unguessable name in the target's real
// folder, and is renamed over the target only after checking, immediately before, that the target
// is still what was read. The file that was checked stays open through the rename: a save that
// rewrote it in place after the check (it went into the file the rename took away) is seen on
// that descriptor and put back. A failure at any step removes the temporary file and leaves the
// target as it was. Node only (the web build never writes files).
import { randomBytes, createHash } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readUpTo } from './bounded-read';

/** What a file was when it was read: the rename happens only if it still is. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes read. */
  hash: string;
}

export function identityOf(stat: Stats, bytes: Buffer): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, hash: sha256(bytes) };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface ReplaceOptions {
  /** The target as it was read: refuse to replace it when it changed since. */
  expected?: FileIdentity;
  /** Mode of a new file (an existing target keeps its own mode, owner and group). */
  mode?: number;
  /** Called just before the final check (tests use it to change the file at the worst moment). */
  beforeCommit?: () => void;
  /** Called between the final check and the rename (tests: a save inside the last window). */
  beforeRename?: () => void;
  /**
   * Replace whatever is at `path` (a link itself, not its target) with a new file of this
   * user's, of `mode`: for files the program owns, such as its cache.
   */
  fresh?: boolean;
}

/** Thrown for a file that is not to be replaced; `message` says why, for the user. */
export class WriteRefused extends Error {}

/**
 * Writes `data` to `path`'s real file (symbolic links resolved), atomically. Throws a
 * WriteRefused, or the system's error, when it did not; the target is then as it was and no
 * temporary file is left.
 */
export function replaceFileSafely(path: string, data: Buffer | string, options: ReplaceOptions = {}): void {
  const target = options.fresh ? join(realpathSync(dirname(path)), basename(path)) : realTarget(path);
  const existing = options.fresh ? undefined : lstatOrUndefined(target);
  if (existing) checkReplaceable(existing);
  // The file as read, held open until after the rename (none: it is gone or is another file already).
  const held = options.expected ? openUnchanged(target, options.expected) : undefined;
  const dir = dirname(target);
  const temporary = join(dir, `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    let written: Stats;
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
      keepOwnerAndMode(fd, existing, options.mode ?? 0o644);
      written = fstatSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeCommit?.();
    // The slow part (reading and hashing) first; the last look, a stat, right before the rename.
    const checked = held === undefined ? undefined : checkUnchanged(target, options.expected!, held);
    options.beforeRename?.();
    renameSync(temporary, target);
    renamed = true;
    if (held !== undefined) putBackSaveInWindow(target, held, checked!, { ...identityOf(written, Buffer.alloc(0)), hash: sha256(bytes) });
  } finally {
    if (!renamed) removeQuietly(temporary);
    if (held !== undefined) closeSync(held);
  }
}

/** The file a path names, through any symbolic links (a missing file: its real folder). */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling link is not followed to create its target.
    if (lstatOrUndefined(path)?.isSymbolicLink()) throw new WriteRefused('it is a symbolic link to a file that does not exist');
    return join(realpathSync(dirname(path)), basename(path));
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A regular file, with one link, that the user may write. */
function checkReplaceable(stat: Stats): void {
  if (!stat.isFile()) throw new WriteRefused('it is not a regular file');
  if (stat.nlink > 1) throw new WriteRefused(`it has ${stat.nlink} hard links, and replacing it would split them (fix a copy, or remove the other links)`);
  if (!mayWrite(stat)) throw new WriteRefused(`you may not write to it${(stat.mode & 0o222) === 0 ? ' (read-only)' : ''}`);
}

/**
 * Whether the file's permission bits let this user write it. Root passes every permission check
 * of the system, so for root a file with no write bit at all (read-only) is refused too: a
 * rename would replace it regardless.
 */
export function mayWrite(stat: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (stat.mode & 0o200) !== 0;
  if (uid === 0) return (stat.mode & 0o222) !== 0;
  if (stat.uid === uid) return (stat.mode & 0o200) !== 0;
  if (process.getgroups?.().includes(stat.gid) || process.getgid?.() === stat.gid) return (stat.mode & 0o020) !== 0;
  return (stat.mode & 0o002) !== 0;
}

/** The temporary file takes the target's mode, owner and group; refused when the owner cannot be kept. */
function keepOwnerAndMode(fd: number, existing: Stats | undefined, mode: number): void {
  if (!existing) return fchmodSync(fd, mode & ~process.umask());
  const own = fstatSync(fd);
  if (own.uid !== existing.uid || own.gid !== existing.gid) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      throw new WriteRefused('replacing it would change its owner or group (it belongs to another user)');
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

const CHANGED = 'the file changed while it was being fixed (saved by another program?); run the fix again';

/** Opens the target read-only (never through a link); refused when it is no longer the file that was read. */
function openUnchanged(target: string, expected: FileIdentity): number {
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ELOOP') throw new WriteRefused(CHANGED);
    throw error;
  }
  const stat = fstatSync(fd);
  if (stat.dev !== expected.dev || stat.ino !== expected.ino) {
    closeSync(fd);
    throw new WriteRefused(CHANGED);
  }
  return fd;
}

/**
 * Refuses when the target is no longer the file that was read (identity, size, time or bytes,
 * read through the held descriptor), then looks once more at the path: the same file, not
 * written since. Returns that last look, for putBackSaveInWindow.
 */
function checkUnchanged(target: string, expected: FileIdentity, held: number): Stats {
  const before = fstatSync(held);
  if (before.size !== expected.size || before.mtimeMs !== expected.mtimeMs || sha256(readAll(held)) !== expected.hash) throw new WriteRefused(CHANGED);
  const now = lstatOrUndefined(target);
  if (!now || now.dev !== expected.dev || now.ino !== expected.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ctimeMs !== before.ctimeMs) throw new WriteRefused(CHANGED);
  return now;
}

/**
 * After the rename: when the file that was checked (still open) was written after the last look,
 * a save went into it in place, and the rename took it away. Its content is put back over the
 * fixed file (through this same routine, if the fixed file is still there) and the fix refused.
 */
function putBackSaveInWindow(target: string, held: number, checked: Stats, fixed: FileIdentity): void {
  const after = fstatSync(held);
  // The rename itself changes only the link count and ctime of the file it took away.
  if (after.size === checked.size && after.mtimeMs === checked.mtimeMs) return;
  try {
    replaceFileSafely(target, readAll(held), { expected: fixed });
  } catch (error) {
    throw new WriteRefused(`the file was saved by another program while it was being fixed, and that save could not be put back (${(error as Error).message}); its text is lost from ${target}`);
  }
  throw new WriteRefused(`${CHANGED}; the save was put back`);
}

/** The whole file, through a descriptor, from its start. */
function readAll(fd: number): Buffer {
  return readUpTo(fd, Infinity, 0)!;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
