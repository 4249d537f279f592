// Summaries of the plans read: counts by RAG, state, area and lead, overdue and due-soon lists, savings totals.
export { summariseFinance } from './financeSummary';
export type { FinanceSummary, FinanceTotals } from './financeSummaryTypes';
export { summarise } from './summarise';
export type { DatedAction, Group, RagCounts, Summary } from './summaryTypes';
export { ragByDimension, spendTotals } from './spendAndDimensions';
export type { DimensionCounts, SpendTotals } from './spendAndDimensions';
