import type { Grid } from '../../src/plan/core/grid';
import { loadWorkbook } from '../../src/xlsx/readWorkbook';

/**
 * Every sheet of a workbook as a Grid. The one place the fidelity run reads a file: when the
 * workbook reader is replaced, repoint this call and nothing else.
 */
export async function gridsOf(file: string): Promise<Grid[]> {
  return (await loadWorkbook(file)).grids;
}
