import {
  savingsCell,
  summariseFinance,
  type PlanFinance,
  type SavingsLine,
} from '../../../src/plan';
import { savingsLine } from '../../../src/plan/rows/savingsLines';
import { action, plan } from '../../report/handMade';
import { cellAt, refOf } from '../../cellText';

const K = { label: "£'000", scale: 1000 };

/** One line per (row, year): target and forecast in pounds. */
function money(
  row: number,
  o: {
    area: string;
    lead: string;
    rag: SavingsLine['rag'];
    year: string | null;
    target: number | null;
    forecast: number | null;
    given?: number;
  }
): SavingsLine {
  return savingsLine(action(row, { area: o.area, lead: o.lead, rag: o.rag }), {
    year: o.year,
    target: o.target,
    forecast: o.forecast,
    givenShortfall: o.given ?? null,
    targetFrom: o.target === null ? null : 'column',
    prose: null,
    unit: { label: '£', scale: 1 },
    cols: {},
  });
}

// A two-year tracker: three lines, each with 2024/25 and 2025/26 figures.
const lines = [
  money(5, {
    area: 'Adults',
    lead: 'Ann',
    rag: 'green',
    year: '2024/25',
    target: 100_000,
    forecast: 100_000,
  }),
  money(5, {
    area: 'Adults',
    lead: 'Ann',
    rag: 'green',
    year: '2025/26',
    target: 50_000,
    forecast: 40_000,
  }),
  money(6, {
    area: 'Adults',
    lead: 'Bob',
    rag: 'red',
    year: '2024/25',
    target: 200_000,
    forecast: 50_000,
  }),
  money(6, {
    area: 'Adults',
    lead: 'Bob',
    rag: 'red',
    year: '2025/26',
    target: null,
    forecast: null,
  }),
  money(7, {
    area: 'Housing',
    lead: 'Ann',
    rag: 'amber',
    year: '2024/25',
    target: 80_000,
    forecast: 60_000,
  }),
  money(7, {
    area: 'Housing',
    lead: 'Ann',
    rag: 'amber',
    year: '2025/26',
    target: 20_000,
    forecast: 30_000,
  }),
];
const finance: PlanFinance = {
  lines,
  columns: [
    {
      kind: 'target',
      year: '2024/25',
      header: "Target 2024/25 £'000",
      col: 3,
      unit: K,
      figures: [],
    },
    {
      kind: 'forecast',
      year: '2024/25',
      header: 'Forecast 2024/25',
      col: 4,
      unit: null,
      figures: [],
    },
    {
      kind: 'target',
      year: '2025/26',
      header: "Target 2025/26 £'000",
      col: 5,
      unit: K,
      figures: [
        {
          row: 5,
          cell: cellAt("'Action plan'!E5"),
          pounds: 50_000,
          unit: { label: '£k', scale: 1e3 },
          unitFrom: 'cell',
        },
        {
          row: 7,
          cell: cellAt("'Action plan'!E7"),
          pounds: 20_000,
          unit: { label: '£m', scale: 1e6 },
          unitFrom: 'cell',
        },
      ],
    },
  ],
  totals: [],
};
const s = summariseFinance([{ ...plan([]), finance }]);

test('every line, largest shortfall first, unknown last', () => {
  // Shortfalls: 0, 10k, 150k, unknown, 20k, -10k.
  expect(s.lines.map((l) => [l.row, l.year, l.shortfall])).toEqual([
    [6, '2024/25', 150_000],
    [7, '2024/25', 20_000],
    [5, '2025/26', 10_000],
    [5, '2024/25', 0],
    [7, '2025/26', -10_000],
    [6, '2025/26', null],
  ]);
});

test('totals: target, forecast and shortfall of known figures; the TBC line counted as unknown', () => {
  // Targets 100+50+200+80+20 = 450k; forecasts 100+40+50+60+30 = 280k; shortfall 450-280 = 170k.
  expect(s.totals).toEqual({
    target: 450_000,
    forecast: 280_000,
    shortfall: 170_000,
    lines: 6,
    unknown: 1,
  });
});

test('at risk is the Red, Red/Amber and Amber lines', () => {
  // Row 6 (red): 200k target, 50k forecast; row 7 (amber): 100k, 90k.
  expect(s.atRisk).toEqual({
    target: 300_000,
    forecast: 140_000,
    shortfall: 160_000,
    lines: 4,
    unknown: 1,
  });
  expect(s.byRag.green).toEqual({
    target: 150_000,
    forecast: 140_000,
    shortfall: 10_000,
    lines: 2,
    unknown: 0,
  });
  expect(s.byRag.blue.lines).toBe(0);
});

test('by area, by lead and by year', () => {
  expect(s.byArea.map((g) => [g.key, g.totals.target, g.totals.shortfall])).toEqual([
    ['Adults', 350_000, 160_000],
    ['Housing', 100_000, 10_000],
  ]);
  expect(s.byLead.map((g) => [g.key, g.totals.target, g.totals.forecast])).toEqual([
    ['Ann', 250_000, 230_000],
    ['Bob', 200_000, 50_000],
  ]);
  expect(
    s.byYear.map((g) => [g.key, g.totals.target, g.totals.forecast, g.totals.shortfall])
  ).toEqual([
    ['2024/25', 380_000, 210_000, 170_000],
    ['2025/26', 70_000, 70_000, 0],
  ]);
  expect(s.hasForecast).toBe(true);
});

test('a note per money column: the unit and how it was scaled', () => {
  expect(s.units.map((u) => u.text)).toEqual([
    "Target 2024/25 £'000: thousands of pounds (£'000), multiplied by 1,000.",
    'Forecast 2024/25: no unit in the header, read as pounds.',
    "Target 2025/26 £'000: thousands of pounds (£'000), multiplied by 1,000; 1 figure carried a unit of its own and was read in it.",
  ]);
});

test('a plan read without a finance step: one line per action with money', () => {
  const p = plan([
    action(5, {
      savings: 1000,
      forecast: 800,
      rag: 'amber',
      cols: { action: 3, savings: 6, forecast: 7 }, // C, F, G
    }),
    action(6),
  ]);
  p.columns = [
    { field: 'savings', header: 'Savings £', col: 6, overridden: false },
    { field: 'forecast', header: 'Forecast £', col: 7, overridden: false },
  ];
  const f = summariseFinance([p]);
  expect(
    f.lines.map((l) => [
      l.row,
      l.target,
      l.forecast,
      l.shortfall,
      l.shortfallFrom,
      refOf(savingsCell(l, 'target')),
    ])
  ).toEqual([[5, 1000, 800, 200, 'worked-out', "'Action plan'!F5"]]);
  expect(f.atRisk.shortfall).toBe(200);
});
