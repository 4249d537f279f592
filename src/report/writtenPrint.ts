/**
 * A fingerprint of what a refresh wrote on one of our sheets, kept with the history, so the next
 * refresh can tell the cells a user typed there (a note below the Summary, a comment beside a row)
 * from its own before it clears the sheet (keptCells.ts).
 *
 * Per row written: how many cells wide it is (up to its last filled cell) and a 32-bit hash of
 * those cells' text, packed as 9 characters (2 base-36 digits of width, 7 of hash). Rows are not
 * tied to their position, so a row the user inserted, deleted or sorted on our sheet moves no
 * cell of ours into the kept ones. A 300,000-row Data quality sheet gives 2.7 MB of print, in
 * cells of at most PRINT_CELL_CHARS (Excel holds at most 32,767 characters in a cell).
 */
import { cellText, fnv1a, type CellValue } from '../plan';
import type { SheetKey, SheetSpec, SpecValue } from './sheetSpec';

export interface WrittenPrint {
  key: SheetKey;
  /** The rows' packed prints, in row order, 9 characters each. */
  rows: string;
}

const ROW_CHARS = 9;
/** Rows of print in one history cell: 3,600 rows, 32,400 characters. */
export const PRINT_CELL_CHARS = 3_600 * ROW_CHARS;
/** Widths past this (1,295 columns) are not ours: our sheets are a dozen columns wide. */
const MAX_WIDTH = 36 * 36 - 1;

/** A cell as compared: its text on one line, numbers to Excel's 15 significant digits. */
export function printText(value: CellValue | SpecValue | undefined): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  const text = cellText(value as CellValue);
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** One row's print from its cells' texts (the row as far as its last filled cell). */
export function rowPrint(texts: string[]): string {
  let width = texts.length;
  while (width > 0 && texts[width - 1] === '') width--;
  if (width === 0) return '0'.repeat(ROW_CHARS);
  const hash = fnv1a(texts.slice(0, width).join('\u0001'));
  return (
    Math.min(width, MAX_WIDTH).toString(36).padStart(2, '0') + hash.toString(36).padStart(7, '0')
  );
}

/** The print of what a spec writes. */
export function printOf(spec: SheetSpec): WrittenPrint {
  const rows: string[] = [];
  for (const row of spec.values) rows.push(rowPrint(row.map(printText)));
  return { key: spec.key, rows: rows.join('') };
}

/** The set of row prints in a written print, by width, for matching rows wherever they now are. */
export function printSet(print: WrittenPrint): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let i = 0; i + ROW_CHARS <= print.rows.length; i += ROW_CHARS) {
    const item = print.rows.slice(i, i + ROW_CHARS);
    const width = parseInt(item.slice(0, 2), 36);
    if (!(width > 0)) continue;
    let set = out.get(width);
    if (!set) out.set(width, (set = new Set()));
    set.add(item);
  }
  return out;
}

/** A print cut into pieces for history cells, and back. */
export function printPieces(print: WrittenPrint): string[] {
  const out: string[] = [];
  for (let i = 0; i < print.rows.length; i += PRINT_CELL_CHARS)
    out.push(print.rows.slice(i, i + PRINT_CELL_CHARS));
  return out;
}

/** True when a text is a whole number of row prints of the packed alphabet. */
export function isPrintText(text: string): boolean {
  return text.length % ROW_CHARS === 0 && /^[0-9a-z]*$/.test(text);
}
