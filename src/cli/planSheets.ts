import type { Grid } from '../plan';
import { loadWorkbook, ownedSheetNames, worksheetsOf, type XlsxPackage } from '../xlsx';
import { UsageError } from './errors';

export interface PlanSheets {
  pkg: XlsxPackage;
  /** Every sheet's grid, ours included (the history and the Key sheet are read from them). */
  grids: Grid[];
  /** RAG Plan's own sheets (summaries, history): never read as plans. */
  ours: Set<string>;
  /** The grids to read plans from: the one named by --sheet, else every sheet that is not ours. */
  chosen: Grid[];
}

/** A workbook read for check, refresh and diff alike; --sheet naming no sheet is a usage error that lists them. */
export async function loadPlanSheets(file: string, sheet: string | undefined): Promise<PlanSheets> {
  const { pkg, grids } = await loadWorkbook(file);
  const ours = ownedSheetNames(pkg, grids);
  const chosen =
    sheet === undefined
      ? grids.filter((g) => !ours.has(g.sheet))
      : grids.filter((g) => g.sheet === sheet);
  if (sheet !== undefined && chosen.length === 0) {
    throw new UsageError(
      `there is no sheet "${sheet}" in '${file}'; its sheets are: ${worksheetsOf(pkg)
        .map((s) => s.name)
        .join(', ')}`
    );
  }
  return { pkg, grids, ours, chosen };
}
