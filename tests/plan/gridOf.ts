import type { CellRange, CellValue, Grid } from '../../src/plan/core/grid';

/** A grid from rows written as a person would type them, starting at A1 unless told otherwise. */
export function gridOf(rows: CellValue[][], extras: Partial<Grid> = {}): Grid {
  return { sheet: 'Plan', top: 1, left: 1, values: rows, ...extras };
}

/** A merge written "A3:A5". */
export function merge(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
