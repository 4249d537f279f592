import { problem, toExcelProblem } from './problem';
import { supportInfo } from './support';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What Undo does to a change: takes it all back, takes it back a sync at a time, or cannot. */
export type UndoOutcome = 'one-step' | 'in-parts' | 'none';

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
    if (error instanceof UngroupedNeeded) throw error;
    throw toExcelProblem(error);
  }
}

/**
 * Thrown by a grouped batch before it has changed anything, when it finds it must change
 * something Excel cannot undo on this platform (hiding a sheet on Windows and Mac): grouped, that
 * would fail with UndoNotSupported after part of the change was made, so it is run ungrouped.
 */
export class UngroupedNeeded extends Error {
  constructor() {
    super('This change cannot be one undo step here.');
    this.name = 'UngroupedNeeded';
  }
}

/**
 * A change the user should be able to undo in one step: run with mergeUndoGroup where the host
 * has it (ExcelApi 1.20), else as it is, a sync an undo entry. When the batch asks for it
 * (UngroupedNeeded), or Excel answers UndoNotSupported, the change is run again ungrouped — the
 * writers clear what they own first, so running twice gives the same workbook. `grouped` says
 * which it was; the batch is told, so it can refuse the group before changing anything.
 */
export async function runAsOneUndoStep<T>(
  batch: (context: Excel.RequestContext, grouped: boolean) => Promise<T>
): Promise<{ value: T; grouped: boolean }> {
  const ungrouped = async () => ({
    value: await runExcel((context) => batch(context, false)),
    grouped: false,
  });
  if (!supportInfo().undoGroups) return ungrouped();
  try {
    const value = await runExcel((context) => batch(context, true), { mergeUndoGroup: true });
    return { value, grouped: true };
  } catch (error) {
    if (error instanceof UngroupedNeeded || toExcelProblem(error).code === 'UndoNotSupported')
      return ungrouped();
    throw error;
  }
}
