import { type Finding, formatPounds, type PlanFinance, savingsCell } from '../core';

/**
 * Savings written in an action's text while the tracker has a savings column and the line's cell
 * is empty: the figure is not counted until it is in the column.
 */
export function checkProseSavings(finance: PlanFinance): Finding[] {
  if (!finance.columns.some((c) => c.kind === 'target')) return [];
  const out: Finding[] = [];
  for (const l of finance.lines) {
    if (l.prose === null || l.target !== null || l.targetFrom === 'prose') continue;
    out.push({
      severity: 'warning',
      code: 'savings-in-prose',
      message: `The action text speaks of savings of ${formatPounds(l.prose)} but the savings cell is empty, so they are not counted. Put the figure in the savings column.`,
      cell: savingsCell(l, 'action') ?? savingsCell(l, 'target'),
    });
  }
  return out;
}
