/**
 * The engine's path from a grid to the sheets a refresh writes: readPlans -> summarise ->
 * buildSheets. buildSheets is loaded when present so the harness runs (and says what it skipped)
 * while the report is still being written.
 */
import type { Grid, Plan, Summary } from '../src/plan';
import { readPlans, summarise } from '../src/plan';
import type { SheetSpec } from '../src/report/sheetSpec';

/** The as-of date every bench run uses, so states (overdue, due soon) are the same each time. */
export const AS_OF = '2024-10-01';

type BuildSheets = (
  summary: Summary,
  plans: Plan[],
  meta: { refreshedAt: string; source: string }
) => SheetSpec[];

function loadBuildSheets(): BuildSheets | null {
  try {
    return (require('../src/report/buildSheets') as { buildSheets: BuildSheets }).buildSheets;
  } catch {
    return null;
  }
}

export const buildSheets: BuildSheets | null = loadBuildSheets();

export interface EngineRun {
  plans: Plan[];
  summary: Summary;
  sheets: SheetSpec[] | null;
}

/** One full pass of the engine over a grid, as a refresh does it. */
export function runEngine(grid: Grid): EngineRun {
  const plans = readPlans(grid, { asOf: AS_OF });
  const summary = summarise(plans, { asOf: AS_OF });
  const sheets = buildSheets
    ? buildSheets(summary, plans, {
        refreshedAt: `${AS_OF}T09:00:00.000Z`,
        source: summary.sources.join(', '),
      })
    : null;
  return { plans, summary, sheets };
}
