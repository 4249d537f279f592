/**
 * Dates that are not deadlines: a meeting, review or report date is never the timescale beside a
 * deadline column, and a revised date wins over the original wherever it stands. Excel day
 * numbers are worked out by hand: 46023 is 1 Jan 2026.
 */
import { readPlans } from '../../src/plan/judge/readPlans';
import type { CellValue, Grid } from '../../src/plan/core/grid';
import { gridOf, merge } from './gridOf';

const AS_OF = '2026-12-07';
const DMY = 'dd/mm/yyyy';
/** 14 Apr 2026 (46023 + 103), 31 Mar 2027 (46023 + 364 + 89), 31 Dec 2026 (46023 + 364). */
const APR_14_2026 = 46126;
const MAR_31_2027 = 46477;
const DEC_31_2026 = 46387;
/** 30 Jun 2026 (46023 + 180), 30 Sep 2026 (46023 + 272). */
const JUN_30_2026 = 46203;
const SEP_30_2026 = 46295;

/** Number formats: a date format in the given columns (1-based) of every row below the header. */
function dated(rows: number, cols: number[]): Partial<Grid> {
  const row: (string | null)[] = [];
  for (const c of cols) row[c - 1] = DMY;
  return { numberFormats: [[], ...Array.from({ length: rows }, () => row)] };
}

function onlyPlan(rows: CellValue[][], extras: Partial<Grid>) {
  const plans = readPlans(gridOf(rows, extras), { asOf: AS_OF });
  expect(plans).toHaveLength(1);
  return plans[0];
}

it('a meeting date beside a due date: the due date is the timescale, not "Date" nor "Exec Date"', () => {
  const plan = onlyPlan(
    [
      ['Ref', 'Action', 'Responsible officer', 'Date', 'Exec Date', 'Target completion', 'RAG'],
      [
        'SQ1',
        'Fire risk assessments',
        'Head of Compliance',
        APR_14_2026,
        APR_14_2026,
        MAR_31_2027,
        'Green',
      ],
      [
        'SQ2',
        'Electrical reports',
        'Head of Compliance',
        APR_14_2026,
        APR_14_2026,
        DEC_31_2026,
        'Amber',
      ],
    ],
    dated(2, [4, 5, 6])
  );
  expect(plan.columns.find((c) => c.field === 'timescale')?.col).toBe(6);
  expect(plan.actions.map((a) => a.timescale.due)).toEqual(['2027-03-31', '2026-12-31']);
  // 31 Mar 2027 is 114 days after 7 Dec 2026: on track; 31 Dec 2026 is 24 days away: due soon.
  expect(plan.actions.map((a) => a.state)).toEqual(['on-track', 'due-soon']);
});

it('a revised date two columns from the original wins, the original kept', () => {
  const plan = onlyPlan(
    [
      ['No.', 'Action agreed', 'By whom', 'By when', 'Progress', 'Revised timetable', 'Status'],
      [
        '1',
        'Balanced plan',
        'Director of Finance',
        'March 2026',
        'Two of three years',
        'June 2027',
        'Partially implemented',
      ],
      [
        '2',
        'Workforce strategy',
        'Director of People',
        'April 2026',
        'Consultation extended',
        '31/01/2027',
        'Not implemented',
      ],
      [
        '3',
        'Sell the stake',
        'Chief Operating Officer',
        'March 2026',
        'Nothing to sell',
        null,
        'Not applicable',
      ],
    ],
    {}
  );
  expect(plan.columns.find((c) => c.field === 'lead')?.col).toBe(3);
  expect(plan.actions.map((a) => a.timescale.due)).toEqual([
    '2027-06-30',
    '2027-01-31',
    '2026-03-31',
  ]);
  expect(plan.actions.map((a) => a.originalDue)).toEqual([
    '2026-03-31',
    '2026-04-30',
    '2026-03-31',
  ]);
  expect(plan.actions.map((a) => a.state)).toEqual(['on-track', 'on-track', 'cancelled']);
});

it('under a merged "Target date" band over Original and Revised, the revised one is the due date', () => {
  const plan = onlyPlan(
    [
      ['Action', 'Lead', 'Target date', null, 'RAG'],
      [null, null, 'Original', 'Revised', null],
      ['Fix the roof', 'Director of Place', JUN_30_2026, SEP_30_2026, 'Amber'],
      ['Mend the gate', 'Director of Place', DEC_31_2026, null, 'Green'],
    ],
    {
      merges: [merge(1, 3, 1, 4)],
      numberFormats: [[], [], [null, null, DMY, DMY], [null, null, DMY, DMY]],
    }
  );
  expect(plan.actions.map((a) => a.timescale.due)).toEqual(['2026-09-30', '2026-12-31']);
  expect(plan.actions[0].originalDue).toBe('2026-06-30');
  expect(plan.actions[0].state).toBe('overdue');
});

it('a meeting date that is the only date is passed over, and said at its header', () => {
  const plan = onlyPlan(
    [
      ['Min. No.', 'Meeting date', 'Recommendation', 'Officer responsible', 'Status'],
      ['101', APR_14_2026, 'Report back on the parking review', 'Head of Transport', 'In progress'],
      ['102', JUN_30_2026, 'Publish the leisure strategy', 'Head of Leisure', 'Complete'],
    ],
    dated(2, [2])
  );
  expect(plan.columns.some((c) => c.field === 'timescale')).toBe(false);
  expect(plan.actions.map((a) => a.timescale.due)).toEqual([null, null]);
  expect(plan.actions.map((a) => a.state)).toEqual(['undated', 'complete']);
  const note = plan.findings.find((f) => f.code === 'date-not-deadline');
  expect(note?.cell).toEqual({ sheet: 'Plan', row: 1, col: 2 });
  expect(note?.message).toContain('--column timescale=HEADER');
});

it('a risk register with no date column: its risks are managed continuously, ongoing', () => {
  const plan = onlyPlan(
    [
      ['No.', 'Risk Name', 'Mitigations', 'Risk Owner', 'RAG'],
      ['1', 'Contractor failure', 'Parent company guarantee', 'Head of Procurement', 'Amber'],
      ['2', 'Cost inflation', 'Contingency of 10%', 'Head of Finance', 'Red'],
    ],
    {}
  );
  expect(plan.actions.map((a) => [a.timescale.kind, a.state])).toEqual([
    ['ongoing', 'ongoing'],
    ['ongoing', 'ongoing'],
  ]);
  // The plan still says it has no timescale column.
  expect(plan.findings.some((f) => f.code === 'missing-column' && f.cell === null)).toBe(true);
});
