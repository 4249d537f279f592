import { problem, toExcelProblem } from './problem';
import { supportInfo } from './support';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run with the adapter's conventions: waits for the user to leave cell-edit mode where the
 * host can, and turns every failure into an ExcelProblem.
 */
export async function runExcel<T>(
  batch: Batch<T>,
  extra: { mergeUndoGroup?: boolean } = {}
): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw problem('unsupported', 'Excel is not available here');
  }
  const options = {
    ...(supportInfo().delayForCellEdit ? { delayForCellEdit: true } : {}),
    ...extra,
  };
  try {
    if (Object.keys(options).length > 0) return await Excel.run(options as Excel.RunOptions, batch);
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelProblem(error);
  }
}

/**
 * A change the user should be able to undo in one step: run with mergeUndoGroup (hosts without it
 * ignore the option). When Excel answers UndoNotSupported the change is run again without the
 * group — the writers clear what they own first, so running twice gives the same workbook — and
 * the caller is told, so the user hears that Undo works part by part.
 */
export async function runAsOneUndoStep<T>(
  batch: Batch<T>
): Promise<{ value: T; oneUndoStep: boolean }> {
  try {
    return { value: await runExcel(batch, { mergeUndoGroup: true }), oneUndoStep: true };
  } catch (error) {
    if (toExcelProblem(error).code !== 'UndoNotSupported') throw error;
    return { value: await runExcel(batch), oneUndoStep: false };
  }
}
