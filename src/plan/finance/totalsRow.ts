import {
  type Finding,
  formatPounds,
  sameAmount,
  type MoneyColumn,
  type PlanFinance,
  type TotalsRow,
} from '../core';

/**
 * A totals row that does not equal the sum of its lines: each figure is compared with the lines
 * since the previous totals row in its column (a subtotal) and with every line above (a grand
 * total); it passes when it matches either.
 */
export function checkTotals(finance: PlanFinance): Finding[] {
  const columns = new Map(finance.columns.map((c) => [c.col, c]));
  const out: Finding[] = [];
  for (const total of finance.totals) {
    for (const figure of total.figures) {
      const column = columns.get(figure.col);
      if (!column) continue;
      const from = previousTotalRow(finance.totals, total, figure.col);
      const section = column.figures.filter((f) => f.row > from && f.row < total.row);
      if (section.length === 0) continue;
      const sectionSum = sum(section.map((f) => f.pounds));
      const allSum = sum(column.figures.filter((f) => f.row < total.row).map((f) => f.pounds));
      if (sameAmount(figure.pounds, sectionSum) || sameAmount(figure.pounds, allSum)) continue;
      out.push({
        severity: 'error',
        code: 'totals-mismatch',
        message: message(total, figure.pounds, sectionSum, section, column),
        cell: figure.cell,
      });
    }
  }
  return out;
}

function previousTotalRow(totals: TotalsRow[], total: TotalsRow, col: number): number {
  let row = 0;
  for (const t of totals)
    if (t.row < total.row && t.row > row && t.figures.some((f) => f.col === col)) row = t.row;
  return row;
}

function message(
  total: TotalsRow,
  given: number,
  added: number,
  lines: { row: number }[],
  column: MoneyColumn
): string {
  const diff = given - added;
  const rows =
    lines.length === 1
      ? `row ${lines[0].row}`
      : `rows ${lines[0].row} to ${lines[lines.length - 1].row}`;
  return (
    `The "${total.label}" row gives ${formatPounds(given)} for ${column.header || column.kind}, but the ${lines.length} ` +
    `line${lines.length === 1 ? '' : 's'} above it (${rows}) add up to ${formatPounds(added)}: the total is ` +
    `${formatPounds(Math.abs(diff))} ${diff > 0 ? 'more' : 'less'}. Correct the total or the lines.`
  );
}

function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}
