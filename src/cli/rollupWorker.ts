/** A worker thread of a roll-up (rollupRead.ts): reads the workbooks it is handed, one at a time. */
import { parentPort } from 'node:worker_threads';
import { readOneWorkbook, type ReadDone, type ReadJob } from './rollupRead';

parentPort?.on('message', (job: ReadJob) => {
  void readOneWorkbook(job.file, job.options).then((reading) =>
    parentPort?.postMessage({ id: job.id, reading } satisfies ReadDone)
  );
});
