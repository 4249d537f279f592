/**
 * rollup --json: the contract of check --json (docs/report-format.md) for many workbooks: the
 * summary's file and as-of date, a top-level `workbooks` list (each with the plans read from it, or
 * why it could not be read), every plan and every action naming its `workbook`, then the changes
 * since the last roll-up and the history rows not read. Written a piece at a time, as check's.
 */
import { summarise, type CheckOptions, type Plan } from '../plan';
import type { RollupBuild } from '../report/rollup/buildRollup';
import type { RollupWorkbook } from '../report/rollup/rollupTypes';
import { changesJson, jsonPlan, type JsonPlan } from './jsonReport';
import { jsonPieces } from './jsonStream';

/** One entry of `workbooks`: the file as given, its name on the Summary, and its plans or its reason. */
export type JsonWorkbook =
  | { file: string; name: string; link: string; plans: number; actions: number }
  | { file: string; name: string; link: string; reason: string };

export function jsonWorkbook(w: RollupWorkbook): JsonWorkbook {
  const where = { file: w.file, name: w.name, link: w.link };
  return w.plans === null
    ? { ...where, reason: w.reason }
    : {
        ...where,
        plans: w.plans.length,
        actions: w.plans.reduce((n, p) => n + p.actions.length, 0),
      };
}

/** A plan of the roll-up as check --json gives it, with its workbook's file on it and on each action. */
function rollupPlan(plan: Plan, workbook: string, options: CheckOptions) {
  const json: JsonPlan = jsonPlan(plan, summarise([plan], options));
  return { workbook, ...json, actions: json.actions.map((a) => ({ workbook, ...a })) };
}

const indented = (piece: string, by: string): string => piece.replace(/\n/g, `\n${by}`);

export function* rollupJsonPieces(
  file: string,
  options: CheckOptions,
  built: RollupBuild,
  given: RollupWorkbook[]
): Generator<string> {
  // In the order given; a workbook with no plan in it as the roll-up listed it, with its reason.
  const unread = new Map(built.unread.map((w) => [w.link, w]));
  const all = given.map((w) => unread.get(w.link) ?? w);
  yield `{\n  "file": ${JSON.stringify(file)},\n  "asOf": ${JSON.stringify(options.asOf)},\n  "workbooks": `;
  yield indented(JSON.stringify(all.map(jsonWorkbook), null, 2), '  ');
  yield ',\n  "plans": ';
  let first = true;
  for (const { workbook } of built.byWorkbook) {
    for (const plan of workbook.plans ?? []) {
      yield first ? '[\n    ' : ',\n    ';
      first = false;
      for (const piece of jsonPieces(rollupPlan(plan, workbook.file, options)))
        yield indented(piece, '    ');
    }
  }
  yield first ? '[]' : '\n  ]';
  const changes = built.history.changes ? changesJson(built.history.changes) : null;
  yield ',\n  "changes": ';
  for (const piece of jsonPieces(changes)) yield indented(piece, '  ');
  if (built.historyProblems.length > 0) {
    yield ',\n  "historyProblems": ';
    yield indented(JSON.stringify(built.historyProblems, null, 2), '  ');
  }
  yield '\n}\n';
}
