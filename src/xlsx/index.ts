/**
 * The file adapter's one public face: reading a workbook file into Grids without a workbook
 * model, and refreshing its summary sheets by package surgery. The CLI imports only this.
 */
export { RagPlanFileError } from './fileError';
export { loadWorkbook, readWorkbook, worksheetsOf, type LoadedWorkbook } from './readWorkbook';
export { workbookTitle, type XlsxPackage, type PackageSheet } from './package';
export {
  ownedSheetNames,
  refreshPackage,
  type RefreshedBytes,
  type FlagRequest,
} from './refreshWorkbook';
export type { FlagResult } from './parts/flagInPlace';
export { lockForWriting, writeFileSafely, type FileLock } from './safeWrite';
export { newSummaryWorkbook, newWorkbook, withSheetsAdded } from './withSheets';
export { readChoices } from './readChoices';
