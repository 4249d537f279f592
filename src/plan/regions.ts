import { cellText } from './cellText';
import type { Grid } from './grid';
import type { GridReader } from './gridAccess';
import { matchHeader } from './headers';
import type { Field } from './types';

export interface HeaderCell {
  col: number;
  text: string;
  match: Field | 'status' | null;
}

/** A table of actions found on a sheet: its header row and extent, in sheet coordinates. */
export interface Region {
  headerRow: number;
  left: number;
  right: number;
  /** Last row of the table (inclusive); equal to headerRow for a table with no rows. */
  bottom: number;
  table: string | null;
  headers: HeaderCell[];
}

const SUBJECT: ReadonlySet<string> = new Set(['action', 'objective']);
const DETAIL: ReadonlySet<string> = new Set(['lead', 'timescale', 'rag', 'status', 'stage', 'savings']);

/** The header cells of a row between two columns (strings only: a number is never a header). */
function headerCells(reader: GridReader, row: number, left: number, right: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = left; col <= right; col++) {
    if (reader.isMergedFromAbove(row, col)) continue;
    const v = reader.rawValue(row, col);
    if (typeof v !== 'string' || !v.trim()) continue;
    const text = v.replace(/\s+/g, ' ').trim();
    cells.push({ col, text, match: matchHeader(text) });
  }
  return cells;
}

/**
 * True when the cells read as a plan's header row: at least one subject column (action or
 * objective), one detail column (lead, timescale, RAG, status, savings), and more labels that match
 * than do not (a data row that happens to contain the word "Lead" is not a header).
 */
function isHeader(cells: HeaderCell[]): boolean {
  const fields = new Set(cells.filter((c) => c.match).map((c) => c.match as string));
  const unmatched = cells.filter((c) => !c.match).length;
  return (
    fields.size >= 2 &&
    [...fields].some((f) => SUBJECT.has(f)) &&
    [...fields].some((f) => DETAIL.has(f)) &&
    unmatched <= fields.size
  );
}

/** Splits a header row into clusters separated by two or more empty columns (side-by-side tables). */
function clusters(cells: HeaderCell[]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && cell.col - last[last.length - 1].col <= 2) last.push(cell);
    else out.push([cell]);
  }
  return out;
}

const NOTE = /^(notes?|source|sources|key|n\.?\s?b\.?|\*|please note)\b/i;
const TOTAL = /^(grand\s+)?(sub\s*-?\s*)?totals?\b/i;

/** True for a total row's label: "Total", "Grand total", "Sub-total". */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(text.trim());
}

/** Non-empty cells of a row within a region's columns (merged-from-above cells excluded). */
function filledCells(reader: GridReader, row: number, left: number, right: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = left; col <= right; col++) {
    if (reader.isMergedFromAbove(row, col)) continue;
    const text = cellText(reader.rawValue(row, col));
    if (text) out.push({ col, text });
  }
  return out;
}

/**
 * The last row of a table whose header is at headerRow: the table ends before the next header,
 * an Excel table, two blank rows, a note ("Note:", "Source:"), or prose (a lone long paragraph in
 * the first column, or a lone heading after a blank row).
 */
function findBottom(reader: GridReader, headerRow: number, left: number, right: number, stopRows: Set<number>): number {
  const firstLabel = filledCells(reader, headerRow, left, right)[0]?.text;
  let bottom = headerRow;
  let blanks = 0;
  for (let row = headerRow + 1; row <= reader.bottom; row++) {
    if (stopRows.has(row)) break;
    const cells = filledCells(reader, row, left, right);
    const mergedContinuation = cells.length === 0 && hasMergeFromAbove(reader, row, left, right);
    if (cells.length === 0 && !mergedContinuation) {
      blanks++;
      if (blanks >= 2) break;
      continue;
    }
    if (cells.length === 1) {
      const { col, text } = cells[0];
      if (NOTE.test(text)) break;
      if (col === left && text.length > 100) break;
      if (blanks > 0 && text.length > 40) break;
    }
    // The next table's header follows a gap, or repeats this table's first label. Checking only
    // then keeps header matching off the hot path of a long table.
    const mayBeHeader = cells.length > 1 && (blanks > 0 || cells[0].text === firstLabel);
    if (mayBeHeader && cells.every((c) => c.text.length <= 60) && isHeader(headerCells(reader, row, left, right))) break;
    blanks = 0;
    bottom = row;
  }
  return bottom;
}

function hasMergeFromAbove(reader: GridReader, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (reader.isMergedFromAbove(row, col)) return true;
  return false;
}

/** Every table of actions on the grid: Excel tables first, then header rows found by scanning. */
export function findRegions(reader: GridReader, grid: Grid): Region[] {
  const regions: Region[] = [];
  const claimed = new Set<number>();
  const tableStarts = new Set<number>();
  for (const t of grid.tables ?? []) {
    if (!t.hasHeaders) continue;
    const headers = headerCells(reader, t.range.top, t.range.left, t.range.right);
    regions.push({
      headerRow: t.range.top,
      left: t.range.left,
      right: t.range.right,
      bottom: t.range.bottom,
      table: t.name,
      headers,
    });
    tableStarts.add(t.range.top);
    for (let r = t.range.top; r <= t.range.bottom; r++) claimed.add(r);
  }
  for (let row = reader.top; row <= reader.bottom; row++) {
    if (claimed.has(row)) continue;
    const all = headerCells(reader, row, reader.left, reader.right);
    if (all.length < 2) continue;
    let found = false;
    for (const group of clusters(all)) {
      if (!isHeader(group)) continue;
      const left = group[0].col;
      const right = group[group.length - 1].col;
      const bottom = findBottom(reader, row, left, right, tableStarts);
      regions.push({ headerRow: row, left, right, bottom, table: null, headers: group });
      found = true;
    }
    if (found) {
      // Rows of the table just found are not scanned for headers again.
      const last = Math.max(...regions.filter((r) => r.headerRow === row).map((r) => r.bottom));
      for (let r = row; r <= last; r++) claimed.add(r);
      row = last;
    }
  }
  return regions.sort((a, b) => a.headerRow - b.headerRow || a.left - b.left);
}
