// The domain every stage shares: the grid of cells, cell locations, actions, plans, findings, dates and options.
export {
  a1,
  absoluteRef,
  cellRef,
  columnLetters,
  goToRef,
  columnNumber,
  parseA1,
  parseCellRef,
  parseRange,
  quoteSheet,
  rangeA1,
  rangeRef,
  rowsRef,
} from './address';
export { columnsFor, emptyChoices, mergeChoices, noChoices, samePointed } from './choices';
export type { Choices, PointedPlan } from './choices';
export { cellText, isCellError } from './cellText';
export {
  EXCEL_PHANTOM_LEAP_DAY,
  daysBetween,
  displayDate,
  displayDateTime,
  isIsoDate,
  isoToSerial,
  serialToIso,
  todayIso,
} from './dates';
export {
  FINDING_CODES,
  FINDING_RULES,
  findingOf,
  meaningOf,
  titleOf,
  problemOf,
  severitiesOf,
} from './findingCodes';
export type { FindingArgs, FindingCode, FindingParams } from './findingCodes';
export { quote, sortFindings } from './findings';
export type {
  CellIcon,
  CellRange,
  CellValue,
  Grid,
  GridName,
  GridTable,
  IconSetName,
} from './grid';
export { actionCell, fieldCell, lineCell, savingsCell } from './goTo';
export { columnHeader } from './columnHeader';
export { GridReader } from './gridAccess';
export { splitLines } from './lines';
export { cellRange, sameCell, sheetInWorkbook, workbookSheet } from './location';
export type { CellAt, SheetCell, SheetRange } from './location';
export { maxOf, minOf, pushAll } from './arrays';
export { memo } from './memo';
export { shorten, type CutAt } from './shorten';
export { DEFAULT_SAVINGS_TOLERANCE, POUNDS } from './moneyTypes';
export type {
  ColumnFigure,
  MoneyColumn,
  MoneyKind,
  MoneyUnit,
  PlanFinance,
  SavingsCell,
  SavingsLine,
  TotalsRow,
} from './moneyTypes';
export { defaultOptions, planKey } from './options';
export { formatPounds, sameAmount } from './pounds';
export {
  DATED_KINDS,
  FIELDS,
  RAGS,
  SPEND_KINDS,
  STATES,
  STOPPED_STATES,
  WORD_KINDS,
} from './types';
export type {
  Action,
  BlueMeaning,
  CheckOptions,
  Column,
  SpendColumn,
  SpendKind,
  ColumnChoice,
  ColumnOverrides,
  Direction,
  Field,
  Finding,
  IsoDate,
  Plan,
  Problem,
  Rag,
  RagKey,
  Reading,
  Severity,
  Stage,
  State,
  Timescale,
  TimescaleKind,
} from './types';
export { namesIn, rangeRefsIn, tableRefsIn } from './formulaRefs';
export type { FormulaRef, TableRef } from './formulaRefs';
