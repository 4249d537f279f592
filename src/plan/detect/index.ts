// Finding plans on a grid: header rows, regions, what each column holds and why.
export { mapColumns } from './columns';
export type { ColumnMap } from './columns';
export { findRegions, isTotalLabel } from './regions';
export type { Region } from './regions';
export { pointedRegion, withPointed } from './pointed';
