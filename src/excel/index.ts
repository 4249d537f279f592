// The Office.js adapter: everything the task pane and the ribbon command call.
export type { PlanSource, StoredSettings, WriteOptions, WriteProgress, WriteResult } from './types';
export { ExcelProblem, toExcelProblem, type ExcelProblemKind } from './problem';
export { supportInfo, MINIMUM_EXCEL_API, type SupportInfo } from './support';
export type { UndoOutcome } from './run';
export { findPlanSources } from './sources';
export { readGrid, readGrids } from './read';
export { selectCell } from './select';
export { readSelectedRange } from './selection';
export { writeNewSheets, writeSummarySheets } from './writers';
export { setFlagInPlace, readFlagState, type FlagOutcome } from './flag';
export { loadSettings, saveSettings } from './settings';
export { onSheetActivated } from './events';
export { OWNER_NAMES } from './ownership';
export type { LeftOut, NewSheetsResult } from './newSheets';
