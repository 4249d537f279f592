/**
 * rag-plan new --from TEXT --out PLAN.xlsx [--title TEXT] [--brag] [--lead POST ...]: a new plan
 * from a review's recommendations, pasted into a text file (or piped in with --from -). The
 * recommendations are read by the one reader the pane uses too (report/newPlan); the workbook is
 * written by the package writer. An existing file is never overwritten.
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { NEW_PLAN_SAY } from '../report/messages';
import {
  KEY_SHEET,
  NEW_PLAN_SHEET,
  NEW_PLAN_TITLE,
  newPlanLayouts,
} from '../report/newPlan/newPlan';
import { parseRecommendations } from '../report/newPlan/parseRecommendations';
import { ratingsOffered } from '../report/newPlan/planColumns';
import { ragLabel } from '../plan';
import { newWorkbook, writeFileSafely } from '../xlsx';
import { UsageError } from './errors';

export interface NewFlags {
  from?: string;
  out?: string;
  title?: string;
  brag?: boolean;
  lead?: string[];
}

async function readFrom(from: string): Promise<string> {
  if (from === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await fs.readFile(from, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read --from '${from}': ${code === 'ENOENT' ? 'there is no such file' : `it cannot be read (${code})`}`
    );
  }
}

async function refuseExisting(out: string): Promise<void> {
  const exists = await fs.lstat(out).then(
    () => true,
    () => false
  );
  if (exists)
    throw new UsageError(
      `'${out}' already exists and is never overwritten by new; choose another --out name`
    );
}

export async function runNew(flags: NewFlags, write: (text: string) => void): Promise<void> {
  if (!flags.from)
    throw new UsageError(
      'say where the recommendations are: --from FILE (or - for standard input)'
    );
  if (!flags.out) throw new UsageError('say where to write the plan: --out PLAN.xlsx');
  if (!/\.xlsx$/i.test(flags.out))
    throw new UsageError(`--out must name an .xlsx file (got '${flags.out}')`);
  await refuseExisting(flags.out);
  const parsed = parseRecommendations(await readFrom(flags.from));
  if (parsed.recommendations.length === 0 || parsed.kind === null)
    throw new UsageError(NEW_PLAN_SAY.none);
  const brag = !!flags.brag;
  const layouts = newPlanLayouts(parsed.recommendations, {
    title: flags.title?.trim() || NEW_PLAN_TITLE,
    brag,
    leads: (flags.lead ?? []).map((l) => l.trim()).filter(Boolean),
    planSheet: NEW_PLAN_SHEET,
    keySheet: KEY_SHEET,
  });
  await writeFileSafely(flags.out, newWorkbook(layouts, flags.out));
  const count = parsed.recommendations.length;
  write(
    [
      NEW_PLAN_SAY.read(count, parsed.kind, parsed.leftOut),
      `${NEW_PLAN_SAY.wrote(NEW_PLAN_SHEET, KEY_SHEET, count, ratingsOffered(brag).map(ragLabel))} File: ${flags.out}.`,
      NEW_PLAN_SAY.next,
    ].join('\n') + '\n'
  );
}

export function registerNew(program: Command): void {
  program
    .command('new')
    .description("start an action plan from a review's recommendations (a row per recommendation)")
    .option(
      '--from <file>',
      'a text file holding the recommendations pasted from the report (- reads standard input)'
    )
    .option('--out <file>', 'the new workbook (.xlsx); an existing file is never overwritten')
    .option('--title <text>', 'the title above the plan (default "Action plan")')
    .option('--brag', 'offer Blue (complete) as well as Red, Amber and Green')
    .option(
      '--lead <post>',
      'a lead for the Key sheet\'s list, such as "Director of Place" (repeat for more)',
      (value: string, all: string[] = []) => [...all, value]
    )
    .action(async (flags: NewFlags) => {
      await runNew(flags, (t) => process.stdout.write(t));
    });
}
