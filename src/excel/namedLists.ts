/**
 * The workbook's defined names, by the sheet their range is on, as findPlanSources reads them
 * (no extra sync): each Grid carries its sheet's names. Office.js gives no way to list a sheet's
 * data validations, so the ranges a drop-down uses are known here only as named one-column lists
 * on hidden sheets, the usual home of a template's drop-down lists; the .xlsx reader, which sees
 * the validations themselves, knows them all.
 */
import { rangeRefsIn, type CellRange, type GridName } from '../plan';

/** Names seen by the last findPlanSources, by sheet. */
export const nameCache = new Map<string, GridName[]>();

/** Keeps the names of the ranges they refer to, by sheet ("=Lists!$A$2:$A$9" -> Lists). */
export function rememberNames(items: { name: string; formula?: string }[]): void {
  nameCache.clear();
  for (const item of items) {
    if (!item.formula || item.name.startsWith('_xl') || item.name.startsWith('RagPlan_')) continue;
    for (const ref of rangeRefsIn(item.formula.replace(/^=/, ''))) {
      if (ref.sheet === null) continue;
      const list = nameCache.get(ref.sheet) ?? [];
      list.push({ name: item.name, range: ref.range });
      nameCache.set(ref.sheet, list);
    }
  }
}

/** A sheet's names, and on a hidden sheet the named one-column lists as the drop-downs' sources. */
export function namesOfSheet(
  sheet: string,
  hidden: boolean
): { names?: GridName[]; listSources?: CellRange[] } {
  const names = nameCache.get(sheet);
  if (!names) return {};
  const lists = hidden
    ? names.map((n) => n.range).filter((r) => r.left === r.right && r.bottom > r.top)
    : [];
  return lists.length ? { names, listSources: lists } : { names };
}
