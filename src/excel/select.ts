import { splitRef } from '../plan';
import { ExcelProblem, problem } from './problem';
import { runExcel } from './run';

/** Activates the sheet of "'Sheet name'!E7" and selects the cell (one sync). */
export async function selectCell(ref: string): Promise<void> {
  const parts = splitRef(ref);
  if (!parts) throw problem('other', `"${ref}" does not name a sheet and a cell`);
  try {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(parts.sheet);
      sheet.activate();
      sheet.getRange(parts.address).select();
      await context.sync();
    });
  } catch (error) {
    if (error instanceof ExcelProblem && error.code === 'ItemNotFound') {
      throw new ExcelProblem(
        'other',
        `The sheet "${parts.sheet}" or cell ${parts.address} is no longer in this workbook.`,
        error.code
      );
    }
    throw error;
  }
}
