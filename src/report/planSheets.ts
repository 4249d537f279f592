/**
 * Which sheets hold plans — the rule every surface shares. Never the add-in's own sheets (named by
 * the writer, or any sheet whose A1 holds one of our titles, such as a copy of Summary), so a
 * summary is never summarised; and, when the user picked plans, only those.
 */
import { planKey, type Grid, type Plan } from '../plan';
import { SHEET_TITLES } from './sheetTitles';

const TITLES = new Set(Object.values(SHEET_TITLES));

/** True for a grid of one of our own sheets. */
export function isOwnGrid(grid: Grid, ownSheets: ReadonlySet<string>): boolean {
  if (ownSheets.has(grid.sheet)) return true;
  if (grid.top !== 1 || grid.left !== 1) return false;
  const a1 = grid.values[0]?.[0];
  return typeof a1 === 'string' && TITLES.has(a1.trim());
}

/** The grids to read plans from. */
export function planGrids(grids: Grid[], ownSheets: Iterable<string>): Grid[] {
  const own = new Set(ownSheets);
  return grids.filter((g) => !isOwnGrid(g, own));
}

/**
 * The plans to summarise: the picked ones when any of them is still there, else every plan (a
 * pick whose plans have all gone would otherwise leave nothing to refresh).
 */
export function pickedPlans(plans: Plan[], picked: readonly string[] | null | undefined): Plan[] {
  if (!picked || picked.length === 0) return plans;
  const wanted = new Set(picked);
  const chosen = plans.filter((p) => wanted.has(planKey(p)));
  return chosen.length > 0 ? chosen : plans;
}
