/**
 * Snapshots and prints back from the history sheet's Grid (historySheet.ts writes it). Total, and
 * never silent: a field that cannot be read is read as unknown and its row named; a row that cannot
 * be read at all is named and skipped; a snapshot with fewer or more action rows than it kept (a
 * sheet cut short, rows pasted twice) is named and left out, so it never shows as actions removed
 * or added; a sheet with nothing readable on it is 'unreadable', so the refresh can set it aside.
 */
import {
  bySnapshotOrder,
  cellText,
  fingerprint,
  isIsoDate,
  parseCellRef,
  RAGS,
  serialToIso,
  STATES,
  type CellValue,
  type Grid,
  type Rag,
  type SnapAction,
  type Snapshot,
  type State,
} from '../plan';
import { PRINT_ROW, SNAPSHOT_ROW } from './historySheet';
import { HISTORY_TITLE } from './sheetTitles';
import type { SheetKey } from './sheetSpec';
import { isPrintText, type WrittenPrint } from './writtenPrint';

/** A row of the history sheet that could not be read as written, and why, in plain words. */
export interface HistoryProblem {
  /** The sheet row; null for the sheet as a whole. */
  row: number | null;
  text: string;
}

/** absent: no history sheet; empty: one with nothing on it; unreadable: one with nothing readable on it. */
export type HistoryState = 'absent' | 'empty' | 'read' | 'unreadable';

export interface HistoryReading {
  state: HistoryState;
  snapshots: Snapshot[];
  prints: WrittenPrint[];
  problems: HistoryProblem[];
}

const NOTHING: HistoryReading = { state: 'absent', snapshots: [], prints: [], problems: [] };
const PRINTED: readonly SheetKey[] = ['summary', 'overdue', 'quality', 'savings'];

/** The history among a workbook's grids: the grid of the sheet our RagPlan_History name points at. */
export function historyIn(grids: Grid[], sheet: string | null | undefined): HistoryReading {
  const grid = sheet ? grids.find((g) => g.sheet === sheet) : undefined;
  return readHistory(grid);
}

/** The sheet's rows in sheet coordinates, blank rows left out: [sheet row, cells from column A]. */
function rowsOf(grid: Grid): [number, CellValue[]][] {
  const out: [number, CellValue[]][] = [];
  const pad: CellValue[] = new Array<CellValue>(Math.max(0, grid.left - 1)).fill(null);
  grid.values.forEach((cells, i) => {
    if (cells.every((v) => cellText(v) === '')) return;
    out.push([grid.top + i, pad.length > 0 ? pad.concat(cells) : cells]);
  });
  return out;
}

/** The format the sheet says it is in (its "Format N:" line), else guessed from its rows. */
function formatOf(rows: [number, CellValue[]][]): { format: number | null; line: number | null } {
  for (const [r, cells] of rows.slice(0, 5)) {
    const m = /^Format (\d+):/.exec(cellText(cells[0]));
    if (m) return { format: Number(m[1]), line: r };
  }
  const first = (test: (t: string) => boolean) => rows.some(([, c]) => test(cellText(c[0])));
  if (first((t) => t === SNAPSHOT_ROW)) return { format: 2, line: null };
  if (first((t) => isIsoDate(t))) return { format: 1, line: null };
  return { format: null, line: null };
}

/** Rows that describe the sheet (title, note, format line), not data. */
function isPreamble(r: number, cells: CellValue[], formatLine: number | null): boolean {
  const a = cellText(cells[0]);
  return (
    r === formatLine ||
    a === HISTORY_TITLE ||
    (r <= 3 && cells.slice(1).every((v) => cellText(v) === '') && !/^\d/.test(a))
  );
}

export function readHistory(grid: Grid | undefined): HistoryReading {
  if (!grid) return NOTHING;
  const rows = rowsOf(grid);
  if (rows.length === 0) return { ...NOTHING, state: 'empty' };
  const { format, line } = formatOf(rows);
  const data = rows.filter(([r, cells]) => !isPreamble(r, cells, line));
  if (format !== 1 && format !== 2) {
    const why =
      format === null
        ? `none of its rows is laid out as RAG Plan keeps its history (A1 holds "${cellText(rows[0][1][0])}")`
        : `it is in Format ${format}, which a newer RAG Plan writes`;
    return { ...NOTHING, state: 'unreadable', problems: [{ row: null, text: why }] };
  }
  const out = format === 2 ? readFormat2(data) : readFormat1(data);
  const readable = out.snapshots.length > 0 || out.prints.length > 0 || data.length === 0;
  return { ...out, state: readable ? 'read' : 'unreadable' };
}

// ---- fields ----

/** Problems met while reading one row's fields. */
type Notes = string[];

function text(v: CellValue | undefined): string | null {
  return cellText(v) || null;
}

/** A whole number at least `min`, from a number or its text; null otherwise. */
function whole(v: CellValue | undefined, min: number): number | null {
  const n = typeof v === 'number' ? v : Number(cellText(v));
  return cellText(v) !== '' && Number.isInteger(n) && n >= min ? n : null;
}

function amount(v: CellValue | undefined, what: string, notes: Notes): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = cellText(v);
  if (t === '') return null;
  if (Number.isFinite(Number(t))) return Number(t);
  notes.push(`the ${what} "${t}" is not a number; read as none`);
  return null;
}

/** Dates repeat on every row of a snapshot: each distinct text is checked once. */
const knownDates = new Map<string, boolean>();
function isDateText(t: string): boolean {
  let ok = knownDates.get(t);
  if (ok === undefined) {
    ok = isIsoDate(t);
    if (knownDates.size >= 20_000) knownDates.clear();
    knownDates.set(t, ok);
  }
  return ok;
}

/** A date as written (YYYY-MM-DD), or as the date number Excel makes of it when a cell is retyped. */
function dateOf(v: CellValue | undefined): string | null {
  if (typeof v === 'number') return serialToIso(v);
  const t = cellText(v);
  return isDateText(t) ? t : null;
}

/** A refresh time as written, or Excel's date-and-time number of it. */
function timeOf(v: CellValue | undefined): string {
  if (typeof v !== 'number') return cellText(v);
  const day = serialToIso(v);
  if (!day) return String(v);
  const seconds = Math.round((v - Math.floor(v)) * 86_400);
  const hms = [seconds / 3600, (seconds % 3600) / 60, seconds % 60].map((n) =>
    String(Math.floor(n)).padStart(2, '0')
  );
  return `${day}T${hms.join(':')}`;
}

function word<T extends string>(
  v: CellValue | undefined,
  allowed: readonly T[],
  what: string,
  notes: Notes
): T | null {
  const t = cellText(v);
  if (t === '') return null;
  if ((allowed as readonly string[]).includes(t)) return t as T;
  notes.push(`the ${what} "${t}" is not one RAG Plan writes; read as no ${what}`);
  return null;
}

/** One action from its cells, from `at` on: reference, line, fingerprint, texts, RAG, state, due, money, cell. */
function actionFrom(c: CellValue[], at: number, notes: Notes): SnapAction {
  const area = text(c[at + 3]);
  const objective = text(c[at + 4]);
  const action = text(c[at + 5]);
  let fp = cellText(c[at + 2]);
  if (!/^[0-9a-f]{16}$/.test(fp)) {
    notes.push(`the fingerprint "${fp}" is not 16 hex digits; worked out again from its texts`);
    fp = fingerprint([area, objective, action]);
  }
  const dueCell = c[at + 8];
  const due = dateOf(dueCell);
  if (due === null && cellText(dueCell) !== '')
    notes.push(`the due date "${cellText(dueCell)}" is not a date; read as undated`);
  const line = whole(c[at + 1], 1);
  if (line === null && cellText(c[at + 1]) !== '')
    notes.push(`the line "${cellText(c[at + 1])}" is not a whole number; read as 1`);
  return {
    ref: text(c[at]),
    line: line ?? 1,
    fp,
    area,
    objective,
    action,
    rag: word<Rag>(c[at + 6], RAGS, 'RAG', notes),
    state: word<State>(c[at + 7], STATES, 'state', notes),
    due,
    savings: amount(c[at + 9], 'savings', notes),
    forecast: amount(c[at + 10], 'forecast', notes),
    // Stored as text ("'Plan'!C14"); anything else (an edit to the hidden sheet) is nowhere.
    at: parseCellRef(cellText(c[at + 11])),
  };
}

// ---- Format 2 ----

interface Reading2 {
  snapshots: Snapshot[];
  prints: WrittenPrint[];
  problems: HistoryProblem[];
}

interface Kept {
  snap: Snapshot;
  row: number;
  count: number;
}

function readFormat2(data: [number, CellValue[]][]): Reading2 {
  const problems: HistoryProblem[] = [];
  const bySeq = new Map<number, Kept>();
  const orphans = new Map<number, number[]>();
  const prints: WrittenPrint[] = [];
  for (const [r, c] of data) {
    const a = cellText(c[0]);
    if (a === SNAPSHOT_ROW) snapshotFrom(r, c, bySeq, problems);
    else if (a === PRINT_ROW) printFrom(r, c, prints, problems);
    else if (whole(c[0], 1) !== null) {
      const seq = whole(c[0], 1)!;
      const kept = bySeq.get(seq);
      if (!kept) {
        const rows = orphans.get(seq);
        if (rows) rows.push(r);
        else orphans.set(seq, [r]);
        continue;
      }
      const notes: Notes = [];
      kept.snap.actions.push(actionFrom(c, 1, notes));
      if (notes.length > 0) problems.push({ row: r, text: notes.join('; ') });
    } else
      problems.push({
        row: r,
        text: `its first cell "${a}" is neither "${SNAPSHOT_ROW}", "${PRINT_ROW}" nor a snapshot's number; not read`,
      });
  }
  for (const [seq, rows] of orphans) problems.push(orphanProblem(seq, rows));
  const snapshots: Snapshot[] = [];
  for (const k of bySeq.values()) {
    if (k.snap.actions.length === k.count) snapshots.push(k.snap);
    else problems.push(cutShort(k));
  }
  problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
  return { snapshots: snapshots.sort(bySnapshotOrder), prints, problems };
}

function snapshotFrom(
  r: number,
  c: CellValue[],
  bySeq: Map<number, Kept>,
  problems: HistoryProblem[]
): void {
  const seq = whole(c[1], 1);
  const asOf = dateOf(c[2]);
  const count = whole(c[5], 0);
  const why =
    seq === null
      ? `the snapshot number "${cellText(c[1])}" is not a whole number`
      : asOf === null
        ? `the as-of date "${cellText(c[2])}" is not a date`
        : count === null
          ? `the count of actions "${cellText(c[5])}" is not a whole number`
          : bySeq.has(seq)
            ? `snapshot ${seq} is here a second time`
            : null;
  if (why || seq === null || asOf === null || count === null) {
    problems.push({ row: r, text: `${why}; this snapshot was not read` });
    return;
  }
  bySeq.set(seq, {
    snap: { seq, asOf, takenAt: timeOf(c[3]), name: text(c[4]), actions: [] },
    row: r,
    count,
  });
}

function printFrom(r: number, c: CellValue[], prints: WrittenPrint[], problems: HistoryProblem[]) {
  const key = cellText(c[1]) as SheetKey;
  const rows = c.slice(2).map(cellText).join('');
  if (PRINTED.includes(key) && isPrintText(rows) && !prints.some((p) => p.key === key))
    prints.push({ key, rows });
  else
    problems.push({
      row: r,
      text: `the print of what the last refresh wrote on "${cellText(c[1])}" cannot be read, so nothing typed there can be told apart this time`,
    });
}

function orphanProblem(seq: number, rows: number[]): HistoryProblem {
  const span =
    rows.length === 1
      ? `row ${rows[0]}`
      : `rows ${rows[0]} to ${rows[rows.length - 1]} (${rows.length.toLocaleString('en-GB')} rows)`;
  return {
    row: rows[0],
    text: `${span} hold actions of snapshot ${seq}, which has no readable snapshot row; not read`,
  };
}

function cutShort(k: Kept): HistoryProblem {
  const n = k.snap.actions.length;
  const how = n < k.count ? 'the sheet was cut short or rows were deleted' : 'rows were added';
  return {
    row: k.row,
    text: `snapshot ${k.snap.seq} (as of ${k.snap.asOf}) kept ${k.count.toLocaleString('en-GB')} actions but ${n.toLocaleString('en-GB')} are on the sheet: ${how}, so it is left out rather than compared`,
  };
}

// ---- Format 1 ----

/** One row per action, each with its snapshot's as-of date and refresh time (before numbers were kept). */
function readFormat1(data: [number, CellValue[]][]): Reading2 {
  const problems: HistoryProblem[] = [];
  const snapshots: Snapshot[] = [];
  let current: { key: string; snap: Snapshot; seen: Set<string> } | null = null;
  for (const [r, c] of data) {
    const asOf = dateOf(c[0]);
    if (asOf === null) {
      problems.push({ row: r, text: `the as-of date "${cellText(c[0])}" is not a date; not read` });
      continue;
    }
    const notes: Notes = [];
    const action = actionFrom(c, 2, notes);
    if (notes.length > 0) problems.push({ row: r, text: notes.join('; ') });
    const takenAt = timeOf(c[1]);
    const key = `${asOf}\u0000${takenAt}`;
    const id = `${action.fp}|${action.ref}|${action.line}|${action.at}`;
    // Two refreshes at the same moment wrote the same as-of date and time: an action seen again starts the second.
    if (!current || current.key !== key || current.seen.has(id)) {
      current = { key, snap: { seq: 0, asOf, takenAt, name: null, actions: [] }, seen: new Set() };
      snapshots.push(current.snap);
    }
    current.seen.add(id);
    current.snap.actions.push(action);
  }
  snapshots.sort(bySnapshotOrder).forEach((s, i) => (s.seq = i + 1));
  return { snapshots, prints: [], problems };
}
