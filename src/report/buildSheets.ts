/**
 * The summary sheets for a summary: Summary, Overdue, Data quality, and Savings when the plan
 * carries money. Pure: the same summary, plans and meta always give the same specs.
 */
import type { Plan, Summary, HistoryView } from '../plan';
import type { SheetMeta } from './draft';
import { OVERDUE_TITLE, overdueSheet } from './overdueSheet';
import { QUALITY_TITLE, qualitySheet } from './qualitySheet';
import { HISTORY_TITLE, historySheet } from './historySheet';
import { noSavingsSheetReason, SAVINGS_TITLE, savingsSheet } from './savingsSheet';
import type { SheetSpec } from './sheetSpec';
import { SUMMARY_TITLE, summarySheet } from './summarySheet';

export type { SheetMeta };

/** With `history` (refreshHistory in plan/history), the Summary shows what changed and the snapshots are stored on a very hidden sheet. */
export function buildSheets(
  summary: Summary,
  plans: Plan[],
  meta: SheetMeta,
  history?: HistoryView
): SheetSpec[] {
  const drafts = [
    summarySheet(summary, meta, history),
    overdueSheet(summary, meta),
    qualitySheet(summary, plans, meta),
  ];
  if (noSavingsSheetReason(summary) === null) drafts.push(savingsSheet(summary, meta));
  const specs = drafts.map((d) => d.spec);
  return history ? [...specs, historySheet(history.store)] : specs;
}

/** Each sheet's fixed A1 title: how a reader tells our sheets from a user's. */
export const SHEET_TITLES: Record<SheetSpec['key'], string> = {
  summary: SUMMARY_TITLE,
  overdue: OVERDUE_TITLE,
  quality: QUALITY_TITLE,
  savings: SAVINGS_TITLE,
  history: HISTORY_TITLE,
};
