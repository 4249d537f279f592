/**
 * A tidy copy of a plan: the actions the engine read, one row each, in the structure of a new plan
 * (planLayout.ts) with a Source link per row to the cell it came from, and a Key sheet listing the
 * leads as written. Goes beside the original, which is never changed.
 */
import { RAGS, type Grid, type Plan, type Rag } from '../../plan';
import type { SheetLayout } from '../sheetSpec';
import { keyLayout } from './keyLayout';
import { ratingsOffered } from './planColumns';
import { planLayout } from './planLayout';
import { tidyRows } from './tidyRows';

export const TIDY_SHEET = 'Tidy plan';
export const TIDY_TABLE = 'TidyPlan';

export interface TidyOptions {
  /** The sheets' names, free in the workbook. */
  planSheet: string;
  keySheet: string;
}

/** Every lead in the order the plan first names them. */
function leadsOf(plans: readonly Plan[]): string[] {
  const seen = new Map<string, string>();
  for (const p of plans)
    for (const a of p.actions)
      for (const lead of a.leads)
        if (!seen.has(lead.toLowerCase())) seen.set(lead.toLowerCase(), lead);
  return [...seen.values()];
}

function ratingsHeld(plans: readonly Plan[]): Set<Rag> {
  const held = new Set<Rag>();
  for (const p of plans) for (const a of p.actions) if (a.rag) held.add(a.rag);
  return held;
}

export function tidyLayouts(
  plans: readonly Plan[],
  grids: readonly Grid[],
  options: TidyOptions
): SheetLayout[] {
  const held = ratingsHeld(plans);
  const ratings = ratingsOffered(held.has('blue'));
  const key = keyLayout(options.keySheet, ratings, leadsOf(plans));
  const rows = tidyRows(plans, grids);
  const sheets = [...new Set(plans.map((p) => `“${p.sheet}”`))].join(', ');
  const plan = planLayout({
    name: options.planSheet,
    title: `Tidy copy of ${sheets}`,
    guidance: `A row per action, as read from ${sheets}; Source goes to the cell each came from. The original is unchanged.`,
    rows: rows.map((r) => r.values),
    ratings,
    fills: RAGS.filter((r) => ratings.includes(r) || held.has(r)),
    leads: key.leads,
    tableName: TIDY_TABLE,
    sources: rows.map((r) => r.source),
  });
  return [plan, key.layout];
}
