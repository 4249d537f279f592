/**
 * Cells in tests, written as a user reads them: cellAt("'Plan'!E7") is the cell the engine holds as
 * { sheet: 'Plan', row: 7, col: 5 }, and refOf gives a finding's cell back as that text.
 */
import {
  cellRef,
  parseA1,
  parseCellRef,
  parseRange,
  type CellAt,
  type CellRange,
  type SheetCell,
} from '../src/plan';

export function cellAt(ref: string): SheetCell {
  const cell = parseCellRef(ref);
  if (!cell) throw new Error(`"${ref}" names no cell`);
  return cell;
}

export const refOf = (cell: SheetCell | null | undefined): string | null =>
  cell ? cellRef(cell) : null;

/** A range of a sheet spec, written as text: rangeAt('A10:G16'). */
export function rangeAt(text: string): CellRange {
  const range = parseRange(text);
  if (!range) throw new Error(`"${text}" names no range`);
  return range;
}

/** A cell of a sheet spec, written as text: a1At('G2'). */
export function a1At(text: string): CellAt {
  const cell = parseA1(text);
  if (!cell) throw new Error(`"${text}" names no cell`);
  return cell;
}
