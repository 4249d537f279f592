import { readPlans } from '../../src/plan/judge/readPlans';
import { rangeA1 } from '../../src/plan/core/address';
import { gridOf, merge } from './gridOf';
import { refOf } from '../cellText';

/** Rows shaped like Havering's 2019 action plan (seed 001): title rows, stacked cells, no RAG column. */
const havering2019 = gridOf([
  ['Appendix B: The Councils Draft Action Plan to Implement the Improvement Recommendations'],
  [],
  [
    'No.',
    'LGA Draft Peer Challenge Review Recommendation',
    'Comment/Action',
    'Timescale',
    'Lead Thematic Steering Group/SLT Officer',
  ],
  [
    1,
    "Build on the momentum to communicate the council's new priorities to staff, partners and residents",
    'The Council has undertaken several all staff events to discuss the 2019/20 corporate plan with staff.\nThe Corporate Plan for the first-time was published alongside the MTFS on in March 2019.',
    'Completed\nCompleted',
    'OPPORTUNITIES\nAD Communications and AD Policy\nAD Communications and AD Policy',
  ],
  [
    null,
    null,
    'Communication Strategy to be developed and implemented\nSLT to keep the focus on the Corporate Plan\nCLT to continue to raise awareness with their staff\nQuarterly reporting of Corporate Plan PIs and Outcomes\nAnnual Report setting out progress against Corporate Plan Priorities',
    'On-going\nOn-going\nOn-going\nOn-going\nJuly 2020',
    'AD Communications and AD Policy\nSLT Four Theme Steering Group Leads\nCLT\nAD Policy, Performance & Communities\nAD Policy, Performance & Communities',
  ],
  [
    3,
    'Maximise potential from a more collective one-team approach',
    'The Cabinet and SLT are committed to improving transparency\nThe Council has changed its governance structure\nThe Council has agreed a new governance structure\nThe Cultural-Shift began back in February 2018',
    'On-going\nCompleted\nCompleted\nOn-going',
    'Chief Executive\nSLT/All Thematic Steering Groups',
  ],
  [
    5,
    'Ensure there is sufficient focus on developing a single narrative',
    'SLT are working with staff on the single narrative\nExternal facilitators have been engaged\nAn important part of this work will be to engage staff',
    '31 December 2019',
    'OPPORTUNITIES\nCOO/Director of HR/AD Transformation\nCOO/Director of HR/AD Transformation\nCOO/Director of HR/AD Transformation',
  ],
]);

describe('readPlans on a plan with title rows and stacked cells', () => {
  const [plan] = readPlans(havering2019, { asOf: '2020-08-15' });

  it('finds the header row below the title rows', () => {
    expect(plan.headerRow).toBe(3);
    expect(rangeA1(plan.range)).toBe('A3:E7');
    expect(plan.columns.map((c) => c.field)).toEqual([
      'ref',
      'objective',
      'action',
      'timescale',
      'lead',
    ]);
  });

  it('splits stacked cells into one action per line, aligned across columns', () => {
    expect(plan.actions).toHaveLength(2 + 5 + 4 + 3);
    const row5 = plan.actions.filter((a) => a.row === 5);
    expect(row5.map((a) => a.line)).toEqual([1, 2, 3, 4, 5]);
    expect(row5[2]).toMatchObject({
      action: 'CLT to continue to raise awareness with their staff',
      lead: 'CLT',
    });
    expect(row5[4].timescale).toMatchObject({ kind: 'month', due: '2020-07-31' });
    expect(row5[4].state).toBe('overdue');
    expect(row5[0].state).toBe('ongoing');
  });

  it('carries the recommendation and its theme word down its group, and no further', () => {
    const first = plan.actions[0];
    expect(first).toMatchObject({
      row: 4,
      ref: '1',
      area: 'Opportunities',
      leads: ['AD Communications', 'AD Policy'],
      state: 'complete',
    });
    expect(first.lead).toBe('AD Communications / AD Policy');
    const continued = plan.actions.find((a) => a.row === 5);
    expect(continued?.objective).toMatch(/^Build on the momentum/);
    expect(continued?.area).toBe('Opportunities');
    const rec3 = plan.actions.find((a) => a.row === 6);
    expect(rec3?.area).toBeNull();
    expect(rec3?.ref).toBe('3');
  });

  it('applies a single-line cell to every stacked action', () => {
    const row7 = plan.actions.filter((a) => a.row === 7);
    expect(row7.map((a) => a.timescale.due)).toEqual(['2019-12-31', '2019-12-31', '2019-12-31']);
    expect(row7.every((a) => a.state === 'overdue')).toBe(true);
    expect(row7[1].leads).toEqual(['COO', 'Director of HR', 'AD Transformation']);
  });

  it('says where stacked line counts differ', () => {
    const mismatch = plan.findings.filter((f) => f.code === 'stacked-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(refOf(mismatch[0].cell)).toBe("'Plan'!E6");
    expect(mismatch[0].message).toMatch(/4 actions .* 2 lead lines/);
  });

  it('reports the missing RAG column once, at plan level', () => {
    const missing = plan.findings.filter((f) => f.code === 'missing-column');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'warning', cell: null });
    expect(missing[0].message).toMatch(/RAG/);
    expect(plan.findings.some((f) => f.code === 'missing-rag')).toBe(false);
  });
});

/** Two tables on one sheet, merged area cells and RAG shown only as a fill (seed 004's shape). */
const productivity = gridOf(
  [
    ['Area', 'Transformation Objective', 'Action', 'ELT Lead', 'Timescale', 'RAG Rating'],
    [
      'Target Operating Model',
      'Redesign the organisation',
      "Redesigned the organisation into three areas of 'People', 'Place' and 'Resources'",
      'Andrew Bowen- Hartley',
      'Complete',
      null,
    ],
    [
      'oneSource Shared Service',
      'On 28 April 2023, the oneSource Joint Committee made the decision to return several services to each borough.',
      'Human Resources & Organisational Development to move back into Resources Directorate',
      'Kathy Fenwick',
      'Complete',
      null,
    ],
    [
      null,
      null,
      'Financial Business Partners to move back to the Resources Directorate.',
      null,
      'Complete',
      null,
    ],
    [
      null,
      null,
      'Legal & Governance and Transactional Services are currently remaining as a shared service in OneSource.',
      null,
      'Ongoing',
      null,
    ],
    [],
    ['Use of technology and better use of data to improve decision making'],
    [],
    [
      'We recognise that a key driver in improving productivity is to manage our systems and data well in order to become a data driven organisation.',
    ],
    [],
    ['Objectives', 'Actions', 'ELT lead', 'Timescale', 'RAG Rating'],
    [
      'Reduce the challenges from ageing legacy systems',
      'As part of the Service and System Improvement Plan, review, upgrade and migrate away from legacy systems.',
      'Mark Dale',
      'Ongoing',
      null,
    ],
    [
      null,
      'Add rigour to the selection of new systems through the use of guiding principles.',
      'Mark Dale',
      'August 2024',
      'Green',
    ],
  ],
  {
    merges: [merge(3, 1, 5, 1), merge(3, 2, 5, 2), merge(3, 4, 5, 4)],
    fills: [
      [],
      [null, null, null, null, null, '#00B050'],
      [null, null, null, null, null, '#00B050'],
      [null, null, null, null, null, '#92D050'],
      [null, null, null, null, null, '#FFC000'],
      [],
      [],
      [],
      [],
      [],
      [],
      [null, null, null, null, '#FF0000'],
      [null, null, null, null, '#FF0000'],
    ],
  }
);

describe('readPlans on a sheet with several tables, merged cells and RAG fills', () => {
  const plans = readPlans(productivity, { asOf: '2024-09-30' });

  it('reads each table as its own plan and stops at the prose between them', () => {
    expect(plans.map((p) => rangeA1(p.range))).toEqual(['A1:F5', 'A11:E13']);
  });

  it('gives a merged area, objective and lead to every row it spans', () => {
    const rows = plans[0].actions.filter((a) => a.row >= 3);
    expect(rows.map((a) => a.area)).toEqual([
      'oneSource Shared Service',
      'oneSource Shared Service',
      'oneSource Shared Service',
    ]);
    expect(rows.map((a) => a.lead)).toEqual(['Kathy Fenwick', 'Kathy Fenwick', 'Kathy Fenwick']);
    expect(rows[2].objective).toMatch(/^On 28 April 2023/);
  });

  it('reads RAG from the fill colour when the cell has no word', () => {
    expect(plans[0].actions.map((a) => [a.rag, a.ragFrom])).toEqual([
      ['green', 'fill'],
      ['green', 'fill'],
      ['green', 'fill'],
      ['amber', 'fill'],
    ]);
    expect(plans[0].actions[0].lead).toBe('Andrew Bowen-Hartley');
  });

  it('carries an objective left blank below down to the next rows', () => {
    expect(plans[1].actions[1].objective).toBe('Reduce the challenges from ageing legacy systems');
  });

  it('says when the word and the colour disagree, and when Green is overdue', () => {
    const codes = plans[1].findings.map((f) => [f.code, refOf(f.cell)]);
    expect(codes).toContainEqual(['rag-colour-mismatch', "'Plan'!E13"]);
    expect(codes).toContainEqual(['green-but-overdue', "'Plan'!E13"]);
    expect(plans[1].findings[0].severity).toBe('error');
    expect(plans[1].actions[1]).toMatchObject({ rag: 'green', ragFrom: 'text', state: 'overdue' });
  });
});

describe('readPlans on an Excel table with a status column, money and a totals row', () => {
  const grid = gridOf(
    [
      ['Savings tracker 2024/25'],
      ['Ref', 'Workstream', 'Action', 'Owner', 'Due date', 'RAG', 'Status', "Savings £'000"],
      ['S1', 'Workforce', 'Reduce agency spend', 'Kathy Fenwick', 45565, 'R', 'In progress', 250],
      [
        'S2',
        'Workforce',
        'Hold vacancies',
        'Kathy Fenwick',
        'Q3 2024/25',
        'A',
        'Not started',
        '(50)',
      ],
      ['S3', 'Housing', 'Reduce tenancy arrears', 'Paul Warner', 'TBC', 'G', 'Complete', 'a lot'],
      ['Total', null, null, null, null, null, null, 200],
      ['Note: figures are subject to audit.'],
    ],
    {
      numberFormats: [[], [], [null, null, null, null, 'dd/mm/yyyy']],
      tables: [
        { name: 'Savings', range: { top: 2, left: 1, bottom: 6, right: 8 }, hasHeaders: true },
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-09-01' });

  it('reads the table within its bounds and skips its totals row', () => {
    expect(plan.table).toBe('Savings');
    expect(rangeA1(plan.range)).toBe('A2:H6');
    expect(plan.actions.map((a) => a.ref)).toEqual(['S1', 'S2', 'S3']);
  });

  it('tells a progress Status column from a RAG column by its content', () => {
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({
      RAG: 'rag',
      Status: 'stage',
      Owner: 'lead',
      'Due date': 'timescale',
    });
    expect(plan.actions.map((a) => a.stage)).toEqual(['in-progress', 'not-started', 'complete']);
    expect(plan.actions[2].state).toBe('complete');
  });

  it('reads an Excel date, a quarter and TBC', () => {
    expect(plan.actions[0].timescale).toMatchObject({ kind: 'date', due: '2024-09-30' });
    expect(plan.actions[0].state).toBe('due-soon');
    expect(plan.actions[1].timescale).toMatchObject({ kind: 'quarter', due: '2024-12-31' });
    expect(plan.actions[1].state).toBe('on-track');
  });

  it("reads a £'000 column in pounds, brackets as negative, and reports what it cannot read", () => {
    expect(plan.actions.map((a) => a.savings)).toEqual([250000, -50000, null]);
    expect(refOf(plan.findings.find((f) => f.code === 'unreadable-money')?.cell)).toBe("'Plan'!H5");
  });

  it('lets a user override a column and keeps the choice', () => {
    const [overridden] = readPlans(grid, {
      asOf: '2024-09-01',
      overrides: { Savings: { lead: null, notes: 'D' } },
    });
    expect(overridden.columns.find((c) => c.field === 'notes')).toMatchObject({
      col: 4,
      overridden: true,
    });
    expect(overridden.columns.some((c) => c.field === 'lead')).toBe(false);
    expect(overridden.actions[0].lead).toBeNull();
  });
});

describe('"Line N of the cell" only where the cell the finding is on holds several lines', () => {
  // Row 3 stacks two actions, both due 31 Mar 2024 and overdue on 1 Jun 2024. Its RAG cell holds
  // one "Green" shared by both (row 3) or a line each (row 4).
  const grid = gridOf([
    ['Action', 'Lead', 'Timescale', 'RAG'],
    [
      'Deliver the first thing\nDeliver the second thing',
      'Director of Place',
      '31/03/2024',
      'Green',
    ],
    [
      'Deliver the third thing\nDeliver the fourth thing',
      'Director of Place',
      '31/03/2024',
      'Green\nGreen',
    ],
  ]);
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });
  const messages = (row: number) =>
    plan.findings
      .filter((f) => f.code === 'green-but-overdue' && f.cell?.row === row)
      .map((f) => f.message.slice(0, 30));

  it('a RAG cell shared by the stacked actions says no line: one finding for the one cell', () => {
    expect(messages(2)).toEqual(['Rated Green but overdue: due 3']);
  });

  it('a RAG cell with a line per action names the line', () => {
    expect(messages(3)).toEqual([
      'Line 1 of the cell: Rated Gree',
      'Line 2 of the cell: Rated Gree',
    ]);
  });
});
