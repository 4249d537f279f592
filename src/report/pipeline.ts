/**
 * The one refresh pipeline: grids -> plans -> summary -> SheetSpec[]. The command line, the task
 * pane and the ribbon all call this, so what a refresh reads and writes cannot drift between them.
 * Its first stage, reading the plans with the workbook's key, is reading.ts (the pane's first view
 * needs only that; this module and the layouts load with the first refresh).
 * Pure: the same grids, options and time always give the same sheets.
 */
import {
  type CheckOptions,
  type Grid,
  type HistoryChoice,
  type Plan,
  type Summary,
  refreshHistory,
  type HistoryView,
} from '../plan';
import { buildSheets, type SheetExtras } from './buildSheets';
import type { HistoryProblem, HistoryReading } from './historyRead';
import { keptCells, keptSheet } from './keptCells';
import { SAY } from './messages';
import { pickedPlans } from './planSheets';
import { planTitle } from './planTitle';
import { plansIn, refreshSummary, workbookOptions } from './reading';
import type { OwnedKey, SheetSpec } from './sheetSpec';

/** What a refresh knows of the workbook beyond its plans: the history, our sheets as they are, the user's choices. */
export interface RefreshContext {
  /** What earlier refreshes kept (historyRead.ts); none: the history starts now. */
  history?: HistoryReading;
  /** Our sheets as they are before this refresh, to find what a user typed on them (keptCells.ts). */
  ourSheets?: OurSheet[];
  /** What to compare with, and a name for the snapshot this refresh keeps. */
  choice?: HistoryChoice;
  /** The sheets' Source line, when not the plans' own places (a roll-up's "12 plans from 4 workbooks"). */
  source?: string;
  /** What a roll-up adds to the sheets, given the history and the summary (rollup/rollupSheets.ts). */
  extras?: (history: HistoryView, summary: Summary) => SheetExtras;
}

/** One of our sheets as it is now: its key, its name in the workbook and its cells. */
export interface OurSheet {
  key: OwnedKey;
  sheet: string;
  grid: Grid;
}

export interface RefreshInput extends RefreshContext {
  grids: Grid[];
  options: CheckOptions;
  /** Sheets the writer knows as ours; never read as plans. */
  ownSheets?: Iterable<string>;
  /** Grids to look for the workbook's RAG key in (a Key sheet), when not the same as `grids`. */
  keyFrom?: Grid[];
  /** Plan keys the user picked (remembered in the workbook); none: every plan. */
  picked?: readonly string[] | null;
  /** ISO time shown as "Refreshed". */
  refreshedAt: string;
}

export interface RefreshBuild {
  plans: Plan[];
  summary: Summary;
  /** Our sheets, then the history, then a "Kept from …" sheet for each of ours a user typed on. */
  specs: SheetSpec[];
  /** What changed since the baseline, the trend, and the snapshots to store. */
  history: HistoryView;
  /** Our sheets a user typed on: the cells kept, one entry per kept spec, in the same order. */
  kept: { from: string; cells: number }[];
  /** The history sheet could not be read: the writers set it aside and start a new one. */
  setAside: boolean;
  /** Rows of the history sheet not read as written (also on the Data quality sheet). */
  historyProblems: HistoryProblem[];
}

/** The summary sheets for the plans on the grids; null when there is no plan to summarise. */
export function buildRefresh(input: RefreshInput): RefreshBuild | null {
  const plans = pickedPlans(
    plansIn(input.grids, input.options, input.ownSheets, input.keyFrom),
    input.picked
  );
  return plans.length === 0
    ? null
    : refreshFromPlans(
        plans,
        workbookOptions(input.keyFrom ?? input.grids, input.options),
        input.refreshedAt,
        input
      );
}

/** The same, for plans already read (the pane keeps them, so a refresh need not read twice). */
export function refreshFromPlans(
  plans: Plan[],
  options: CheckOptions,
  refreshedAt: string,
  context: RefreshContext = {}
): RefreshBuild {
  const reading = context.history;
  const usable = reading?.state === 'read' ? reading : undefined;
  const summary = refreshSummary(plans, options);
  const history = refreshHistory(
    usable?.snapshots ?? [],
    plans,
    options.asOf,
    refreshedAt,
    context.choice
  );
  const historyProblems = reading?.problems ?? [];
  const specs = buildSheets(
    summary,
    plans,
    { refreshedAt, source: context.source ?? SAY.builtFrom(plans.map(planTitle)) },
    history,
    historyProblems,
    context.extras?.(history, summary)
  );
  const kept: RefreshBuild['kept'] = [];
  for (const ours of context.ourSheets ?? []) {
    // Only a sheet this refresh rewrites loses what is on it.
    if (!specs.some((s) => s.key === ours.key) || ours.key === 'history') continue;
    const cells = keptCells(
      ours.grid,
      usable?.prints.find((p) => p.key === ours.key)
    );
    if (cells.length === 0) continue;
    specs.push(keptSheet(ours.sheet, cells, refreshedAt));
    kept.push({ from: ours.sheet, cells: cells.length });
  }
  return {
    plans,
    summary,
    specs,
    history,
    kept,
    setAside: reading?.state === 'unreadable',
    historyProblems,
  };
}
