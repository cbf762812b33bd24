// The CLI's entry point (dist/cli.js): sets V8's flags for a short-lived process, then loads the
// CLI proper (dist/cli-main.js) through a V8 code cache, as Node 22's module.enableCompileCache
// does (Node 20 has none). Without a cache, compiling the 1.1 MB bundle, and then each function
// it runs, costs a one-file check ~35 ms of its ~400; every worker thread pays it again.
//
// Where: $INSPECTION_REPORTS_CODE_CACHE (a folder, or "off" for no cache), else
// $XDG_CACHE_HOME/inspection-reports, else ~/.cache/inspection-reports. The cache holds
// bytecode, so it is read only from, and written only into, a folder of this user's that no other
// user can write to, and read only when its checksum holds; it is written through an exclusive,
// unguessable temporary file (fs/safe-write.ts), never through a link. Its file name carries a hash of the bundle's text (V8 itself checks only the
// text's length), V8's version and the CPU architecture. V8 rejects a cache made under other
// flags, which is why the flags are set here, before compiling, and never changed after. When
// there was none, or V8 rejected it, the main thread of a run that checked files writes one as
// the process ends, so that it holds the functions the check compiled.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { replaceFileSafely } from '../fs/safe-write';

/**
 * A check runs once, in a fresh process, and V8 optimises the engine's hot functions while it
 * runs, on the other core. Inlining callees makes each TurboFan compile several times longer
 * than it pays back in so short a run (100k words: ~40 ms less wall time and ~0.1 s less CPU
 * without it; 200 × 5k words: ~5% less). Four times the default interrupt budget leaves the
 * compiler to the rule code that runs throughout rather than the Markdown parse, which runs once
 * per file (100k words: 410 -> 385 ms; 200 × 5k words: the same). Process-wide, so the worker
 * threads have them too. The language server, which runs for hours, keeps V8's defaults.
 */
const SHORT_LIVED_PROCESS_FLAGS = '--no-turbo-inlining --interrupt-budget=264000';

const MAIN_BUNDLE = join(__dirname, 'cli-main.js');
/** Each cache file starts with a SHA-1 of the rest. */
const DIGEST_BYTES = 20;

interface CliMain {
  run(argv: string[], entry: string): void;
  runWorker(): void;
  /** Files checked so far: a cache is worth writing only from a run that checked some. */
  checkedFileCount(): number;
}

// Worker threads start with the flags already set.
if (isMainThread) setFlagsFromString(SHORT_LIVED_PROCESS_FLAGS);
const loaded = loadWithCodeCache(MAIN_BUNDLE);
const main = loaded.exports as CliMain;
module.exports = main;
if (require.main === module) {
  if (loaded.saveCache) process.once('exit', () => main.checkedFileCount() > 0 && loaded.saveCache?.());
  main.run(process.argv.slice(2), __filename);
}

/**
 * Runs a CommonJS bundle as require() would, compiled from a code cache; `saveCache` (there
 * when the cache was missing or rejected) writes one with every function compiled until then.
 */
function loadWithCodeCache(file: string): { exports: unknown; saveCache?: () => void } {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = codeCacheFile(bytes);
  const cachedData = cacheFile ? readTrusted(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.loaded = true;
  script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
  const stale = cacheFile && (!cachedData || script.cachedDataRejected);
  return { exports: bundle.exports, saveCache: stale ? () => writeCodeCache(cacheFile, script) : undefined };
}

/** The cache file for the bundle's bytes (hashed as bytes: hashing the decoded text took twice as long). */
function codeCacheFile(source: Buffer): string | undefined {
  const setting = process.env.INSPECTION_REPORTS_CODE_CACHE;
  if (setting === 'off') return undefined;
  const dir = setting || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'inspection-reports');
  const key = createHash('sha1').update(source).update(process.versions.v8).update(process.arch).digest('hex').slice(0, 16);
  return join(dir, `cli-${key}.v8cache`);
}

/**
 * The cache's bytes, if it exists, only this user could have written it, and it is whole. V8
 * checks a code cache's version, flags and source length, but (outside debug builds) not its
 * bytes: a damaged one crashes the process. So each file starts with a SHA-1 of the rest.
 */
function readTrusted(file: string): Buffer | undefined {
  try {
    if (!isTrustedFolder(join(file, '..'))) return undefined;
    const bytes = readFileSync(file);
    const data = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** A folder of this user's that no other user can write to (the same rule for reading and writing). */
function isTrustedFolder(path: string): boolean {
  const dir = statSync(path);
  const uid = process.getuid?.();
  return dir.isDirectory() && (uid === undefined || (dir.uid === uid && (dir.mode & 0o022) === 0));
}

function digest(data: Buffer): Buffer {
  return createHash('sha1').update(data).digest();
}

/**
 * Writes the cache atomically, replacing those of other builds (and files left half-written by
 * a run that was killed). Never fails the run.
 */
function writeCodeCache(file: string, script: Script): void {
  try {
    const dir = join(file, '..');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isTrustedFolder(dir)) return;
    for (const name of readdirSync(dir)) {
      const old = join(dir, name);
      if (/^\.?cli-\w+\.v8cache(\.\w+\.tmp)?$/.test(name) && old !== file) unlinkSync(old);
    }
    const data = script.createCachedData();
    replaceFileSafely(file, Buffer.concat([digest(data), data]), { fresh: true, mode: 0o600 });
  } catch {
    // A cache that cannot be written only makes the next run compile again.
  }
}
