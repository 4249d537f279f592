import { readPlans } from '../../src/plan/judge/readPlans';
import { summarise } from '../../src/plan/summary/summarise';
import { STATES } from '../../src/plan/core/types';
import { gridOf } from './gridOf';
import { refOf } from '../cellText';

const asOf = '2024-06-01';

describe('complete, paused and cancelled actions', () => {
  // Every action is long past its date (31 Mar 2024); only the status says whether that matters.
  const grid = gridOf([
    ['Action', 'Lead', 'Timescale', 'RAG', 'Status'],
    ['Open the hub', 'Head of Housing', '31/03/2024', 'Green', 'On hold'],
    ['Merge the teams', 'Head of HR', '31/03/2024', 'Green', 'Withdrawn'],
    ['Review fees', 'Head of Finance', '31/03/2024', 'Green', 'Implemented'],
    ['New website', 'Head of Comms', '31/03/2024', 'Red', 'Closed'],
    ['Train staff', 'Head of HR', '', '', 'Deferred'],
    ['Pilot scheme', 'Head of Housing', 'TBC', '', 'Superseded'],
    ['Cut energy use', 'Head of Estates', '31/03/2024', 'Green', 'Delayed'],
    ['Close the depot', 'Head of Estates', '31/03/2024', 'On hold', ''],
    ['Sell the car park', 'Head of Estates', '31/03/2024', 'Cancelled', ''],
    ['Audit action 4', 'Head of Audit', '31/03/2024', 'C', ''],
  ]);
  const [plan] = readPlans(grid, { asOf });
  const byRow = (row: number) => plan.actions.find((a) => a.row === row);
  const at = (row: number) => plan.findings.filter((f) => f.cell?.row === row);

  it.each([
    [2, 'paused'],
    [3, 'cancelled'],
    [4, 'complete'],
    [5, 'complete'],
    [6, 'paused'],
    [7, 'cancelled'],
    // Delayed is late, not stopped: still overdue.
    [8, 'overdue'],
    // "On hold" or "Cancelled" written in the RAG column stop the action too.
    [9, 'paused'],
    [10, 'cancelled'],
    [11, 'complete'],
  ])('row %i is %s', (row, state) => {
    expect(byRow(row)?.state).toBe(state);
  });

  it('raises no overdue, missing or undated finding on a stopped action', () => {
    for (const row of [2, 3, 4, 6, 7, 9, 10, 11]) expect(at(row)).toEqual([]);
    // A rating that contradicts "complete" is still worth saying.
    expect(at(5).map((f) => f.code)).toEqual(['red-but-complete']);
    expect(at(8).map((f) => f.code)).toEqual(['green-but-overdue']);
  });

  it('counts paused and cancelled in every summary, and never as overdue or due soon', () => {
    const s = summarise([plan], { asOf });
    expect(s.states).toMatchObject({
      paused: 3,
      cancelled: 3,
      complete: 3,
      overdue: 1,
      'due-soon': 0,
      total: 10,
    });
    expect(s.overdue.map((d) => d.action.row)).toEqual([8]);
    expect(Object.keys(s.byLead[0].states).sort()).toEqual([...STATES, 'total'].sort());
    expect(s.byArea[0].states).toMatchObject({ paused: 3, cancelled: 3 });
  });
});

describe('a stop said somewhere other than the Status column', () => {
  // Every action is long past its date (31 Mar 2024); only what the row says stops it.
  const PCT = '0%';
  const grid = gridOf(
    [
      ['Action', 'Lead', 'Timescale', 'RAG', '% complete', 'Latest update'],
      ['Open the hub', 'Head of Housing', '31/03/2024', 'On hold', 0.1, ''],
      ['Merge the teams', 'Head of HR', '31/03/2024', 'Withdrawn', 0.05, ''],
      ['Review fees', 'Head of Finance', '31/03/2024', '', 1, ''],
      ['Train staff', 'Head of HR', '31/03/2024', '', 0.9, ''],
      ['Close the depot', 'Head of Estates', '31/03/2024', '', '', 'Implemented in October'],
      [
        'Sell the car park',
        'Head of Estates',
        '31/03/2024',
        '',
        '',
        'Deferred until the review ends',
      ],
      ['Cut energy use', 'Head of Estates', '31/03/2024', '', '', 'Complete the survey by May'],
      ['Fit solar panels', 'Head of Estates', '31/03/2024', '', '', 'Contractor appointed'],
    ],
    { numberFormats: [[], ...Array.from({ length: 8 }, () => [null, null, null, null, PCT])] }
  );
  const [plan] = readPlans(grid, { asOf });
  const byRow = (row: number) => plan.actions.find((a) => a.row === row);

  it.each([
    // A stop word in the RAG column outweighs a share done beside it.
    [2, 'paused'],
    [3, 'cancelled'],
    // 1 in a "% complete" column is 100%, as Excel holds it; 90% is still being done.
    [4, 'complete'],
    [5, 'overdue'],
    // An update that opens with a stop word stops the action; an instruction does not.
    [6, 'complete'],
    [7, 'paused'],
    [8, 'overdue'],
    [9, 'overdue'],
  ])('row %i is %s', (row, state) => {
    expect(byRow(row)?.state).toBe(state);
  });

  it('says which update it read the stop from', () => {
    const fromNotes = plan.findings.filter((f) => f.code === 'stage-from-notes');
    expect(fromNotes.map((f) => refOf(f.cell))).toEqual(["'Plan'!F6", "'Plan'!F7"]);
    expect(fromNotes[0]).toMatchObject({ severity: 'info' });
    expect(fromNotes[0].message).toMatch(/complete from the update "Implemented in October"/);
    expect(fromNotes[1].message).toMatch(/paused/);
  });

  it('reads a share done as a share, with no unreadable-stage finding', () => {
    expect(plan.findings.filter((f) => f.code === 'unreadable-stage')).toEqual([]);
  });
});

describe('a risk score filled blue', () => {
  const BLUE = 'FF0070C0';
  const RED = 'FFFF0000';
  const grid = gridOf(
    [
      ['Risk', 'Score', 'Mitigating action', 'Action owner', 'Due date'],
      ['Budget gap', 16, 'Refresh the financial plan', 'Head of Finance', '31/03/2024'],
      ['Cyber attack', 15, 'Test disaster recovery', 'ICT Manager', '31/03/2024'],
    ],
    { fills: [[], [null, BLUE], [null, RED]] }
  );
  const [plan] = readPlans(grid, { asOf });

  it('is the risk level, never Blue (complete): the overdue action stays overdue', () => {
    expect(plan.columns.find((c) => c.field === 'rag')?.header).toBe('Score');
    expect(plan.actions[0]).toMatchObject({ rag: null, state: 'overdue' });
    // A score on red is rated red as before.
    expect(plan.actions[1]).toMatchObject({ rag: 'red', state: 'overdue' });
  });

  it('says what it saw in the cell', () => {
    const blue = plan.findings.filter((f) => f.code === 'blue-score');
    expect(blue.map((f) => refOf(f.cell))).toEqual(["'Plan'!B2"]);
    expect(blue[0]).toMatchObject({ severity: 'warning' });
    expect(blue[0].message).toMatch(/score 16 is filled blue/);
  });
});

describe('risk scores shaded only blue and green', () => {
  const BLUE = 'FF0070C0';
  const LIGHT_GREEN = 'FF92D050';
  const grid = gridOf(
    [
      ['Risk', 'Score', 'Mitigating action', 'Action owner', 'Due date'],
      ['Budget gap', 16, 'Refresh the financial plan', 'Head of Finance', '31/03/2025'],
      ['Cyber attack', 15, 'Test disaster recovery', 'ICT Manager', '31/03/2025'],
      ['Loss of key staff', 6, 'Refresh the workforce plan', 'Head of HR', '31/03/2025'],
    ],
    { fills: [[], [null, BLUE], [null, BLUE], [null, LIGHT_GREEN]] }
  );
  const [plan] = readPlans(grid, { asOf });

  it('are the bands of a risk matrix: the Score column is not the rating, and says why', () => {
    expect(plan.columns.find((c) => c.field === 'rag')).toBeUndefined();
    expect(plan.unmapped.find((c) => c.header === 'Score')?.reason).toMatch(
      /bands of a risk matrix/
    );
  });

  it('rates no action, not even the one whose score is on green', () => {
    expect(plan.actions.map((a) => a.rag)).toEqual([null, null, null]);
  });
});

describe('a Status of "Ongoing" where no date is written', () => {
  const [plan] = readPlans(
    gridOf([
      ['Recommendation', 'Officer responsible', 'Status'],
      ['Report sickness absence every quarter', 'Head of HR', 'Ongoing'],
      ['Visit the contact centre', 'Head of Customer Relations', 'In progress'],
    ]),
    { asOf }
  );

  it('is ongoing, as the same word in a timescale column would be; other progress stays undated', () => {
    expect(plan.actions.map((a) => a.state)).toEqual(['ongoing', 'undated']);
    expect(plan.actions[0].timescale).toMatchObject({ kind: 'ongoing', due: null });
  });
});
