/**
 * The "Overdue" sheet: overdue actions, most overdue first, then those due soon, soonest first.
 * One row each, with a link back to the action in the plan.
 */
import { actionCell, type DatedAction, type Summary, ragLabel } from '../plan';
import { block, dueCell, SheetDraft, type SheetMeta } from './draft';
import { DATE_FORMAT, ragStyle } from './palette';

export const OVERDUE_TITLE = 'RAG Plan: overdue and due soon';

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
const COL = Object.fromEntries(OVERDUE_HEADERS.map((h, i) => [h, i + 1])) as Record<
  (typeof OVERDUE_HEADERS)[number],
  number
>;

export function overdueSheet(summary: Summary, meta: SheetMeta): SheetDraft {
  const d = new SheetDraft('overdue', 'Overdue', [11, 22, 60, 22, 13, 13, 11, 13, 24]);
  d.titleBlock(OVERDUE_TITLE, summary.asOf, meta);
  d.row([
    `${summary.overdue.length} overdue, ${summary.dueSoon.length} due within ${summary.dueSoonDays} days`,
  ]);
  d.blank();
  const headerRow = d.header([...OVERDUE_HEADERS]);
  d.spec.freezeRows = headerRow;
  for (const item of summary.overdue) actionRow(d, 'Overdue', item, true);
  for (const item of summary.dueSoon) actionRow(d, 'Due soon', item, false);
  const last = d.nextRow - 1;
  if (last > headerRow) {
    d.format(block(headerRow + 1, COL.Due, last, COL.Due), DATE_FORMAT);
    d.style(block(headerRow + 1, COL.Area, last, COL.Lead), { wrap: true });
  } else {
    d.row(['Nothing is overdue or due soon.']);
  }
  return d;
}

function actionRow(d: SheetDraft, status: string, item: DatedAction, overdue: boolean): void {
  const a = item.action;
  const r = d.row([
    status,
    a.area ?? '',
    a.action ?? '',
    a.lead ?? '',
    dueCell(a.timescale.due),
    overdue ? item.days : null,
    overdue ? null : item.days,
    ragLabel(a.rag),
    null,
  ]);
  d.style(block(r, COL.RAG), ragStyle(a.rag));
  d.link(r, COL['Go to'], actionCell(a), 'Go to this action in the plan');
}
