/**
 * rag-plan diff OLD.xlsx NEW.xlsx: what changed between two copies of a plan (last month's file
 * and this month's), by the same rules as the Summary's "Changes since last refresh", without
 * needing a snapshot. The old copy's states are worked out on --old-as-of, else on the as-of date
 * of its newest snapshot (the day it was last refreshed), else on the same date as the new one.
 */
import type { Command } from 'commander';
import {
  defaultOptions,
  displayDate,
  isIsoDate,
  type CheckOptions,
  type Plan,
  changeCount,
  changesBetweenPlans,
  type Changes,
} from '../plan';
import { changeCounts, changesLines } from '../report/changesText';
import { storedSnapshots } from '../report/historyRead';
import { SAY } from '../report/messages';
import { plansIn } from '../report/pipeline';
import { RagPlanFileError, UsageError } from './errors';
import { changesJson, type JsonDiff } from './jsonReport';
import { addRatingFlags, checkOptions, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';

export interface DiffFlags extends CommonFlags {
  oldAsOf?: string;
  sheet?: string;
  json?: boolean;
}

interface Copy {
  plans: Plan[];
  /** As-of date of the newest snapshot the file keeps, if any. */
  lastRefresh: string | null;
}

/** The plans of a file (never RAG Plan's own sheets) and its newest snapshot's date. */
async function readCopy(
  file: string,
  sheet: string | undefined,
  options: CheckOptions
): Promise<Copy> {
  const { grids, ours, chosen } = await loadPlanSheets(file, sheet);
  const plans = plansIn(chosen, options, ours, grids);
  if (plans.length === 0) throw new RagPlanFileError(file, SAY.noPlanInFile);
  const snapshots = storedSnapshots(grids, (s) => ours.has(s)).snapshots;
  const lastRefresh =
    snapshots
      .map((s) => s.asOf)
      .sort()
      .pop() ?? null;
  return { plans, lastRefresh };
}

export async function runDiff(
  oldFile: string,
  newFile: string,
  flags: DiffFlags,
  write: (text: string) => void
): Promise<Changes> {
  const options = defaultOptions(checkOptions(flags));
  if (flags.oldAsOf !== undefined && !isIsoDate(flags.oldAsOf))
    throw new UsageError(
      `--old-as-of must be a date written YYYY-MM-DD, such as 2024-03-31 (got "${flags.oldAsOf}")`
    );
  const probe = await readCopy(oldFile, flags.sheet, options);
  const oldAsOf = flags.oldAsOf ?? probe.lastRefresh ?? options.asOf;
  // States depend on the date: read the old copy again when its date is not the new one's.
  const older =
    oldAsOf === options.asOf
      ? probe
      : await readCopy(oldFile, flags.sheet, { ...options, asOf: oldAsOf });
  const newer = await readCopy(newFile, flags.sheet, options);
  const changes = changesBetweenPlans(older.plans, oldAsOf, newer.plans, options.asOf);
  if (flags.json) {
    const report: JsonDiff = {
      old: { file: oldFile, asOf: oldAsOf },
      new: { file: newFile, asOf: options.asOf },
      changes: changesJson(changes),
    };
    write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const heading = `Changes from ${oldFile} (as of ${displayDate(oldAsOf)}) to ${newFile} (as of ${displayDate(options.asOf)}): ${changeCounts(changes)}.`;
    write(
      `${[heading, ...(changeCount(changes) > 0 ? ['', ...changesLines(changes)] : [])].join('\n')}\n`
    );
  }
  return changes;
}

export function registerDiff(program: Command): void {
  addRatingFlags(
    program
      .command('diff')
      .description(
        'what changed between two copies of a plan: RAG up and down, newly overdue, completed, dates moved, added and removed'
      )
      .argument('<old>', "the earlier copy (.xlsx), such as last month's file")
      .argument('<new>', "the later copy (.xlsx), such as this month's file")
      .option('--sheet <name>', 'only the plan on this sheet (in both files)')
      .option(
        '--as-of <date>',
        "work out the new copy's states on this date (YYYY-MM-DD; default today)"
      )
      .option(
        '--old-as-of <date>',
        "work out the old copy's states on this date (default: the date it was last refreshed, else --as-of)"
      )
  )
    .option('--json', 'print the changes as JSON (docs/report-format.md)')
    .action(async (oldFile: string, newFile: string, flags: DiffFlags) => {
      await runDiff(oldFile, newFile, flags, (t) => process.stdout.write(t));
    });
}
