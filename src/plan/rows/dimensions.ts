/**
 * The other ratings of an action (Time, Cost, Quality beside Overall; Spend beside Delivery) and
 * its spend (budget, actual, forecast, variance): read per row, never as its RAG nor its savings.
 */
import { isCellError, type Action } from '../core';
import { readMoney } from '../read';
import { addFinding, cellTextAt, type RowContext } from './context';
import { ragAt, type LineAt } from './fields';

/** Each dimension's rating on the line's row, left to right (null where the cell is blank). */
export function dimensionsAt(ctx: RowContext, at: LineAt): Action['dimensions'] {
  if (ctx.dimensions.length === 0) return undefined;
  return ctx.dimensions.map((c) => ({
    dimension: c.dimension as string,
    rag: ragAt(ctx, at, c.col, cellTextAt(ctx, at.row, c.col)).rag,
  }));
}

/** The row's spend in pounds, each figure scaled by its header's unit; counted on the row's first line only. */
export function spendAt(ctx: RowContext, at: LineAt): Action['spend'] {
  if (ctx.spend.length === 0 || at.i > 0) return undefined;
  const out: NonNullable<Action['spend']> = {};
  for (const s of ctx.spend) {
    const raw = ctx.reader.value(at.row, s.col);
    if (raw === null || raw === '' || isCellError(raw)) continue;
    const r = readMoney(raw, s.unit);
    if (r.value !== null) out[s.kind] = r.value;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Said once per plan, at the header: which rating is the RAG and what the others rate, and that a
 * meeting or review date is read as the timescale only because the plan has no deadline.
 */
export function noteChoices(ctx: RowContext, headerRow: number): void {
  const rag = ctx.col.get('rag');
  if (ctx.dimensions.length && rag !== undefined && ctx.ragPeriods.length === 0) {
    addFinding(ctx, headerRow, rag, 'rag-dimensions', {
      chosen: ctx.ragHeader ?? cellTextAt(ctx, headerRow, rag),
      others: ctx.dimensions.map((c) =>
        c.header === c.dimension ? c.header : `${c.header} (${c.dimension})`
      ),
    });
  }
  const date = ctx.notDeadline;
  if (date !== undefined)
    addFinding(ctx, headerRow, date.col, 'date-not-deadline', { header: date.header });
}
