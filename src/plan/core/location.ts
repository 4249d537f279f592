/**
 * Cell locations as values. The engine, the report and the sheet specs hold rows and columns as
 * numbers; A1 text ("E7", "'Action plan'!E7") is made only at the edges (the JSON and text reports,
 * pane labels, Office.js calls, XML) by the functions of address.ts.
 */
import type { CellRange } from './grid';

/** A cell on a sheet the context names (a sheet spec's own cells): 1-based row and column. */
export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/** A cell of a named worksheet. */
export interface SheetCell extends CellAt {
  readonly sheet: string;
}

/** A rectangle of a named worksheet, 1-based and inclusive. */
export interface SheetRange extends CellRange {
  readonly sheet: string;
}

/** True when both name the same cell. */
export function sameCell(
  a: SheetCell | null | undefined,
  b: SheetCell | null | undefined
): boolean {
  return !!a && !!b && a.row === b.row && a.col === b.col && a.sheet === b.sheet;
}

/** One cell as a range. */
export function cellRange(at: CellAt): CellRange {
  return { top: at.row, left: at.col, bottom: at.row, right: at.col };
}

/**
 * A sheet of another workbook, named as Excel names it in a reference: "[plans/Adults.xlsx]Action
 * plan". A roll-up reads many workbooks; their sheets are named so, and no sheet name can hold
 * "[" or "]", so the workbook is always told apart from the sheet.
 */
export function sheetInWorkbook(workbook: string, sheet: string): string {
  return `[${workbook}]${sheet}`;
}

/** The workbook and sheet a sheet name holds: workbook null for a sheet of the workbook itself. */
export function workbookSheet(sheet: string): { workbook: string | null; sheet: string } {
  const m = /^\[([^\]]*)\](.*)$/s.exec(sheet);
  return m ? { workbook: m[1], sheet: m[2] } : { workbook: null, sheet };
}
