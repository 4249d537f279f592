/**
 * The "Overdue" sheet: overdue actions, most overdue first, then those due soon, soonest first.
 * One row each, with a link back to the action in the plan. In a roll-up of many workbooks each row
 * also names the workbook and the sheet, and the link opens the action in its own file.
 */
import { actionCell, type DatedAction, type Summary, ragLabel, workbookSheet } from '../plan';
import { block, dueCell, SheetDraft, type SheetMeta } from './draft';
import { DATE_FORMAT, ragStyle } from './palette';
import type { SpecValue } from './sheetSpec';
import { OVERDUE_TITLE } from './sheetTitles';

export const OVERDUE_HEADERS = [
  'Status',
  'Area',
  'Action',
  'Lead',
  'Due',
  'Days overdue',
  'Days to go',
  'RAG',
  'Go to',
] as const;
const WIDTHS = [11, 22, 60, 22, 13, 13, 11, 13, 24];
/** A roll-up's two more columns, after Status. */
const WORKBOOK_HEADERS = ['Workbook', 'Sheet'] as const;
const WORKBOOK_WIDTHS = [24, 18];

/** `workbookName`: a roll-up's, naming each action's workbook (the Workbook and Sheet columns are added). */
export function overdueSheet(
  summary: Summary,
  meta: SheetMeta,
  workbookName?: (workbook: string) => string
): SheetDraft {
  const extra = workbookName ? WORKBOOK_HEADERS.length : 0;
  const widths = workbookName ? [WIDTHS[0], ...WORKBOOK_WIDTHS, ...WIDTHS.slice(1)] : WIDTHS;
  const d = new SheetDraft('overdue', 'Overdue', widths);
  d.titleBlock(OVERDUE_TITLE, summary.asOf, meta);
  d.row([
    `${summary.overdue.length} overdue, ${summary.dueSoon.length} due within ${summary.dueSoonDays} days`,
  ]);
  d.blank();
  const headers: string[] = workbookName
    ? [OVERDUE_HEADERS[0], ...WORKBOOK_HEADERS, ...OVERDUE_HEADERS.slice(1)]
    : [...OVERDUE_HEADERS];
  const headerRow = d.header(headers);
  d.spec.freezeRows = headerRow;
  const row = (status: string, item: DatedAction, overdue: boolean) =>
    actionRow(d, status, item, overdue, workbookName);
  for (const item of summary.overdue) row('Overdue', item, true);
  for (const item of summary.dueSoon) row('Due soon', item, false);
  const last = d.nextRow - 1;
  if (last > headerRow) {
    const due = 5 + extra;
    d.format(block(headerRow + 1, due, last, due), DATE_FORMAT);
    d.style(block(headerRow + 1, 2, last, 4 + extra), { wrap: true });
  } else {
    d.row(['Nothing is overdue or due soon.']);
  }
  return d;
}

function actionRow(
  d: SheetDraft,
  status: string,
  item: DatedAction,
  overdue: boolean,
  workbookName?: (workbook: string) => string
): void {
  const a = item.action;
  const where: SpecValue[] = [];
  if (workbookName) {
    const { workbook, sheet } = workbookSheet(a.sheet);
    where.push(workbook === null ? '' : workbookName(workbook), sheet);
  }
  const r = d.row([
    status,
    ...where,
    a.area ?? '',
    a.action ?? '',
    a.lead ?? '',
    dueCell(a.timescale.due),
    overdue ? item.days : null,
    overdue ? null : item.days,
    ragLabel(a.rag),
    null,
  ]);
  const rag = 8 + where.length;
  d.style(block(r, rag), ragStyle(a.rag));
  d.link(r, rag + 1, actionCell(a), 'Go to this action in the plan');
}
