import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import { SHEET_TITLES } from '../report/buildSheets';
import type { SheetKey } from '../report/sheetSpec';
import { allOwnedSheetNames } from '../xlsx/ownership';
import { definedNamesOf, ownerNamesFromFile } from '../xlsx/writeDefinedNames';

/** RAG Plan's own sheets in a loaded file (summaries, history): never read as plans. */
export async function ownSheets(file: string, workbook: ExcelJS.Workbook): Promise<Set<string>> {
  // The names as the file has them: ExcelJS loses scopes and mangles formulas (writeDefinedNames.ts).
  ownerNamesFromFile(workbook, await definedNamesOf(await fs.readFile(file)));
  const keys = Object.keys(SHEET_TITLES) as SheetKey[];
  return allOwnedSheetNames(
    workbook,
    keys.map((key) => ({ key, values: [[SHEET_TITLES[key]]] })),
  );
}
