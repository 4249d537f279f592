// Finding plans on a grid: header rows, regions, what each column holds and why.
export { mapColumns } from './columns';
export type { ColumnMap } from './columns';
export { findRegions, isTotalLabel, sheetRegions } from './regions';
export type { PassedOver, Region, SheetRegions } from './regions';
export { isNoteRow } from './tableEnd';
export type { Stop, StopWhy } from './tableEnd';
export type { NotPlanReason } from './judge';
export { isExampleText, isGuidanceRow } from './exampleRows';
export { pointedRegion, withPointed } from './pointed';
