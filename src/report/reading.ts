/**
 * The refresh pipeline's first stage: every plan on the grids that are not ours, read with the
 * workbook's RAG key unless the user gave one, and the summary a refresh writes its sheets from.
 * The pane's first view, `check`, the roll-up and the pipeline (pipeline.ts) all read through here.
 * Pure.
 */
import {
  readPlans,
  readSheet,
  summarise,
  workbookKey,
  type CheckOptions,
  type Grid,
  type PassedOver,
  type Plan,
  type Summary,
} from '../plan';
import { planGrids } from './planSheets';

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

/** Every plan on the grids that are not ours, and every table passed over, read with the workbook's RAG key. */
export function readingIn(
  grids: Grid[],
  options: CheckOptions,
  ownSheets: Iterable<string> = [],
  keyFrom: Grid[] = grids
): { plans: Plan[]; passedOver: PassedOver[] } {
  const withKey = workbookOptions(keyFrom, options);
  const plans: Plan[] = [];
  const passedOver: PassedOver[] = [];
  for (const g of planGrids(grids, ownSheets)) {
    const read = readSheet(g, withKey);
    for (const p of read.plans) plans.push(p);
    for (const p of read.passedOver) passedOver.push(p);
  }
  return { plans, passedOver };
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

/** The summary a refresh writes its sheets from; the pane shows the same (its Savings figures). */
export function refreshSummary(plans: Plan[], options: CheckOptions): Summary {
  return summarise(plans, options);
}
