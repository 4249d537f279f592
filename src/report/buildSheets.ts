/**
 * The summary sheets for a summary: Summary, Overdue, Data quality, and Savings when the plan
 * carries money. Pure: the same summary, plans and meta always give the same specs.
 */
import type { Plan, Summary, HistoryView } from '../plan';
import type { SheetDraft, SheetMeta } from './draft';
import { overdueSheet } from './overdueSheet';
import { qualitySheet } from './qualitySheet';
import type { HistoryProblem } from './historyRead';
import { historySheet } from './historySheet';
import { noSavingsSheetReason, savingsSheet } from './savingsSheet';
import type { SheetSpec } from './sheetSpec';
import { summarySheet } from './summarySheet';
import { printOf } from './writtenPrint';

export type { SheetMeta };

/**
 * What a roll-up of many workbooks adds to the sheets (report/rollup): each part is written at its
 * place, and the Overdue sheet gets the workbook and sheet of each action.
 */
export interface SheetExtras {
  /** On the Summary, after the headline and the changes, before RAG by area. */
  summary?: (d: SheetDraft) => void;
  /** On the Data quality sheet, after its title. */
  quality?: (d: SheetDraft) => void;
  /** On the Savings sheet, after its headline. */
  savings?: (d: SheetDraft) => void;
  /** The name to show for a workbook a roll-up read, by the name its actions' sheets carry. */
  workbookName?: (workbook: string) => string;
}

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
  problems: HistoryProblem[] = [],
  extras: SheetExtras = {}
): SheetSpec[] {
  const drafts = [
    summarySheet(summary, meta, history, extras.summary, extras.workbookName),
    overdueSheet(summary, meta, extras.workbookName),
    qualitySheet(summary, plans, meta, problems, extras.quality),
  ];
  if (noSavingsSheetReason(summary) === null)
    drafts.push(savingsSheet(summary, meta, extras.savings));
  const specs = drafts.map((d) => d.spec);
  if (!history) return specs;
  specs.push(historySheet(history.store, specs.map(printOf)));
  return specs;
}
