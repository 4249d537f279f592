import type { Choices, Grid } from '../plan';
import type { OurSheet } from '../report/pipeline';
import type { OwnedKey } from '../report/sheetSpec';
import {
  loadWorkbook,
  ownedSheetNames,
  readChoices,
  worksheetsOf,
  type XlsxPackage,
} from '../xlsx';
import { UsageError } from './errors';

export interface PlanSheets {
  pkg: XlsxPackage;
  /** Every sheet's grid, ours included (the history and the Key sheet are read from them). */
  grids: Grid[];
  /** RAG Plan's own sheets (summaries, history): never read as plans. */
  ours: Set<string>;
  /** RAG Plan's own sheets by key, with their cells as they are now. */
  ourSheets: OurSheet[];
  /** The sheet RAG Plan keeps its history on (by its name RagPlan_History), or null. */
  historySheet: string | null;
  /** The grids to read plans from: the one named by --sheet, else every sheet that is not ours. */
  chosen: Grid[];
  /** The choices the pane kept in the workbook (plans pointed at, columns chosen, plans picked). */
  choices: Choices;
  /** One line naming a kept part of choices that could not be read, or null. */
  choicesProblem: string | null;
}

/** A workbook read for check, refresh and diff alike; --sheet naming no sheet is a usage error that lists them. */
export async function loadPlanSheets(file: string, sheet: string | undefined): Promise<PlanSheets> {
  const { pkg, grids } = await loadWorkbook(file);
  const owned = ownedSheetNames(pkg, grids);
  const ours = new Set(owned.values());
  const ourSheets = [...owned].flatMap(([key, name]: [OwnedKey, string]) => {
    const grid = grids.find((g) => g.sheet === name);
    return grid ? [{ key, sheet: name, grid }] : [];
  });
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
  const kept = readChoices(pkg);
  return {
    pkg,
    grids,
    ours,
    ourSheets,
    historySheet: owned.get('history') ?? null,
    chosen,
    choices: kept.choices,
    choicesProblem: kept.problem,
  };
}
