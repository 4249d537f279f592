import { ragFromFill, ragOfIcon } from '../read';
import type { Rag } from '../core';
import { type RowContext, cellTextAt } from './context';

/** A row's ratings over the periods of a table with one RAG column per period (Q1, Q2, Q3 ...). */
export interface PeriodRags {
  /** The latest period's column that holds a rating (word, fill or traffic-light icon): the current RAG. */
  current: number | undefined;
  /** Earlier periods' ratings, oldest first. */
  history: { period: string; rag: Rag }[];
}

export function periodRags(ctx: RowContext, row: number): PeriodRags {
  let current: number | undefined;
  const rated: { period: string; rag: Rag; col: number }[] = [];
  for (const c of ctx.ragPeriods) {
    const text = cellTextAt(ctx, row, c.col);
    const rag =
      ragOfIcon(ctx.reader.icon(row, c.col)) ??
      (text ? ctx.read.rag(text).value : ragFromFill(ctx.reader.fill(row, c.col)));
    if (text || rag) current = c.col;
    if (rag) rated.push({ period: c.period ?? c.header, rag, col: c.col });
  }
  const history = rated
    .filter((r) => r.col !== current)
    .map(({ period, rag }) => ({ period, rag }));
  return { current, history };
}
