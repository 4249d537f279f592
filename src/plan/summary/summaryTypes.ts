import type { FinanceSummary } from './financeSummaryTypes';
import type { DimensionCounts, SpendTotals } from './spendAndDimensions';
import type { Action, IsoDate, Rag, Severity, SheetRange, State } from '../core';

/** Counts by RAG; 'none' counts actions with no rating. */
export type RagCounts = Record<Rag | 'none', number> & { total: number };

export type StateCounts = Record<State, number> & { total: number };

/** Pounds. "At risk" is savings on red, red-amber and amber actions. */
export interface Money {
  target: number;
  /** Sum of forecasts where the plan gives them; null when it has no forecast column. */
  forecast: number | null;
  atRisk: number;
  byRag: Record<Rag | 'none', number>;
  /** Actions that carry a savings figure. */
  lines: number;
}

/** One row of "RAG by area" or "RAG by lead". */
export interface Group {
  /** Area or lead as written; "(none)" for actions without one. */
  key: string;
  rag: RagCounts;
  states: StateCounts;
  money: Money;
}

export interface DatedAction {
  action: Action;
  /** Days past due (overdue list) or days until due (due-soon list). */
  days: number;
}

export interface QualityCounts {
  bySeverity: Record<Severity, number>;
  /** Findings per code, most frequent first. */
  byCode: { code: string; severity: Severity; count: number }[];
  /** Actions with at least one finding on one of their cells. */
  actionsWithFindings: number;
}

export interface Summary {
  asOf: IsoDate;
  dueSoonDays: number;
  /** Where the plans summarised are. */
  sources: SheetRange[];
  actions: number;
  rag: RagCounts;
  states: StateCounts;
  /** Complete actions as a share of those not cancelled, 0..100, one decimal (state.ts, completePercent). */
  completePercent: number;
  byArea: Group[];
  byLead: Group[];
  /** Most overdue first. */
  overdue: DatedAction[];
  /** Soonest first. */
  dueSoon: DatedAction[];
  money: Money;
  /** True when any action carries a savings or forecast figure. */
  hasMoney: boolean;
  /** Savings lines with target, forecast and shortfall, and their totals: the finance lead's view. */
  finance: FinanceSummary;
  /** The other ratings kept beside each action's RAG (Time, Cost, Spend ...), counted; empty when none. */
  byDimension: DimensionCounts[];
  /** Spend totals (budget, actual, forecast, variance); null when no action carries spend. */
  spend: SpendTotals | null;
  quality: QualityCounts;
}
