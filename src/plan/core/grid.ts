/**
 * Grid: the neutral snapshot of a worksheet region that both adapters (Office.js and the
 * .xlsx reader) produce and the engine reads. Shaped like what Office.js hands an add-in (parallel 2-D arrays),
 * so no per-cell objects are made on the hot path.
 */

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
}

/**
 * A cell's raw value. Dates arrive as Excel serial numbers (days since 1899-12-30) with a date
 * number format, exactly as Office.js gives them and as the .xlsx file stores them.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle in sheet coordinates, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Excel's icon sets by the names the file format gives them (ECMA-376 ST_IconSetType, and the
 * x14 extension's 3Triangles, 3Stars, 5Boxes). Office.js spells them ThreeTrafficLights1 ...;
 * the Office.js adapter translates.
 */
export type IconSetName =
  | '3Arrows'
  | '3ArrowsGray'
  | '3Flags'
  | '3TrafficLights1'
  | '3TrafficLights2'
  | '3Signs'
  | '3Symbols'
  | '3Symbols2'
  | '3Stars'
  | '3Triangles'
  | '4Arrows'
  | '4ArrowsGray'
  | '4RedToBlack'
  | '4Rating'
  | '4TrafficLights'
  | '5Arrows'
  | '5ArrowsGray'
  | '5Rating'
  | '5Quarters'
  | '5Boxes';

/**
 * The icon a conditional-format icon set shows in a cell: which set and which of its icons, 0 the
 * icon for the lowest values as Excel lists them (red for traffic lights, the down arrow for
 * arrows). What it means (a rating, a direction, nothing) is the engine's to say.
 */
export interface CellIcon {
  set: IconSetName;
  index: number;
  /** True when the rule hides the value ("Show Icon Only"), so the icon is all a reader sees. */
  iconOnly?: boolean;
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
  /**
   * The icon a conditional-format icon set shows in each cell, or null, when known; parallel to
   * `fills`. Sparse like the other looks: most sheets have none.
   */
  icons?: (CellIcon | null)[][];
  /** Merged areas that intersect the grid, in sheet coordinates. */
  merges?: CellRange[];
  /** Excel tables on the sheet, in sheet coordinates. */
  tables?: GridTable[];
  /** True when the sheet is hidden (or very hidden) in the workbook, when known. */
  hidden?: boolean;
  /**
   * Ranges of this sheet that a drop-down (a list data validation, on any sheet) takes its values
   * from, directly or through a defined name or a table column, in sheet coordinates, when known.
   * A table over such a range is the list, not a plan.
   */
  listSources?: CellRange[];
  /** The workbook's defined names (and this sheet's own) that refer to a range of this sheet, when known. */
  names?: GridName[];
}

/** A defined name and the range of the sheet it refers to. */
export interface GridName {
  name: string;
  range: CellRange;
}
