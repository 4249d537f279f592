/**
 * Grid: the neutral snapshot of a worksheet region that both adapters (Office.js and ExcelJS)
 * produce and the engine reads. Shaped like what Office.js hands an add-in (parallel 2-D arrays),
 * so no per-cell objects are made on the hot path.
 */

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
}

/**
 * A cell's raw value. Dates arrive as Excel serial numbers (days since 1899-12-30) with a date
 * number format, exactly as Office.js gives them; the ExcelJS adapter converts its Date objects.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle in sheet coordinates, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject) on the sheet. */
export interface GridTable {
  name: string;
  range: CellRange;
  /** True when the table's first row is its header row (Excel's default). */
  hasHeaders: boolean;
}

export interface Grid {
  sheet: string;
  /** Sheet row and column (1-based) of values[0][0]. */
  top: number;
  left: number;
  /** Row-major values; rows may be ragged, missing cells are empty. */
  values: CellValue[][];
  /** Number format codes parallel to values ("General", "dd/mm/yyyy", "@" ...), when known. */
  numberFormats?: (string | null)[][];
  /** Solid fill colour of each cell as "#RRGGBB", or null for no fill, when known. */
  fills?: (string | null)[][];
  /**
   * Font colour of each cell as "#RRGGBB", or null for the automatic (black) font, when known;
   * parallel to `fills`. Plans that rate with a coloured dot ("●" in red) carry the rating here.
   */
  fontColours?: (string | null)[][];
  /** Merged areas that intersect the grid, in sheet coordinates. */
  merges?: CellRange[];
  /** Excel tables on the sheet, in sheet coordinates. */
  tables?: GridTable[];
  /** True when the sheet is hidden (or very hidden) in the workbook, when known. */
  hidden?: boolean;
}
