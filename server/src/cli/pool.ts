// Checks files on worker threads, one task per file, results in input order. Workers run
// this same bundle (dist/cli.js) in worker mode. (tinypool and piscina locate their worker
// entry relative to their own module file, which a single-file bundle does not keep.)
import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileResult } from './check-file';

export interface WorkerRequest {
  index: number;
  file: string;
}

export async function checkInWorkers(
  script: string,
  files: string[],
  options: CheckOptions,
  threads: number,
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  let next = 0;
  const startWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { inspectionReportsWorker: true, options } });
      const feed = () => {
        if (next >= files.length) return void worker.terminate().then(() => resolve());
        const index = next++;
        worker.postMessage({ index, file: files[index] } satisfies WorkerRequest);
      };
      worker.on('message', (message: { index: number; result: FileResult }) => {
        onResult(message.index, message.result);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(threads, files.length) }, startWorker));
}
