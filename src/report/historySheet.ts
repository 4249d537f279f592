/**
 * The history sheet: every kept snapshot, one row per action per refresh, on a very hidden sheet
 * that is ours by the usual rule (the name RagPlan_History and the title in A1). Written through
 * the SheetSpec mechanism, so both writers store it as ordinary cells that Excel and LibreOffice
 * keep on save; read back by historyRead.ts from the sheet's Grid.
 *
 * There is no header row on purpose: row 3 describes the columns in one long cell, so no plan
 * reader ever takes the sheet for a table of actions.
 */
import { cellRef, type SnapAction, type Snapshot } from '../plan';
import type { SheetSpec, SpecValue } from './sheetSpec';

export const HISTORY_TITLE = 'RAG Plan history';
export const HISTORY_SHEET_NAME = 'RAG Plan history';
export const HISTORY_FORMAT = 'Format 1';
/** Column order of a row, after the format tag in A3. */
export const HISTORY_COLUMNS = [
  'as-of date',
  'refreshed at',
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
  'Kept by RAG Plan so that a refresh can say what changed since the one before. One row per action per refresh; older refreshes are thinned. Editing it changes what the next refresh reports.';

export function historyRow(s: Snapshot, a: SnapAction): SpecValue[] {
  return [
    s.asOf,
    s.takenAt,
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

export function historySheet(snapshots: Snapshot[]): SheetSpec {
  const rows = snapshots.flatMap((s) => s.actions.map((a) => historyRow(s, a)));
  return {
    key: 'history',
    name: HISTORY_SHEET_NAME,
    values: [
      [HISTORY_TITLE],
      [NOTE],
      [`${HISTORY_FORMAT}: ${HISTORY_COLUMNS.join(' | ')}`],
      ...rows,
    ],
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
