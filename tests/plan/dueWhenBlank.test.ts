/**
 * Where a plan leaves the due date blank but says it elsewhere on the row: the original date beside
 * an empty revised (or forecast) date still stands, and "Ongoing" as the status is ongoing.
 */
import { readPlans } from '../../src/plan';
import { gridOf } from './gridOf';
import { refOf } from '../cellText';

const asOf = '2026-11-30';

describe('a blank revised or forecast date', () => {
  const [plan] = readPlans(
    gridOf([
      ['Project', 'Project manager', 'Planned end date', 'Forecast end date', 'Overall RAG'],
      ['New leisure centre', 'Major Projects Manager', '31/12/2025', '30/06/2027', 'Amber'],
      ['Depot relocation', 'Facilities Manager', '30/06/2026', '', 'Green'],
      ['Solar canopy', 'Energy Officer', '31/03/2021', '', 'On hold'],
      ['Channel shift', 'Improvement Manager', '', '', 'Green'],
    ]),
    { asOf }
  );
  const at = (row: number) => plan.actions.find((a) => a.row === row);

  it('leaves the original date standing as the due date, so a late action is still overdue', () => {
    expect(at(2)?.timescale.due).toBe('2027-06-30');
    expect(at(3)?.timescale.due).toBe('2026-06-30');
    expect(at(3)?.state).toBe('overdue');
    expect(
      plan.findings.filter((f) => f.code === 'green-but-overdue').map((f) => refOf(f.cell))
    ).toEqual(["'Plan'!E3"]);
    // Paused stays paused, whatever its date.
    expect(at(4)?.state).toBe('paused');
  });

  it('with neither date, is undated and missing', () => {
    expect(at(5)?.state).toBe('undated');
    expect(
      plan.findings.filter((f) => f.code === 'missing-timescale').map((f) => refOf(f.cell))
    ).toEqual(["'Plan'!D5"]);
  });
});

describe('"Ongoing" written as the status of an action with no date', () => {
  const [plan] = readPlans(
    gridOf([
      ['Min. No.', 'Recommendation', 'Officer responsible', 'Status'],
      ['901', 'That sickness figures be reported every quarter', 'Head of HR', 'Ongoing'],
      [
        '702',
        'That a report on the contract rules be brought back',
        'Head of Legal',
        'Not started',
      ],
      ['640', 'That a working group on income be set up', 'Head of Finance', 'In progress'],
    ]),
    { asOf }
  );

  it('is ongoing, as the status says; other progress words leave it undated', () => {
    expect(plan.actions.map((a) => [a.row, a.state])).toEqual([
      [2, 'ongoing'],
      [3, 'undated'],
      [4, 'undated'],
    ]);
  });
});
