/**
 * Reading the workbooks of a roll-up, several at once: one worker thread per job (rollupWorker.ts),
 * each reading one workbook at a time from a shared queue; with one job, in this thread. Each
 * workbook gives its plans, or the one line `check` would give for why it cannot be read.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, Plan } from '../plan';
import { SAY } from '../report/messages';
import { plansIn } from '../report/reading';
import { workbookTitle } from '../xlsx';
import { RagPlanFileError } from './errors';
import { loadPlanSheets } from './planSheets';

/** One workbook read: its plans and its title (document properties), or why it could not be read. */
export type WorkbookReading =
  | { plans: Plan[]; reason: null; title: string | null }
  | { plans: null; reason: string; title?: undefined };

/** A job for a worker, and its answer. */
export interface ReadJob {
  id: number;
  file: string;
  options: CheckOptions;
}
export interface ReadDone {
  id: number;
  reading: WorkbookReading;
}

/** Every plan of a workbook, read with its own Key sheet's ratings (the pipeline's reading rule). */
export async function readOneWorkbook(
  file: string,
  options: CheckOptions
): Promise<WorkbookReading> {
  try {
    const { pkg, grids, ours, chosen } = await loadPlanSheets(file, undefined);
    const plans = plansIn(chosen, options, ours, grids);
    return plans.length > 0
      ? { plans, reason: null, title: workbookTitle(pkg) }
      : { plans: null, reason: SAY.noPlanInFile };
  } catch (e) {
    if (e instanceof RagPlanFileError) return { plans: null, reason: e.reason };
    return { plans: null, reason: `unexpected problem: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** The default number of jobs: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** The workbooks read, in the order given, by `jobs` workers (1: in this thread). */
export async function readWorkbooks(
  files: string[],
  options: CheckOptions,
  jobs: number
): Promise<WorkbookReading[]> {
  const out: WorkbookReading[] = new Array<WorkbookReading>(files.length);
  if (jobs <= 1 || files.length <= 1) {
    for (let i = 0; i < files.length; i++) out[i] = await readOneWorkbook(files[i], options);
    return out;
  }
  let next = 0;
  const workerFile = join(__dirname, 'rollupWorker.js');
  const runWorker = async (): Promise<void> => {
    while (next < files.length) {
      const worker = new Worker(workerFile);
      // A worker that fails takes only its current workbook with it; a new one takes the rest.
      await feed(worker, files, options, out, () => next++);
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, runWorker));
  return out;
}

/** Hands the worker one workbook at a time until none is left or it fails. */
function feed(
  worker: Worker,
  files: string[],
  options: CheckOptions,
  out: WorkbookReading[],
  take: () => number
): Promise<void> {
  return new Promise((resolve) => {
    let current = -1;
    const send = (): void => {
      current = take();
      if (current >= files.length) return resolve();
      worker.postMessage({ id: current, file: files[current], options } satisfies ReadJob);
    };
    worker.on('message', (done: ReadDone) => {
      out[done.id] = done.reading;
      send();
    });
    const failed = (why: string): void => {
      if (current >= 0 && current < files.length && out[current] === undefined)
        out[current] = { plans: null, reason: `unexpected problem: ${why}` };
      resolve();
    };
    worker.on('error', (e) => failed(e.message));
    worker.on('exit', (code) => {
      if (current < files.length && out[current] === undefined)
        failed(`the reader stopped (code ${code})`);
    });
    send();
  });
}
