/**
 * The bytes of a workbook after writeSummarySheets: ExcelJS writes the cells, then the summary
 * sheets' charts are added as real Excel charts (chartInject.ts), under the names the sheets were
 * written with.
 */
import type ExcelJS from 'exceljs';
import type { SheetKey, SheetSpec } from '../report/sheetSpec';
import { chartsOf, injectCharts, type InjectResult } from './chartInject';

export interface WorkbookBytes {
  buffer: Buffer;
  charts: InjectResult['added'];
  skipped: InjectResult['skipped'];
}

export async function workbookBytes(workbook: ExcelJS.Workbook, specs: SheetSpec[], written: { key: SheetKey; name: string }[]): Promise<WorkbookBytes> {
  const cells = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const { buffer, added, skipped } = await injectCharts(cells, chartsOf(specs, written));
  return { buffer, charts: added, skipped };
}
