/**
 * Feature detection. The add-in declares ExcelApi 1.7 as its minimum (hyperlinks, freeze panes,
 * tab colours and named ranges all need 1.7); everything newer is detected at run time and has a
 * fallback:
 * - 1.6  conditional formats (icon sets read as RAG): below the minimum, checked all the same so
 *        a host that lacks them reads numbers without their icons.
 * - 1.8  data validation lists: skipped when missing.
 * - 1.9  getCellProperties (fills with their pattern, so "No Fill" is told from white) and
 *        suspendScreenUpdatingUntilNextSync: fills fall back to per-cell reads (capped), screen
 *        updating is simply not suspended.
 * - 1.11 Excel.run({ delayForCellEdit }): without it a batch in cell-edit mode fails and is
 *        reported as a 'cell-edit' problem.
 * - 1.13 getMergedAreasOrNullObject: without it merges are not reported (the engine still carries
 *        a group's value down over blank cells below it).
 * - 1.20 Excel.run({ mergeUndoGroup }): a refresh is one undo step; without it each sync is one.
 * The platform matters too: Excel on Windows and Mac cannot undo Worksheet.visibility (Microsoft's
 * undo support page), so hiding a sheet there empties the undo list and cannot be grouped.
 */

export const MINIMUM_EXCEL_API = '1.7';

export interface SupportInfo {
  /** Office.js and Excel are there at all, at the minimum requirement set. */
  excel: boolean;
  /** Whole-grid reads with fills through getCellProperties (ExcelApi 1.9). */
  grid: boolean;
  /** Merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Conditional formats, so icon sets are read (ExcelApi 1.6). */
  iconSets: boolean;
  /** Data validation lists (ExcelApi 1.8). */
  validation: boolean;
  /** Screen updating can be suspended while writing (ExcelApi 1.9). */
  suspendScreen: boolean;
  /** Calculation can be suspended while writing (ExcelApi 1.6). */
  suspendCalculation: boolean;
  /** Excel waits for the user to leave cell-edit mode (ExcelApi 1.11). */
  delayForCellEdit: boolean;
  /** A chart axis takes a number format, so a money chart shows pounds (ExcelApi 1.8). */
  chartAxisFormat: boolean;
  /** Office.context.document.settings is there (else workbook.settings is used). */
  documentSettings: boolean;
  /** Excel.run can merge a batch's syncs into one undo step (ExcelApi 1.20). */
  undoGroups: boolean;
  /** Hiding a sheet can be undone: Excel on the web; on Windows and Mac it empties the undo list. */
  hidingUndoable: boolean;
  /** The versions the checks above use, as strings. */
  versions: {
    minimum: string;
    grid: string;
    merges: string;
    validation: string;
    delayForCellEdit: string;
    undoGroups: string;
  };
}

function excelApi(version: string): boolean {
  try {
    return (
      typeof Office !== 'undefined' &&
      Office.context.requirements.isSetSupported('ExcelApi', version)
    );
  } catch {
    return false;
  }
}

export function hasDocumentSettings(): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.document?.settings;
  } catch {
    return false;
  }
}

/** Office.context.platform; an unknown platform is taken as one that cannot undo hiding a sheet. */
function onTheWeb(): boolean {
  try {
    return typeof Office !== 'undefined' && String(Office.context?.platform) === 'OfficeOnline';
  } catch {
    return false;
  }
}

export function supportInfo(): SupportInfo {
  return {
    excel: typeof Excel !== 'undefined' && excelApi(MINIMUM_EXCEL_API),
    grid: excelApi('1.9'),
    merges: excelApi('1.13'),
    iconSets: excelApi('1.6'),
    validation: excelApi('1.8'),
    suspendScreen: excelApi('1.9'),
    suspendCalculation: excelApi('1.6'),
    delayForCellEdit: excelApi('1.11'),
    chartAxisFormat: excelApi('1.8'),
    documentSettings: hasDocumentSettings(),
    undoGroups: excelApi('1.20'),
    hidingUndoable: onTheWeb(),
    versions: {
      minimum: MINIMUM_EXCEL_API,
      grid: '1.9',
      merges: '1.13',
      validation: '1.8',
      delayForCellEdit: '1.11',
      undoGroups: '1.20',
    },
  };
}
