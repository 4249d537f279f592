import { cellText, type Grid, type GridReader, maxOf, pushAll } from '../core';
import { decideColumn } from './decide';
import { columnEvidence } from './evidence';
import { headerLabels, rowLabels, type Label } from './headerRows';
import { isPlanHeader, mayBeHeader, type JudgedCell } from './judge';
import { matchHeader, type HeaderHint } from './headers';
import { isPlaceholder } from '../read';

export interface HeaderCell {
  col: number;
  text: string;
  match: HeaderHint | null;
}

/** A table of actions found on a sheet: its header row and extent, in sheet coordinates. */
export interface Region {
  /** The header row right above the data (the lower row of a two-row header). */
  headerRow: number;
  /** The first row of the header (the upper row of a two-row header), where the table's range starts. */
  topRow: number;
  /** The first row below the header (two rows below a two-row header). */
  dataRow: number;
  left: number;
  right: number;
  /** Last row of the table (inclusive); equal to headerRow for a table with no rows. */
  bottom: number;
  table: string | null;
  /** The header cells, each with the evidence of its cells and the field decided for it. */
  headers: JudgedCell[];
}

/** Labels with what their words say; a joined label goes by its lower part when that names a field. */
export function hinted(labels: Label[]): HeaderCell[] {
  return labels.map((l) => ({
    col: l.col,
    text: l.text,
    match: (l.sub !== undefined ? matchHeader(l.sub) : null) ?? matchHeader(l.text),
  }));
}

/**
 * Splits a header row into clusters separated by two or more empty columns (side-by-side tables);
 * a label merged across columns reaches to the end of its merge.
 */
function clusters(reader: GridReader, row: number, cells: HeaderCell[]): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  let reach = 0;
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && cell.col - reach <= 2) last.push(cell);
    else out.push([cell]);
    reach = rightEdge(reader, row, cell.col);
  }
  return out;
}

/** Each header cell judged: what its cells hold (a bounded sample) and the field that makes it. */
export function judge(
  reader: GridReader,
  cells: HeaderCell[],
  dataRow: number,
  lastRow: number
): JudgedCell[] {
  return cells.map((c) => {
    const evidence = columnEvidence(reader, c.col, dataRow, lastRow);
    return { ...c, evidence, decision: decideColumn(c.text, c.match, evidence) };
  });
}

const NOTE = /^(notes?|source|sources|key|n\.?\s?b\.?|\*|please note)\b/i;
const TOTAL = /^(grand\s+)?(sub\s*-?\s*)?totals?\b/i;
/** A group's total named after it: "Families, Children & Wellbeing Total", "Directorate total". */
const GROUP_TOTAL = /^[^.:;]{1,60}\b(?:sub\s*-?\s*)?totals?$/i;

/** True for a total row's label: "Total", "Grand total", "Sub-total", "Adult Social Care Total". */
export function isTotalLabel(text: string): boolean {
  const t = text.trim();
  return TOTAL.test(t) || GROUP_TOTAL.test(t);
}

/** Non-empty cells of a row within a region's columns (merged-from-above cells and placeholders excluded). */
function filledCells(
  reader: GridReader,
  row: number,
  left: number,
  right: number
): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = left; col <= right; col++) {
    if (reader.isMergedFromAbove(row, col)) continue;
    const text = cellText(reader.rawValue(row, col));
    if (text && !isPlaceholder(text)) out.push({ col, text });
  }
  return out;
}

/** A row that heads another table: header words, and enough of them to make a plan. */
function isNextHeader(reader: GridReader, row: number, left: number, right: number): boolean {
  const cells = hinted(rowLabels(reader, row, left, right));
  if (cells.length < 2 || !mayBeHeader(cells)) return false;
  const known = cells.filter((c) => c.match !== null).length;
  return known >= 2 && cells.length - known <= known;
}

/**
 * The last row of a table whose data starts at dataRow: the table ends before the next header,
 * an Excel table, two blank rows, a note ("Note:", "Source:"), or prose (a lone long paragraph in
 * the first column, or a lone heading after a blank row).
 */
function findBottom(
  reader: GridReader,
  headerRow: number,
  dataRow: number,
  left: number,
  right: number,
  stopRows: Set<number>,
  limit = reader.bottom
): number {
  const firstLabel = filledCells(reader, headerRow, left, right)[0]?.text;
  let bottom = dataRow - 1;
  let blanks = 0;
  for (let row = dataRow; row <= Math.min(limit, reader.bottom); row++) {
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
    const mayBeNext = cells.length > 1 && (blanks > 0 || cells[0].text === firstLabel);
    if (
      mayBeNext &&
      cells.every((c) => c.text.length <= 60) &&
      isNextHeader(reader, row, left, right)
    )
      break;
    blanks = 0;
    bottom = row;
  }
  return bottom;
}

function hasMergeFromAbove(reader: GridReader, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (reader.isMergedFromAbove(row, col)) return true;
  return false;
}

/** An Excel table is a region by its own bounds; its header cells are judged like any other. */
function tableRegion(reader: GridReader, t: NonNullable<Grid['tables']>[number]): Region {
  const { labels, topRow, dataRow } = headerLabels(
    reader,
    t.range.top,
    t.range.left,
    t.range.right
  );
  return {
    headerRow: dataRow - 1,
    topRow: Math.min(topRow, t.range.top),
    dataRow,
    left: t.range.left,
    right: t.range.right,
    bottom: t.range.bottom,
    table: t.name,
    headers: judge(reader, hinted(labels), dataRow, t.range.bottom),
  };
}

/** The last column a header reaches: its last label's, or the end of the merge that label heads. */
function rightEdge(reader: GridReader, row: number, col: number): number {
  const m = reader.mergeOf(row, col + 1);
  return m && m.left === col && m.top === row ? m.right : col;
}

/** How far below a candidate header its cells are looked at before it is taken for a plan. */
const JUDGE_ROWS = 150;

/** The plans whose header is at this row (side-by-side tables give several). */
function regionsAt(reader: GridReader, row: number, stopRows: Set<number>): Region[] {
  const found: Region[] = [];
  for (const group of clusters(
    reader,
    row,
    hinted(rowLabels(reader, row, reader.left, reader.right))
  )) {
    if (!mayBeHeader(group)) continue;
    const left = group[0].col;
    const right = rightEdge(reader, row, group[group.length - 1].col);
    const { labels, topRow, dataRow } = headerLabels(reader, row, left, right);
    // Judged on the table's first rows; only a plan is followed to its end.
    const near = findBottom(reader, row, dataRow, left, right, stopRows, dataRow + JUDGE_ROWS);
    const headers = judge(reader, hinted(labels), dataRow, near);
    if (!isPlanHeader(headers)) continue;
    const bottom =
      near < dataRow + JUDGE_ROWS ? near : findBottom(reader, row, dataRow, left, right, stopRows);
    found.push({
      headerRow: dataRow - 1,
      topRow,
      dataRow,
      left,
      right,
      bottom,
      table: null,
      headers,
    });
  }
  return found;
}

/** Every table of actions on the grid: Excel tables first, then header rows found by scanning. */
export function findRegions(reader: GridReader, grid: Grid): Region[] {
  const regions: Region[] = [];
  const claimed = new Set<number>();
  const tableStarts = new Set<number>();
  for (const t of grid.tables ?? []) {
    if (!t.hasHeaders) continue;
    regions.push(tableRegion(reader, t));
    tableStarts.add(t.range.top);
    for (let r = t.range.top; r <= t.range.bottom; r++) claimed.add(r);
  }
  for (let row = reader.top; row <= reader.bottom; row++) {
    if (claimed.has(row)) continue;
    const found = regionsAt(reader, row, tableStarts);
    if (found.length === 0) continue;
    pushAll(regions, found);
    // Rows of the table just found are not scanned for headers again.
    row = maxOf(
      found.map((r) => r.bottom),
      row
    );
  }
  return regions.sort((a, b) => a.headerRow - b.headerRow || a.left - b.left);
}
