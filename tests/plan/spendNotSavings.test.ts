/**
 * Money that is not savings: a capital programme's budget, actual, forecast outturn and variance
 * are spend, kept per action and totalled as spend, never as savings. Expected figures are the
 * cells below times 1,000 (the table is in £'000), worked out by hand.
 */
import { readPlans } from '../../src/plan/judge/readPlans';
import { summarise } from '../../src/plan/summary';
import type { CellValue } from '../../src/plan/core/grid';
import { gridOf } from './gridOf';

const AS_OF = '2026-12-07';

const CAPITAL: CellValue[][] = [
  [
    'Scheme',
    'Project manager',
    'Completion',
    'RAG',
    "Budget 2026/27 £'000",
    "Actual to date £'000",
    "Forecast outturn £'000",
    "Over or (under) spend £'000",
  ],
  ['Highways maintenance', 'Highways Asset Manager', '31/03/2027', 'Green', 6730, 3912, 6730, 0],
  ['Footbridge', 'Major Projects Manager', '18/12/2026', 'Amber', 2400, 1650, 2550, 150],
  ['Park and ride', 'Transport Planning Manager', '30/10/2026', 'Red', 1200, 310, 700, -500],
];

describe("a capital programme in £'000", () => {
  const [plan] = readPlans(gridOf(CAPITAL), { asOf: AS_OF });

  it('reads no savings and no forecast savings', () => {
    expect(plan.actions.map((a) => a.savings)).toEqual([null, null, null]);
    expect(plan.actions.map((a) => a.forecast)).toEqual([null, null, null]);
    expect(plan.columns.map((c) => c.field)).not.toContain('savings');
    expect(plan.finance?.lines ?? []).toEqual([]);
  });

  it('keeps each scheme’s spend in pounds', () => {
    expect(plan.actions[1].spend).toEqual({
      budget: 2_400_000,
      actual: 1_650_000,
      forecast: 2_550_000,
      variance: 150_000,
    });
    // A zero variance is a figure: on budget.
    expect(plan.actions[0].spend?.variance).toBe(0);
    expect(plan.actions[2].spend?.variance).toBe(-500_000);
    expect(plan.spend?.map((s) => [s.kind, s.col, s.unit])).toEqual([
      ['budget', 5, 1000],
      ['actual', 6, 1000],
      ['forecast', 7, 1000],
      ['variance', 8, 1000],
    ]);
  });

  it('totals spend for the Summary: budget £10,330,000, actual £5,872,000, forecast £9,980,000, variance -£350,000', () => {
    const summary = summarise([plan], { asOf: AS_OF });
    // 6730 + 2400 + 1200 = 10330; 3912 + 1650 + 310 = 5872; 6730 + 2550 + 700 = 9980; 0 + 150 - 500 = -350.
    expect(summary.spend).toEqual({
      budget: 10_330_000,
      actual: 5_872_000,
      forecast: 9_980_000,
      variance: -350_000,
      lines: 3,
    });
    expect(summary.hasMoney).toBe(false);
    expect(summary.money.target).toBe(0);
  });

  it('says why each spend column is not savings', () => {
    const reason = plan.unmapped.find((u) => u.col === 6)?.reason;
    expect(reason).toBe(
      "Actual to date £'000: spend (actual), kept per action and totalled as spend, never as savings"
    );
  });
});

it('a savings tracker: the saving is savings, and its budget column is not read as spend', () => {
  const [plan] = readPlans(
    gridOf([
      ['Proposal', 'Lead', 'RAG', "Budget £'000", "Saving £'000"],
      ['Review of libraries', 'Director of Communities', 'Amber', 900, 120],
    ]),
    { asOf: AS_OF }
  );
  expect(plan.actions[0].savings).toBe(120_000);
  expect(plan.actions[0].spend).toBeUndefined();
  expect(plan.spend).toBeUndefined();
});

it("a bare '£'000' column is the savings, as before", () => {
  const [plan] = readPlans(
    gridOf([
      ['Proposal', 'Lead', 'RAG', "£'000"],
      ['Review of libraries', 'Director of Communities', 'Amber', 120],
    ]),
    { asOf: AS_OF }
  );
  expect(plan.actions[0].savings).toBe(120_000);
});

it('a plan with no spend has no spend totals', () => {
  const [plan] = readPlans(
    gridOf([
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Fix the roof', 'Director of Place', '31/12/2026', 'Green'],
    ]),
    { asOf: AS_OF }
  );
  expect(plan.spend).toBeUndefined();
  expect(summarise([plan], { asOf: AS_OF }).spend).toBeNull();
});
