/**
 * One row, several stacked actions: the row's money is counted once. The figures are what a
 * finance lead adds up by hand from the sheet below.
 */
import { readPlans, summarise } from '../../../src/plan';
import { stackedMoney } from '../../../src/plan/rows/stackedMoney';
import { buildSheets } from '../../../src/report/buildSheets';
import { gridOf } from '../gridOf';

const asOf = '2024-10-01';

describe('a stacked row counts its money once', () => {
  const grid = gridOf(
    [
      ['Area', 'Savings proposal', 'Lead', 'Timescale', 'RAG', 'Target £', 'Forecast £'],
      // Three proposals, one figure for the row: £300k target, £250k forecast, not three times.
      [
        'Adults',
        'Review care packages\nExtend reablement\nCut agency spend',
        'Head of Adults',
        '31/03/2025',
        'Amber',
        300_000,
        250_000,
      ],
      // Two proposals, a figure on each line: each line its own.
      [
        'Place',
        'LED street lighting\nParking charges',
        'Head of Place',
        '31/03/2025',
        'Green',
        '40,000\n60,000',
        '40,000\n55,000',
      ],
      ['Resources', 'Close one office', 'Head of Resources', '31/03/2025', 'Red', 100_000, 20_000],
      // The tracker's own totals: 300 + 40 + 60 + 100 = 500; 250 + 40 + 55 + 20 = 365.
      ['Total', '', '', '', '', 500_000, 365_000],
    ],
    { sheet: 'Savings' }
  );
  const [plan] = readPlans(grid, { asOf });
  const summary = summarise([plan], { asOf });

  it('gives the row figure to the first stacked action only', () => {
    expect(plan.actions.map((a) => [a.row, a.line, a.savings, a.forecast])).toEqual([
      [2, 1, 300_000, 250_000],
      [2, 2, null, null],
      [2, 3, null, null],
      [3, 1, 40_000, 40_000],
      [3, 2, 60_000, 55_000],
      [4, 1, 100_000, 20_000],
    ]);
  });

  it('totals £500k target and £365k forecast everywhere, and the totals row adds up', () => {
    expect(summary.money).toMatchObject({ target: 500_000, forecast: 365_000 });
    // At risk: Amber £300k and Red £100k.
    expect(summary.money.atRisk).toBe(400_000);
    expect(summary.byArea.map((g) => [g.key, g.money.target])).toEqual([
      ['Adults', 300_000],
      ['Place', 100_000],
      ['Resources', 100_000],
    ]);
    expect(summary.finance.totals).toMatchObject({
      target: 500_000,
      forecast: 365_000,
      shortfall: 135_000,
      lines: 4,
    });
    expect(plan.findings.filter((f) => f.code === 'totals-mismatch')).toEqual([]);
  });

  it("the Savings sheet's total row is the sum of the lines it lists", () => {
    const sheet = buildSheets(summary, [plan], {
      refreshedAt: '2024-10-01T09:00:00',
      source: "'Savings'!A1:G5",
    }).find((s) => s.key === 'savings');
    const rows = sheet?.values ?? [];
    const head = rows.findIndex((r) => r[0] === 'Savings line');
    const total = rows.findIndex((r, i) => i > head && r[0] === 'Total');
    const lines = rows.slice(head + 1, total);
    const sum = (i: number) => lines.reduce((n, r) => n + Number(r[i] ?? 0), 0);
    expect(lines).toHaveLength(4);
    expect([sum(5), sum(6), sum(7)]).toEqual([500_000, 365_000, 135_000]);
    expect(rows[total].slice(5, 8)).toEqual([500_000, 365_000, 135_000]);
  });
});

describe('stackedMoney: whose figure it is', () => {
  it.each([
    [1, 0, 1, 'whole'],
    [1, 0, 3, 'whole'],
    [1, 2, 3, 'none'],
    [0, 1, 2, 'none'],
    [3, 2, 3, 'own-line'],
    [2, 2, 3, 'own-line'],
  ] as const)('a cell of %i lines, line %i of %i: %s', (cellLines, index, count, want) => {
    expect(stackedMoney(cellLines, index, count)).toBe(want);
  });
});
