/**
 * The bytes of a workbook after writeSummarySheets: ExcelJS writes the cells, then the summary
 * sheets' charts are added as real Excel charts (chartInject.ts), under the names the sheets were
 * written with, and the file's own defined names are put back as they were (writeDefinedNames.ts).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetKey, SheetSpec } from '../report/sheetSpec';
import { chartsOf, injectChartsInZip, toBuffer, type InjectResult } from './chartInject';
import { restoreNamesInZip, type FileName } from './writeDefinedNames';

export interface WorkbookBytes {
  buffer: Buffer;
  charts: InjectResult['added'];
  skipped: InjectResult['skipped'];
}

/**
 * `originalNames`: the defined names of the file the workbook was loaded from (definedNamesOf);
 * omit it for a workbook made from scratch.
 */
export async function workbookBytes(
  workbook: ExcelJS.Workbook,
  specs: SheetSpec[],
  written: { key: SheetKey; name: string }[],
  originalNames?: FileName[],
): Promise<WorkbookBytes> {
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const { added, skipped } = await injectChartsInZip(zip, chartsOf(specs, written));
  if (originalNames) await restoreNamesInZip(zip, originalNames);
  return { buffer: await toBuffer(zip), charts: added, skipped };
}
