import type { CellIcon, CellRange, CellValue, Grid } from './grid';

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
  /** Sheet "row,col" of a merged cell -> its merge area. Only cells other than the top-left. */
  private readonly mergedInto = new Map<number, CellRange>();

  constructor(private readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.top;
    this.left = grid.left;
    this.hidden = grid.hidden === true;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.bottom = grid.top + grid.values.length - 1;
    this.right = grid.left + Math.max(width, 1) - 1;
    for (const m of grid.merges ?? []) {
      // Only merges of a sane size: a whole-column merge would cost millions of entries.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.mergedInto.set(this.key(r, c), m);
    }
  }

  private key(row: number, col: number): number {
    return row * 16_384 + col;
  }

  /** The merge area a cell belongs to, when it is not its top-left cell. */
  mergeOf(row: number, col: number): CellRange | undefined {
    return this.mergedInto.size ? this.mergedInto.get(this.key(row, col)) : undefined;
  }

  /** True when the cell is covered by a merge that starts in an earlier row. */
  isMergedFromAbove(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return m !== undefined && m.top < row;
  }

  private origin(row: number, col: number): [number, number] {
    const m = this.mergeOf(row, col);
    return m ? [m.top - this.top, m.left - this.left] : [row - this.top, col - this.left];
  }

  value(row: number, col: number): CellValue {
    const [r, c] = this.origin(row, col);
    const v = this.grid.values[r]?.[c];
    return v === undefined ? null : v;
  }

  /** The cell's own value, ignoring merges. */
  rawValue(row: number, col: number): CellValue {
    const v = this.grid.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | null {
    const [r, c] = this.origin(row, col);
    return this.grid.numberFormats?.[r]?.[c] ?? null;
  }

  fill(row: number, col: number): string | null {
    const [r, c] = this.origin(row, col);
    return this.grid.fills?.[r]?.[c] ?? null;
  }

  fontColour(row: number, col: number): string | null {
    const [r, c] = this.origin(row, col);
    return this.grid.fontColours?.[r]?.[c] ?? null;
  }

  /** The icon a conditional-format icon set shows in the cell, or null. */
  icon(row: number, col: number): CellIcon | null {
    const [r, c] = this.origin(row, col);
    return this.grid.icons?.[r]?.[c] ?? null;
  }

  /** True when the cell (after merges) holds nothing. */
  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }
}
