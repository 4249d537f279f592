/**
 * What is not a plan (issue 17, item 3) and tables that go on (item 5). Every sheet is typed here
 * as a person would; every expected row, column and amount is worked out by hand from it (the
 * header in row 1 unless said, columns A, B, C ... as written).
 */
import { readSheet, type CellValue, type Grid } from '../../src/plan';
import { gridOf, merge } from './gridOf';

const asOf = '2025-06-30';
const read = (rows: CellValue[][], extras: Partial<Grid> = {}) =>
  readSheet(gridOf(rows, extras), { asOf });

describe('a sheet the drop-downs take their values from', () => {
  const rows: CellValue[][] = [
    ['Project', 'Status'],
    ['Town hall roof', 'Not started'],
    ['Depot move', 'In progress'],
    ['Library refit', 'Complete'],
  ];
  // A drop-down elsewhere in the workbook lists B2:B4 (Not started, In progress, Complete).
  const statusList = { top: 2, left: 2, bottom: 4, right: 2 };

  it('is passed over as the list the drop-downs use, with its range', () => {
    const sheet = read(rows, { listSources: [statusList] });
    expect(sheet.plans).toEqual([]);
    expect(sheet.passedOver).toEqual([
      {
        sheet: 'Plan',
        range: { top: 1, left: 1, bottom: 4, right: 2 },
        headerRow: 1,
        table: null,
        reason: 'list-source',
      },
    ]);
  });

  it('is a plan of three projects when no drop-down takes its values from it', () => {
    const sheet = read(rows);
    expect(sheet.passedOver).toEqual([]);
    expect(sheet.plans.map((p) => p.actions.map((a) => [a.row, a.stage]))).toEqual([
      [
        [2, 'not-started'],
        [3, 'in-progress'],
        [4, 'complete'],
      ],
    ]);
  });
});

describe('a grid of numbers by period', () => {
  it('is passed over: amounts a project and quarter track nothing', () => {
    const sheet = read([
      ['Project', 'Q1 2025/26', 'Q2 2025/26', 'Q3 2025/26', 'Q4 2025/26'],
      ['Town hall roof', 120, 80, 40, 0],
      ['Depot move', 0, 250, 250, 100],
      ['Library refit', 30, 30, 30, 30],
    ]);
    expect(sheet.plans).toEqual([]);
    expect(sheet.passedOver.map((p) => [p.reason, p.range])).toEqual([
      ['period-grid', { top: 1, left: 1, bottom: 4, right: 5 }],
    ]);
  });

  it('but a scorecard that rates each line and names its lead beside the quarters is a plan', () => {
    const sheet = read([
      ['Measure', 'Lead', 'Q1 2025/26', 'Q2 2025/26', 'Q3 2025/26', 'RAG'],
      ['Household waste recycled (%)', 'Head of Environment', 33, 34, 35, 'Amber'],
      ['Parking permits in five days (%)', 'Head of Parking', 90, 88, 91, 'Green'],
    ]);
    expect(sheet.passedOver).toEqual([]);
    expect(sheet.plans[0].actions.map((a) => [a.row, a.lead, a.rag])).toEqual([
      [2, 'Head of Environment', 'amber'],
      [3, 'Head of Parking', 'green'],
    ]);
  });
});

describe('a list nothing tracks', () => {
  it('recommendations and nothing else are passed over, and say why', () => {
    const sheet = read([
      ['No.', 'Recommendation'],
      [1, 'The council should set out a clear set of priorities for the next four years'],
      [2, 'Members and officers should agree a protocol for how they work together'],
    ]);
    expect(sheet.plans).toEqual([]);
    expect(sheet.passedOver.map((p) => [p.reason, p.headerRow])).toEqual([['untracked', 1]]);
  });
});

/**
 * A plan 30 columns wide: Ref (A), Theme (B), Action (C), ten unlabelled filler columns (D-M),
 * Lead (N), eleven more (O-Y), of which R and S hold scoring numbers, Deadline (Z), one filler
 * (AA), Status (AB), one filler (AC), RAG (AD). The gaps split the header into runs; together
 * they are one plan.
 */
describe('a plan 30 columns wide with filler columns', () => {
  const wide = (cells: Record<number, CellValue>): CellValue[] =>
    Array.from({ length: 30 }, (_, i) => cells[i + 1] ?? null);
  const sheet = read([
    wide({
      1: 'Ref',
      2: 'Theme',
      3: 'Action',
      14: 'Lead',
      26: 'Deadline',
      28: 'Status',
      30: 'RAG',
    }),
    wide({
      1: 'CI1',
      2: 'Continuous improvement',
      3: 'Set targets for every service in the service plans',
      14: 'Head of Corporate Policy',
      18: 20,
      19: 0,
      26: '31/03/2025',
      28: 'In progress',
      30: 'Amber',
    }),
    wide({
      1: 'G1',
      2: 'Governance',
      3: 'Publish every key officer decision within five days',
      14: 'Monitoring Officer',
      18: 30,
      19: 1,
      26: '30/09/2025',
      28: 'In progress',
      30: 'Green',
    }),
  ]);

  it('finds the header in row 1 and maps the columns past the fillers', () => {
    expect(sheet.plans).toHaveLength(1);
    const plan = sheet.plans[0];
    expect(plan.headerRow).toBe(1);
    const at = (field: string) => plan.columns.find((c) => c.field === field)?.col;
    expect([at('action'), at('lead'), at('timescale'), at('stage'), at('rag')]).toEqual([
      3, 14, 26, 28, 30,
    ]);
  });

  it('reads each action with its date, lead and rating: the first overdue on 30 Jun 2025', () => {
    expect(
      sheet.plans[0].actions.map((a) => [a.row, a.lead, a.timescale.due, a.rag, a.state])
    ).toEqual([
      [2, 'Head of Corporate Policy', '2025-03-31', 'amber', 'overdue'],
      [3, 'Monitoring Officer', '2025-09-30', 'green', 'on-track'],
    ]);
  });
});

describe('a savings tracker with a note row inside it', () => {
  const sheet = read([
    ['Ref', 'Scheme', 'Lead', 'Saving £', 'Position'],
    ['A1', 'Review of domiciliary care', 'Head of Adults', 310000, 'On track'],
    ['Note: the two waste schemes below were merged in May'],
    ['W1', 'Commercial waste collections', 'Head of Environment', 260000, 'On track'],
    ['W2', 'Car park charges', 'Head of Highways', 90000, 'At risk'],
  ]);

  it('reads the rows below the note: three schemes, £660,000 (310,000 + 260,000 + 90,000)', () => {
    expect(sheet.plans).toHaveLength(1);
    const plan = sheet.plans[0];
    expect(plan.actions.map((a) => [a.row, a.savings, a.area])).toEqual([
      [2, 310000, null],
      [4, 260000, null],
      [5, 90000, null],
    ]);
    expect(plan.actions.reduce((sum, a) => sum + (a.savings ?? 0), 0)).toBe(660000);
  });

  it('says nothing of a stop: the plan runs to its last filled row', () => {
    expect(sheet.plans[0].range.bottom).toBe(5);
    expect(sheet.plans[0].findings.filter((f) => f.code === 'plan-stopped')).toEqual([]);
  });
});

describe('a long paragraph merged across the table', () => {
  const success =
    'What success will look like: nine in ten plans re-written to the new standard, with the outcomes that families say matter most to them set out in their own words';
  const sheet = read(
    [
      ['Ref', 'Action', 'Lead', 'By when', 'RAG'],
      ['Area of weakness 1: the quality of plans'],
      [success],
      ['1.1', 'Re-write the outcomes of every plan', 'Head of SEND Service', '31/12/2025', 'Amber'],
      [
        '1.2',
        'Audit a sample of plans each term',
        'Principal Educational Psychologist',
        '31/03/2026',
        'Green',
      ],
    ],
    { merges: [merge(2, 1, 2, 5), merge(3, 1, 3, 5)] }
  );

  it('does not end the plan: both actions below it are read, under the area above', () => {
    expect(sheet.plans).toHaveLength(1);
    expect(sheet.plans[0].actions.map((a) => [a.row, a.area, a.timescale.due])).toEqual([
      [4, 'Area of weakness 1: the quality of plans', '2025-12-31'],
      [5, 'Area of weakness 1: the quality of plans', '2026-03-31'],
    ]);
  });
});

describe('a plan that stops before its last filled row', () => {
  it('names the row that ended it and how far the filled rows below run', () => {
    const sheet = read([
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Fix the roof', 'Director of Place', '31/12/2025', 'Green'],
      ['Note: figures are provisional'],
      ['Phone list'],
      ['Reception', '01234 567890'],
    ]);
    const plan = sheet.plans[0];
    expect(plan.range.bottom).toBe(2);
    const stopped = plan.findings.filter((f) => f.code === 'plan-stopped');
    expect(stopped.map((f) => [f.cell?.row, f.severity])).toEqual([[3, 'info']]);
    expect(stopped[0].message).toBe(
      "The plan is read to row 2: row 3 is a note, and the rows below it (to row 5) are not read as part of the plan. If they are, remove what ends it, or point at the plan's whole range (in the task pane, or check --plan RANGE)."
    );
  });
});

describe('a risk register whose tables are each headed again', () => {
  const head = [
    'No.',
    'Risk Name',
    'Mitigations',
    'Pre-mitigated Raw Total Score',
    'Risk Owner/Role',
  ];
  const sheet = read([
    ['Project 1:', 'Town hall'],
    head,
    [0, 'Example of how to complete >', 'Cross-function catch-ups', 15, 'Programme manager'],
    [1, 'Contractor insolvency', 'Parent company guarantee', 12, 'Head of Property'],
    [null],
    ['Project 2:', 'Depot'],
    head,
    [0, 'Example of how to complete >', 'Cross-function catch-ups', 15, 'Programme manager'],
    [1, 'Planning refused', 'Early talks with planners', 9, 'Head of Planning'],
    [2],
    [3],
  ]);

  it('reads one plan a project, each ending before the next title; example rows left out with a note', () => {
    expect(sheet.plans.map((p) => [p.headerRow, p.range.bottom])).toEqual([
      [2, 4],
      [7, 11],
    ]);
    expect(sheet.plans.map((p) => p.actions.map((a) => a.row))).toEqual([[4], [9]]);
    expect(
      sheet.plans
        .flatMap((p) => p.findings.filter((f) => f.code === 'example-row'))
        .map((f) => f.cell?.row)
    ).toEqual([3, 8]);
  });
});

describe('a log of moved dates', () => {
  it('is passed over: old date, new date and the reason, with nothing else tracking the rows', () => {
    const sheet = read([
      ['Milestone', 'Previous date', 'New date', 'Reason'],
      ['Heat pumps commissioned', '31/03/2025', '31/10/2025', 'Grid connection upgrade needed'],
      ['Consultation opens', '30/11/2024', '28/02/2025', 'Moved after the elections'],
    ]);
    expect(sheet.plans).toEqual([]);
    expect(sheet.passedOver.map((p) => [p.reason, p.range])).toEqual([
      ['change-log', { top: 1, left: 1, bottom: 3, right: 4 }],
    ]);
  });

  it('but milestones with their old and new dates and a status are a plan', () => {
    const sheet = read([
      ['Milestone', 'Original date', 'Revised date', 'Status', 'Reason'],
      ['Roof works complete', '30/09/2025', '14/12/2025', 'In progress', 'Scaffold extended'],
      ['Building reopened', '31/03/2026', '30/06/2026', 'Not started', 'Follows the roof'],
    ]);
    expect(sheet.passedOver).toEqual([]);
    expect(sheet.plans[0].actions.map((a) => [a.row, a.stage])).toEqual([
      [2, 'in-progress'],
      [3, 'not-started'],
    ]);
  });
});

describe('a list of labels and values above a table', () => {
  const sheet = read([
    ['Project highlight report', null, null, null],
    ['Project', 'Guildhall restoration', null, null],
    ['Sponsor', 'Director of Place', null, null],
    ['Project manager', 'Senior Project Manager', null, null],
    ['Reporting period', 'October 2025', null, null],
    [null, null, null, null],
    ['Milestone', 'Original date', 'Revised date', 'Status'],
    ['Roof works complete', '30/09/2025', '14/12/2025', 'In progress'],
    ['Building reopened', '31/03/2026', '30/06/2026', 'Not started'],
  ]);

  it('is no plan: "Project manager | Senior Project Manager" is one more line of the list, not a header', () => {
    expect(sheet.plans.map((p) => p.headerRow)).toEqual([7]);
    // The block A2:B5 is listed once as passed over, so a user who disagrees can still pick it.
    expect(sheet.passedOver.map((p) => p.range)).toEqual([
      { top: 2, left: 1, bottom: 5, right: 2 },
    ]);
  });

  it('leaves the milestones below as the only actions', () => {
    expect(sheet.plans[0].actions.map((a) => a.row)).toEqual([8, 9]);
  });
});

describe('a two-column plan under a title', () => {
  it('is still a plan: one pair above is a title and a date, not a list', () => {
    const sheet = read([
      ['Action plan', 'October 2025'],
      ['Action', 'Lead'],
      ['Open a contact centre', 'Head of Customer Services'],
      ['Build 200 homes', 'Head of Housing'],
    ]);
    expect(sheet.plans.map((p) => [p.headerRow, p.actions.length])).toEqual([[2, 2]]);
  });
});
