/**
 * Whose money a figure is when one row stacks several actions (one per line of the action cell).
 * A row's money is counted once: where the money cell has a line per action each line reads its
 * own figure; a single figure (a number, or one line of text) is the row's, and goes to the first
 * line only, never to every line (three stacked actions beside £300k are £300k, not £900k).
 * The one home of the rule: the row reader (Action.savings, .forecast) and the finance step
 * (savings lines, totals) both ask it.
 */
export type StackedMoney = 'whole' | 'own-line' | 'none';

/**
 * How line `index` (from 0) of `count` stacked actions reads a money cell holding `cellLines`
 * lines: the whole cell, its own line, or nothing.
 */
export function stackedMoney(cellLines: number, index: number, count: number): StackedMoney {
  if (count <= 1) return 'whole';
  if (cellLines > 1) return 'own-line';
  return index === 0 ? 'whole' : 'none';
}
