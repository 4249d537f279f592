import {
  type Finding,
  findingOf,
  formatPounds,
  sameAmount,
  type MoneyColumn,
  type PlanFinance,
  type TotalsRow,
  type FindingParams,
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
      out.push(
        findingOf(
          figure.cell,
          'totals-mismatch',
          said(total, figure.pounds, sectionSum, section, column)
        )
      );
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

/** What the message says: the figures, the rows added and the difference. */
function said(
  total: TotalsRow,
  given: number,
  added: number,
  lines: { row: number }[],
  column: MoneyColumn
): FindingParams<'totals-mismatch'> {
  const diff = given - added;
  const rows =
    lines.length === 1
      ? `row ${lines[0].row}`
      : `rows ${lines[0].row} to ${lines[lines.length - 1].row}`;
  return {
    label: total.label,
    given: formatPounds(given),
    column: column.header || column.kind,
    lines: lines.length,
    rows,
    added: formatPounds(added),
    difference: formatPounds(Math.abs(diff)),
    more: diff > 0,
  };
}

function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}
