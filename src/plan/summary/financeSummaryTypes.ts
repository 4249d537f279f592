import type { MoneyUnit, Rag, MoneyKind, SavingsLine } from '../core';

/** Pounds summed over savings lines; unknown figures ("TBC") are counted, never added as zero. */
export interface FinanceTotals {
  target: number;
  forecast: number;
  /** Sum of the lines' shortfalls (target − forecast), where known. */
  shortfall: number;
  lines: number;
  /** Lines with no known target ("TBC", blank): counted, not added as zero. */
  unknown: number;
}

export interface FinanceGroup {
  /** Area, lead or year as written; "(none)" for lines without one. */
  key: string;
  totals: FinanceTotals;
}

/** How one money column's figures were read and scaled, for the note on the Savings sheet. */
export interface UnitNote {
  sheet: string;
  header: string;
  kind: MoneyKind | 'other';
  year: string | null;
  /** The unit the header names, or null when it names none (figures read as pounds). */
  unit: MoneyUnit | null;
  /** Figures written in another unit than the column's (their own "£1.2m", or a number format). */
  ownUnit: number;
  /** Plain words: "Target £'000: thousands of pounds (£'000), multiplied by 1,000." */
  text: string;
}

export interface FinanceSummary {
  /** Every savings line, largest shortfall first; lines with no known shortfall last, in plan order. */
  lines: SavingsLine[];
  totals: FinanceTotals;
  /** Lines rated Red, Red/Amber or Amber. */
  atRisk: FinanceTotals;
  byRag: Record<Rag | 'none', FinanceTotals>;
  byArea: FinanceGroup[];
  byLead: FinanceGroup[];
  /** Per financial year, in year order; "(none)" for lines of a tracker without year columns. */
  byYear: FinanceGroup[];
  /** True when any line has a forecast (or delivered) figure. */
  hasForecast: boolean;
  units: UnitNote[];
}
