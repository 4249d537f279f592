import type { Command } from 'commander';
import { defaultOptions, summarise } from '../plan';
import { refreshHistory } from '../plan/history';
import { storedSnapshots } from '../report/historyRead';
import { plansIn } from '../report/pipeline';
import { changesJson, jsonPlan, type JsonReport } from './jsonReport';
import { addReadingFlags, checkOptions, type CommonFlags } from './options';
import { loadPlanSheets } from './planSheets';
import { reportText } from './textReport';

interface CheckFlags extends CommonFlags {
  sheet?: string;
  json?: boolean;
  strict?: boolean;
}

/** Reads every plan of a workbook (or one sheet's) and reports it. With --strict, exit code 1 when any finding is an error. */
export async function runCheck(
  file: string,
  flags: CheckFlags,
  write: (text: string) => void
): Promise<number> {
  const options = defaultOptions(checkOptions(flags));
  const { grids, ours, chosen } = await loadPlanSheets(file, flags.sheet);
  // The pipeline's reading rule: never our sheets, and the workbook's Key sheet says what ratings mean.
  const parts = plansIn(chosen, options, ours, grids).map((plan) => ({
    plan,
    summary: summarise([plan], options),
  }));
  if (flags.json) {
    // What a refresh now would show as changed (nothing is stored: check never writes).
    const changes = refreshHistory(
      storedSnapshots(grids, (s) => ours.has(s)).snapshots,
      parts.map((p) => p.plan),
      options.asOf,
      ''
    ).changes;
    const report: JsonReport = {
      file,
      asOf: options.asOf,
      plans: parts.map((p) => jsonPlan(p.plan, p.summary)),
      changes: changes && changesJson(changes),
    };
    write(`${JSON.stringify(report, null, 2)}\n`);
  } else write(`${reportText(file, options.asOf, options.dueSoonDays, parts)}\n`);
  const hasErrors = parts.some((p) => p.plan.findings.some((f) => f.severity === 'error'));
  return flags.strict && hasErrors ? 1 : 0;
}

export function registerCheck(program: Command, exit: (code: number) => void): void {
  addReadingFlags(
    program
      .command('check')
      .description('read every action plan in an .xlsx file and report what was found')
      .argument('<file>', 'the workbook (.xlsx)')
      .option('--sheet <name>', 'only this sheet')
  )
    .option('--json', 'print the JSON report (docs/report-format.md)')
    .option('--strict', 'exit with code 1 when any finding is an error (for batch checks)')
    .action(async (file: string, flags: CheckFlags) => {
      exit(await runCheck(file, flags, (t) => process.stdout.write(t)));
    });
}
