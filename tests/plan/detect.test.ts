import { readPlans, readSheet } from '../../src/plan/judge/readPlans';
import { rangeA1 } from '../../src/plan/core/address';
import type { Plan } from '../../src/plan/core/types';
import { gridOf, merge } from './gridOf';
import { cellAt } from '../cellText';

const DATE = 'dd/mm/yyyy';
const fieldsOf = (plan: Plan): Record<string, string> =>
  Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
const reasonOf = (plan: Plan, header: string): string | undefined =>
  plan.columns.find((c) => c.header === header)?.reason;

describe('a "Target" column is a date or money by what it holds', () => {
  it('reads a Target of dates as the timescale, and says why', () => {
    const [plan] = readPlans(
      gridOf(
        [
          ['Action', 'Owner', 'Target'],
          ['Review the fleet', 'Head of Transport', 45382],
          ['Close the depot', 'Head of Transport', 45473],
          ['Sell the yard', 'Head of Property', 45565],
        ],
        { numberFormats: [[], [null, null, DATE], [null, null, DATE], [null, null, DATE]] }
      ),
      { asOf: '2024-06-01' }
    );
    expect(fieldsOf(plan)).toMatchObject({ Target: 'timescale', Owner: 'lead' });
    expect(reasonOf(plan, 'Target')).toBe('Target: 3 of 3 cells are dates');
    expect(plan.actions.map((a) => a.timescale.due)).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
    ]);
    expect(plan.actions[0].state).toBe('overdue');
  });

  it('reads a Target of amounts as money, never as a date', () => {
    const [plan] = readPlans(
      gridOf([
        ['Saving proposal', 'Lead', 'Target'],
        ['Reduce agency staff across adult social care', 'Director of Adults', '£250k'],
        ['Review of home to school transport eligibility', 'Director of Children', '£1.2m'],
      ])
    );
    expect(fieldsOf(plan)).toMatchObject({ 'Saving proposal': 'action', Target: 'savings' });
    expect(plan.actions.map((a) => a.savings)).toEqual([250000, 1200000]);
  });
});

describe('a two-row header: a year merged over Target | Delivered', () => {
  const grid = gridOf(
    [
      ['Ref', 'Savings proposal', 'Lead', '2024/25', null, '2025/26', null],
      [null, null, null, 'Target £k', 'Delivered £k', 'Target £k', 'Delivered £k'],
      [
        'S1',
        'Restructure the business support function',
        'Director of Resources',
        100,
        80,
        50,
        null,
      ],
      ['S2', 'Move libraries to a community-run model', 'Director of Place', 200, 200, 0, null],
    ],
    {
      merges: [
        merge(1, 4, 1, 5),
        merge(1, 6, 1, 7),
        merge(1, 1, 2, 1),
        merge(1, 2, 2, 2),
        merge(1, 3, 2, 3),
      ],
    }
  );
  const [plan] = readPlans(grid);

  it('joins the year and the label below it, one money column a year', () => {
    const money = plan.columns.filter((c) => c.field === 'savings' || c.field === 'forecast');
    expect(money.map((c) => [c.header, c.field, c.year])).toEqual([
      ['2024/25 Target £k', 'savings', '2024/25'],
      ['2024/25 Delivered £k', 'forecast', '2024/25'],
      ['2025/26 Target £k', 'savings', '2025/26'],
      ['2025/26 Delivered £k', 'forecast', '2025/26'],
    ]);
  });

  it('reads data from the row under the second header row', () => {
    expect(plan.actions.map((a) => a.ref)).toEqual(['S1', 'S2']);
    expect(plan.actions.map((a) => a.savings)).toEqual([100000, 200000]);
  });
});

describe('a revised date beside the original one', () => {
  const grid = gridOf(
    [
      [
        'Recommendation',
        'Agreed action',
        'Action owner',
        'Risk owner',
        'Date raised',
        'Target date',
        'Revised date',
      ],
      [
        'Controls over payroll',
        'Reconcile payroll monthly',
        'Payroll Manager',
        'Director of Finance',
        44927,
        45016,
        45473,
      ],
      [
        'Contract register',
        'Publish the contract register',
        'Head of Procurement',
        'Director of Finance',
        44927,
        45016,
        null,
      ],
    ],
    {
      numberFormats: [
        [],
        [null, null, null, null, DATE, DATE, DATE],
        [null, null, null, null, DATE, DATE, DATE],
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-04-01' });

  it('takes the revised date as the due date and keeps the original', () => {
    expect(plan.actions[0].timescale.due).toBe('2024-06-30');
    expect(plan.actions[0].originalDue).toBe('2023-03-31');
    expect(plan.actions[0].state).toBe('on-track');
  });

  it('falls back to the original date where no revised date is written', () => {
    // The revised column is empty on this row, so nothing says the date moved: it is read as it stands.
    expect(plan.actions[1].originalDue).toBe('2023-03-31');
    expect(plan.actions[1].timescale.due).toBe('2023-03-31');
    expect(plan.actions[1].state).toBe('overdue');
    expect(plan.actions[1].cols.timescale).toBe(6); // F, the original date's column
    expect(plan.findings.filter((f) => f.code === 'missing-timescale')).toEqual([]);
  });

  it('says the date moved', () => {
    const moved = plan.findings.filter((f) => f.code === 'date-moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ severity: 'info', cell: cellAt("'Plan'!G2") });
    expect(moved[0].message).toMatch(/31 Mar 2023 to 30 Jun 2024/);
  });

  it('never takes the date raised for the timescale, and prefers the action owner to the risk owner', () => {
    const reasons = Object.fromEntries(plan.unmapped.map((u) => [u.header, u.reason]));
    expect(reasons['Date raised']).toMatch(/not a deadline/);
    expect(plan.columns.find((c) => c.field === 'lead')?.header).toBe('Action owner');
    expect(reasons['Risk owner']).toMatch(/Action owner/);
  });
});

describe('a Priority column', () => {
  it('is a priority, not an area, when it holds High / Medium / Low', () => {
    const [plan] = readPlans(
      gridOf([
        ['Priority', 'Action', 'Lead', 'Deadline'],
        ['High', 'Fix the roof', 'Head of Property', 'March 2025'],
        ['Low', 'Paint the hall', 'Head of Property', 'June 2025'],
      ])
    );
    expect(plan.columns.some((c) => c.field === 'area')).toBe(false);
    expect(plan.unmapped[0].reason).toMatch(/a priority, not an area/);
    expect(plan.actions[0].area).toBeNull();
  });

  it('is the area when it names one', () => {
    const [plan] = readPlans(
      gridOf([
        ['Priority', 'Action', 'Lead', 'Deadline'],
        ['Thriving places', 'Fix the roof', 'Head of Property', 'March 2025'],
        ['Healthy lives', 'Open a clinic', 'Director of Public Health', 'June 2025'],
      ])
    );
    expect(plan.actions.map((a) => a.area)).toEqual(['Thriving places', 'Healthy lives']);
  });
});

describe('one RAG column per quarter', () => {
  const [plan] = readPlans(
    gridOf([
      ['Milestone', 'Lead', 'Deadline', 'Q1', 'Q2', 'Q3'],
      ['Adopt the local plan', 'Head of Planning', 'March 2025', 'Green', 'Amber', 'Red'],
      ['Open the leisure centre', 'Head of Leisure', 'March 2025', 'Amber', 'Green', null],
    ]),
    { asOf: '2024-06-01' }
  );

  it('takes the latest filled quarter as the current RAG', () => {
    expect(plan.actions.map((a) => a.rag)).toEqual(['red', 'green']);
  });

  it('keeps the earlier quarters, oldest first, for direction of travel', () => {
    expect(plan.actions[0].ragHistory).toEqual([
      { period: 'Q1', rag: 'green' },
      { period: 'Q2', rag: 'amber' },
    ]);
    expect(plan.actions[1].ragHistory).toEqual([{ period: 'Q1', rag: 'amber' }]);
    expect(plan.actions[1].cols.rag).toBe(5); // E: Q2, its latest rated quarter
  });
});

describe('RAG headers real plans use', () => {
  it.each(['Overall status', 'Delivery confidence', 'Current RAG'])(
    'reads %j holding ratings as the RAG',
    (header) => {
      const [plan] = readPlans(
        gridOf([
          ['Project', 'Sponsor', header],
          ['New leisure centre', 'Director of Place', 'Amber'],
          ['Digital front door', 'Chief Digital Officer', 'Green'],
        ])
      );
      expect(fieldsOf(plan)).toEqual({ Project: 'action', Sponsor: 'lead', [header]: 'rag' });
      expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'green']);
    }
  );
});

describe('what is not a plan', () => {
  it.each([
    [
      'a key',
      [
        ['RAG', 'Action required'],
        ['Red', 'Escalate to the board'],
        ['Amber', 'Monitor monthly'],
        ['Green', 'No action needed'],
      ],
    ],
    [
      'a glossary',
      [
        ['Term', 'Definition'],
        ['Action', 'Something to be done'],
        ['Lead', 'The officer responsible'],
      ],
    ],
    [
      'a version-control table',
      [
        ['Version', 'Date', 'Author', 'Changes'],
        ['1.0', '01/04/2024', 'Policy team', 'First draft'],
        ['1.1', '01/05/2024', 'Policy team', 'Actions added'],
      ],
    ],
    [
      'a form',
      [
        ['Project:', 'Lead officer:'],
        ['Digital front door', 'Chief Digital Officer'],
      ],
    ],
    [
      'a grid of numbers',
      [
        ['Measure', 'Baseline', 'Target', 'Q1', 'Q2'],
        ['Number of households in temporary accommodation', 410, 350, 402, 398],
        ['Percentage of major planning applications decided in time', 72, 90, 81, 85],
      ],
    ],
    [
      'a cover sheet',
      [
        ['Corporate Plan Action Plan 2024/25'],
        ['Version 3, approved by Cabinet'],
        ['Contact: the policy team'],
      ],
    ],
  ])('%s', (_what, rows) => {
    expect(readPlans(gridOf(rows as never))).toEqual([]);
  });
});

describe('a list of recommendations and nothing else', () => {
  // Issue 17: a plan needs a column that tracks its rows; a bare list is passed over, and says why.
  const sheet = readSheet(
    gridOf(
      [
        ['No.', 'Recommendation'],
        ['Governance'],
        [1, 'The council should set out a clear set of priorities for the next four years'],
        [2, 'Members and officers should agree a protocol for how they work together'],
        ['Finance'],
        [3, 'The council should close its budget gap without use of reserves by 2026'],
      ],
      { merges: [merge(2, 1, 2, 2), merge(5, 1, 5, 2)] }
    )
  );

  it('is no plan: nothing tracks its rows', () => {
    expect(sheet.plans).toEqual([]);
  });

  it('is passed over with the reason, its whole range A1:B6 named', () => {
    expect(sheet.passedOver.map((p) => [p.reason, p.range])).toEqual([
      ['untracked', { top: 1, left: 1, bottom: 6, right: 2 }],
    ]);
  });
});

describe('a plan on a hidden sheet', () => {
  const [plan] = readPlans(
    gridOf(
      [
        ['Action', 'Lead', 'RAG'],
        ['Publish the plan', 'Head of Policy', 'Green'],
      ],
      { hidden: true }
    )
  );

  it('is read, and the report says it is hidden', () => {
    expect(plan.hidden).toBe(true);
    expect(plan.actions).toHaveLength(1);
    expect(plan.findings.find((f) => f.code === 'hidden-sheet')).toMatchObject({
      severity: 'info',
      cell: null,
    });
  });

  it('is not marked hidden when the sheet is visible', () => {
    const [visible] = readPlans(
      gridOf([
        ['Action', 'Lead', 'RAG'],
        ['Publish the plan', 'Head of Policy', 'Green'],
      ])
    );
    expect(visible.hidden).toBeUndefined();
    expect(visible.findings.some((f) => f.code === 'hidden-sheet')).toBe(false);
  });
});

describe('every column says why it was chosen', () => {
  it('gives each mapped column a reason that names its header', () => {
    const [plan] = readPlans(
      gridOf([
        ['Area', 'Action', 'Lead', 'Deadline', 'Status'],
        ['Housing', 'Build homes', 'Head of Housing', 'March 2025', 'Red'],
        ['Housing', 'Let homes', 'Head of Housing', 'June 2025', 'Amber'],
      ])
    );
    for (const c of plan.columns) expect(c.reason?.startsWith(`${c.header}:`)).toBe(true);
    expect(reasonOf(plan, 'Status')).toBe('Status: 2 of 2 cells are RAG ratings');
  });
});

describe('a savings tracker with a column a year and a total', () => {
  const [plan] = readPlans(
    gridOf([
      ['Ref', 'Saving', 'Lead officer', '2026/27 £m', '2027/28 £m', 'Total £m', 'RAG'],
      ['SC1', 'Bus shelter advertising', 'Head of Highways', 0.05, 0.05, 0.1, 'G'],
      ['SC2', 'Library opening hours', 'Head of Libraries', 0.2, 0, 0.2, 'A'],
    ])
  );

  it('reads the Saving column of words as what is to be done', () => {
    expect(plan.columns.find((c) => c.field === 'action')?.header).toBe('Saving');
    expect(plan.actions.map((a) => a.action)).toEqual([
      'Bus shelter advertising',
      'Library opening hours',
    ]);
  });

  it('reads the total as the savings and keeps each year column with its year', () => {
    expect(plan.actions.map((a) => a.savings)).toEqual([100000, 200000]);
    const years = plan.columns.filter((c) => c.year).map((c) => [c.header, c.year]);
    expect(years).toEqual([
      ['2026/27 £m', '2026/27'],
      ['2027/28 £m', '2027/28'],
    ]);
  });
});

describe('an outturn and a variance beside a savings plan', () => {
  it('reads the forecast outturn as the forecast, never the variance', () => {
    const [plan] = readPlans(
      gridOf([
        ['Project', 'Plan £k', 'Forecast Outturn £k', 'Forecast Variance £k'],
        ['Travel', 204, 204, 0],
        ['Service Reviews', 2525, 1838, -687],
      ])
    );
    const money = plan.columns
      .filter((c) => ['savings', 'forecast', 'shortfall'].includes(c.field))
      .map((c) => [c.field, c.header]);
    expect(money).toEqual([
      ['savings', 'Plan £k'],
      ['forecast', 'Forecast Outturn £k'],
    ]);
  });

  it('leaves a projected outturn beside a budget (spend, not savings) unread', () => {
    const [plan] = readPlans(
      gridOf([
        ['Project', 'Project manager', 'Approved budget', 'Projected outturn', 'Status'],
        ['Town hall roof', 'Head of Property', 1_200_000, 1_250_000, 'Green'],
        ['Depot move', 'Head of Waste', 800_000, 790_000, 'Amber'],
      ])
    );
    expect(
      plan.columns.filter((c) => ['savings', 'forecast', 'shortfall'].includes(c.field))
    ).toEqual([]);
  });
});

describe('a group label over the timescale: "Completion date" over Target | Revised target', () => {
  const grid = gridOf(
    [
      ['Ref', 'Agreed action', 'Responsible officer', 'Completion date', null, 'Status'],
      [null, null, null, 'Target', 'Revised target', null],
      [
        '1',
        'Introduce call-back checks on bank detail changes',
        'Finance Manager',
        46112,
        46371,
        'In progress',
      ],
    ],
    {
      merges: [
        merge(1, 4, 1, 5),
        merge(1, 1, 2, 1),
        merge(1, 2, 2, 2),
        merge(1, 3, 2, 3),
        merge(1, 6, 2, 6),
      ],
      numberFormats: [[], [], [null, null, null, DATE, DATE]],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2026-04-01' });

  it('takes the lower row as the header row and the revised target as the due date', () => {
    expect(plan.headerRow).toBe(2);
    expect(rangeA1(plan.range)).toBe('A1:F3');
    expect(plan.actions[0].timescale.due).toBe('2026-12-15');
    expect(plan.actions[0].originalDue).toBe('2026-03-31');
    expect(plan.actions[0].state).toBe('on-track');
  });
});

describe('a Status column beside a column headed RAG', () => {
  it('is read as progress words', () => {
    const [plan] = readPlans(
      gridOf([
        ['Project name', 'Lead officer', 'Project status', 'RAG'],
        ['Town centre hub', 'Head of Regeneration', 'On hold', 'Amber'],
        ['Cycle route', 'Head of Highways', 'In progress', 'Green'],
      ])
    );
    expect(fieldsOf(plan)).toMatchObject({ 'Project status': 'stage', RAG: 'rag' });
    expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'green']);
  });
});

describe('a highlight report: a workstream, its lead and its rating this period', () => {
  const grid = gridOf(
    [
      ['Workstream', 'Workstream lead', 'Status', null, 'Progress this period'],
      [null, null, 'Last period', 'This period', null],
      ['Finance', 'Chief Financial Officer', 'Green', 'Amber', 'Budget model drafted'],
      ['People', 'Head of HR', 'Amber', 'Amber', 'Consultation started'],
    ],
    { merges: [merge(1, 3, 1, 4), merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 5, 2, 5)] }
  );
  const [plan] = readPlans(grid);

  it('is a plan whose workstreams are what is reported on', () => {
    expect(plan.columns.find((c) => c.field === 'action')?.header).toBe('Workstream');
    expect(plan.actions.map((a) => a.action)).toEqual(['Finance', 'People']);
  });

  it('rates this period, and keeps last period as history', () => {
    expect(plan.actions.map((a) => a.rag)).toEqual(['amber', 'amber']);
    expect(plan.actions[0].ragHistory).toEqual([{ period: 'Last period', rag: 'green' }]);
  });
});

describe('a title row above the table', () => {
  it('is not taken for a one-column list, even when it names risks', () => {
    const plans = readPlans(
      gridOf([
        ['Strategic risk register'],
        ['Specific action', 'Action owner', 'Target date', 'Status'],
        ['Patch all servers within 14 days of release', 'Head of IT', 'March 2025', 'Green'],
        [
          'Test the backup restore for every critical system twice a year',
          'Head of IT',
          'June 2025',
          'Amber',
        ],
        ['Train every member of staff to spot phishing emails', 'Head of HR', 'May 2025', 'Green'],
      ])
    );
    expect(plans.map((p) => p.headerRow)).toEqual([2]);
  });
});

describe('ratings shown by fill colour', () => {
  it('reads a risk score filled in RAG colours as the rating', () => {
    const [plan] = readPlans(
      gridOf(
        [
          ['Risk ref', 'Risk', 'Risk score', 'Further action', 'Action owner', 'Target date'],
          [
            'CR1',
            'Failure to balance the budget',
            16,
            'Monthly savings review',
            'Director of Finance',
            'March 2026',
          ],
          [
            'CR2',
            'Cyber attack on council systems',
            9,
            'Patch servers within 14 days',
            'Head of IT',
            'June 2026',
          ],
        ],
        { fills: [[], [null, null, '#FF0000'], [null, null, '#FFC000']] }
      )
    );
    expect(reasonOf(plan, 'Risk score')).toBe(
      'Risk score: 2 of 2 cells are scores filled with RAG colours'
    );
    expect(plan.actions.map((a) => a.rag)).toEqual(['red', 'amber']);
  });

  it('reads a status whose words are progress but whose fills are ratings as the RAG', () => {
    const [plan] = readPlans(
      gridOf(
        [
          ['Action', 'Lead officer', 'Target date', 'Status'],
          ['Refresh the ward plans', 'Assistant Chief Executive', 'March 2026', 'Complete'],
          [
            'Open the youth hub',
            'Head of Youth Services',
            'June 2026',
            'Delayed - less than 3 months',
          ],
          ['Adopt the transport plan', 'Head of Transport', 'May 2026', 'Not started'],
        ],
        {
          fills: [
            [],
            [null, null, null, '#0070C0'],
            [null, null, null, '#FFC000'],
            [null, null, null, '#FF0000'],
          ],
        }
      )
    );
    expect(reasonOf(plan, 'Status')).toBe('Status: 3 of 3 cells are filled with RAG colours');
  });
});

describe('a status column per quarter, under merged section rows, the last quarter not yet rated', () => {
  // The genre of a corporate key action plan: status words of the plan's own (Achieved, Under
  // control, Behind schedule) shown in RAG fills, a section row merged across the table, and Q4
  // still empty at the Q3 report.
  const [AMBER, RED, GREEN, BLUE, PALE] = [
    'FFFFC000',
    'FFFF0000',
    'FF00B050',
    'FF0070C0',
    'FFDDEBF7',
  ];
  const grid = gridOf(
    [
      ['Ref', 'Action', 'Lead', 'Target date', 'Q1 status', 'Q2 status', 'Q3 status', 'Q4 status'],
      ['Aim 1: Stronger communities', null, null, null, null, null, null, null],
      [
        '1a',
        'Start the leisure contract',
        'Neighbourhoods',
        '01/04/2017',
        'On target',
        'On target',
        'Under control',
        null,
      ],
      [
        '1b',
        'Agree the Local Plan',
        'Neighbourhoods',
        '31/03/2017',
        'Under control',
        'Behind schedule',
        'Behind schedule',
        null,
      ],
      ['Aim 2: Stronger place', null, null, null, null, null, null, null],
      [
        '2a',
        'Start the waste contract',
        'Neighbourhoods',
        '31/10/2016',
        'On target',
        'Achieved',
        null,
        null,
      ],
    ],
    {
      merges: [merge(2, 1, 2, 8), merge(5, 1, 5, 8)],
      fills: [
        [],
        [PALE, PALE, PALE, PALE, PALE, PALE, PALE, PALE],
        [null, null, null, null, GREEN, GREEN, AMBER],
        [null, null, null, null, AMBER, RED, RED],
        [PALE, PALE, PALE, PALE, PALE, PALE, PALE, PALE],
        [null, null, null, null, GREEN, BLUE],
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('reads all four quarters as RAG columns by period, the empty Q4 among them', () => {
    const rag = plan.columns.filter((c) => c.field === 'rag');
    expect(rag.map((c) => c.period)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('takes the latest rated quarter as the current RAG: Achieved at Q2 is complete', () => {
    expect(plan.actions.map((a) => [a.rag, a.state])).toEqual([
      ['amber', 'overdue'],
      ['red', 'overdue'],
      ['blue', 'complete'],
    ]);
  });
});

describe('a group label above a column of dates', () => {
  it('is no area: "Programme" over "Start on site" holds dates, and the section rows give the area', () => {
    const DATE = 'dd/mm/yyyy';
    const [plan] = readPlans(
      gridOf(
        [
          [null, null, 'Programme', 'Programme'],
          ['Project', 'Project manager', 'Start on site', 'Completion'],
          ['Education', null, null, null],
          ['School extension', 'Capital Projects Manager', 43892, 44253],
          ['Science block', 'Capital Projects Manager', 43710, 44064],
        ],
        {
          merges: [merge(1, 3, 1, 4), merge(3, 1, 3, 4)],
          numberFormats: [[], [], [], [null, null, DATE, DATE], [null, null, DATE, DATE]],
        }
      ),
      { asOf: '2024-06-01' }
    );
    expect(plan.columns.some((c) => c.field === 'area')).toBe(false);
    expect(plan.unmapped.find((u) => u.col === 3)?.reason).toMatch(/dates, not an area/);
    expect(plan.actions.map((a) => a.area)).toEqual(['Education', 'Education']);
  });
});

describe('update columns whose header sounds like a stage or a date', () => {
  const [plan] = readPlans(
    gridOf([
      ['Action', 'Lead', 'Target date', 'Progress at Q3', 'Evidence of completion'],
      [
        'Open the gallery',
        'Head of Culture',
        '31/12/2016',
        'Opened in December.',
        'Visitor figures to Cabinet.',
      ],
      [
        'Start the contract',
        'Head of Waste',
        '31/10/2016',
        'Mobilisation behind on one site.',
        'Contract signed; first rounds run.',
      ],
      [
        'Review the offices',
        'Head of Property',
        '31/03/2018',
        'Options report in preparation.',
        'Report drafted for the board.',
      ],
    ]),
    { asOf: '2016-06-01' }
  );
  const field = (header: string) => plan.columns.find((c) => c.header === header)?.field;

  it('reads a "Progress" column of sentences with no progress word as notes, not a stage', () => {
    expect(field('Progress at Q3')).toBe('notes');
    expect(plan.findings.filter((f) => f.code === 'unreadable-stage')).toEqual([]);
  });

  it('reads a "completion" column of sentences with no date as notes, never the timescale', () => {
    const [own] = readPlans(
      gridOf([
        ['Action', 'Lead', 'Target date', 'Evidence of completion'],
        ['Open the gallery', 'Head of Culture', '31/12/2016', 'Visitor figures to Cabinet.'],
        ['Start the contract', 'Head of Waste', '31/10/2016', 'Contract signed; first rounds run.'],
      ]),
      { asOf: '2016-06-01' }
    );
    const by = (header: string) => own.columns.find((c) => c.header === header);
    expect(by('Target date')?.field).toBe('timescale');
    expect(by('Evidence of completion')?.field).toBe('notes');
    expect(by('Evidence of completion')?.reason).toMatch(/written updates, not dates/);
  });
});
