import { problem, toExcelProblem } from './problem';
import { supportInfo } from './support';

/**
 * Excel.run with the adapter's conventions: waits for the user to leave cell-edit mode where the
 * host can, and turns every failure into an ExcelProblem.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw problem('unsupported', 'Excel is not available here');
  }
  try {
    if (supportInfo().delayForCellEdit) return await Excel.run({ delayForCellEdit: true }, batch);
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelProblem(error);
  }
}
