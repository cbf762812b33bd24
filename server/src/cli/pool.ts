// Checks files on the main thread and on worker threads together. Every thread claims the next
// file from one shared counter, so no thread waits for another to hand it work, and the main
// thread, whose bundle is already loaded and warming up, checks files too instead of idling.
// Workers post each file's plain result back; the caller gets them as they come (in any order).
// A worker loads the CLI's bundle (dist/cli.js) and calls its runWorker. (tinypool and piscina
// locate their worker entry relative to their own module file, which a bundle does not keep.)
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { checkFile, ConfigLookup, type CheckOptions, type FileResult } from './check-file';

interface WorkerInput {
  files: string[];
  options: CheckOptions;
  /** Index of the next file to claim, shared by all threads. */
  next: Int32Array;
}

interface WorkerOutput {
  index: number;
  result: FileResult;
}

/** `entry` is the script worker threads start from (dist/cli.js, which exports runWorker). */
export async function checkInThreads(
  entry: string,
  files: string[],
  options: CheckOptions,
  configs: ConfigLookup,
  threads: number,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  const input: WorkerInput = { files, options, next: new Int32Array(new SharedArrayBuffer(4)) };
  // Required as a module, the entry point runs a worker rather than the command line.
  const workers = Array.from({ length: Math.min(threads, files.length) - 1 }, () => new Worker(`require(${JSON.stringify(entry)}).runWorker()`, { eval: true, workerData: input }));
  const workersDone = Promise.all(workers.map((worker) => {
    worker.on('message', ({ index, result }: WorkerOutput) => onResult(index, result));
    return new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread stopped with exit code ${code}`))));
    });
  }));
  workersDone.catch(() => {}); // thrown below, once the main thread's share is done
  try {
    await checkOnMainThread(input, configs, onResult);
    await workersDone;
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

/** The main thread's share: one file per turn of the event loop, so that workers' results are taken (and printed) between. */
function checkOnMainThread({ files, options, next }: WorkerInput, configs: ConfigLookup, onResult: (index: number, result: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const checkNext = () => {
      try {
        const index = Atomics.add(next, 0, 1);
        if (index >= files.length) return resolve();
        onResult(index, checkFile(files[index], options, configs));
        setImmediate(checkNext);
      } catch (error) {
        reject(error);
      }
    };
    checkNext();
  });
}

/** A worker's whole life: claim and check files until none are left, then end. */
export function runWorker(): void {
  const { files, options, next } = workerData as WorkerInput;
  const configs = new ConfigLookup(options.configPath);
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    parentPort!.postMessage({ index, result: checkFile(files[index], options, configs) } satisfies WorkerOutput);
  }
}
