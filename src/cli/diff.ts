/**
 * rag-plan diff OLD.xlsx NEW.xlsx: what changed between two copies of a plan (last month's file
 * and this month's), by the same rules as the Summary's "Changes since last refresh", without
 * needing a snapshot. The old copy's states are worked out on --old-as-of, else on the as-of date
 * of its newest snapshot (the day it was last refreshed), else on the same date as the new one.
 *
 * With --since DATE|NAME the older side is not the old copy's plan but a snapshot it keeps (the
 * newest on or before the date, or the one given that name); given one file, the changes are
 * those in that file since its own snapshot.
 */
import type { Command } from 'commander';
import {
  changeCount,
  changesBetweenPlans,
  changesSinceSnapshot,
  defaultOptions,
  displayDate,
  findBaseline,
  isIsoDate,
  snapshotInfos,
  type Changes,
  type CheckOptions,
  type Plan,
  type Since,
  type Snapshot,
} from '../plan';
import { changeCounts, changesLines, missedText } from '../report/changesText';
import { historyIn } from '../report/historyRead';
import { SAY } from '../report/messages';
import { plansIn } from '../report/reading';
import { RagPlanFileError, UsageError } from './errors';
import { changesJson, type JsonDiff } from './jsonReport';
import { addChoiceFlags, withChoiceFlags, type ChoiceFlags } from './choiceFlags';
import { addRatingFlags, addSinceFlag, checkOptions, sinceOf, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';

export interface DiffFlags extends CommonFlags, ChoiceFlags {
  oldAsOf?: string;
  sheet?: string;
  json?: boolean;
  since?: string;
}

interface Copy {
  plans: Plan[];
  /** The snapshots the file keeps (readable ones), oldest first. */
  snapshots: Snapshot[];
}

/** The plans of a file (never RAG Plan's own sheets) and the snapshots it keeps. */
async function readCopy(
  file: string,
  sheet: string | undefined,
  flagOptions: CheckOptions,
  flags: ChoiceFlags
): Promise<Copy> {
  const read = await loadPlanSheets(file, sheet);
  const { grids, ours, historySheet, chosen } = read;
  // Each copy's kept choices, with the same flags over both.
  const { options } = withChoiceFlags(flagOptions, read.choices, flags, read);
  // The changes are the output; a damaged choices part is said on stderr.
  if (read.choicesProblem) process.stderr.write(`${file}: ${read.choicesProblem}\n`);
  const plans = plansIn(chosen, options, ours, grids);
  if (plans.length === 0) throw new RagPlanFileError(file, SAY.noPlanInFile);
  const history = historyIn(grids, historySheet);
  return { plans, snapshots: history.state === 'read' ? history.snapshots : [] };
}

/** The older side: the chosen snapshot of the old copy, or the old copy's plan on its date. */
async function olderSide(
  oldFile: string,
  flags: DiffFlags,
  options: CheckOptions,
  since: Since | undefined
): Promise<{ asOf: string; snapshot: Snapshot | null; plans: Plan[] }> {
  const probe = await readCopy(oldFile, flags.sheet, options, flags);
  if (since) {
    const snapshot = findBaseline(probe.snapshots, since);
    if (!snapshot)
      throw new UsageError(`--since: ${missedText(since, snapshotInfos(probe.snapshots))}`);
    return { asOf: snapshot.asOf, snapshot, plans: [] };
  }
  const last =
    probe.snapshots
      .map((s) => s.asOf)
      .sort()
      .pop() ?? null;
  const asOf = flags.oldAsOf ?? last ?? options.asOf;
  // States depend on the date: read the old copy again when its date is not the new one's.
  const plans =
    asOf === options.asOf
      ? probe.plans
      : (await readCopy(oldFile, flags.sheet, { ...options, asOf }, flags)).plans;
  return { asOf, snapshot: null, plans };
}

export async function runDiff(
  oldFile: string,
  newFile: string | undefined,
  flags: DiffFlags,
  write: (text: string) => void
): Promise<Changes> {
  const options = defaultOptions(checkOptions(flags));
  if (flags.oldAsOf !== undefined && !isIsoDate(flags.oldAsOf))
    throw new UsageError(
      `--old-as-of must be a date written YYYY-MM-DD, such as 2024-03-31 (got "${flags.oldAsOf}")`
    );
  const since = sinceOf(flags);
  if (newFile === undefined && !since)
    throw new UsageError(
      'diff needs two files (the older copy, then the newer), or one file and --since DATE|NAME'
    );
  if (since && flags.oldAsOf !== undefined)
    throw new UsageError(
      '--old-as-of and --since cannot go together: a snapshot keeps its own date'
    );
  const newPath = newFile ?? oldFile;
  const older = await olderSide(oldFile, flags, options, since);
  const newer = await readCopy(newPath, flags.sheet, options, flags);
  const changes = older.snapshot
    ? changesSinceSnapshot(older.snapshot, newer.plans, options.asOf)
    : changesBetweenPlans(older.plans, older.asOf, newer.plans, options.asOf);
  const snapshot = older.snapshot
    ? { snapshot: { seq: older.snapshot.seq, name: older.snapshot.name } }
    : {};
  if (flags.json) {
    const report: JsonDiff = {
      old: { file: oldFile, asOf: older.asOf, ...snapshot },
      new: { file: newPath, asOf: options.asOf },
      changes: changesJson(changes),
    };
    write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const from = older.snapshot
      ? `${older.snapshot.name ? `“${older.snapshot.name}”, ` : ''}the snapshot ${oldFile} kept as of ${displayDate(older.asOf)}`
      : `${oldFile} (as of ${displayDate(older.asOf)})`;
    const heading = `Changes from ${from} to ${newPath} (as of ${displayDate(options.asOf)}): ${changeCounts(changes)}.`;
    write(
      `${[heading, ...(changeCount(changes) > 0 ? ['', ...changesLines(changes)] : [])].join('\n')}\n`
    );
  }
  return changes;
}

export function registerDiff(program: Command): void {
  const command = addChoiceFlags(
    addRatingFlags(
      program
        .command('diff')
        .description(
          'what changed between two copies of a plan, or in one since a snapshot it keeps: RAG up and down, newly overdue, completed, dates moved, added and removed'
        )
        .argument('<old>', "the earlier copy (.xlsx), such as last month's file")
        .argument(
          '[new]',
          "the later copy (.xlsx), such as this month's file (default: the same file, with --since)"
        )
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
  ).option('--json', 'print the changes as JSON (docs/report-format.md)');
  addSinceFlag(command, 'compare with a snapshot the old copy keeps rather than its plan:').action(
    async (oldFile: string, newFile: string | undefined, flags: DiffFlags) => {
      await runDiff(oldFile, newFile, flags, (t) => process.stdout.write(t));
    }
  );
}
