/**
 * The summary sheets for a summary: Summary, Overdue, Data quality, and Savings when the plan
 * carries money. Pure: the same summary, plans and meta always give the same specs.
 */
import type { Plan, Summary } from '../plan';
import type { SheetMeta } from './draft';
import { overdueSheet } from './overdueSheet';
import { qualitySheet } from './qualitySheet';
import { savingsSheet } from './savingsSheet';
import type { SheetSpec } from './sheetSpec';
import { summarySheet } from './summarySheet';

export type { SheetMeta };

export function buildSheets(summary: Summary, plans: Plan[], meta: SheetMeta): SheetSpec[] {
  const drafts = [summarySheet(summary, meta), overdueSheet(summary, meta), qualitySheet(summary, plans, meta)];
  if (summary.hasMoney) drafts.push(savingsSheet(summary, meta));
  return drafts.map((d) => d.spec);
}
