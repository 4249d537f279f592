/**
 * rag-plan tidy FILE --out OUT.xlsx [--sheet NAME]: a copy of the workbook with a tidy plan added
 * beside the original: the actions as the engine reads them, one row each, in the structure of a
 * new plan (stacked cells split into rows, dates as dates, RAG as words with their fills, leads as
 * written), each row linked to the cell it came from. Every part of the original file is copied as
 * stored; only the new sheets, their table and the workbook's list of sheets and names are added.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultOptions } from '../plan';
import { TIDY_SAY } from '../report/messages';
import { KEY_SHEET } from '../report/newPlan/newPlan';
import { TIDY_SHEET, tidyLayouts } from '../report/newPlan/tidy';
import { plansIn } from '../report/reading';
import { freeSheetName } from '../report/newPlan/sheetNames';
import { withSheetsAdded, writeFileSafely } from '../xlsx';
import { RagPlanFileError, UsageError } from './errors';
import { addReadingFlags, checkOptions, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';

export interface TidyFlags extends CommonFlags {
  out?: string;
  sheet?: string;
}

async function checkOut(file: string, out: string | undefined): Promise<string> {
  if (!out)
    throw new UsageError(
      'say where to write the tidy copy: --out OUT.xlsx (the original is never changed)'
    );
  if (path.resolve(out) === path.resolve(file))
    throw new UsageError('--out must be a new file: tidy never changes the original');
  const exists = await fs.lstat(out).then(
    () => true,
    () => false
  );
  if (exists)
    throw new UsageError(
      `'${out}' already exists and is never overwritten by tidy; choose another --out name`
    );
  if (!/\.xls[xm]$/i.test(out))
    throw new UsageError(`--out must name an .xlsx file (got '${out}')`);
  return out;
}

export async function runTidy(
  file: string,
  flags: TidyFlags,
  write: (text: string) => void
): Promise<void> {
  const out = await checkOut(file, flags.out);
  const options = defaultOptions(checkOptions(flags));
  const { pkg, grids, ours, chosen } = await loadPlanSheets(file, flags.sheet);
  const plans = plansIn(chosen, options, ours, grids).filter((p) => p.actions.length > 0);
  if (plans.length === 0)
    throw new RagPlanFileError(
      file,
      'no action plan with actions was found in it: a plan is a table with headers such as Action, Lead, Timescale and RAG'
    );
  const names = pkg.sheets.map((s) => s.name);
  const planSheet = freeSheetName(TIDY_SHEET, names);
  const keySheet = freeSheetName(KEY_SHEET, [...names, planSheet]);
  const layouts = tidyLayouts(plans, grids, { planSheet, keySheet });
  await writeFileSafely(out, withSheetsAdded(pkg, layouts));
  const actions = plans.reduce((n, p) => n + p.actions.length, 0);
  write(
    `${TIDY_SAY.wrote(plans.length, actions, planSheet, keySheet)} File: ${out}.\n${TIDY_SAY.unchanged}\n`
  );
}

export function registerTidy(program: Command): void {
  addReadingFlags(
    program
      .command('tidy')
      .description(
        'add a tidy copy of a plan beside it, in a copy of the workbook (the original is never changed)'
      )
      .argument('<file>', 'the workbook (.xlsx)')
      .option('--out <file>', 'the copy to write (a new file)')
      .option('--sheet <name>', 'only tidy the plan on this sheet')
  ).action(async (file: string, flags: TidyFlags) => {
    await runTidy(file, flags, (t) => process.stdout.write(t));
  });
}
