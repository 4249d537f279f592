/** The money side of a plan: savings lines, the money columns they came from, and totals rows. */
import type { SheetCell } from './location';
import type { Rag } from './types';

/** A unit as a reader sees it. `scale` turns a figure written in it into pounds. */
export interface MoneyUnit {
  /** "£", "£k", "£'000", "£m" or "£bn". */
  label: string;
  scale: number;
}

export const POUNDS: MoneyUnit = { label: '£', scale: 1 };

/** The three figures a savings tracker keeps per line. */
export type MoneyKind = 'target' | 'forecast' | 'shortfall';

/** The cells a savings line is read from: its figures, its action's text and its rating. */
export type SavingsCell = MoneyKind | 'action' | 'rag';

/**
 * One savings line: an action's figures for one financial year, or for the whole line when the
 * tracker has no column per year. Amounts are pounds; null is unknown ("TBC", blank), never zero.
 */
export interface SavingsLine {
  sheet: string;
  row: number;
  /** 1-based line within a stacked cell. */
  line: number;
  area: string | null;
  /** What the saving is: the action text, else its objective. */
  title: string | null;
  lead: string | null;
  rag: Rag | null;
  /** "2024/25" when the tracker has a column per financial year, else null. */
  year: string | null;
  target: number | null;
  /** Forecast, or delivered to date where the tracker keeps that instead. */
  forecast: number | null;
  /** Target − forecast (positive: short of target); the given figure when one side is unknown. */
  shortfall: number | null;
  /** The tracker's own shortfall figure as written (its sign convention kept), or null. */
  givenShortfall: number | null;
  shortfallFrom: 'given' | 'worked-out' | null;
  /** Where the target came from: a money column, or a sentence of the action text. */
  targetFrom: 'column' | 'prose' | null;
  /** A £ amount the action text speaks of as savings, read even where a column exists. */
  prose: number | null;
  /** The unit the line's target was written in ("£'000"); amounts here are already pounds. */
  unit: MoneyUnit;
  /** The sheet column (1-based) of each cell read, on the line's own row (lineCell makes the cell). */
  cols: Partial<Record<SavingsCell, number>>;
}

/** A figure in a money column, with the unit it was written in. */
export interface ColumnFigure {
  row: number;
  cell: SheetCell;
  pounds: number;
  unit: MoneyUnit;
  unitFrom: 'cell' | 'format' | 'column';
}

/** A money column: its header, the unit the header names, and every figure read from it. */
export interface MoneyColumn {
  /** 'other': a column with a £ unit the plan does not read as savings (kept for the totals check). */
  kind: MoneyKind | 'other';
  year: string | null;
  header: string;
  /** Sheet column number (1-based). */
  col: number;
  /** The unit the header names ("£'000"), or null when it names none. */
  unit: MoneyUnit | null;
  figures: ColumnFigure[];
}

/** A tracker's own totals row ("Total", "Grand total"), kept for the check that it adds up. */
export interface TotalsRow {
  sheet: string;
  row: number;
  /** The label as written. */
  label: string;
  /** Each money figure on the row, by column. */
  figures: { col: number; cell: SheetCell; pounds: number }[];
}

export interface PlanFinance {
  lines: SavingsLine[];
  columns: MoneyColumn[];
  totals: TotalsRow[];
}

/** Share below target a Green or Blue line may forecast before it is reported (0.05 is 5%). */
export const DEFAULT_SAVINGS_TOLERANCE = 0.05;
