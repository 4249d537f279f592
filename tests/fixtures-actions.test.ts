/**
 * Every action of the seed fixtures, one line each, as a council officer reads the published
 * documents: the rows and lines of tests/fixtures/data/havering-2019-action-plan.json (seed 001) and
 * of tests/fixtures/buildProductivity.js (seed 004, RAG fills as listed in tests/fixtures/README.md).
 * The expected values were written from the seed text, not from the program's output.
 */
import { readPlans, summarise, type Action, type Plan, type Rag, type State } from '../src/plan';
import { readWorkbook } from '../src/xlsx/readWorkbook';

async function plansOf(fixture: string, asOf: string): Promise<Plan[]> {
  const grids = await readWorkbook(`${__dirname}/fixtures/${fixture}.xlsx`);
  return grids.flatMap((g) => readPlans(g, { asOf }));
}

const where = (a: Action): string => `row ${a.row} line ${a.line}`;

describe("Havering's 2019 action plan (seed 001), action by action, as of 4 September 2019", () => {
  // [row, line, recommendation, theme word from the lead cell, leads, due, state]
  type Expected = [number, number, string, string | null, string[], string | null, State];
  const ADCP = ['AD Communications', 'AD Policy'];
  const ADPPC = ['AD Policy, Performance & Communities'];
  const COO_HR = ['COO', 'Director of HR', 'AD Transformation'];
  const expected: Expected[] = [
    [5, 1, '1', 'Opportunities', ADCP, null, 'complete'], // Completed
    [5, 2, '1', 'Opportunities', ADCP, null, 'complete'], // Completed
    [6, 1, '1', 'Opportunities', ADCP, null, 'ongoing'], // On-going
    [6, 2, '1', 'Opportunities', ['SLT Four Theme Steering Group Leads'], null, 'ongoing'],
    [6, 3, '1', 'Opportunities', ['CLT'], null, 'ongoing'],
    [6, 4, '1', 'Opportunities', ADPPC, null, 'ongoing'],
    [6, 5, '1', 'Opportunities', ADPPC, '2020-07-31', 'on-track'], // July 2020
    [
      7,
      1,
      '2',
      'Connections',
      ['Director of Regeneration', 'Member Portfolio Holder'],
      null,
      'undated',
    ], // no timescale
    [7, 2, '2', 'Connections', ['AD Customer, Communications and Culture'], null, 'undated'],
    [8, 1, '2', 'Connections', ['Director of Regeneration'], null, 'undated'],
    [9, 1, '3', null, ['Chief Executive'], null, 'ongoing'],
    [9, 2, '3', null, ['SLT', 'All Thematic Steering Groups'], null, 'complete'],
    [9, 3, '3', null, [], null, 'complete'], // two lead lines for four actions: no lead of its own
    [9, 4, '3', null, [], null, 'ongoing'],
    [10, 1, '4', 'Opportunities', ['COO', "Leader's Office"], null, 'ongoing'],
    [11, 1, '5', 'Opportunities', COO_HR, '2019-12-31', 'on-track'], // 31 December 2019, one line for all three
    [11, 2, '5', 'Opportunities', COO_HR, '2019-12-31', 'on-track'],
    [11, 3, '5', 'Opportunities', COO_HR, '2019-12-31', 'on-track'],
    [
      12,
      1,
      '6',
      'Opportunities',
      ['Director of HR', 'AD Transformation', 'CE', 'DoHR'],
      '2019-12-31',
      'on-track',
    ], // December 2019
    [
      13,
      1,
      '7',
      'Place',
      ['Director of Place', 'Director of Regeneration'],
      '2019-12-31',
      'on-track',
    ],
    [14, 1, '8', null, ['COO', 'AD Policy and Performance and Community'], '2019-05-15', 'overdue'], // 15 th May 2019 Cabinet
    [14, 2, '8', null, ['COO', 'AD Policy', 'AD Transformation'], '2019-04-30', 'overdue'], // April 2019
    [14, 3, '8', null, ['AD Customer, Communications and Culture'], '2019-09-30', 'due-soon'], // September 2019
    [14, 4, '8', null, ['COO', 'AD Policy and Performance and Community'], '2019-04-30', 'overdue'],
    [
      14,
      5,
      '8',
      null,
      ['COO', 'AD Policy and Performance and Community'],
      '2019-12-31',
      'on-track',
    ],
    [15, 1, '9', null, ['CE', 'Monitoring Officer'], '2019-12-31', 'on-track'],
    [16, 1, '10', null, ['Director of Adults'], '2019-09-30', 'due-soon'],
    [17, 1, '11', null, ['AD Customer, Communication and Culture'], null, 'ongoing'],
    [17, 2, '11', null, ['AD Customer, Communication and Culture'], null, 'ongoing'],
    [17, 3, '11', null, ['SLT'], null, 'ongoing'],
    [17, 4, '11', null, [], null, 'undated'], // "Are there other live examples we can add?": no timescale or lead line
    [18, 1, '12', null, ['CE', 'Leader'], '2019-07-31', 'overdue'], // July 2019
    [19, 1, '13', null, ['CE', 'Leader'], '2021-07-31', 'on-track'], // July 2021
  ];

  let plan: Plan;
  beforeAll(async () => {
    [plan] = await plansOf('havering-2019-action-plan', '2019-09-04');
  });

  it('reads the 33 actions in order, each with its recommendation, theme, due date and state', () => {
    const read = plan.actions.map((a) => [a.row, a.line, a.ref, a.area, a.timescale.due, a.state]);
    expect(read).toEqual(
      expected.map(([row, line, ref, area, , due, state]) => [row, line, ref, area, due, state])
    );
  });

  it('gives each action the lead written on its line (or the one lead line of its row)', () => {
    // "COO/AD, Policy and Performance and Community" (rec. 8, lines 4-5) is the same two posts as
    // line 1's "COO/AD Policy and Performance and Community", with a stray comma.
    const tidy = (leads: readonly string[]): string[] =>
      leads.map((l) => l.replace(/^AD, /, 'AD '));
    expect(plan.actions.map((a) => [where(a), tidy(a.leads)])).toEqual(
      expected.map(([row, line, , , leads]) => [`row ${row} line ${line}`, leads])
    );
  });

  it('has no RAG to read: every rating is empty', () => {
    expect(plan.actions.every((a) => a.rag === null && a.ragFrom === null)).toBe(true);
  });

  it('on 1 January 2020 everything dated in 2019 and not complete is overdue', async () => {
    const later = summarise(await plansOf('havering-2019-action-plan', '2020-01-01'), {
      asOf: '2020-01-01',
    });
    // Rec. 5 (3), 6, 7, 8 (5), 9, 10, 12: thirteen actions dated 2019; rec. 1's July 2020 and rec. 13's July 2021 on track.
    expect(later.states).toEqual({
      total: 33,
      overdue: 13,
      'due-soon': 0,
      'on-track': 2,
      complete: 4,
      undated: 4,
      ongoing: 10,
      paused: 0,
      cancelled: 0,
    });
    expect(later.overdue.map((d) => d.action.row).sort((x, y) => x - y)).toEqual([
      11, 11, 11, 12, 13, 14, 14, 14, 14, 14, 15, 16, 18,
    ]);
  });
});

describe("Havering's 2024 productivity plan (seed 004), action by action, as of 1 October 2024", () => {
  // [row, line, area, lead, state, RAG from the fill listed in the fixture README]
  type Expected = [number, number, string | null, string, State, Rag | null];
  const transforming: Expected[] = [
    [5, 1, 'Target Operating Model', 'Andrew Bowen-Hartley', 'complete', 'green'],
    [6, 1, 'Health and Social Care', 'Andrew Bowen-Hartley', 'complete', 'green'],
    [7, 1, 'oneSource Shared Service', 'Kathy Fenwick', 'complete', 'green'],
    [8, 1, 'oneSource Shared Service', 'Kathy Fenwick', 'complete', 'green'],
    [9, 1, 'oneSource Shared Service', 'Kathy Fenwick', 'complete', 'green'],
    [10, 1, 'oneSource Shared Service', 'Kathy Fenwick', 'ongoing', 'green'], // light green
    [11, 1, 'ICT', 'Mark Dale', 'ongoing', 'amber'],
    [12, 1, 'Commissioning', 'Luke Barker', 'ongoing', 'green'],
    [12, 2, 'Commissioning', 'Luke Barker', 'ongoing', 'green'],
    [12, 3, 'Commissioning', 'Luke Barker', 'ongoing', 'green'],
    [13, 1, 'Health and Social Care', 'Annette Kirkland', 'ongoing', 'amber'],
    [14, 1, 'Health and Social Care', 'Annette Kirkland', 'ongoing', 'amber'],
    [15, 1, 'Health and Social Care', 'Annette Kirkland', 'ongoing', 'amber'],
    [16, 1, 'Customer Relationship Management (CRM)', 'Mark Dale', 'ongoing', 'green'],
    [17, 1, 'Complaints', 'Paul Foster', 'complete', 'green'],
    [18, 1, 'Complaints', 'Paul Foster', 'ongoing', 'green'],
    [19, 1, 'Debt', 'Kathy Fenwick', 'ongoing', 'green'], // theme colour accent3 with a 40% tint
    [20, 1, 'Housing', 'Patrick Orwell-Shaw', 'ongoing', 'red'],
    [21, 1, 'Climate Change', 'Kathy Fenwick', 'ongoing', 'green'],
  ];
  const data: Expected[] = [
    [28, 1, null, 'Mark Dale', 'ongoing', 'amber'],
    [29, 1, null, 'Mark Dale', 'ongoing', 'green'],
    [30, 1, null, 'Barbara Norcross', 'ongoing', 'green'],
    [31, 1, null, 'Mark Dale', 'ongoing', 'green'],
    [32, 1, null, 'Mark Ashton', 'ongoing', 'green'],
    [33, 1, null, 'Mark Ashton', 'ongoing', 'green'],
  ];
  const wasteful: Expected[] = [
    [38, 1, 'Workforce', 'Kathy Fenwick', 'ongoing', 'amber'],
    [39, 1, 'Workforce', 'Kathy Fenwick', 'complete', 'green'],
    [39, 2, 'Workforce', 'Kathy Fenwick', 'complete', 'green'],
    [39, 3, 'Workforce', 'Kathy Fenwick', 'complete', 'green'],
    [39, 4, 'Workforce', 'Kathy Fenwick', 'complete', 'green'],
    [40, 1, 'Workforce', 'Kathy Fenwick', 'complete', 'green'],
    [41, 1, 'Housing', 'Paul Warner', 'ongoing', 'amber'],
    [42, 1, 'Housing', 'Tara Gault', 'ongoing', 'green'],
    [42, 2, 'Housing', 'Tara Gault', 'ongoing', 'green'],
    [43, 1, 'Health & Social Care', 'Tara Gault', 'ongoing', 'amber'],
    [44, 1, 'Health & Social Care', 'Tara Gault', 'ongoing', 'red'],
    [45, 1, 'Savings', 'Kathy Fenwick', 'ongoing', 'amber'],
    [46, 1, 'Savings', 'Kathy Fenwick', 'ongoing', 'red'],
    [47, 1, 'Climate Change', 'Paul Warner', 'overdue', 'green'], // August 2024
  ];
  const barriers: Expected[] = [
    [52, 1, 'Fees & Charges', 'Neil Stockwell', 'undated', null],
    [53, 1, 'Adult Social Care', 'Barbara Norcross', 'undated', null],
    [54, 1, 'Adult Social Care', 'Barbara Norcross', 'undated', null],
    [55, 1, 'Multi-year settlements', 'Kathy Fenwick', 'undated', null],
  ];

  let plans: Plan[];
  beforeAll(async () => {
    plans = await plansOf('havering-productivity-plan-2024', '2024-10-01');
  });

  const shape = (a: Action) => [a.row, a.line, a.area, a.lead, a.state, a.rag];

  it.each([
    ['transforming the way we design and deliver services', 0, transforming],
    ['use of technology and data', 1, data],
    ['wasteful spend', 2, wasteful],
    ['barriers (no timescale, no RAG)', 3, barriers],
  ] as const)('%s', (_name, index, rows) => {
    expect(plans[index].actions.map(shape)).toEqual(rows);
    // Every rating in these tables is a colour only: the RAG cells hold no text.
    expect(plans[index].actions.map((a) => a.ragFrom)).toEqual(
      rows.map((r) => (r[5] === null ? null : 'fill'))
    );
  });

  it('gives a merged objective to each of its action rows', () => {
    const [, dataPlan, waste] = plans;
    const objective = (p: Plan, row: number): string =>
      p.actions.find((a) => a.row === row)?.objective ?? '';
    expect(objective(dataPlan, 29)).toMatch(/^Reduce the challenges from ageing legacy systems/);
    expect(objective(dataPlan, 33)).toMatch(/^Provision of timely and pertinent datasets/);
    expect(objective(waste, 44)).toMatch(/^Review agency expenditure in Starting Well/);
    expect(objective(waste, 46)).toMatch(/^MTFS and Star Chamber processes/);
  });

  it('the energy procurement, due August 2024, is on track in July, due soon mid-August, overdue in October', async () => {
    const state = async (asOf: string): Promise<State | undefined> =>
      (await plansOf('havering-productivity-plan-2024', asOf))[2].actions.find((a) => a.row === 47)
        ?.state;
    expect(await state('2024-07-01')).toBe('on-track'); // 61 days to go
    expect(await state('2024-08-15')).toBe('due-soon'); // 16 days to go
    expect(await state('2024-08-31')).toBe('due-soon'); // its last day
    expect(await state('2024-09-01')).toBe('overdue');
  });
});
