/** Which sheets of a package are ours (a reader skips them): pure, for the CLI's reader and the pane's. */
import type { CellValue, Grid } from '../../plan';
import { SHEET_TITLES } from '../../report/sheetTitles';
import { isOwnedKey, OWNER_NAMES, ownerTarget, ownsSheet } from '../../report/ownership';
import type { OwnedKey, SheetSpec } from '../../report/sheetSpec';
import type { PackageSheet } from '../packageIndex';
import { isOwnerName, readDefinedNames } from './definedNames';

/** Sheet names our workbook-scoped RagPlan_* names mark as ours (report/ownership.ts: ownsSheet). */
export function ownedSheets(
  workbookXml: string,
  sheets: PackageSheet[],
  specs: Pick<SheetSpec, 'key' | 'values'>[],
  a1: (sheet: string) => CellValue
): Map<OwnedKey, string> {
  const names = readDefinedNames(workbookXml).filter(isOwnerName);
  const owned = new Map<OwnedKey, string>();
  for (const spec of specs) {
    if (!isOwnedKey(spec.key)) continue;
    const key = spec.key;
    const name = names.find((n) => n.name.toLowerCase() === OWNER_NAMES[key].toLowerCase());
    const target = ownerTarget(name?.formula);
    const sheet = target
      ? sheets.find((s) => s.kind === 'worksheet' && s.name.toLowerCase() === target.toLowerCase())
      : undefined;
    if (sheet && ownsSheet(a1(sheet.name), spec)) owned.set(key, sheet.name);
  }
  return owned;
}

/** The sheets our RagPlan_* names mark as ours, by key, judged by the A1 of each sheet as read. */
export function ownedSheetsIn(
  workbookXml: string,
  sheets: PackageSheet[],
  grids: Grid[]
): Map<OwnedKey, string> {
  const keys = Object.keys(SHEET_TITLES) as OwnedKey[];
  const specs = keys.map((key) => ({ key, values: [[SHEET_TITLES[key]]] }));
  return ownedSheets(workbookXml, sheets, specs, a1Of(grids));
}

/** Each sheet's A1 as read: what tells our sheet from a user's sheet of the same name. */
export function a1Of(grids: Grid[]): (sheet: string) => CellValue {
  return (sheet) => grids.find((g) => g.sheet === sheet)?.values[0]?.[0] ?? null;
}
