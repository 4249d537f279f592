/**
 * rag-plan rollup: many workbooks (a directorate's plan each) read together, several at once, and
 * one summary written for all of them, through the one refresh pipeline (report/rollup). The
 * summary is a new workbook, or, when --out holds one already, its sheets are refreshed in place
 * with its history, so the Summary says what changed in each workbook since the last roll-up.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultOptions, type CheckOptions } from '../plan';
import { changesLine } from '../report/changesText';
import { historyIn } from '../report/historyRead';
import { buildRollup, type RollupBuild } from '../report/rollup/buildRollup';
import {
  namedByTitles,
  type RollupSource,
  type RollupWorkbook,
} from '../report/rollup/rollupTypes';
import {
  lockForWriting,
  newSummaryWorkbook,
  refreshPackage,
  writeFileSafely,
  type FileLock,
  type RefreshedBytes,
} from '../xlsx';
import { RagPlanFileError, UsageError } from './errors';
import { addReadingFlags, checkOptions, type CommonFlags } from './options';
import { streamWrite, writeInChunks, type Write } from './output';
import { loadPlanSheets } from './planSheets';
import { rollupJsonPieces } from './rollupJson';
import { defaultJobs, readWorkbooks } from './rollupRead';
import { rollupFiles } from './rollupFiles';

export interface RollupFlags extends CommonFlags {
  out?: string;
  json?: boolean;
  title?: string;
  strict?: boolean;
  jobs?: string;
}

function jobsOf(flags: RollupFlags): number {
  if (flags.jobs === undefined) return defaultJobs();
  const n = Number(flags.jobs);
  if (!/^\d+$/.test(flags.jobs) || n < 1 || n > 256)
    throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${flags.jobs}")`);
  return n;
}

/** The line a workbook not read gets, as `check` says it: "cannot read 'x.xlsx': ...". */
export function notReadLine(w: RollupWorkbook): string {
  return new RagPlanFileError(w.file, w.reason ?? '').message;
}

/** Reads every workbook, writes the summary, reports; exit code 1 with --strict when any was not read. */
export async function runRollup(
  paths: string[],
  flags: RollupFlags,
  write: Write
): Promise<number> {
  if (!flags.out) throw new UsageError('rollup needs --out SUMMARY.xlsx: the file to write');
  const out = flags.out;
  const options = defaultOptions(checkOptions(flags));
  const jobs = jobsOf(flags);
  const sources = rollupFiles(paths, out);
  if (sources.length === 0)
    throw new UsageError(`there is no .xlsx or .xlsm workbook in ${paths.join(', ')}`);
  const lock = await lockForWriting(out);
  try {
    const workbooks = await readAll(sources, options, jobs);
    const { built, result } = await writeSummary(out, workbooks, options, flags, lock);
    if (flags.json) await writeInChunks(rollupJsonPieces(out, options, built, workbooks), write);
    else await write(`${rollupLines(built, result, out).join('\n')}\n`);
    return flags.strict && built.unread.length > 0 ? 1 : 0;
  } finally {
    await lock.release();
  }
}

async function readAll(
  sources: RollupSource[],
  options: CheckOptions,
  jobs: number
): Promise<RollupWorkbook[]> {
  const readings = await readWorkbooks(
    sources.map((s) => s.file),
    options,
    jobs
  );
  const names = namedByTitles(
    sources,
    readings.map((r) => r.title ?? null)
  );
  return sources.map((s, i): RollupWorkbook => {
    const r = readings[i];
    const name = names[i];
    return r.reason === null
      ? { ...s, plans: r.plans, reason: null, name }
      : { ...s, plans: null, reason: r.reason, name };
  });
}

/** Builds the roll-up and writes it: into the summary there (its history kept), or a new workbook. */
async function writeSummary(
  out: string,
  workbooks: RollupWorkbook[],
  options: CheckOptions,
  flags: RollupFlags,
  lock: FileLock
): Promise<{ built: RollupBuild; result: RefreshedBytes }> {
  const existing = existsSync(out) ? await loadPlanSheets(out, undefined) : null;
  const history = existing ? historyIn(existing.grids, existing.historySheet) : undefined;
  const built = buildRollup({
    workbooks,
    options,
    refreshedAt: process.env.RAG_PLAN_NOW || new Date().toISOString(),
    title: flags.title,
    history,
    ourSheets: existing?.ourSheets,
  });
  if (!built) {
    const lines = workbooks.filter((w) => w.reason !== null).map(notReadLine);
    throw new UsageError(
      `no plan could be read from any of the ${workbooks.length} workbooks:\n  ${lines.join('\n  ')}`
    );
  }
  const result = existing
    ? refreshPackage(existing.pkg, existing.grids, built.specs, undefined, built.setAside)
    : newSummaryWorkbook(built.specs, out);
  await writeFileSafely(out, result.buffer, lock);
  return { built, result };
}

/** What the roll-up says it did: read, not read (each with its reason), wrote, changes. */
function rollupLines(built: RollupBuild, result: RefreshedBytes, out: string): string[] {
  const { plans, summary, byWorkbook, unread } = built;
  const total = byWorkbook.length + unread.length;
  return [
    `Read ${plans.length} plan${plans.length === 1 ? '' : 's'} with ${summary.actions} actions from ${byWorkbook.length} of ${total} workbooks as of ${summary.asOf}.`,
    ...unread.map(notReadLine),
    `Wrote ${result.written
      .filter((w) => w.key !== 'history' && w.key !== 'kept')
      .map((w) => `"${w.name}"`)
      .join(', ')} to ${out}.`,
    changesLine(built.history.changes),
  ];
}

export function registerRollup(program: Command, exit: (code: number) => void): void {
  addReadingFlags(
    program
      .command('rollup')
      .description(
        "read many workbooks' plans (files, or folders of them) and write one summary for all of them"
      )
      .argument('<files...>', 'workbooks (.xlsx, .xlsm), or folders holding them')
      .requiredOption('--out <file>', 'the summary workbook to write (refreshed in place if there)')
  )
    .option('--title <text>', 'what the summary sheets name as their source')
    .option('--jobs <n>', 'workbooks read at once (default: one per core; 1: no worker threads)')
    .option('--json', 'print the JSON report (docs/report-format.md)')
    .option('--strict', 'exit with code 1 when any workbook could not be read')
    .action(async (files: string[], flags: RollupFlags) => {
      exit(await runRollup(files, flags, streamWrite(process.stdout)));
    });
}
