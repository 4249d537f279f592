import { GridReader } from '../../../src/plan/core/gridAccess';
import { checkFinance } from '../../../src/plan/finance';
import { normaliseYear, yearGroups, moneySpecs } from '../../../src/plan/rows/moneyColumns';
import { FinanceReader } from '../../../src/plan/rows/readFinance';
import type { Column } from '../../../src/plan';
import { gridOf } from '../gridOf';
import { action } from '../../report/handMade';
import { cellAt, refOf } from '../../cellText';

const col = (field: string, header: string, c: number, year?: string): Column & { year?: string } =>
  ({ field, header, col: c, overridden: false, ...(year ? { year } : {}) }) as Column & {
    year?: string;
  };

const K = '#,##0;(#,##0)';
// A two-year tracker in £'000 with a Total column and a totals row whose forecast is 5 out.
const grid = gridOf(
  [
    [
      'Ref',
      'Saving',
      'RAG',
      "2024/25 Target £'000",
      "2024/25 Forecast £'000",
      "2024/25 Shortfall £'000",
      "2025/26 Target £'000",
      "Total £'000",
    ],
    ['S1', 'Libraries', 'Green', 100, 90, 10, 50, 150],
    ['S2', 'Parking', 'Red', 200, 'TBC', null, 0, 200],
    ['S3', 'Leisure', 'Amber', 'about half', 30, '£1.2m', null, null],
    ['Total', null, null, 300, 95, 10, 50, 350],
  ],
  {
    sheet: 'Savings',
    numberFormats: Array.from({ length: 5 }, () => [null, null, null, K, K, K, K, K]),
  }
);
const columns = [
  col('action', 'Saving', 2),
  col('rag', 'RAG', 3),
  col('savings', "2024/25 Target £'000", 4, '2024/25'),
  col('forecast', "2024/25 Forecast £'000", 5, '2024/25'),
  col('shortfall', "2024/25 Shortfall £'000", 6, '2024/25'),
  col('savings', "2025/26 Target £'000", 7, '2025/26'),
  col('savings', "Total £'000", 8),
];
const cols = { action: 2, rag: 3 }; // B and C
const act = (row: number, title: string, rag: 'green' | 'red' | 'amber') =>
  action(row, { sheet: 'Savings', action: title, rag, cols });

function read() {
  const f = new FinanceReader(new GridReader(grid), columns as Column[]);
  f.addAction(act(2, 'Libraries', 'green'));
  f.addAction(act(3, 'Parking', 'red'));
  f.addAction(act(4, 'Leisure', 'amber'));
  f.addTotals(5, 'Total');
  return f;
}

test('normaliseYear reads the ways trackers write a financial year', () => {
  expect(
    ['2024/25', '2025-26', '2025/2026', '25/26', 'FY2026/27 £m', "2024/25 £'000"].map(normaliseYear)
  ).toEqual(['2024/25', '2025/26', '2025/26', '2025/26', '2026/27', '2024/25']);
  expect(['Target', '2024', '2024/26', '12/25', null].map(normaliseYear)).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('a column per year is kept per year; the Total column is not counted again', () => {
  const groups = yearGroups(moneySpecs(columns));
  expect(groups.map((g) => [g.year, g.target?.col, g.forecast?.col, g.shortfall?.col])).toEqual([
    ['2024/25', 4, 5, 6],
    ['2025/26', 7, undefined, undefined],
  ]);
});

test('each action gives a line per year with money, in pounds; TBC is unknown; a year of zeros is no line', () => {
  const lines = read().result().lines;
  expect(
    lines.map((l) => [
      l.row,
      l.year,
      l.target,
      l.forecast,
      l.givenShortfall,
      l.shortfall,
      l.shortfallFrom,
    ])
  ).toEqual([
    [2, '2024/25', 100_000, 90_000, 10_000, 10_000, 'given'],
    [2, '2025/26', 50_000, null, null, null, null],
    [3, '2024/25', 200_000, null, null, null, null],
    [4, '2024/25', null, 30_000, 1_200_000, 1_200_000, 'given'],
  ]);
  expect(lines[0].cols).toEqual({ target: 4, forecast: 5, shortfall: 6, action: 2, rag: 3 }); // D E F B C
  expect(lines[0].unit).toEqual({ label: "£'000", scale: 1000 });
});

test('money text that cannot be read is a finding quoting it, with its cell', () => {
  expect(read().findings).toEqual([
    {
      severity: 'warning',
      code: 'unreadable-money',
      message:
        'Amount "about half" is not a sum of money. Use pounds such as £250,000, £250k, £1.5m or (£250k) for a negative amount.',
      cell: cellAt("'Savings'!D4"),
    },
  ]);
});

test('the totals row is kept and checked: the forecast total is £25,000 less than its lines', () => {
  const finance = read().result();
  expect(finance.totals).toEqual([
    {
      sheet: 'Savings',
      row: 5,
      label: 'Total',
      figures: [
        { col: 4, cell: cellAt("'Savings'!D5"), pounds: 300_000 },
        { col: 5, cell: cellAt("'Savings'!E5"), pounds: 95_000 },
        { col: 6, cell: cellAt("'Savings'!F5"), pounds: 10_000 },
        { col: 7, cell: cellAt("'Savings'!G5"), pounds: 50_000 },
        // The Total column is not a savings line, but its total is checked: 150 + 200 = 350.
        { col: 8, cell: cellAt("'Savings'!H5"), pounds: 350_000 },
      ],
    },
  ]);
  const found = checkFinance(finance);
  // Target 100+200 = 300 adds up; forecast 90+30 = 120 is not 95; shortfall 10+1,200 is not 10;
  // Libraries is Green 10% short of target; and the £1.2m is in £m.
  expect(found.map((f) => [f.code, refOf(f.cell)])).toEqual([
    ['totals-mismatch', "'Savings'!E5"],
    ['totals-mismatch', "'Savings'!F5"],
    ['green-but-short', "'Savings'!C2"],
    ['money-unit-change', "'Savings'!F4"],
  ]);
  expect(found[0].message).toContain('add up to £120,000: the total is £25,000 less');
});

test('a Total column beside a column per year is no line, but a totals row that disagrees with it is reported', () => {
  const g = gridOf(
    [
      ['Saving', '2024/25 £k', '2025/26 £k', 'Total £k'],
      ['Libraries', 10, 5, 15],
      ['Parking', 20, 0, 20],
      ['Total', 30, 5, 40],
    ],
    { sheet: 'Savings' }
  );
  const cols = [
    col('action', 'Saving', 1),
    col('savings', '2024/25 £k', 2, '2024/25'),
    col('savings', '2025/26 £k', 3, '2025/26'),
    col('savings', 'Total £k', 4),
  ];
  const f = new FinanceReader(new GridReader(g), cols as Column[]);
  f.addAction(action(2, { sheet: 'Savings', action: 'Libraries' }));
  f.addAction(action(3, { sheet: 'Savings', action: 'Parking' }));
  f.addTotals(4, 'Total');
  const finance = f.result();
  // 10 + 5 + 20: the Total column's 15 and 20 are not lines of their own.
  expect(finance.lines.map((l) => [l.row, l.year, l.target])).toEqual([
    [2, '2024/25', 10_000],
    [2, '2025/26', 5_000],
    [3, '2024/25', 20_000],
  ]);
  expect(finance.columns.find((c) => c.col === 4)?.kind).toBe('other');
  // 15 + 20 = 35, but the totals row says 40.
  expect(checkFinance(finance).map((f) => [f.code, refOf(f.cell)])).toEqual([
    ['totals-mismatch', "'Savings'!D4"],
  ]);
});

test('stacked actions: a figure per line goes to its line; a lone figure to the first line only', () => {
  const g = gridOf(
    [
      ['Saving', 'Savings £'],
      ['A\nB', '£10k\n£20k'],
      ['C\nD', '£5k'],
    ],
    { sheet: 'Savings' }
  );
  const f = new FinanceReader(new GridReader(g), [
    col('action', 'Saving', 1),
    col('savings', 'Savings £', 2),
  ] as Column[]);
  f.addAction(action(2, { sheet: 'Savings', line: 1, action: 'A' }), 0, 2);
  f.addAction(action(2, { sheet: 'Savings', line: 2, action: 'B' }), 1, 2);
  f.addAction(action(3, { sheet: 'Savings', line: 1, action: 'C' }), 0, 2);
  f.addAction(action(3, { sheet: 'Savings', line: 2, action: 'D' }), 1, 2);
  expect(f.result().lines.map((l) => [l.row, l.line, l.target])).toEqual([
    [2, 1, 10_000],
    [2, 2, 20_000],
    [3, 1, 5_000],
  ]);
});

test('with no savings column, a £ saving in the action text is the target, from prose', () => {
  const g = gridOf(
    [
      ['Action', 'RAG'],
      ['Deliver the £15m of savings agreed', 'Amber'],
    ],
    { sheet: 'Plan' }
  );
  const f = new FinanceReader(new GridReader(g), [
    col('action', 'Action', 1),
    col('rag', 'RAG', 2),
  ] as Column[]);
  f.addAction(
    action(2, {
      sheet: 'Plan',
      action: 'Deliver the £15m of savings agreed',
      cols: { action: 1 },
    })
  );
  expect(f.result().lines.map((l) => [l.target, l.targetFrom, l.prose])).toEqual([
    [15_000_000, 'prose', 15_000_000],
  ]);
});

test('where one year is named, the columns without a year are that year', () => {
  const specs = moneySpecs([
    col('savings', '2024/25 saving (£)', 5, '2024/25'),
    col('forecast', 'Forecast (£)', 6),
    col('shortfall', 'Shortfall (£)', 7),
  ]);
  expect(
    yearGroups(specs).map((g) => [g.year, g.target?.col, g.forecast?.col, g.shortfall?.col])
  ).toEqual([['2024/25', 5, 6, 7]]);
});
