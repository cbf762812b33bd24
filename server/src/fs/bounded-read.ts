// Reading a file that a workspace supplies (config, glossary, report) without trusting it: only a
// regular file is read (a FIFO would block for ever, /dev/zero never end), only up to a size cap
// enforced while reading (not only by the size the file claims), and, when asked, only when its
// real path (symbolic links resolved) lies inside a given folder. A refusal says why, in words
// that follow the file's name. Node only.
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { sep } from 'node:path';

import type { ConfigHost, ReadRequest } from '../engine/config';
import { MAX_CONFIG_BYTES } from '../engine/config';

const MB = 1024 * 1024;

export interface ReadLimits {
  /** Refuse a file larger than this many bytes (checked as it is read). */
  maxBytes: number;
  /** Refuse a file whose real path is not inside this folder. */
  within?: string;
}

/** Why a file was not read: missing, not a regular file, too large, outside the folder, or an error. */
export type RefusalKind = 'missing' | 'not-file' | 'too-large' | 'outside' | 'error';
export type BoundedRead = { bytes: Buffer; stat: Stats; realPath: string } | { refused: string; kind: RefusalKind };

export function readBounded(path: string, limits: ReadLimits): BoundedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { refused: 'does not exist', kind: 'missing' } : { refused: `cannot be read (${code ?? (error as Error).message})`, kind: 'error' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: `is not a regular file (${kindOf(stat)}), so it is not read`, kind: 'not-file' };
    let realPath: string;
    try {
      realPath = realpathSync(path);
    } catch (error) {
      return { refused: `cannot be read (${(error as NodeJS.ErrnoException).code})`, kind: 'error' };
    }
    if (limits.within !== undefined && !isInside(realPath, limits.within)) return { refused: `is outside ${limits.within} (it is a link to ${realPath}), so it is not read`, kind: 'outside' };
    const bytes = readUpTo(fd, limits.maxBytes, null, stat.size);
    if (!bytes) return { refused: `is larger than ${formatBytes(limits.maxBytes)}, so it is not read`, kind: 'too-large' };
    return { bytes, stat, realPath };
  } catch (error) {
    return { refused: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, kind: 'error' };
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes (from its current position, or from `from`), or undefined once more than `max`
 * have been read. With the size the file claims (`expected`), its bytes are read into one buffer
 * of that size (and one byte more, to see that it ended), not copied from chunks; a file that
 * turns out longer goes on in chunks, under the same cap.
 */
export function readUpTo(fd: number, max: number, from: number | null = null, expected = 0): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  if (expected > 0 && expected <= max) {
    const whole = Buffer.allocUnsafe(expected + 1);
    while (total < whole.length) {
      const n = readSync(fd, whole, total, whole.length - total, from === null ? null : from + total);
      if (n === 0) return whole.subarray(0, total);
      total += n;
    }
    chunks.push(whole);
    if (total > max) return undefined;
  }
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, from === null ? null : from + total);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > max) return undefined;
  }
}

/** True when `path` (a real path) is `folder` or inside it, comparing real paths. */
export function isInside(path: string, folder: string): boolean {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    real = folder;
  }
  return path === real || path.startsWith(real.endsWith(sep) ? real : real + sep);
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

export function formatBytes(n: number): string {
  return n % MB === 0 ? `${n / MB} MB` : `${n} bytes`;
}

/**
 * The engine's file access for the CLI and the language server: bounded reads (1 MB unless the
 * engine asks for another cap), and the reason for each file that exists but was refused.
 */
export class BoundedFileHost implements ConfigHost {
  private refusals = new Map<string, string>();

  /** Names in a folder (the server looks for report manifests); undefined when it cannot be listed. */
  listDirectory(path: string): string[] | undefined {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  }

  readFile(path: string, request: ReadRequest = {}): string | undefined {
    const read = readBounded(path, { maxBytes: request.maxBytes ?? MAX_CONFIG_BYTES, within: request.within });
    if ('refused' in read) {
      if (read.kind === 'missing') this.refusals.delete(path);
      else this.refusals.set(path, read.refused);
      return undefined;
    }
    this.refusals.delete(path);
    return read.bytes.toString('utf8');
  }

  unreadable(path: string): string | undefined {
    return this.refusals.get(path);
  }
}
