import type { CellRange } from './grid';
import { workbookSheet, type CellAt, type SheetCell, type SheetRange } from './location';

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" -> 27; returns 0 for anything that is not column letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (7, 5) -> "E7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A sheet name quoted as Excel writes it in a reference: 'Action plan'. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Action plan'!E7": a cell as the JSON report, the text report and Office.js name it. */
export function cellRef(cell: SheetCell): string {
  return `${quoteSheet(cell.sheet)}!${a1(cell.row, cell.col)}`;
}

/**
 * Where a link goes, as its cell shows it: "'Action plan'!E7", or for a cell of another workbook (a
 * roll-up's) "[plans/Adults.xlsx]'Action plan'!E7", the form Excel's HYPERLINK opens.
 */
export function goToRef(cell: SheetCell): string {
  const { workbook, sheet } = workbookSheet(cell.sheet);
  if (workbook === null) return cellRef(cell);
  return `[${workbook}]${quoteSheet(sheet)}!${a1(cell.row, cell.col)}`;
}

/** "'Action plan'!A5:F40" (or one cell's reference). */
export function rangeRef(range: SheetRange): string {
  return `${quoteSheet(range.sheet)}!${rangeA1(range)}`;
}

/** "'Key'!$A$12:$A$41": a range that stays put wherever the formula using it is copied (validation lists). */
export function absoluteRef(range: SheetRange): string {
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  return `${quoteSheet(range.sheet)}!${corner(range.top, range.left)}:${corner(range.bottom, range.right)}`;
}

/** "$3:$3": whole rows, as print titles name them. */
export function rowsRef(sheet: string, top: number, bottom: number): string {
  return `${quoteSheet(sheet)}!$${top}:$${bottom}`;
}

/** "A5:F40". */
export function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "E7" or "$E$7"; null when it is not a cell address. */
export function parseA1(text: string): CellAt | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col > 0 && row > 0 ? { row, col } : null;
}

/** Parses "A5:F40" (or a single cell); null when unreadable. */
export function parseRange(text: string): CellRange | null {
  const [a, b = a] = text.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * Reads "'Action plan'!E7" (or "Plan!$E$7"), text from outside the engine (Office.js, a stored
 * snapshot, a defined name); null when it does not name a sheet and one cell.
 */
export function parseCellRef(ref: string): SheetCell | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return null;
  const at = parseA1(m[3]);
  if (!at) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: at.row, col: at.col };
}
