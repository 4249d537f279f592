import type { Plan } from './types';

/** The header of a plan's column, read or not (empty when the column has none): how choices name it. */
export function columnHeader(plan: Pick<Plan, 'columns' | 'unmapped'>, col: number): string {
  return (
    plan.columns.find((c) => c.col === col)?.header ??
    plan.unmapped.find((c) => c.col === col)?.header ??
    ''
  );
}
