/**
 * Where an action or a savings line is on its sheet: the cell each field was read from, and the one
 * cell every surface jumps to for it ("Go to" on the Overdue and Savings sheets, the pane's lists,
 * the snapshot a refresh keeps), so the sheets and the pane never send a user to different cells.
 */
import type { SheetCell } from './location';
import type { SavingsCell, SavingsLine } from './moneyTypes';
import type { Action, Field } from './types';

/** The cell a field of the action was read from; null when the plan has no such column. */
export function fieldCell(action: Action, field: Field): SheetCell | null {
  const col = action.cols[field];
  return col === undefined ? null : { sheet: action.sheet, row: action.row, col };
}

/**
 * The order an action's "Go to" cell is chosen in: what it is (its action text; the objective where
 * the plan has no action column), when it is due, how it is rated.
 */
const GO_TO_FIELDS: readonly Field[] = ['action', 'objective', 'timescale', 'rag'];

/**
 * The cell to go to for an action: its text, else its objective, else its timescale, else its RAG,
 * else the leftmost cell read from its row, else column A of its row.
 */
export function actionCell(action: Action): SheetCell {
  for (const f of GO_TO_FIELDS) {
    const cell = fieldCell(action, f);
    if (cell) return cell;
  }
  let leftmost = Infinity;
  for (const col of Object.values(action.cols))
    if (col !== undefined && col < leftmost) leftmost = col;
  return { sheet: action.sheet, row: action.row, col: leftmost === Infinity ? 1 : leftmost };
}

/** The cell a savings line read for one of its figures, its action or its RAG; null when none. */
export function savingsCell(line: SavingsLine, kind: SavingsCell): SheetCell | null {
  const col = line.cols[kind];
  return col === undefined ? null : { sheet: line.sheet, row: line.row, col };
}

/** The cell to go to for a savings line: its target figure, else its action, else column A of its row. */
export function lineCell(line: SavingsLine): SheetCell {
  return (
    savingsCell(line, 'target') ??
    savingsCell(line, 'action') ?? { sheet: line.sheet, row: line.row, col: 1 }
  );
}
