import type { Command } from 'commander';
import {
  defaultOptions,
  summarise,
  type Grid,
  type Plan,
  type Summary,
  refreshHistory,
} from '../plan';
import { storedSnapshots } from '../report/historyRead';
import { plansIn } from '../report/pipeline';
import { changesJson, jsonPlan, type JsonReport } from './jsonReport';
import { jsonPieces } from './jsonStream';
import { addReadingFlags, checkOptions, type CommonFlags } from './options';
import { streamWrite, withBreaks, writeInChunks, type Write } from './output';
import { loadPlanSheets } from './planSheets';
import { reportLines } from './textReport';

interface CheckFlags extends CommonFlags {
  sheet?: string;
  json?: boolean;
  strict?: boolean;
}

type Part = { plan: Plan; summary: Summary };

/**
 * check --json: the report's pieces. Each plan is turned into its JSON shape only when its turn
 * comes, and written a piece at a time (jsonStream.ts), the same text as JSON.stringify(report, null, 2).
 */
function* jsonReportPieces(
  file: string,
  asOf: string,
  parts: Part[],
  changes: JsonReport['changes']
): Generator<string> {
  yield `{\n  "file": ${JSON.stringify(file)},\n  "asOf": ${JSON.stringify(asOf)},\n  "plans": `;
  if (parts.length === 0) yield '[]';
  for (let i = 0; i < parts.length; i++) {
    yield i === 0 ? '[\n    ' : ',\n    ';
    for (const piece of jsonPieces(jsonPlan(parts[i].plan, parts[i].summary)))
      yield piece.replace(/\n/g, '\n    ');
  }
  if (parts.length > 0) yield '\n  ]';
  if (changes !== undefined) {
    yield ',\n  "changes": ';
    for (const piece of jsonPieces(changes)) yield piece.replace(/\n/g, '\n  ');
  }
  yield '\n}\n';
}

/** What a refresh now would show as changed (nothing is stored: check never writes). */
function changesNow(grids: Grid[], ours: Set<string>, parts: Part[], asOf: string) {
  const changes = refreshHistory(
    storedSnapshots(grids, (s) => ours.has(s)).snapshots,
    parts.map((p) => p.plan),
    asOf,
    ''
  ).changes;
  return changes && changesJson(changes);
}

/**
 * Reads every plan of a workbook (or one sheet's) and reports it, written in chunks through
 * `write` (a returned promise is waited for). With --strict, exit code 1 when any finding is an error.
 */
export async function runCheck(file: string, flags: CheckFlags, write: Write): Promise<number> {
  const options = defaultOptions(checkOptions(flags));
  const { grids, ours, chosen } = await loadPlanSheets(file, flags.sheet);
  // The pipeline's reading rule: never our sheets, and the workbook's Key sheet says what ratings mean.
  const parts = plansIn(chosen, options, ours, grids).map((plan) => ({
    plan,
    summary: summarise([plan], options),
  }));
  const pieces = flags.json
    ? jsonReportPieces(file, options.asOf, parts, changesNow(grids, ours, parts, options.asOf))
    : withBreaks(reportLines(file, options.asOf, options.dueSoonDays, parts));
  await writeInChunks(pieces, write);
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
      exit(await runCheck(file, flags, streamWrite(process.stdout)));
    });
}
