import type { Command } from 'commander';
import {
  defaultOptions,
  refreshHistory,
  snapshotInfos,
  summarise,
  type HistoryView,
  type PassedOver,
  type Plan,
  type Since,
  type Summary,
} from '../plan';
import { changesLine, changesLines, missedText } from '../report/changesText';
import { historyIn, type HistoryProblem, type HistoryReading } from '../report/historyRead';
import { SAY } from '../report/messages';
import { readingIn } from '../report/reading';
import { UsageError } from './errors';
import { changesJson, jsonPassedOver, jsonPlan, type JsonReport } from './jsonReport';
import { jsonPieces } from './jsonStream';
import { addChoiceFlags, withChoiceFlags, type ChoiceFlags } from './choiceFlags';
import { addReadingFlags, addSinceFlag, checkOptions, sinceOf, type CommonFlags } from './options';
import { streamWrite, withBreaks, writeInChunks, type Write } from './output';
import { loadPlanSheets } from './planSheets';
import { reportLines } from './textReport';

interface CheckFlags extends CommonFlags, ChoiceFlags {
  sheet?: string;
  json?: boolean;
  strict?: boolean;
  since?: string;
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
  changes: JsonReport['changes'],
  problems: HistoryProblem[],
  passedOver: PassedOver[]
): Generator<string> {
  yield `{\n  "file": ${JSON.stringify(file)},\n  "asOf": ${JSON.stringify(asOf)},\n  "plans": `;
  if (parts.length === 0) yield '[]';
  for (let i = 0; i < parts.length; i++) {
    yield i === 0 ? '[\n    ' : ',\n    ';
    for (const piece of jsonPieces(jsonPlan(parts[i].plan, parts[i].summary)))
      yield piece.replace(/\n/g, '\n    ');
  }
  if (parts.length > 0) yield '\n  ]';
  // Only when there is something passed over, so a report of plans alone reads as before.
  if (passedOver.length > 0) {
    yield ',\n  "passedOver": ';
    yield JSON.stringify(passedOver.map(jsonPassedOver), null, 2).replace(/\n/g, '\n  ');
  }
  if (changes !== undefined) {
    yield ',\n  "changes": ';
    for (const piece of jsonPieces(changes)) yield piece.replace(/\n/g, '\n  ');
  }
  if (problems.length > 0) {
    yield ',\n  "historyProblems": ';
    yield JSON.stringify(problems, null, 2).replace(/\n/g, '\n  ');
  }
  yield '\n}\n';
}

/** What a refresh now would show as changed, since the last refresh or the chosen snapshot (check never writes). */
function changesNow(
  history: HistoryReading,
  parts: Part[],
  asOf: string,
  since?: Since
): HistoryView {
  const stored = history.state === 'read' ? history.snapshots : [];
  const view = refreshHistory(
    stored,
    parts.map((p) => p.plan),
    asOf,
    '',
    { since }
  );
  if (view.missed)
    throw new UsageError(`--since: ${missedText(view.missed, snapshotInfos(stored))}`);
  return view;
}

/** With --since: the changes since that snapshot, after the plans; and the history rows not read as written. */
function* historyLines(view: HistoryView | null, problems: HistoryProblem[]): Generator<string> {
  if (view) {
    yield '';
    yield changesLine(view.changes);
    if (view.changes) yield* changesLines(view.changes);
  }
  const lines = SAY.historyProblems(problems);
  if (lines.length > 0) yield '';
  yield* lines;
}

/**
 * Reads every plan of a workbook (or one sheet's) and reports it, written in chunks through
 * `write` (a returned promise is waited for). With --strict, exit code 1 when any finding is an error.
 */
export async function runCheck(file: string, flags: CheckFlags, write: Write): Promise<number> {
  const since = sinceOf(flags);
  const read = await loadPlanSheets(file, flags.sheet);
  const { grids, ours, historySheet, chosen } = read;
  // The choices kept in the workbook (the pane's), with this run's flags over them.
  const { options } = withChoiceFlags(
    defaultOptions(checkOptions(flags)),
    read.choices,
    flags,
    read
  );
  const history = historyIn(grids, historySheet);
  // The pipeline's reading rule: never our sheets, and the workbook's Key sheet says what ratings mean.
  const reading = readingIn(chosen, options, ours, grids);
  const parts = reading.plans.map((plan) => ({
    plan,
    summary: summarise([plan], options),
  }));
  const view = flags.json || since ? changesNow(history, parts, options.asOf, since) : null;
  const pieces = flags.json
    ? jsonReportPieces(
        file,
        options.asOf,
        parts,
        view?.changes ? changesJson(view.changes) : null,
        history.problems,
        reading.passedOver
      )
    : withBreaks(
        (function* () {
          yield* reportLines(file, options.asOf, options.dueSoonDays, parts, reading.passedOver);
          if (read.choicesProblem) {
            yield '';
            yield read.choicesProblem;
          }
          yield* historyLines(view, history.problems);
        })()
      );
  // The JSON is the contract on stdout: a damaged choices part is said on stderr instead.
  if (flags.json && read.choicesProblem) process.stderr.write(`${read.choicesProblem}\n`);
  await writeInChunks(pieces, write);
  const hasErrors = parts.some((p) => p.plan.findings.some((f) => f.severity === 'error'));
  return flags.strict && hasErrors ? 1 : 0;
}

export function registerCheck(program: Command, exit: (code: number) => void): void {
  const command = addChoiceFlags(
    addReadingFlags(
      program
        .command('check')
        .description('read every action plan in an .xlsx file and report what was found')
        .argument('<file>', 'the workbook (.xlsx)')
        .option('--sheet <name>', 'only this sheet')
    )
  )
    .option('--json', 'print the JSON report (docs/report-format.md)')
    .option('--strict', 'exit with code 1 when any finding is an error (for batch checks)');
  addSinceFlag(command, 'also list the changes').action(async (file: string, flags: CheckFlags) => {
    exit(await runCheck(file, flags, streamWrite(process.stdout)));
  });
}
