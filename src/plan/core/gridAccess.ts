import type { CellIcon, CellRange, CellValue, Grid } from './grid';
import { MergeIndex } from './mergeIndex';

/**
 * Reads a Grid by sheet coordinates, resolving merged areas to their top-left cell (Excel keeps a
 * merged area's value, format and fill there; the other cells read as empty).
 */
export class GridReader {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** True when the sheet is hidden in the workbook. */
  readonly hidden: boolean;
  /** Each merged cell's merge area, for cells other than the top-left. */
  private readonly merges: MergeIndex;

  constructor(private readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.top;
    this.left = grid.left;
    this.hidden = grid.hidden === true;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.bottom = grid.top + grid.values.length - 1;
    this.right = grid.left + Math.max(width, 1) - 1;
    this.merges = new MergeIndex(grid.merges ?? []);
  }

  /** The merge area a cell belongs to, when it is not its top-left cell. */
  mergeOf(row: number, col: number): CellRange | undefined {
    return this.merges.any ? this.merges.mergeOf(row, col) : undefined;
  }

  /** True when the cell is covered by a merge that starts in an earlier row. */
  isMergedFromAbove(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return m !== undefined && m.top < row;
  }

  /** A cell of one of the grid's parallel arrays, read at its merge's top-left (no tuple made: this is hot). */
  private at<T>(table: T[][] | undefined, row: number, col: number): T | undefined {
    const m = this.mergeOf(row, col);
    return m
      ? table?.[m.top - this.top]?.[m.left - this.left]
      : table?.[row - this.top]?.[col - this.left];
  }

  value(row: number, col: number): CellValue {
    const v = this.at(this.grid.values, row, col);
    return v === undefined ? null : v;
  }

  /** The cell's own value, ignoring merges. */
  rawValue(row: number, col: number): CellValue {
    const v = this.grid.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | null {
    return this.at(this.grid.numberFormats, row, col) ?? null;
  }

  fill(row: number, col: number): string | null {
    return this.at(this.grid.fills, row, col) ?? null;
  }

  fontColour(row: number, col: number): string | null {
    return this.at(this.grid.fontColours, row, col) ?? null;
  }

  /** The icon a conditional-format icon set shows in the cell, or null. */
  icon(row: number, col: number): CellIcon | null {
    return this.at(this.grid.icons, row, col) ?? null;
  }

  /** True when the cell (after merges) holds nothing. */
  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }
}
