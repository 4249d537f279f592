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
import { defaultOptions } from '../plan';
import { changesLine } from '../report/changesText';
import { storedSnapshots } from '../report/historyRead';
import { rowsIn } from '../report/flagRule';
import { SAY } from '../report/messages';
import { buildRefresh } from '../report/pipeline';
import { noSavingsSheetReason } from '../report/savingsSheet';
import { refreshPackage, writeFileSafely, type FlagResult } from '../xlsx';
import { RagPlanFileError, UsageError } from './errors';
import { addReadingFlags, checkOptions, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';

export interface RefreshFlags extends CommonFlags {
  out?: string;
  sheet?: string;
  flagInPlace?: boolean;
  unflag?: boolean;
}

export async function runRefresh(
  file: string,
  flags: RefreshFlags,
  write: (text: string) => void
): Promise<void> {
  const options = defaultOptions(checkOptions(flags));
  if (flags.flagInPlace && flags.unflag)
    throw new UsageError('use --flag-in-place or --unflag, not both');
  const { pkg, grids, ours, chosen } = await loadPlanSheets(file, flags.sheet);
  // The one refresh pipeline the pane and the ribbon run too; the workbook's Key sheet gives what its ratings mean.
  const built = buildRefresh({
    grids: chosen,
    keyFrom: grids,
    options,
    refreshedAt: process.env.RAG_PLAN_NOW || new Date().toISOString(),
    stored: storedSnapshots(grids, (s) => ours.has(s)).snapshots,
  });
  if (!built) {
    throw new RagPlanFileError(file, SAY.noPlanInFile);
  }
  const { plans, summary, specs, history } = built;
  const flag = flags.flagInPlace || flags.unflag ? { plans, on: !!flags.flagInPlace } : undefined;
  const result = refreshPackage(pkg, grids, specs, flag);
  const out = flags.out ?? file;
  await writeFileSafely(out, result.buffer);

  const lines = [
    `Read ${plans.length} plan${plans.length === 1 ? '' : 's'} with ${summary.actions} actions as of ${summary.asOf}.`,
    `Wrote ${result.written
      .filter((w) => w.key !== 'history')
      .map((w) => `"${w.name}"`)
      .join(', ')} to ${out}.`,
    changesLine(history.changes),
    ...(noSavingsSheetReason(summary) ? [noSavingsSheetReason(summary) as string] : []),
    ...result.renamed.map((r) => SAY.renamed(r.wanted, r.used)),
    ...result.charts.map(
      (c) =>
        `Added ${c.charts.length === 1 ? 'a chart' : `${c.charts.length} charts`} to "${c.sheet}": ${c.charts.join(', ')}.`
    ),
    ...flagLines(result.flagged, !!flags.flagInPlace),
  ];
  write(`${lines.join('\n')}\n`);
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
    .option(
      '--flag-in-place',
      'also shade overdue rows and add a RAG drop-down in the plan itself (cell values are not changed)'
    )
    .option('--unflag', 'take the shading and drop-downs added by --flag-in-place away again')
    .action(async (file: string, flags: RefreshFlags) => {
      await runRefresh(file, flags, (t) => process.stdout.write(t));
    });
}
