/**
 * Snapshots back from the history sheet's Grid (historySheet.ts writes it). Total: a row that
 * cannot be read (a user edited the hidden sheet, a future format) is skipped and said, never
 * thrown; a sheet that is not a history sheet gives no snapshots.
 */
import {
  cellText,
  isIsoDate,
  parseCellRef,
  RAGS,
  STATES,
  type CellValue,
  type Grid,
  type Rag,
  type State,
  type SnapAction,
  type Snapshot,
} from '../plan';
import { HISTORY_FIRST_ROW, HISTORY_FORMAT, HISTORY_TITLE } from './historySheet';

export interface HistoryReading {
  snapshots: Snapshot[];
  /** Rows skipped, as "row 12: the as-of date "x" is not a date". */
  skipped: string[];
}

/** True when a grid is laid out as a history sheet: its title in A1 and a format this version reads in A3. */
export function isHistoryGrid(grid: Grid): boolean {
  const at = (r: number) =>
    grid.top === 1 && grid.left === 1 ? cellText(grid.values[r - 1]?.[0]) : '';
  return at(1) === HISTORY_TITLE && at(3).startsWith(`${HISTORY_FORMAT}:`);
}

/** The snapshots of the history sheet among a workbook's grids; `isOurs` says which sheets RAG Plan owns (ownership.ts). */
export function storedSnapshots(grids: Grid[], isOurs: (sheet: string) => boolean): HistoryReading {
  const grid = grids.find((g) => isOurs(g.sheet) && isHistoryGrid(g));
  return grid ? readHistory(grid) : { snapshots: [], skipped: [] };
}

export function readHistory(grid: Grid): HistoryReading {
  const out: HistoryReading = { snapshots: [], skipped: [] };
  if (!isHistoryGrid(grid)) return out;
  const byKey = new Map<string, Snapshot>();
  const isDate = isoChecker();
  for (let i = HISTORY_FIRST_ROW - 1; i < grid.values.length; i++) {
    const cells = grid.values[i] ?? [];
    if (cells.every((v) => cellText(v) === '')) continue;
    const row = readRow(cells, isDate);
    if (typeof row === 'string') {
      out.skipped.push(`row ${i + 1}: ${row}`);
      continue;
    }
    const key = `${row.asOf}\u0000${row.takenAt}`;
    let snap = byKey.get(key);
    if (!snap) {
      snap = { asOf: row.asOf, takenAt: row.takenAt, actions: [] };
      byKey.set(key, snap);
      out.snapshots.push(snap);
    }
    snap.actions.push(row.action);
  }
  return out;
}

const text = (v: CellValue | undefined): string | null => cellText(v) || null;

function num(v: CellValue | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const t = cellText(v);
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : null;
}

/** Dates repeat on every row of a snapshot: each distinct text is checked once. */
function isoChecker(): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let ok = known.get(text);
    if (ok === undefined) {
      ok = isIsoDate(text);
      known.set(text, ok);
    }
    return ok;
  };
}

/** One row, or why it cannot be read. */
function readRow(
  c: CellValue[],
  isIsoDate: (text: string) => boolean
): { asOf: string; takenAt: string; action: SnapAction } | string {
  const asOf = cellText(c[0]);
  if (!isIsoDate(asOf)) return `the as-of date "${asOf}" is not a date written YYYY-MM-DD`;
  const fp = cellText(c[4]);
  if (!/^[0-9a-f]{16}$/.test(fp)) return `the fingerprint "${fp}" is not 16 hex digits`;
  const rag = cellText(c[8]);
  if (rag !== '' && !RAGS.includes(rag as Rag))
    return `the RAG "${rag}" is not one RAG Plan writes`;
  const state = cellText(c[9]);
  if (state !== '' && !STATES.includes(state as State))
    return `the state "${state}" is not one RAG Plan writes`;
  const due = cellText(c[10]);
  if (due !== '' && !isIsoDate(due))
    return `the due date "${due}" is not a date written YYYY-MM-DD`;
  return {
    asOf,
    takenAt: cellText(c[1]),
    action: {
      ref: text(c[2]),
      line: Math.max(1, Math.trunc(num(c[3]) ?? 1)),
      fp,
      area: text(c[5]),
      objective: text(c[6]),
      action: text(c[7]),
      rag: (rag || null) as Rag | null,
      state: (state || null) as State | null,
      due: due || null,
      savings: num(c[11]),
      forecast: num(c[12]),
      // Stored as text ("'Plan'!C14"); anything else (an edit to the hidden sheet) is nowhere.
      at: parseCellRef(cellText(c[13])),
    },
  };
}
