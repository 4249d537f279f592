import {
  POUNDS,
  type Action,
  type Field,
  type Plan,
  sameAmount,
  type MoneyColumn,
  type MoneyKind,
  type PlanFinance,
  type SavingsLine,
} from '../core';
import { unitFromHeader } from '../read';

/** Target − forecast when both are known; else the tracker's own figure; else unknown. */
export function workOutShortfall(
  target: number | null,
  forecast: number | null,
  given: number | null
): Pick<SavingsLine, 'shortfall' | 'shortfallFrom'> {
  if (target !== null && forecast !== null) {
    const worked = Math.round((target - forecast) * 100) / 100 || 0;
    const agrees = given !== null && (sameAmount(given, worked) || sameAmount(given, -worked));
    return { shortfall: worked, shortfallFrom: agrees ? 'given' : 'worked-out' };
  }
  if (given !== null) return { shortfall: given, shortfallFrom: 'given' };
  return { shortfall: null, shortfallFrom: null };
}

type LineFigures = Pick<
  SavingsLine,
  'year' | 'target' | 'forecast' | 'givenShortfall' | 'targetFrom' | 'prose' | 'unit' | 'cols'
>;

/** A savings line of an action: its area, title, lead and RAG, with one year's figures. */
export function savingsLine(action: Action, figures: LineFigures): SavingsLine {
  return {
    sheet: action.sheet,
    row: action.row,
    line: action.line,
    area: action.area,
    title: action.action ?? action.objective,
    lead: action.lead,
    rag: action.rag,
    ...figures,
    ...workOutShortfall(figures.target, figures.forecast, figures.givenShortfall),
  };
}

const KINDS: [Field, MoneyKind][] = [
  ['savings', 'target'],
  ['forecast', 'forecast'],
];

/**
 * The finance of a plan read before money had its own step: one line per action with a savings or
 * forecast figure, in the units their headers name. No totals rows, no per-year columns.
 */
export function financeFromActions(plan: Plan): PlanFinance {
  const header = plan.columns.find((c) => c.field === 'savings')?.header;
  const unit = (header !== undefined && unitFromHeader(header)) || POUNDS;
  const lines: SavingsLine[] = [];
  for (const a of plan.actions) {
    if (a.savings === null && a.forecast === null) continue;
    const fromColumn = a.cols.savings !== undefined && a.savings !== null;
    lines.push(
      savingsLine(a, {
        year: null,
        target: a.savings,
        forecast: a.forecast,
        givenShortfall: null,
        targetFrom: a.savings === null ? null : fromColumn ? 'column' : 'prose',
        prose: null,
        unit: fromColumn ? unit : POUNDS,
        cols: {
          target: a.cols.savings,
          forecast: a.cols.forecast,
          action: a.cols.action,
          rag: a.cols.rag,
        },
      })
    );
  }
  const columns: MoneyColumn[] = [];
  for (const [field, kind] of KINDS) {
    const c = plan.columns.find((x) => x.field === field);
    if (!c) continue;
    const columnUnit = unitFromHeader(c.header);
    const figures = lines.flatMap((l) => {
      const col = l.cols[kind];
      const pounds = kind === 'target' ? l.target : l.forecast;
      if (col === undefined || pounds === null || (kind === 'target' && l.targetFrom !== 'column'))
        return [];
      const cell = { sheet: l.sheet, row: l.row, col };
      return [
        { row: l.row, cell, pounds, unit: columnUnit ?? POUNDS, unitFrom: 'column' as const },
      ];
    });
    columns.push({ kind, year: null, header: c.header, col: c.col, unit: columnUnit, figures });
  }
  return { lines, columns, totals: [] };
}
