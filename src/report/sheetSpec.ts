/**
 * SheetSpec: a neutral description of one summary sheet. report/ builds these from a Summary;
 * excel/ (Office.js) and xlsx/ (package surgery on the file) write them. Cells and ranges are
 * numbers on the sheet itself (1-based); each writer makes its A1 text.
 */
import type { CellAt, CellRange, IsoDate, SheetCell, SheetRange } from '../plan';

/** Strings are always written as text, never as formulas, whatever they begin with. */
export type SpecValue = string | number | boolean | null;

/** Which of our sheets this is; also the ownership key both writers record. */
export type OwnedKey = 'summary' | 'overdue' | 'quality' | 'savings' | 'history';

/**
 * Which sheet a spec writes: one of ours, or 'kept', a sheet a refresh adds once to keep what a user
 * typed on ours (report/keptCells.ts). A kept sheet is the user's from then on: it gets no
 * RagPlan_* name, a free name of its own, and is never written again.
 */
export type SheetKey = OwnedKey | 'kept';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** A thin border under the range (table headers) or round every cell. */
  border?: 'bottom' | 'all';
}

export interface StyleSpec {
  range: CellRange;
  style: CellStyle;
}

export interface NumberFormatSpec {
  range: CellRange;
  /** Excel number format code, e.g. "dd mmm yyyy", "£#,##0", "0.0%". */
  format: string;
}

/** Highlight cells whose text equals a value (RAG words) or whose number passes a test. */
export type ConditionalFormatSpec =
  | {
      range: CellRange;
      kind: 'text-equals';
      text: string;
      style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
    }
  | {
      range: CellRange;
      kind: 'number';
      operator: 'greaterThan' | 'lessThan' | 'equal';
      value: number;
      style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
    };

/** What a cell's validation says as the cell is selected (Excel's input message). */
export interface ValidationPrompt {
  title: string;
  message: string;
}

/**
 * What happens when a value breaks the rule: 'stop' refuses it, 'warning' asks (Yes keeps it),
 * 'information' only tells. Absent: Excel's own stop message.
 */
export interface ValidationAlert {
  style: 'stop' | 'warning' | 'information';
  title: string;
  message: string;
}

interface ValidationBase {
  range: CellRange;
  prompt?: ValidationPrompt;
  alert?: ValidationAlert;
}

/** A drop-down of the values given. */
export interface ListValidation extends ValidationBase {
  kind?: 'list';
  /** Allowed values, shown as a drop-down. */
  list: string[];
}

/** A drop-down of the values in a range of cells (a list kept on a Key sheet). */
export interface SourceValidation extends ValidationBase {
  kind: 'source';
  source: SheetRange;
}

/** A date on or after a day. */
export interface DateValidation extends ValidationBase {
  kind: 'date';
  onOrAfter: IsoDate;
}

export type ValidationSpec = ListValidation | SourceValidation | DateValidation;

/** An Excel table (ListObject) over a range: its first row is the header. */
export interface TableSpec {
  /** Unique in the workbook; letters, digits and underscores. */
  name: string;
  range: CellRange;
  /** A built-in table style, e.g. "TableStyleLight1". */
  style: string;
}

export interface ChartSpec {
  /** Unique on its sheet; both writers name the chart with it. */
  name: string;
  type: 'bar-stacked' | 'column-clustered' | 'pie';
  title: string;
  /** Data including the header row and the category column (A10:G16). */
  dataRange: CellRange;
  /** Each column of dataRange after the first is a series. Always explicit: Excel guesses otherwise. */
  seriesBy: 'columns' | 'rows';
  /** Fill colour per series, "#RRGGBB", in series order. */
  seriesColors?: string[];
  /** Top-left and bottom-right cells the chart covers. */
  from: CellAt;
  to: CellAt;
  /** What the values are, for the value axis title and the bar labels; default: counts of actions. */
  values?: { title: string; format: string };
}

/** A cell that jumps to a source cell when clicked. */
export interface LinkSpec {
  cell: CellAt;
  /** The cell in the plan it jumps to. */
  target: SheetCell;
  /** Text shown; also the cell's value. */
  text: string;
  /** Screen tip. */
  tip?: string;
}

/** One sheet's layout: what both writers write, whoever owns the sheet. */
export interface SheetLayout {
  /** Preferred name; a writer uses another, free name when a user's sheet already has it. */
  name: string;
  /** Values from A1, row-major. Rows may be ragged. */
  values: SpecValue[][];
  numberFormats: NumberFormatSpec[];
  styles: StyleSpec[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Rows frozen at the top (0 for none). */
  freezeRows: number;
  conditionalFormats: ConditionalFormatSpec[];
  validations: ValidationSpec[];
  charts: ChartSpec[];
  links: LinkSpec[];
  /** Tab colour, "#RRGGBB". */
  tabColor?: string;
  /** How it prints: summary sheets go in front of a board on paper. */
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    /** Rows printed at the top of every page (the table's header). */
    repeatRows?: { top: number; bottom: number };
  };
  /** Visible when absent. The history sheet is very hidden: only code (or the VBA editor) shows it. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** An Excel table over part of the sheet. */
  table?: TableSpec;
}

/** One of RAG Plan's own sheets: a layout with the key it is owned by. */
export interface SheetSpec extends SheetLayout {
  key: SheetKey;
}
