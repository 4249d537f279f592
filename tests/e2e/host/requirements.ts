/**
 * The ExcelApi requirement set each API the fake offers came in, as Microsoft's Office.js
 * reference gives it. A host that claims an older set answers a call to a newer API with
 * ApiNotFound at the sync that carries it, so an adapter that uses an API without checking
 * `Office.context.requirements.isSetSupported` first fails its tests on an older host.
 */
import { fail } from './errors';

export const API_SETS = {
  'Table.showBandedRows': '1.3',
  'Workbook.settings': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.add': '1.4',
  'Workbook.customXmlParts': '1.5',
  'Range.conditionalFormats': '1.6',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Worksheet.onActivated': '1.7',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.tabColor': '1.7',
  'NamedItem.formula': '1.7',
  'Range.hyperlink': '1.7',
  'Range.dataValidation': '1.8',
  'ChartAxis.numberFormat': '1.8',
  'Range.getCellProperties': '1.9',
  'Worksheet.pageLayout': '1.9',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  'RunOptions.delayForCellEdit': '1.11',
  'Range.getMergedAreasOrNullObject': '1.13',
  'RunOptions.mergeUndoGroup': '1.20',
} as const;

export type Api = keyof typeof API_SETS;

/** The newest ExcelApi set Microsoft has released that the fake knows of; a host claims it by default. */
export const NEWEST_EXCEL_API = '1.20';

/** True when requirement set `have` includes version `want` ("1.9" <= "1.13"). */
export function includes(have: string, want: string): boolean {
  const [hMajor, hMinor = 0] = have.split('.').map(Number);
  const [wMajor, wMinor = 0] = want.split('.').map(Number);
  return wMajor < hMajor || (wMajor === hMajor && wMinor <= hMinor);
}

/** Fails as Excel does when the host's ExcelApi set lacks `api`. */
export function requireApi(apiVersion: string, api: Api): void {
  if (!includes(apiVersion, API_SETS[api]))
    fail(
      'ApiNotFound',
      `The API you are trying to use could not be found (${api}, ExcelApi ${API_SETS[api]}). It may be available in a newer version of Excel.`
    );
}
