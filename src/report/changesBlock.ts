/**
 * The Summary sheet's history block: changes since the last refresh (counts, then each action
 * with its move), the direction of travel by area, and the trend of RAG counts and overdue over
 * the kept snapshots with a real chart beside it.
 */
import {
  ragLabel,
  displayDate,
  displayDateTime,
  isoToSerial,
  RAGS,
  workbookSheet,
  type AreaDirection,
  type ChangedAction,
  type Changes,
  type DueMove,
  type HistoryView,
  type RagMove,
  type TrendPoint,
} from '../plan';
import {
  actionText,
  CHANGE_KINDS,
  changesTitle,
  comparedText,
  DIRECTION_TEXT,
  KIND_WORD,
  type ChangeKind,
} from './changesText';
import { block, type SheetDraft } from './draft';
import { DATE_FORMAT, RAG_SERIES_COLORS, ragStyle, SECTION_STYLE } from './palette';
import type { SpecValue } from './sheetSpec';

const WRAP_STYLE = { wrap: true };
/** Rows listed per kind of change; the rest are counted in one line. */
export const MAX_LISTED = 25;
const OVERDUE_COLOR = '#404040';
const CHART_COL = 11;
const CHART_WIDTH = 8;
const CHART_ROWS = 16;

/** `workbookName`: a roll-up's; each change then names its workbook (removed ones too, which have no link). */
export function changesBlock(
  d: SheetDraft,
  view: HistoryView,
  workbookName?: (workbook: string) => string
): void {
  d.row([changesTitle(view.changes, view.chosen)], SECTION_STYLE);
  d.row([comparedText(view.changes)]);
  if (view.changes) {
    changeCounts(d, view.changes);
    d.blank();
    changeList(d, view.changes, workbookName);
    if (view.changes.byArea.length > 0) {
      d.blank();
      directionTable(d, view.changes.byArea);
    }
  }
  if (view.trend.length >= 2) {
    d.blank();
    trendTable(d, view.trend);
  }
  d.blank();
}

function changeCounts(d: SheetDraft, c: Changes): void {
  d.header(['Change', 'Actions']);
  for (const [kind, label] of CHANGE_KINDS) d.row([label, c[kind].length]);
}

function changeList(d: SheetDraft, c: Changes, workbookName?: (workbook: string) => string): void {
  d.header([
    'Action',
    'Change',
    'From',
    'To',
    ...(workbookName ? ['Workbook'] : []),
    'Area',
    'Where',
  ]);
  const bookOf = (a: ChangedAction): SpecValue[] => {
    if (!workbookName) return [];
    const workbook = a.at ? workbookSheet(a.at.sheet).workbook : null;
    return [workbook === null ? null : workbookName(workbook)];
  };
  for (const [kind] of CHANGE_KINDS) {
    const list = c[kind] as ChangedAction[];
    for (const a of list.slice(0, MAX_LISTED)) changeRow(d, kind, a, bookOf(a));
    if (list.length > MAX_LISTED)
      d.row([`… and ${list.length - MAX_LISTED} more`, KIND_WORD[kind]]);
  }
}

function changeRow(
  d: SheetDraft,
  kind: ChangeKind,
  a: ChangedAction,
  book: SpecValue[] = []
): void {
  const move = kind === 'ragUp' || kind === 'ragDown' ? (a as RagMove) : null;
  const dates = kind === 'dueMoved' ? (a as DueMove) : null;
  const from: SpecValue = move ? ragLabel(move.from) : dates ? isoToSerial(dates.from) : null;
  const to: SpecValue = move ? ragLabel(move.to) : dates ? isoToSerial(dates.to) : null;
  const r = d.row([actionText(a), KIND_WORD[kind], from, to, ...book, a.area, null]);
  const where = 6 + book.length;
  // Top-aligned like the wrapped action text beside it.
  d.style(block(r, 2, r, where), { horizontal: 'left' });
  d.style(block(r, 1), WRAP_STYLE);
  d.style(block(r, 5, r, where - 1), WRAP_STYLE);
  if (move) {
    d.style(block(r, 3), ragStyle(move.from));
    d.style(block(r, 4), ragStyle(move.to));
  }
  if (dates) d.format(block(r, 3, r, 4), DATE_FORMAT);
  // A removed action is no longer in the plan: nowhere to go.
  if (a.at && kind !== 'removed') d.link(r, where, a.at, 'Go to the action in the plan');
}

/** Direction of travel by area (or, in a roll-up, by workbook: `label` "Workbook"). */
export function directionTable(d: SheetDraft, areas: AreaDirection[], label = 'Area'): void {
  d.row([`Direction of travel by ${label.toLowerCase()}`], SECTION_STYLE);
  const header = d.header([
    label,
    'Actions',
    '↑ RAG up',
    '↓ RAG down',
    'Completed',
    'Newly overdue',
    'Added',
    'Removed',
    'Direction',
  ]);
  // Counts under the middle of their headers, so each reads as its column's.
  d.style(block(header, 2, header + areas.length, 9), { horizontal: 'center' });
  for (const a of areas) {
    const r = d.row([
      a.area,
      a.actions,
      a.up,
      a.down,
      a.completed,
      a.newlyOverdue,
      a.added,
      a.removed,
      DIRECTION_TEXT[a.direction],
    ]);
    d.style(block(r, 1), WRAP_STYLE);
    if (a.direction !== 'same')
      d.style(block(r, 9), ragStyle(a.direction === 'better' ? 'green' : 'red'));
  }
}

/** A point's label: its date, with the time when two refreshes share the date. */
function trendLabels(points: TrendPoint[]): string[] {
  return points.map((p) =>
    p.takenAt && points.some((q) => q !== p && q.asOf === p.asOf)
      ? `${displayDate(p.asOf)}, ${displayDateTime(p.takenAt).split(', ')[1] ?? ''}`
      : p.label
  );
}

function trendTable(d: SheetDraft, points: TrendPoint[]): void {
  const section = d.row(['Trend'], SECTION_STYLE);
  const withOverdue = points.some((p) => p.overdue !== null);
  const header = d.header([
    'Refresh',
    ...RAGS.map((r) => ragLabel(r)),
    ragLabel(null),
    ...(withOverdue ? ['Overdue'] : []),
  ]);
  RAGS.forEach((rag, i) => d.style(block(header, i + 2), ragStyle(rag)));
  const labels = trendLabels(points);
  points.forEach((p, i) =>
    d.row([
      labels[i],
      ...RAGS.map((r) => p.rag[r]),
      p.rag.none,
      ...(withOverdue ? [p.overdue] : []),
    ] as SpecValue[])
  );
  const last = d.nextRow - 1;
  d.chart({
    name: 'Trend',
    type: 'column-clustered',
    title: 'RAG and overdue at each refresh',
    dataRange: block(header, 1, last, withOverdue ? 9 : 8),
    seriesBy: 'columns',
    seriesColors: [...RAG_SERIES_COLORS, OVERDUE_COLOR],
    from: { row: section, col: CHART_COL },
    to: { row: section + CHART_ROWS - 1, col: CHART_COL + CHART_WIDTH - 1 },
  });
  while (d.nextRow < section + CHART_ROWS) d.blank();
}
