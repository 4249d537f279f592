/**
 * How far a totals row may be from its lines (src/plan/finance/totalsRow.ts, PENNIES in
 * core/pounds.ts; the meaning of totals-mismatch in docs/report-format.md): less than £1 is
 * rounding and passes; £1 or £500 off is flagged. Guards against the tolerance being widened
 * (every other test's mismatch is £2,000 or more).
 */
import { checkFinance } from '../../../src/plan/finance';
import type { MoneyColumn, PlanFinance } from '../../../src/plan';
import { cellAt } from '../../cellText';

const POUNDS = { label: '£', scale: 1 };

/** Target in C: lines on rows 5 to 7 (£120,000.40 + £80,000.35 + £49,999.25 = £250,000.00), the total on row 8. */
function withTotal(total: number): PlanFinance {
  const target: MoneyColumn = {
    kind: 'target',
    year: null,
    header: 'Target £',
    col: 3,
    unit: POUNDS,
    figures: [
      [5, 120_000.4],
      [6, 80_000.35],
      [7, 49_999.25],
    ].map(([row, pounds]) => ({
      row,
      cell: cellAt(`'Savings'!C${row}`),
      pounds,
      unit: POUNDS,
      unitFrom: 'column' as const,
    })),
  };
  return {
    lines: [],
    columns: [target],
    totals: [
      {
        sheet: 'Savings',
        row: 8,
        label: 'Total',
        figures: [{ col: 3, cell: cellAt(`'Savings'!C8`), pounds: total }],
      },
    ],
  };
}

const messages = (total: number) => checkFinance(withTotal(total)).map((f) => f.message);

describe('a totals row is checked to the pound', () => {
  test('£1 over its lines is flagged, with the difference', () => {
    expect(messages(250_001)).toEqual([
      'The "Total" row gives £250,001 for Target £, but the 3 lines above it (rows 5 to 7) add up to £250,000: the total is £1 more. Correct the total or the lines.',
    ]);
  });

  test('£500 under its lines is flagged', () => {
    expect(messages(249_500)).toEqual([
      'The "Total" row gives £249,500 for Target £, but the 3 lines above it (rows 5 to 7) add up to £250,000: the total is £500 less. Correct the total or the lines.',
    ]);
  });

  test.each([250_000, 250_000.99, 249_999.01])(
    'a total of £%d is within a pound of £250,000 (rounding) and passes',
    (total) => {
      expect(messages(total)).toEqual([]);
    }
  );
});
