// Replacing a file in a folder that someone else may control (`check --fix`, the CLI's code
// cache). The new content goes to a temporary file created exclusively (O_CREAT|O_EXCL, and
// O_NOFOLLOW: never through a planted link) under an unguessable name in the target's real
// folder, and is renamed over the target only after checking, immediately before, that the target
// is still what was read. A failure at any step removes the temporary file and leaves the target
// as it was. Node only (the web build never writes files).
import { randomBytes, createHash } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
  const dir = dirname(target);
  const temporary = join(dir, `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  let renamed = false;
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
      keepOwnerAndMode(fd, existing, options.mode ?? 0o644);
    } finally {
      closeSync(fd);
    }
    options.beforeCommit?.();
    if (options.expected) checkUnchanged(target, options.expected);
    renameSync(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temporary);
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

/** Refuses when the target is no longer the file that was read (identity, size, time or bytes). */
function checkUnchanged(target: string, expected: FileIdentity): void {
  const now = lstatOrUndefined(target);
  const changed = !now || now.dev !== expected.dev || now.ino !== expected.ino || now.size !== expected.size || now.mtimeMs !== expected.mtimeMs || sha256(readFileSync(target)) !== expected.hash;
  if (changed) throw new WriteRefused('the file changed while it was being fixed (saved by another program?); run the fix again');
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
