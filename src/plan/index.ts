// The engine's one public face: what the report, the adapters, the surfaces and the tests may use.
export {
  FIELDS,
  RAGS,
  STATES,
  a1,
  cellText,
  columnLetters,
  defaultOptions,
  displayDate,
  displayDateTime,
  formatPounds,
  isIsoDate,
  isoToSerial,
  parseA1,
  parseRange,
  planKey,
  quoteSheet,
  rangeA1,
  shorten,
  sortFindings,
  splitRef,
  todayIso,
} from './core';
export type {
  Action,
  BlueMeaning,
  CellIcon,
  CellRange,
  CellValue,
  CheckOptions,
  Column,
  ColumnFigure,
  ColumnOverrides,
  Field,
  Finding,
  Grid,
  GridTable,
  IsoDate,
  MoneyColumn,
  Plan,
  PlanFinance,
  Rag,
  SavingsLine,
  Severity,
  State,
} from './core';
export {
  NO_RAG_LABEL,
  RAG_FILL,
  applyTint,
  iconCount,
  iconGrid,
  isIconSetName,
  ragLabel,
  workbookKey,
} from './read';
export type { IconSetRule, IconThreshold, ThresholdType } from './read';
export { FINANCE_CODES } from './finance';
export { COMPLETE_SHARE_NOTE, readPlans } from './judge';
export { summarise, summariseFinance } from './summary';
export type {
  DatedAction,
  FinanceSummary,
  FinanceTotals,
  Group,
  RagCounts,
  Summary,
} from './summary';
export { changeCount, changesBetweenPlans, refreshHistory } from './history';
export type {
  AreaDirection,
  ChangedAction,
  Changes,
  ChangesEnd,
  DueMove,
  HistoryView,
  RagMove,
  SnapAction,
  Snapshot,
  TravelDirection,
  TrendPoint,
} from './history';
