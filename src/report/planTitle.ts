/**
 * How every surface names a plan: the pane, the text report and the sheets. One way everywhere
 * ("Productivity plan, rows 27–33"), so a plan is recognised wherever it is named.
 */
import type { Plan } from '../plan';

/** "Productivity plan, rows 27–33", with the table's name where the plan is an Excel table. */
export function planTitle(plan: Pick<Plan, 'sheet' | 'range' | 'table'>): string {
  const { top, bottom } = plan.range;
  const rows = top === bottom ? `row ${top}` : `rows ${top}–${bottom}`;
  return `${plan.sheet}, ${rows}${plan.table ? ` (table ${plan.table})` : ''}`;
}
