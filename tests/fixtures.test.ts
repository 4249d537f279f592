/**
 * The seed-based fixtures read as a council officer would read the published documents
 * (expectations worked out from the seeds and tests/fixtures/README.md, not from the program).
 */
import { rangeA1, readPlans, summarise, type Action, type Plan } from '../src/plan';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { cellAt, refOf } from './cellText';

async function plansOf(fixture: string, asOf: string): Promise<Plan[]> {
  const grids = await readWorkbook(`${__dirname}/fixtures/${fixture}.xlsx`);
  return grids.flatMap((g) => readPlans(g, { asOf }));
}

const at = (plan: Plan, row: number, line = 1): Action => {
  const a = plan.actions.find((x) => x.row === row && x.line === line);
  if (!a) throw new Error(`no action at row ${row} line ${line}`);
  return a;
};

describe("Havering's 2019 action plan (seed 001), as of the scrutiny board, 4 September 2019", () => {
  let plan: Plan;
  beforeAll(async () => {
    const plans = await plansOf('havering-2019-action-plan', '2019-09-04');
    expect(plans).toHaveLength(1);
    plan = plans[0];
  });

  it('finds the table under its title rows, with no RAG column', () => {
    expect(rangeA1(plan.range)).toBe('A4:E19');
    expect(plan.columns.map((c) => c.field)).toEqual([
      'ref',
      'objective',
      'action',
      'timescale',
      'lead',
    ]);
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'missing-column', cell: null, severity: 'warning' })
    );
  });

  it('reads 33 actions from 13 recommendations of stacked cells', () => {
    expect(plan.actions).toHaveLength(33);
    expect(new Set(plan.actions.map((a) => a.ref))).toEqual(
      new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'])
    );
  });

  it('recommendation 1: completed events, on-going work, and the annual report due July 2020', () => {
    expect(at(plan, 5, 1)).toMatchObject({
      ref: '1',
      area: 'Opportunities',
      state: 'complete',
      timescale: { kind: 'complete' },
    });
    expect(at(plan, 6, 1)).toMatchObject({
      ref: '1',
      state: 'ongoing',
      lead: 'AD Communications / AD Policy',
    });
    expect(at(plan, 6, 3)).toMatchObject({ lead: 'CLT', state: 'ongoing' });
    expect(at(plan, 6, 5)).toMatchObject({
      timescale: { due: '2020-07-31' },
      state: 'on-track',
      lead: 'AD Policy, Performance & Communities',
    });
  });

  it('recommendation 2 has no timescales: undated, and said so', () => {
    expect([at(plan, 7, 1), at(plan, 7, 2), at(plan, 8, 1)].map((a) => [a.area, a.state])).toEqual([
      ['Connections', 'undated'],
      ['Connections', 'undated'],
      ['Connections', 'undated'],
    ]);
    const cells = plan.findings
      .filter((f) => f.code === 'missing-timescale')
      .map((f) => refOf(f.cell));
    expect(cells).toEqual(expect.arrayContaining(["'Action plan'!D7", "'Action plan'!D8"]));
  });

  it('recommendation 3: four actions but two leads is pointed out', () => {
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'stacked-mismatch', cell: cellAt("'Action plan'!E9") })
    );
    expect(at(plan, 9, 2)).toMatchObject({
      state: 'complete',
      lead: 'SLT / All Thematic Steering Groups',
    });
    expect(at(plan, 9, 1).area).toBeNull();
  });

  it('recommendation 5: one timescale, 31 December 2019, for all three actions', () => {
    for (const line of [1, 2, 3])
      expect(at(plan, 11, line)).toMatchObject({
        timescale: { due: '2019-12-31' },
        state: 'on-track',
        leads: ['COO', 'Director of HR', 'AD Transformation'],
      });
  });

  it('recommendation 8: "15 th May 2019 Cabinet" is overdue, "September 2019" due soon', () => {
    expect(at(plan, 14, 1)).toMatchObject({
      timescale: { text: '15 th May 2019 Cabinet', due: '2019-05-15' },
      state: 'overdue',
    });
    expect(at(plan, 14, 2)).toMatchObject({ timescale: { due: '2019-04-30' }, state: 'overdue' });
    expect(at(plan, 14, 3)).toMatchObject({ timescale: { due: '2019-09-30' }, state: 'due-soon' });
  });

  it('recommendations 7, 10, 12 and 13', () => {
    expect(at(plan, 13)).toMatchObject({
      area: 'Place',
      leads: ['Director of Place', 'Director of Regeneration'],
      timescale: { due: '2019-12-31' },
    });
    expect(at(plan, 16)).toMatchObject({ lead: 'Director of Adults', state: 'due-soon' });
    expect(at(plan, 18)).toMatchObject({
      lead: 'CE / Leader',
      timescale: { due: '2019-07-31' },
      state: 'overdue',
    });
    expect(at(plan, 19)).toMatchObject({ timescale: { due: '2021-07-31' }, state: 'on-track' });
  });

  it('recommendation 11: four actions, three timescales and three leads', () => {
    const codes = plan.findings
      .filter((f) => f.code === 'stacked-mismatch')
      .map((f) => refOf(f.cell));
    expect(codes).toEqual(expect.arrayContaining(["'Action plan'!D17", "'Action plan'!E17"]));
    expect(at(plan, 17, 4)).toMatchObject({
      action: 'Are there other live examples we can add?',
      state: 'undated',
    });
  });

  it('summarises overdue actions most overdue first', () => {
    const s = summarise([plan], { asOf: '2019-09-04' });
    expect(s.overdue[0].action.timescale.due).toBe('2019-04-30');
    expect(s.states.overdue).toBe(s.overdue.length);
    expect(s.overdue.map((d) => d.action.row)).toEqual(expect.arrayContaining([14, 18]));
  });
});

describe("Havering's 2024 productivity plan (seed 004), as of 1 October 2024", () => {
  let plans: Plan[];
  beforeAll(async () => {
    plans = await plansOf('havering-productivity-plan-2024', '2024-10-01');
  });

  it('reads each of the four tables on the sheet as its own plan', () => {
    expect(plans.map((p) => [rangeA1(p.range), p.actions.length])).toEqual([
      ['A4:F21', 19],
      ['A27:E33', 6],
      ['A37:F47', 14],
      ['A51:D55', 4],
    ]);
  });

  it('gives merged area and lead cells to every action row they span', () => {
    const [t] = plans;
    for (const row of [7, 8, 9, 10])
      expect(at(t, row)).toMatchObject({ area: 'oneSource Shared Service', lead: 'Kathy Fenwick' });
    for (const row of [13, 14, 15])
      expect(at(t, row)).toMatchObject({
        area: 'Health and Social Care',
        lead: 'Annette Kirkland',
      });
  });

  it('reads RAG from fill colours, including a theme colour with a tint', () => {
    const [t] = plans;
    expect(at(t, 5)).toMatchObject({
      rag: 'green',
      ragFrom: 'fill',
      state: 'complete',
      lead: 'Andrew Bowen-Hartley',
    });
    expect(at(t, 11)).toMatchObject({
      area: 'ICT',
      rag: 'amber',
      ragFrom: 'fill',
      state: 'ongoing',
    });
    expect(at(t, 19)).toMatchObject({ area: 'Debt', rag: 'green', ragFrom: 'fill' });
    expect(at(t, 20)).toMatchObject({
      area: 'Housing',
      rag: 'red',
      ragFrom: 'fill',
      lead: 'Patrick Orwell-Shaw',
    });
  });

  it('splits the stacked commissioning actions', () => {
    const lines = plans[0].actions.filter((a) => a.row === 12);
    expect(lines).toHaveLength(3);
    expect(
      lines.every(
        (a) => a.lead === 'Luke Barker' && a.state === 'ongoing' && a.area === 'Commissioning'
      )
    ).toBe(true);
  });

  it('reads the £15m savings from the Star Chambers action, at risk because it is red', () => {
    const waste = plans[2];
    expect(at(waste, 46)).toMatchObject({ area: 'Savings', savings: 15_000_000, rag: 'red' });
    expect(at(waste, 40).savings).toBeNull(); // "Invest £250k" is spending, not a saving
    const s = summarise(plans, { asOf: '2024-10-01' });
    expect(s.money.target).toBe(15_000_000);
    expect(s.money.atRisk).toBe(15_000_000);
  });

  it('flags the energy procurement, due August 2024 and still rated green', () => {
    const waste = plans[2];
    expect(at(waste, 47)).toMatchObject({
      timescale: { due: '2024-08-31' },
      state: 'overdue',
      rag: 'green',
    });
    expect(waste.findings[0]).toMatchObject({
      severity: 'error',
      code: 'green-but-overdue',
      cell: cellAt("'Productivity plan'!F47"),
    });
  });

  it('reads the barriers table, and says it has no timescale or RAG', () => {
    const barriers = plans[3];
    expect(barriers.actions.every((a) => a.state === 'undated' && a.rag === null)).toBe(true);
    expect(barriers.findings.filter((f) => f.code === 'missing-column')).toHaveLength(2);
    expect(at(barriers, 54)).toMatchObject({ area: 'Adult Social Care', lead: 'Barbara Norcross' });
  });
});

describe("Harrow's 2023 risk table (seed 003)", () => {
  it('reads "GREEN " and "AMBER" and one action per mitigation bullet', async () => {
    const [plan] = await plansOf('harrow-2023-risks', '2023-10-19');
    expect(rangeA1(plan.range)).toBe('A3:C8');
    expect(plan.actions.map((a) => [a.row, a.rag])).toEqual([
      [4, 'green'],
      [5, 'amber'],
      [5, 'amber'],
      [5, 'amber'],
      [6, 'green'],
      [7, 'green'],
      [7, 'green'],
      [8, 'green'],
    ]);
    expect(at(plan, 5, 1).action).toMatch(
      /^The action plan has been aligned with the the Council’s Corporate Improvement Programme/
    );
    expect(plan.findings.filter((f) => f.code === 'missing-column').map((f) => f.message)).toEqual([
      expect.stringMatching(/No lead column/),
      expect.stringMatching(/No timescale column/),
    ]);
  });
});

describe('edge cases: an Excel table with dates, money, status and errors', () => {
  let plan: Plan;
  beforeAll(async () => {
    const plans = await plansOf('edge-cases', '2024-10-01');
    expect(plans).toHaveLength(1); // "My notes" holds no plan
    plan = plans[0];
  });

  it('reads the table within its bounds, without its totals row', () => {
    expect(plan.table).toBe('Tracker');
    expect(rangeA1(plan.range)).toBe('A3:I11');
    expect(plan.actions.map((a) => a.ref)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
  });

  it('reads Excel dates, quarters, seasons and months', () => {
    expect(plan.actions.map((a) => a.timescale.due)).toEqual([
      '2024-09-30',
      '2024-12-31',
      '2025-05-31',
      null,
      '2024-03-31',
      '2024-12-31',
      null,
    ]);
    // S7's Stage says Paused: stopped, so neither undated nor ever overdue.
    expect(plan.actions.map((a) => a.state)).toEqual([
      'overdue',
      'on-track',
      'on-track',
      'undated',
      'overdue',
      'complete',
      'paused',
    ]);
  });

  it("reads £'000 columns in pounds, brackets as negative", () => {
    expect(plan.actions.map((a) => a.savings)).toEqual([
      250_000, 500_000, -50_000, 120_000, 300_000, 75_000, 40_000,
    ]);
    expect(plan.actions.map((a) => a.forecast)).toEqual([
      100_000,
      450_000,
      0,
      120_000,
      300_000,
      75_000,
      null,
    ]);
  });

  it('keeps formula-like text as text and reports what it cannot read, by cell', () => {
    expect(at(plan, 7).action).toBe('=HYPERLINK("http://example.com","click me")');
    const byCode = Object.fromEntries(plan.findings.map((f) => [f.code, refOf(f.cell)]));
    expect(byCode).toMatchObject({
      'error-value': "'Savings tracker'!D10",
      'green-but-overdue': "'Savings tracker'!F8",
      'unreadable-timescale': "'Savings tracker'!E10",
      'unreadable-rag': "'Savings tracker'!F10",
      'undated-timescale': "'Savings tracker'!E7",
    });
    expect(at(plan, 10).lead).toBeNull();
    expect(
      plan.findings.some(
        (f) => f.code === 'missing-rag' && refOf(f.cell) === "'Savings tracker'!F10"
      )
    ).toBe(false);
  });
});
