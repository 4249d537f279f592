/**
 * The summary sheets for a summary: Summary, Overdue, Data quality, and Savings when the plan
 * carries money. Pure: the same summary, plans and meta always give the same specs.
 */
import type { Plan, Summary, HistoryView } from '../plan';
import type { SheetMeta } from './draft';
import { OVERDUE_TITLE, overdueSheet } from './overdueSheet';
import { QUALITY_TITLE, qualitySheet } from './qualitySheet';
import type { HistoryProblem } from './historyRead';
import { HISTORY_TITLE, historySheet } from './historySheet';
import { noSavingsSheetReason, SAVINGS_TITLE, savingsSheet } from './savingsSheet';
import type { OwnedKey, SheetSpec } from './sheetSpec';
import { SUMMARY_TITLE, summarySheet } from './summarySheet';
import { printOf } from './writtenPrint';

export type { SheetMeta };

/**
 * With `history` (refreshHistory in plan/history), the Summary shows what changed, and the
 * snapshots are stored on a very hidden sheet with the print of what this refresh writes on each
 * sheet (so the next can tell what a user typed there); `problems` are the history rows that were
 * not read as written, listed on the Data quality sheet.
 */
export function buildSheets(
  summary: Summary,
  plans: Plan[],
  meta: SheetMeta,
  history?: HistoryView,
  problems: HistoryProblem[] = []
): SheetSpec[] {
  const drafts = [
    summarySheet(summary, meta, history),
    overdueSheet(summary, meta),
    qualitySheet(summary, plans, meta, problems),
  ];
  if (noSavingsSheetReason(summary) === null) drafts.push(savingsSheet(summary, meta));
  const specs = drafts.map((d) => d.spec);
  if (!history) return specs;
  specs.push(historySheet(history.store, specs.map(printOf)));
  return specs;
}

/** Each sheet's fixed A1 title: how a reader tells our sheets from a user's. */
export const SHEET_TITLES: Record<OwnedKey, string> = {
  summary: SUMMARY_TITLE,
  overdue: OVERDUE_TITLE,
  quality: QUALITY_TITLE,
  savings: SAVINGS_TITLE,
  history: HISTORY_TITLE,
};
