/**
 * The one refresh pipeline: grids -> plans -> summary -> SheetSpec[]. The command line, the task
 * pane and the ribbon all call this, so what a refresh reads and writes cannot drift between them.
 * Pure: the same grids, options and time always give the same sheets.
 */
import {
  readPlans,
  summarise,
  workbookKey,
  type CheckOptions,
  type Grid,
  type Plan,
  type Summary,
  refreshHistory,
  type HistoryView,
  type Snapshot,
} from '../plan';
import { buildSheets } from './buildSheets';
import { SAY } from './messages';
import { pickedPlans, planGrids, planName } from './planSheets';
import type { SheetSpec } from './sheetSpec';

export interface RefreshInput {
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
  /** Snapshots kept by earlier refreshes (historyRead.ts); none: the history starts now. */
  stored?: Snapshot[];
}

export interface RefreshBuild {
  plans: Plan[];
  summary: Summary;
  specs: SheetSpec[];
  /** What changed since the last snapshot, the trend, and the snapshots to store. */
  history: HistoryView;
}

/** What a workbook's Key or Legend sheet says its scores, letters and words mean: for every plan in it. */
export type WorkbookKey = Pick<CheckOptions, 'ragKey' | 'completeRags'>;

/** The key the workbook's own Key or Legend sheet gives (empty when it has none). */
export function keyOfWorkbook(grids: readonly Grid[]): WorkbookKey {
  const key = workbookKey(grids);
  return {
    ...(key.ragKey ? { ragKey: key.ragKey } : {}),
    ...(key.completeRags.length ? { completeRags: key.completeRags } : {}),
  };
}

/** The options with the workbook's key wherever the user gave none: the rule every surface follows. */
export function withWorkbookKey(options: CheckOptions, key: WorkbookKey | undefined): CheckOptions {
  return {
    ...options,
    ...(key?.ragKey && !options.ragKey ? { ragKey: key.ragKey } : {}),
    ...(key?.completeRags && !options.completeRags ? { completeRags: key.completeRags } : {}),
  };
}

/** The options with the RAG key of the workbook the grids are from, unless the user gave one. */
export function workbookOptions(grids: readonly Grid[], options: CheckOptions): CheckOptions {
  if (options.ragKey && options.completeRags) return options;
  return withWorkbookKey(options, keyOfWorkbook(grids));
}

/** Every plan on the grids that are not ours, read with the workbook's RAG key. */
export function plansIn(
  grids: Grid[],
  options: CheckOptions,
  ownSheets: Iterable<string> = [],
  keyFrom: Grid[] = grids
): Plan[] {
  const withKey = workbookOptions(keyFrom, options);
  return planGrids(grids, ownSheets).flatMap((g) => readPlans(g, withKey));
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
        input.stored
      );
}

/** The same, for plans already read (the pane keeps them, so a refresh need not read twice). */
export function refreshFromPlans(
  plans: Plan[],
  options: CheckOptions,
  refreshedAt: string,
  stored: Snapshot[] = []
): RefreshBuild {
  const summary = summarise(plans, options);
  const history = refreshHistory(stored, plans, options.asOf, refreshedAt);
  const specs = buildSheets(
    summary,
    plans,
    { refreshedAt, source: SAY.builtFrom(plans.map(planName)) },
    history
  );
  return { plans, summary, specs, history };
}
