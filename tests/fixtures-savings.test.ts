/**
 * Savings trackers rebuilt from real published ones (tests/fixtures/README.md), read line by line.
 * Every figure below is worked out by hand from the tracker as published (see each builder in
 * tests/fixtures/savings/build/), never from the program.
 */
import { readPlans, summarise, type Plan, type Summary } from '../src/plan';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { cellAt, refOf } from './cellText';

async function read(path: string, asOf = '2024-10-01'): Promise<{ plan: Plan; summary: Summary }> {
  const grids = await readWorkbook(`${__dirname}/fixtures/${path}.xlsx`);
  const plans = grids.flatMap((g) => readPlans(g, { asOf }));
  expect(plans).toHaveLength(1);
  return { plan: plans[0], summary: summarise(plans, { asOf }) };
}

const lines = (p: Plan) =>
  (p.finance?.lines ?? []).map((l) => [l.row, l.year, l.target, l.forecast, l.shortfall]);
const codes = (p: Plan, code: string) => p.findings.filter((f) => f.code === code);

describe('Havering: delivery of 2024/25 savings (£, a RAG per saving)', () => {
  let plan: Plan;
  let summary: Summary;
  beforeAll(async () => ({ plan, summary } = await read('savings/havering-savings-delivery-2024')));

  it('reads every saving in pounds with its forecast and shortfall', () => {
    expect(lines(plan)).toEqual([
      [5, '2024/25', 1_200_000, 1_200_000, 0],
      [6, '2024/25', 1_500_000, 600_000, 900_000],
      [7, '2024/25', 800_000, 0, 800_000],
      [8, '2024/25', 500_000, 300_000, 200_000],
      [9, '2024/25', 397_000, 337_000, 60_000],
      [10, '2024/25', 450_000, 450_000, 0],
      [11, '2024/25', 253_000, 253_000, 0],
      [12, '2024/25', 1_500_000, 1_100_000, 400_000],
      [13, '2024/25', 2_000_000, 2_000_000, 0],
      [14, '2024/25', 2_900_000, 2_900_000, 0],
      [15, '2024/25', 2_800_000, 2_800_000, 0],
      [16, '2024/25', 700_000, 550_000, 150_000],
    ]);
  });

  it('totals as the report gives them: £15m planned, £10m Green, £2.7m Amber, £2.3m Red', () => {
    const f = summary.finance;
    expect(f.totals).toEqual({
      target: 15_000_000,
      forecast: 12_490_000,
      shortfall: 2_510_000,
      lines: 12,
      unknown: 0,
    });
    expect([f.byRag.green.target, f.byRag.amber.target, f.byRag.red.target]).toEqual([
      10_000_000, 2_700_000, 2_300_000,
    ]);
    // Red 900k + 800k, Amber 200k + 400k + 150k.
    expect(f.atRisk).toMatchObject({ target: 5_000_000, shortfall: 2_450_000, lines: 5 });
    expect(f.byArea.map((g) => [g.key, g.totals.target])).toEqual([
      ['People', 4_000_000],
      ['Place', 1_100_000],
      ['Resources', 9_200_000],
      ['Housing', 700_000],
    ]);
  });

  it('the Green saving £60k short of its £397k target is reported; the totals row adds up', () => {
    expect(codes(plan, 'green-but-short')).toEqual([
      {
        severity: 'warning',
        code: 'green-but-short',
        message:
          '2024/25: Rated Green but the forecast £337,000 is £60,000 (15.1%) below the target £397,000, more than the 5% allowed. Re-rate it, or correct the figures.',
        cell: cellAt("'Savings 2024-25'!H9"),
      },
    ]);
    expect(plan.finance?.totals.map((t) => [t.row, t.label])).toEqual([[17, 'Total']]);
    expect(codes(plan, 'totals-mismatch')).toEqual([]);
    expect(codes(plan, 'shortfall-mismatch')).toEqual([]);
  });

  it('a tolerance of 20% lets the 15.1% shortfall pass', async () => {
    const grids = await readWorkbook(
      `${__dirname}/fixtures/savings/havering-savings-delivery-2024.xlsx`
    );
    const loose = grids.flatMap((g) => readPlans(g, { asOf: '2024-10-01', savingsTolerance: 0.2 }));
    expect(loose[0].findings.filter((f) => f.code === 'green-but-short')).toEqual([]);
  });
});

describe("an NHS trust's 2014/15 cost improvement programme (£k): a totals row that does not add up", () => {
  let plan: Plan;
  let summary: Summary;
  beforeAll(async () => ({ plan, summary } = await read('savings/nhs-cip-programme-2014')));

  it('reads each project: recurrent plan as target, forecast outturn as forecast, in pounds', () => {
    expect(lines(plan)).toEqual([
      [6, null, 256_000, 256_000, 0],
      [7, null, 28_000, 28_000, 0],
      [8, null, 256_000, 256_000, 0],
      [9, null, 153_000, 153_000, 0],
      [10, null, 202_000, 0, 202_000],
      [11, null, 204_000, 204_000, 0],
      [12, null, 202_000, 202_000, 0],
      [13, null, 109_000, 109_000, 0],
      [14, null, 69_000, 69_000, 0],
      [15, null, 2_525_000, 1_838_000, 687_000],
      [16, null, 0, 0, 0],
      [17, null, 100_000, 100_000, 0],
      [18, null, 1_000_000, 0, 1_000_000],
      [19, null, 531_000, 531_000, 0],
      [20, null, 1_777_000, 1_777_000, 0],
    ]);
    expect(summary.finance.totals).toMatchObject({
      target: 7_412_000,
      forecast: 5_523_000,
      shortfall: 1_889_000,
    });
  });

  it('the printed year-to-date totals are £2k under their lines, and the variance has the wrong sign', () => {
    expect(codes(plan, 'totals-mismatch').map((f) => [refOf(f.cell), f.message])).toEqual([
      [
        "'Programme status'!F21",
        'The "Total for 2014/15" row gives £4,823,000 for Year to Date Plan £k, but the 15 lines above it (rows 6 to 20) add up to £4,825,000: the total is £2,000 less. Correct the total or the lines.',
      ],
      [
        "'Programme status'!G21",
        'The "Total for 2014/15" row gives £3,895,000 for Year to Date Actual £k, but the 15 lines above it (rows 6 to 20) add up to £3,897,000: the total is £2,000 less. Correct the total or the lines.',
      ],
      [
        "'Programme status'!H21",
        'The "Total for 2014/15" row gives -£928,000 for Variance Year to Date Actual £k, but the 15 lines above it (rows 6 to 20) add up to £928,000: the total is £1,856,000 less. Correct the total or the lines.',
      ],
    ]);
  });
});

describe('Derbyshire: savings proposals 2025-26 to 2029-30 (£m, a column per year)', () => {
  let plan: Plan;
  let summary: Summary;
  beforeAll(
    async () => ({ plan, summary } = await read('savings/derbyshire-savings-proposals-2025'))
  );

  it('keeps each year its own line; years with nothing are no line; TBC is unknown, not zero', () => {
    const byRow = (row: number) => lines(plan).filter((l) => l[0] === row);
    expect(byRow(5)).toEqual([
      [5, '2025/26', 2_500_000, null, null],
      [5, '2026/27', 1_000_000, null, null],
      [5, '2027/28', 500_000, null, null],
    ]);
    expect(byRow(10)).toEqual([
      [10, '2025/26', 2_600_000, null, null],
      [10, '2026/27', 1_400_000, null, null],
      [10, '2027/28', 1_000_000, null, null],
      [10, '2028/29', 1_000_000, null, null],
      [10, '2029/30', 500_000, null, null],
    ]);
    expect(byRow(11)).toEqual([
      [11, '2025/26', 1_500_000, null, null],
      [11, '2026/27', 2_500_000, null, null],
      [11, '2027/28', null, null, null],
    ]);
    // 3 + 2 + 2 + 3 + 4 + 5 + 3 + 2 lines.
    expect(lines(plan)).toHaveLength(24);
  });

  it('totals by year as the report has them, and the Total column not counted again', () => {
    expect(summary.finance.byYear.map((g) => [g.key, g.totals.target, g.totals.unknown])).toEqual([
      ['2025/26', 18_600_000, 0],
      ['2026/27', 10_400_000, 0],
      ['2027/28', 3_000_000, 1],
      ['2028/29', 1_500_000, 0],
      ['2029/30', 500_000, 0],
    ]);
    expect(summary.finance.totals.target).toBe(34_000_000);
    expect(codes(plan, 'totals-mismatch')).toEqual([]);
    expect(summary.finance.units.map((u) => u.text)).toContain(
      'Total £m: millions of pounds (£m), multiplied by 1,000,000; not read as savings, only checked against the totals row.'
    );
  });
});

describe("West Lancashire MTFS savings (real-layout corpus): £'000 with a negative in brackets", () => {
  let plan: Plan;
  beforeAll(async () => ({ plan } = await read('real-layouts/west-lancashire-mtfs-savings-2024')));

  it("reads each proposal's 2026/27 target, forecast and shortfall from the two-row header", () => {
    expect(lines(plan).filter((l) => (l[0] as number) <= 10)).toEqual([
      [6, '2026/27', 150_000, 150_000, 0],
      [7, '2026/27', 300_000, 200_000, 100_000],
      [8, '2026/27', 80_000, 90_000, -10_000],
      [9, '2026/27', 120_000, 0, 120_000],
      [10, '2026/27', 60_000, 0, 60_000],
    ]);
    expect(plan.finance?.lines.find((l) => l.row === 8)).toMatchObject({
      givenShortfall: -10_000,
      shortfallFrom: 'given',
      unit: { label: "£'000" },
    });
  });

  it('its totals row (710, 440, 270) adds up', () => {
    expect(plan.finance?.totals.map((t) => [t.row, t.figures.map((f) => f.pounds)])).toEqual([
      [11, [710_000, 440_000, 270_000]],
    ]);
    expect(codes(plan, 'totals-mismatch')).toEqual([]);
  });
});

describe("Brighton & Hove: 2025/26 detailed savings proposals (no Action column, £'000 on the row below)", () => {
  let plan: Plan;
  let summary: Summary;
  beforeAll(
    async () =>
      ({ plan, summary } = await read('savings/brighton-hove-savings-proposals-2025', '2025-06-30'))
  );

  it('reads the proposal summary as what is to be done, and the £ unit from the row under the header', () => {
    expect(plan.headerRow).toBe(4);
    expect(plan.columns.map((c) => [c.field, c.header])).toEqual([
      ['area', 'Service Area'],
      ['action', 'Brief Summary of Budget Proposal / Strategy and Risks'],
      ['savings', "Total Savings Proposed 2025/26 £'000"],
    ]);
  });

  it('reads each saving in pounds; directorate and division labels and the three total rows are no savings', () => {
    expect(lines(plan)).toEqual([
      [7, '2025/26', 90_000, null, null],
      [8, '2025/26', 150_000, null, null],
      [10, '2025/26', 5_000, null, null],
      [11, '2025/26', 200_000, null, null],
      [15, '2025/26', 1_200_000, null, null],
      [16, '2025/26', 400_000, null, null],
    ]);
    expect(plan.actions.map((a) => a.area)).toEqual([
      'Community Safety',
      'Communities Fund',
      'Educational Psychology',
      'School Mental Health',
      'Care Management',
      'Reablement',
    ]);
  });

  it('its directorate totals (445, 1,600) and grand total (2,045) add up', () => {
    expect(plan.finance?.totals.map((t) => [t.row, t.figures.map((f) => f.pounds)])).toEqual([
      [12, [445_000]],
      [17, [1_600_000]],
      [18, [2_045_000]],
    ]);
    expect(codes(plan, 'totals-mismatch')).toEqual([]);
    expect(summary.finance.totals).toMatchObject({ target: 2_045_000, lines: 6 });
  });
});
