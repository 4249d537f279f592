/**
 * The history sheet: every kept snapshot, and the prints of what the last refresh wrote on our
 * sheets, on a very hidden sheet that is ours by its name RagPlan_History (report/ownership.ts).
 * Written through the SheetSpec mechanism, so both writers store it as ordinary cells that Excel
 * and LibreOffice keep on save; read back by historyRead.ts from the sheet's Grid.
 *
 * There is no header row on purpose: row 3 describes the rows in one long cell, so no plan reader
 * ever takes the sheet for a table of actions. Format 2 (this one) has three kinds of row, told by
 * their first cell:
 * - "snapshot": its number, as-of date, refresh time, the name a user gave it, and how many action
 *   rows follow it (so a sheet cut short is seen, not read as removed actions);
 * - a number: one action of that snapshot;
 * - "written": one of our sheets' print (writtenPrint.ts), in pieces across the row.
 * Format 1 (one row per action, each with its snapshot's as-of date and time) is still read.
 */
import { cellRef, type SnapAction, type Snapshot } from '../plan';
import type { SheetSpec, SpecValue } from './sheetSpec';
import { printPieces, type WrittenPrint } from './writtenPrint';
import { HISTORY_TITLE } from './sheetTitles';

export const HISTORY_SHEET_NAME = 'RAG Plan history';
export const HISTORY_FORMAT = 'Format 2';
export const SNAPSHOT_ROW = 'snapshot';
export const PRINT_ROW = 'written';
/** A snapshot row, after its marker. */
export const SNAPSHOT_COLUMNS = [
  'number',
  'as-of date',
  'refreshed at',
  'name',
  'actions',
] as const;
/** An action row, after its snapshot's number. */
export const ACTION_COLUMNS = [
  'reference',
  'line',
  'fingerprint',
  'area',
  'objective',
  'action',
  'RAG',
  'state',
  'due',
  'savings',
  'forecast',
  'cell',
] as const;
/** First row of snapshot data. */
export const HISTORY_FIRST_ROW = 4;

const NOTE =
  'Kept by RAG Plan so that a refresh can say what changed since the one before, and tell what you typed on its sheets from what it wrote. Older refreshes are thinned. Editing it changes what the next refresh reports.';

const FORMAT_LINE = `${HISTORY_FORMAT}: ${SNAPSHOT_ROW} rows: ${SNAPSHOT_ROW} | ${SNAPSHOT_COLUMNS.join(' | ')}; action rows: number | ${ACTION_COLUMNS.join(' | ')}; ${PRINT_ROW} rows: ${PRINT_ROW} | sheet | print…`;

export function snapshotRow(s: Snapshot): SpecValue[] {
  return [SNAPSHOT_ROW, s.seq, s.asOf, s.takenAt, s.name, s.actions.length];
}

export function actionRow(s: Snapshot, a: SnapAction): SpecValue[] {
  return [
    s.seq,
    a.ref,
    a.line,
    a.fp,
    a.area,
    a.objective,
    a.action,
    a.rag,
    a.state,
    a.due,
    a.savings,
    a.forecast,
    a.at && cellRef(a.at),
  ];
}

export function historySheet(snapshots: Snapshot[], prints: WrittenPrint[] = []): SheetSpec {
  const rows: SpecValue[][] = [[HISTORY_TITLE], [NOTE], [FORMAT_LINE]];
  for (const p of prints) rows.push([PRINT_ROW, p.key, ...printPieces(p)]);
  for (const s of snapshots) {
    rows.push(snapshotRow(s));
    for (const a of s.actions) rows.push(actionRow(s, a));
  }
  return {
    key: 'history',
    name: HISTORY_SHEET_NAME,
    values: rows,
    numberFormats: [],
    styles: [],
    columnWidths: [],
    freezeRows: 0,
    conditionalFormats: [],
    validations: [],
    charts: [],
    links: [],
    visibility: 'veryHidden',
  };
}
