/**
 * rag-plan refresh: reads every plan in a workbook, rebuilds the summary sheets RAG Plan owns
 * and saves. Only our parts of the file change; every other part is copied byte for byte
 * (src/xlsx/refreshWorkbook.ts). The file is written to a temporary file beside the target and
 * renamed over it (src/xlsx/safeWrite.ts), so a failure never leaves half a workbook.
 *
 * The "Refreshed" time is now, or the environment variable RAG_PLAN_NOW when set (any text, e.g.
 * an ISO time), so tests and reproducible builds get identical files.
 *
 * --flag-in-place (opt-in) also shades the overdue rows of each plan read and puts a RAG drop-down
 * on its RAG column; --unflag takes exactly those away again. Cell values never change.
 */
import type { Command } from 'commander';
import { defaultOptions, nameProblem, snapshotInfos } from '../plan';
import { changesLine, missedText } from '../report/changesText';
import { rowsIn } from '../report/flagRule';
import { historyIn } from '../report/historyRead';
import { SAY } from '../report/messages';
import { buildRefresh, type RefreshBuild } from '../report/pipeline';
import { noSavingsSheetReason } from '../report/savingsSheet';
import {
  lockForWriting,
  refreshPackage,
  writeFileSafely,
  type FlagResult,
  type RefreshedBytes,
} from '../xlsx';
import { RagPlanFileError, UsageError } from './errors';
import { addChoiceFlags, withChoiceFlags, type ChoiceFlags } from './choiceFlags';
import { addReadingFlags, addSinceFlag, checkOptions, sinceOf, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';

export interface RefreshFlags extends CommonFlags, ChoiceFlags {
  out?: string;
  sheet?: string;
  flagInPlace?: boolean;
  unflag?: boolean;
  since?: string;
  name?: string;
}

export async function runRefresh(
  file: string,
  flags: RefreshFlags,
  write: (text: string) => void
): Promise<void> {
  const flagOptions = defaultOptions(checkOptions(flags));
  if (flags.flagInPlace && flags.unflag)
    throw new UsageError('use --flag-in-place or --unflag, not both');
  const since = sinceOf(flags);
  const named = flags.name === undefined ? null : nameProblem(flags.name);
  if (named) throw new UsageError(`--name: ${named}`);
  const out = flags.out ?? file;
  // Held from before the workbook is read until the new one is renamed into place: a refresh
  // running at the same time is refused, never overwritten nor read half-way.
  const lock = await lockForWriting(out);
  try {
    const read = await loadPlanSheets(file, flags.sheet);
    const { pkg, grids, ours, ourSheets, historySheet, chosen } = read;
    const { options, choices } = withChoiceFlags(flagOptions, read.choices, flags, read);
    const history = historyIn(grids, historySheet);
    // The one refresh pipeline the pane and the ribbon run too; the workbook's Key sheet gives what its ratings mean.
    const built = buildRefresh({
      grids: chosen,
      keyFrom: grids,
      ownSheets: ours,
      options,
      // The plans picked in the pane; ranges given with --plan are summarised with every other plan.
      picked: flags.plan?.length ? null : choices.picked,
      refreshedAt: process.env.RAG_PLAN_NOW || new Date().toISOString(),
      history,
      ourSheets,
      choice: { since, name: flags.name },
    });
    if (!built) {
      throw new RagPlanFileError(file, SAY.noPlanInFile);
    }
    if (built.history.missed)
      throw new UsageError(
        `--since: ${missedText(built.history.missed, snapshotInfos(history.snapshots))}`
      );
    if (flags.name !== undefined && !built.history.kept)
      throw new UsageError(
        '--name: a refresh as of a date before the last one keeps no snapshot, so there is none to name'
      );
    const flag =
      flags.flagInPlace || flags.unflag
        ? { plans: built.plans, on: !!flags.flagInPlace }
        : undefined;
    const result = refreshPackage(pkg, grids, built.specs, flag, built.setAside);
    await writeFileSafely(out, result.buffer, lock);
    const lines = refreshLines(built, result, out, !!flags.flagInPlace, history.problems);
    if (read.choicesProblem) lines.push(read.choicesProblem);
    write(`${lines.join('\n')}\n`);
  } finally {
    await lock.release();
  }
}

/** What a refresh says it did, a line each: read, wrote, changes, then anything the user should know. */
function refreshLines(
  built: RefreshBuild,
  result: RefreshedBytes,
  out: string,
  flagged: boolean,
  problems: { row: number | null; text: string }[]
): string[] {
  const { plans, summary, history } = built;
  const keptTo = result.written.filter((w) => w.key === 'kept');
  const kept = SAY.kept(built.kept.map((k, i) => ({ ...k, to: keptTo[i]?.name ?? '' })));
  return [
    `Read ${plans.length} plan${plans.length === 1 ? '' : 's'} with ${summary.actions} actions as of ${summary.asOf}.`,
    `Wrote ${result.written
      .filter((w) => w.key !== 'history' && w.key !== 'kept')
      .map((w) => `"${w.name}"`)
      .join(', ')} to ${out}.`,
    changesLine(history.changes),
    ...(history.kept?.name ? [SAY.named(history.kept.name, history.kept.seq)] : []),
    ...(kept ? [kept] : []),
    ...(result.setAside
      ? [
          SAY.setAside(
            result.setAside.to,
            problems.find((p) => p.row === null)?.text ?? 'nothing on it could be read'
          ),
        ]
      : SAY.historyProblems(problems)),
    ...(noSavingsSheetReason(summary) ? [noSavingsSheetReason(summary) as string] : []),
    ...result.renamed.map((r) => SAY.renamed(r.wanted, r.used)),
    ...result.charts.map(
      (c) =>
        `Added ${c.charts.length === 1 ? 'a chart' : `${c.charts.length} charts`} to "${c.sheet}": ${c.charts.join(', ')}.`
    ),
    ...flagLines(result.flagged, flagged),
  ];
}

/** One line per sheet flagged or unflagged, in plain words. */
function flagLines(results: FlagResult[], on: boolean): string[] {
  const bySheet = new Map<
    string,
    { rows: number; dropDowns: number; kept: number; formats: number; removedDropDowns: number }
  >();
  for (const r of results) {
    const t = bySheet.get(r.sheet) ?? {
      rows: 0,
      dropDowns: 0,
      kept: 0,
      formats: 0,
      removedDropDowns: 0,
    };
    t.rows += rowsIn(r.shaded);
    t.dropDowns += r.dropDowns;
    t.kept += r.keptUserValidations;
    t.formats += r.removed.formats;
    t.removedDropDowns += r.removed.dropDowns;
    bySheet.set(r.sheet, t);
  }
  return [...bySheet].map(([sheet, t]) =>
    on
      ? SAY.flagged({ sheet, ...t })
      : SAY.unflagged({ sheet, formats: t.formats, dropDowns: t.removedDropDowns })
  );
}

export function registerRefresh(program: Command): void {
  const command = addChoiceFlags(
    addReadingFlags(
      program
        .command('refresh')
        .description(
          "rebuild RAG Plan's summary sheets in an .xlsx file (your own sheets are never changed)"
        )
        .argument('<file>', 'the workbook (.xlsx)')
        .option('--out <file>', 'write to this file instead of replacing the original')
        .option('--sheet <name>', 'only read the plan on this sheet')
    )
  )
    .option(
      '--name <text>',
      'name the snapshot this refresh keeps ("Cabinet 12 January"), to compare with later by --since'
    )
    .option(
      '--flag-in-place',
      'also shade overdue rows and add a RAG drop-down in the plan itself (cell values are not changed)'
    )
    .option('--unflag', 'take the shading and drop-downs added by --flag-in-place away again');
  addSinceFlag(command, 'list the changes').action(async (file: string, flags: RefreshFlags) => {
    await runRefresh(file, flags, (t) => process.stdout.write(t));
  });
}
