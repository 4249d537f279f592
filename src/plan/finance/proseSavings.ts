import { type Finding, findingOf, formatPounds, type PlanFinance, savingsCell } from '../core';

/**
 * Savings written in an action's text while the tracker has a savings column and the line's cell
 * is empty: the figure is not counted until it is in the column.
 */
export function checkProseSavings(finance: PlanFinance): Finding[] {
  if (!finance.columns.some((c) => c.kind === 'target')) return [];
  const out: Finding[] = [];
  for (const l of finance.lines) {
    if (l.prose === null || l.target !== null || l.targetFrom === 'prose') continue;
    const cell = savingsCell(l, 'action') ?? savingsCell(l, 'target');
    out.push(findingOf(cell, 'savings-in-prose', { pounds: formatPounds(l.prose) }));
  }
  return out;
}
