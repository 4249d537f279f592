import { cellTextAt, type RowContext } from './context';
import { filledCells, hasMergedCell } from './skip';

/** The row's own text in a field's column: empty when merged from above or blank. */
function ownText(ctx: RowContext, row: number, col: number | undefined): string {
  if (col === undefined || ctx.reader.isMergedFromAbove(row, col)) return '';
  return cellTextAt(ctx, row, col);
}

/**
 * A numbered recommendation (or objective) written on a row of its own with its action cell still
 * empty, in a plan that has an action column: an action not written yet, when no row below is
 * grouped under it (the next row holding anything starts its own objective, or there is none). A
 * new plan's rows are these until the officer writes the actions. A row whose objective the rows
 * below carry (merged over them, or left blank under it) is their heading, as before; so is one
 * with no reference of its own (lists of outcomes on a look-up sheet are not plans' rows).
 */
export function awaitingAction(ctx: RowContext, row: number): boolean {
  const c = ctx.col.get('objective');
  if (c === undefined || !ctx.col.has('action')) return false;
  if (!ownText(ctx, row, c) || !ownText(ctx, row, ctx.col.get('ref'))) return false;
  for (let r = row + 1; r <= ctx.region.bottom; r++) {
    if (filledCells(ctx, r).length === 0 && !hasMergedCell(ctx, r)) continue;
    if (ctx.reader.isMergedFromAbove(r, c)) return false;
    return cellTextAt(ctx, r, c) !== '';
  }
  return true;
}
