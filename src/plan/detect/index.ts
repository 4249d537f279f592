// Finding plans on a grid: header rows, regions, what each column holds and why.
export { mapColumns } from './columns';
export type { ColumnMap } from './columns';
export { findRegions, isNoteRow, isTotalLabel, sheetRegions } from './regions';
export type { PassedOver, Region, SheetRegions, Stop, StopWhy } from './regions';
export type { NotPlanReason } from './judge';
export { isExampleText, isGuidanceRow } from './exampleRows';
