import type { Command } from 'commander';
import { defaultOptions, readPlans, summarise } from '../plan';
import type { Plan, Summary } from '../plan';
import { loadWorkbook, worksheetsOf } from '../xlsx';
import { UsageError } from './errors';
import { jsonPlan, type JsonReport } from './jsonReport';
import { checkOptions, type CommonFlags } from './options';
import { reportText } from './textReport';

interface CheckFlags extends CommonFlags {
  sheet?: string;
  json?: boolean;
  strict?: boolean;
}

/** Reads every plan of a workbook (or one sheet's) and reports it. With --strict, exit code 1 when any finding is an error. */
export async function runCheck(file: string, flags: CheckFlags, write: (text: string) => void): Promise<number> {
  const options = defaultOptions(checkOptions(flags));
  // With --sheet, only that sheet's cells are read.
  const { pkg, grids: chosen } = await loadWorkbook(file, file, { only: flags.sheet });
  if (flags.sheet !== undefined && chosen.length === 0) {
    throw new UsageError(`there is no sheet "${flags.sheet}" in '${file}'; its sheets are: ${worksheetsOf(pkg).map((s) => s.name).join(', ')}`);
  }
  const parts: { plan: Plan; summary: Summary }[] = [];
  for (const grid of chosen) for (const plan of readPlans(grid, options)) parts.push({ plan, summary: summarise([plan], options) });
  if (flags.json) {
    const report: JsonReport = { file, asOf: options.asOf, plans: parts.map((p) => jsonPlan(p.plan, p.summary)) };
    write(`${JSON.stringify(report, null, 2)}\n`);
  } else write(`${reportText(file, options.asOf, options.dueSoonDays, parts)}\n`);
  const hasErrors = parts.some((p) => p.plan.findings.some((f) => f.severity === 'error'));
  return flags.strict && hasErrors ? 1 : 0;
}

export function registerCheck(program: Command, exit: (code: number) => void): void {
  program
    .command('check')
    .description('read every action plan in an .xlsx file and report what was found')
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--sheet <name>', 'only this sheet')
    .option('--as-of <date>', 'work out states on this date (YYYY-MM-DD; default today)')
    .option('--due-soon-days <n>', 'due within this many days counts as due soon (default 30)')
    .option('--blue-means <meaning>', 'what Blue means: complete, carried-over or not-started (default complete)')
    .option('--json', 'print the JSON report (docs/report-format.md)')
    .option('--strict', 'exit with code 1 when any finding is an error (for batch checks)')
    .action(async (file: string, flags: CheckFlags) => {
      exit(await runCheck(file, flags, (t) => process.stdout.write(t)));
    });
}
