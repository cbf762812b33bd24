// File handling for the CLI: which files to check, reading them safely, writing fixes atomically.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import picomatch from 'picomatch';
import { readBounded } from '../fs/bounded-read';
import { identityOf, replaceFileSafely, WriteRefused, type FileIdentity } from '../fs/safe-write';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Larger files are not reports; they are skipped with a message rather than read. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export function collectFiles(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) walk(path, files);
      else files.push(path);
    } else if (picomatch.scan(path).isGlob) {
      const { base, glob } = picomatch.scan(path);
      const matcher = picomatch(glob, { dot: false });
      const found: string[] = [];
      walk(base || '.', found, () => true);
      const matched = found.filter((f) => matcher(base ? f.slice(base.length + 1) : f));
      if (!matched.length) problems.push(`no files match ${path}`);
      files.push(...matched.filter((f) => f.endsWith('.md')));
    } else {
      problems.push(`no such file or directory: ${path}`);
    }
  }
  // One file named two ways (a.md, ./a.md, /abs/a.md) is checked once, under its first name.
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(resolve(f)) && !!seen.add(resolve(f))), problems };
}

function walk(dir: string, out: string[], accept = (name: string) => name.endsWith('.md')): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path, out, accept);
    } else if (entry.isFile() && accept(entry.name)) out.push(path);
  }
}

/** The files' sizes added up (an unreadable file counts as empty: reading it reports why). */
export function totalBytes(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // counted as empty
    }
  }
  return total;
}

export type ReadResult = { text: string; identity: FileIdentity } | { skipped: string };

export function readDocument(path: string): ReadResult {
  // A pipe or device would block the read (or never end): only regular files are reports.
  const read = readBounded(path, { maxBytes: MAX_DOCUMENT_BYTES });
  if ('refused' in read) {
    if (read.kind === 'not-file') return { skipped: 'is not a regular file, not checked' };
    if (read.kind === 'too-large') return { skipped: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, not checked` };
    return { skipped: read.kind === 'missing' ? 'cannot be read (ENOENT)' : `${read.refused}, not checked` };
  }
  const raw = read.bytes;
  if (isUtf16(raw)) return { skipped: 'is encoded as UTF-16, not checked (save it as UTF-8)' };
  if (raw.subarray(0, 8000).includes(0)) return { skipped: 'looks like a binary file (it has NUL bytes), not checked' };
  if (!isUtf8(raw)) return { skipped: 'is not valid UTF-8, not checked (save it as UTF-8)' };
  // The text keeps a byte order mark, so that --fix writes it back.
  // Not the bytes themselves: a file's result is kept while it is checked, and they are its size again.
  return { text: raw.toString('utf8'), identity: identityOf(read.stat, raw) };
}

/** A UTF-16 byte order mark, or text whose every other byte is NUL (UTF-16 without one). */
function isUtf16(raw: Buffer): boolean {
  if (raw.length >= 2 && ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff))) return true;
  const sample = raw.subarray(0, 512);
  if (sample.length < 16) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  const half = sample.length / 2;
  return oddNul > 0.8 * half || evenNul > 0.8 * half;
}

/**
 * Writes a fix over the file it was read from (fs/safe-write.ts): to its real file, only if it
 * still holds what was read, never through a planted link. True, or why it was not written.
 */
export function writeFix(path: string, expected: FileIdentity, text: string): true | string {
  try {
    replaceFileSafely(path, text, { expected });
    return true;
  } catch (error) {
    if (error instanceof WriteRefused) return error.message;
    const code = (error as NodeJS.ErrnoException).code;
    return `${code ? `${code}: ` : ''}${(error as Error).message.replace(/^[A-Z]+: /, '')}`;
  }
}
