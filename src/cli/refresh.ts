/**
 * rag-plan refresh: reads every plan in a workbook, rebuilds the summary sheets RAG Plan owns
 * and saves. The file is written whole to a temporary file beside the target and then renamed
 * over it, so a failure never leaves half a workbook.
 *
 * The "Refreshed" time is now, or the environment variable RAG_PLAN_NOW when set (any text, e.g.
 * an ISO time), so tests and reproducible builds get identical files.
 *
 * --flag-in-place (opt-in) also shades the overdue rows of each plan read and puts a RAG drop-down
 * on its RAG column; --unflag takes exactly those away again. Cell values never change.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultOptions, workbookRagKey } from '../plan';
import { SHEET_TITLES } from '../report/buildSheets';
import { changesLine } from '../report/changesText';
import { storedSnapshots } from '../report/historyRead';
import { buildRefresh } from '../report/pipeline';
import { noSavingsSheetReason } from '../report/savingsSheet';
import type { SheetKey } from '../report/sheetSpec';
import { setFlagInPlace, type FlagResult } from '../xlsx/flagInPlace';
import { allOwnedSheetNames } from '../xlsx/ownership';
import { loadWorkbook } from '../xlsx/readWorkbook';
import { writeSummarySheets } from '../xlsx/writeSheets';
import { definedNamesOf, ownerNamesFromFile } from '../xlsx/writeDefinedNames';
import { workbookBytes } from '../xlsx/writeWorkbook';
import { RagPlanFileError, UsageError } from './errors';
import { checkOptions, type CommonFlags } from './options';

export interface RefreshFlags extends CommonFlags {
  out?: string;
  sheet?: string;
  flagInPlace?: boolean;
  unflag?: boolean;
}

export async function runRefresh(file: string, flags: RefreshFlags, write: (text: string) => void): Promise<void> {
  const options = defaultOptions(checkOptions(flags));
  if (flags.flagInPlace && flags.unflag) throw new UsageError('use --flag-in-place or --unflag, not both');
  const { workbook, grids } = await loadWorkbook(file);
  // A Key or Legend sheet gives what the plan's scores, letters or words mean.
  options.ragKey ??= workbookRagKey(grids) ?? undefined;
  // The names as the file has them: ExcelJS loses scopes and mangles formulas (writeDefinedNames.ts).
  const original = await fs.readFile(file);
  ownerNamesFromFile(workbook, await definedNamesOf(original));
  const keys = Object.keys(SHEET_TITLES) as SheetKey[];
  const ours = allOwnedSheetNames(
    workbook,
    keys.map((key) => ({ key, values: [[SHEET_TITLES[key]]] })),
  );
  const chosen = flags.sheet === undefined ? grids.filter((g) => !ours.has(g.sheet)) : grids.filter((g) => g.sheet === flags.sheet);
  if (flags.sheet !== undefined && chosen.length === 0) {
    throw new UsageError(`there is no sheet "${flags.sheet}" in '${file}'; its sheets are: ${grids.map((g) => g.sheet).join(', ')}`);
  }
  // The one refresh pipeline the pane and the ribbon run too.
  const built = buildRefresh({
    grids: chosen,
    keyFrom: grids,
    options,
    refreshedAt: process.env.RAG_PLAN_NOW || new Date().toISOString(),
    stored: storedSnapshots(grids, (s) => ours.has(s)).snapshots,
  });
  if (!built) {
    throw new RagPlanFileError(file, 'no action plan was found in it: a plan is a table with headers such as Action, Lead, Timescale and RAG');
  }
  const { plans, summary, specs, history } = built;
  const result = writeSummarySheets(workbook, specs);
  const flagged = flags.flagInPlace || flags.unflag ? plans.map((p) => setFlagInPlace(workbook, p, !!flags.flagInPlace)) : [];
  const bytes = await workbookBytes(workbook, specs, result.written, original);

  const out = flags.out ?? file;
  // Nothing is lost: a file is only replaced when everything in it can be written back.
  if (bytes.lost.length > 0 && path.resolve(out) === path.resolve(file)) {
    throw new RagPlanFileError(
      file,
      `it holds ${listOf(bytes.lost)}, which the command line cannot write back, so it was not changed; use --out to write a copy without them, or refresh in Excel with the add-in`,
      'write',
    );
  }
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(tmp, bytes.buffer);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new RagPlanFileError(out, `it cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the original is unchanged`, 'write');
  }

  const lines = [
    `Read ${plans.length} plan${plans.length === 1 ? '' : 's'} with ${summary.actions} actions as of ${summary.asOf}.`,
    `Wrote ${result.written.filter((w) => w.key !== 'history').map((w) => `"${w.name}"`).join(', ')} to ${out}.`,
    changesLine(history.changes),
    ...(noSavingsSheetReason(summary) ? [noSavingsSheetReason(summary) as string] : []),
    ...result.renamed.map((r) => `"${r.wanted}" is your own sheet and was left alone; the summary is in "${r.used}".`),
    ...bytes.charts.map((c) => `Added ${c.charts.length === 1 ? 'a chart' : `${c.charts.length} charts`} to "${c.sheet}": ${c.charts.join(', ')}.`),
    ...bytes.skipped.map((s) => `No chart on "${s.sheet}": ${s.reason}.`),
    ...bytes.kept.map((k) => `Kept the charts and pictures on "${k.sheet}" as they were.`),
    ...(bytes.lost.length > 0 ? [`Not in ${out}: ${listOf(bytes.lost)} (the command line cannot write them; ${file} still has them).`] : []),
    ...flagLines(flagged, !!flags.flagInPlace),
  ];
  write(`${lines.join('\n')}\n`);
}

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One line per sheet flagged or unflagged, in plain words. */
function flagLines(results: FlagResult[], on: boolean): string[] {
  const bySheet = new Map<string, { rows: number; dropDowns: number; kept: number; formats: number; removedDropDowns: number }>();
  for (const r of results) {
    const t = bySheet.get(r.sheet) ?? { rows: 0, dropDowns: 0, kept: 0, formats: 0, removedDropDowns: 0 };
    t.rows += rowsIn(r.shaded);
    t.dropDowns += r.dropDowns;
    t.kept += r.keptUserValidations;
    t.formats += r.removed.formats;
    t.removedDropDowns += r.removed.dropDowns;
    bySheet.set(r.sheet, t);
  }
  return [...bySheet].map(([sheet, t]) => {
    if (!on) return `Took RAG Plan's flags off "${sheet}": ${t.formats} overdue shading${t.formats === 1 ? '' : 's'} and ${t.removedDropDowns} RAG drop-down${t.removedDropDowns === 1 ? '' : 's'} removed; no cell was changed.`;
    const kept = t.kept > 0 ? ` (${t.kept} cell${t.kept === 1 ? '' : 's'} kept your own validation)` : '';
    return `Flagged "${sheet}": ${t.rows} overdue row${t.rows === 1 ? '' : 's'} shaded, RAG drop-down on ${t.dropDowns} cell${t.dropDowns === 1 ? '' : 's'}${kept}; no cell was changed.`;
  });
}

/** Distinct sheet rows covered by areas such as "A5:D6" and "F5:H6". */
function rowsIn(areas: string[]): number {
  const rows = new Set<number>();
  for (const a of areas) {
    const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(a);
    if (!m) continue;
    const top = Number(m[1]);
    const bottom = Number(m[2] ?? m[1]);
    for (let r = top; r <= bottom; r++) rows.add(r);
  }
  return rows.size;
}

export function registerRefresh(program: Command): void {
  program
    .command('refresh')
    .description("rebuild RAG Plan's summary sheets in an .xlsx file (your own sheets are never changed)")
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--out <file>', 'write to this file instead of replacing the original')
    .option('--sheet <name>', 'only read the plan on this sheet')
    .option('--as-of <date>', 'work out states on this date (YYYY-MM-DD; default today)')
    .option('--due-soon-days <n>', 'due within this many days counts as due soon (default 30)')
    .option('--blue-means <meaning>', 'what Blue means: complete, carried-over or not-started (default complete)')
    .option('--savings-tolerance <percent>', 'a Green or Blue savings line may forecast this much below target before it is reported (default 5)')
    .option('--flag-in-place', "also shade overdue rows and add a RAG drop-down in the plan itself (cell values are not changed)")
    .option('--unflag', 'take the shading and drop-downs added by --flag-in-place away again')
    .action(async (file: string, flags: RefreshFlags) => {
      await runRefresh(file, flags, (t) => process.stdout.write(t));
    });
}
