import { a1, type SheetCell } from '../plan';
import { ExcelProblem } from './problem';
import { runExcel } from './run';

/** Activates the cell's sheet and selects the cell (one sync). */
export async function selectCell(cell: SheetCell): Promise<void> {
  const address = a1(cell.row, cell.col);
  try {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    if (error instanceof ExcelProblem && error.code === 'ItemNotFound') {
      throw new ExcelProblem(
        'other',
        `The sheet "${cell.sheet}" or cell ${address} is no longer in this workbook.`,
        error.code
      );
    }
    throw error;
  }
}
