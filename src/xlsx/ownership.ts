/**
 * The ownership rule (src/report/ownership.ts) applied to an ExcelJS workbook: which existing
 * sheets are RAG Plan's, read from workbook.definedNames and each sheet's A1.
 */
import type ExcelJS from 'exceljs';
import { holdsTitle, OWNER_NAMES, ownerTarget } from '../report/ownership';
import type { SheetKey, SheetSpec } from '../report/sheetSpec';

/** The sheet name each defined name RagPlan_<Key> marks as ours, when the sheet really is ours. */
export function ownedSheets(workbook: ExcelJS.Workbook, specs: SheetSpec[]): Map<SheetKey, string> {
  const owned = new Map<SheetKey, string>();
  for (const spec of specs) {
    const ws = ownedSheet(workbook, spec);
    if (ws) owned.set(spec.key, ws.name);
  }
  return owned;
}

/** Our sheet for a spec's key, or undefined: the name must be exactly one cell, that sheet's $A$1, whose value is the title. */
export function ownedSheet(workbook: ExcelJS.Workbook, spec: Pick<SheetSpec, 'key' | 'values'>): ExcelJS.Worksheet | undefined {
  const ranges = workbook.definedNames.getRanges(OWNER_NAMES[spec.key]).ranges;
  if (ranges.length !== 1) return undefined;
  const target = ownerTarget(ranges[0]);
  if (!target) return undefined;
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === target.toLowerCase());
  if (!ws) return undefined;
  return holdsTitle(ws.getCell('A1').value, spec as SheetSpec) ? ws : undefined;
}

/** Every sheet the names RagPlan_* mark as ours (for readers that must skip them). */
export function allOwnedSheetNames(workbook: ExcelJS.Workbook, specs: Pick<SheetSpec, 'key' | 'values'>[]): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) {
    const ws = ownedSheet(workbook, spec);
    if (ws) out.add(ws.name);
  }
  return out;
}

/** Drops every cell a defined name covers, so the name disappears from the file. */
export function removeName(workbook: ExcelJS.Workbook, name: string): void {
  const cells: { sheetName: string; address: string; row: number; col: number }[] = [];
  workbook.definedNames.forEach((n, cell) => {
    if (n === name) cells.push(cell as unknown as (typeof cells)[number]);
  });
  // removeEx is public in ExcelJS but missing from its typings.
  const names = workbook.definedNames as unknown as { removeEx(location: unknown, name: string): void };
  for (const cell of cells) names.removeEx(cell, name);
}
