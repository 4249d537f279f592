/**
 * rag-plan refresh: reads every plan in a workbook, rebuilds the summary sheets RAG Plan owns
 * and saves. The file is written whole to a temporary file beside the target and then renamed
 * over it, so a failure never leaves half a workbook.
 *
 * The "Refreshed" time is now, or the environment variable RAG_PLAN_NOW when set (any text, e.g.
 * an ISO time), so tests and reproducible builds get identical files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultOptions, readPlans, summarise } from '../plan';
import { buildSheets, SHEET_TITLES } from '../report/buildSheets';
import type { SheetKey } from '../report/sheetSpec';
import { allOwnedSheetNames } from '../xlsx/ownership';
import { loadWorkbook } from '../xlsx/readWorkbook';
import { writeSummarySheets } from '../xlsx/writeSheets';
import { RagPlanFileError, UsageError } from './errors';
import { checkOptions, type CommonFlags } from './options';

export interface RefreshFlags extends CommonFlags {
  out?: string;
  sheet?: string;
}

export async function runRefresh(file: string, flags: RefreshFlags, write: (text: string) => void): Promise<void> {
  const options = defaultOptions(checkOptions(flags));
  const { workbook, grids } = await loadWorkbook(file);
  const keys = Object.keys(SHEET_TITLES) as SheetKey[];
  const ours = allOwnedSheetNames(
    workbook,
    keys.map((key) => ({ key, values: [[SHEET_TITLES[key]]] })),
  );
  const chosen = flags.sheet === undefined ? grids.filter((g) => !ours.has(g.sheet)) : grids.filter((g) => g.sheet === flags.sheet);
  if (flags.sheet !== undefined && chosen.length === 0) {
    throw new UsageError(`there is no sheet "${flags.sheet}" in '${file}'; its sheets are: ${grids.map((g) => g.sheet).join(', ')}`);
  }
  const plans = chosen.flatMap((g) => readPlans(g, options));
  if (plans.length === 0) {
    throw new RagPlanFileError(file, 'no action plan was found in it: a plan is a table with headers such as Action, Lead, Timescale and RAG');
  }
  const summary = summarise(plans, options);
  const specs = buildSheets(summary, plans, {
    refreshedAt: process.env.RAG_PLAN_NOW || new Date().toISOString(),
    source: summary.sources.join(', '),
  });
  const result = writeSummarySheets(workbook, specs);

  const out = flags.out ?? file;
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(out), { recursive: true });
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new RagPlanFileError(out, `it cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the original is unchanged`, 'write');
  }

  const lines = [
    `Read ${plans.length} plan${plans.length === 1 ? '' : 's'} with ${summary.actions} actions as of ${summary.asOf}.`,
    `Wrote ${result.written.map((w) => `"${w.name}"`).join(', ')} to ${out}.`,
    ...result.renamed.map((r) => `"${r.wanted}" is your own sheet and was left alone; the summary is in "${r.used}".`),
    'Charts are shown as bars in the table cells: this file was written without Excel, which draws charts only in the add-in.',
  ];
  write(`${lines.join('\n')}\n`);
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
    .action(async (file: string, flags: RefreshFlags) => {
      await runRefresh(file, flags, (t) => process.stdout.write(t));
    });
}
