/**
 * The two writers, loaded when first asked to write: showing a plan never writes, and the writers
 * (with the cell content they queue) would be a tenth of the pane's first load. The summary
 * sheets' writer shares its chunk with the layouts (addin/refreshWork.ts), the new plan's with its
 * reader (addin/newPlanWork.ts), so each is one fetch.
 */
import type { SheetLayout, SheetSpec } from '../report/sheetSpec';
import type { NewSheetsResult } from './newSheets';
import type { WriteOptions, WriteResult } from './types';

/** See write.ts. */
export async function writeSummarySheets(
  specs: SheetSpec[],
  options: WriteOptions = {}
): Promise<WriteResult> {
  const writer = await import(/* webpackChunkName: "write" */ './write');
  return writer.writeSummarySheets(specs, options);
}

/** See newSheets.ts. */
export async function writeNewSheets(
  build: (taken: string[]) => SheetLayout[]
): Promise<NewSheetsResult> {
  const writer = await import(/* webpackChunkName: "newplan" */ './newSheets');
  return writer.writeNewSheets(build);
}
