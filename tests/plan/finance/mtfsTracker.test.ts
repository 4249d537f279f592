/**
 * A savings tracker as MTFS appendices keep it: a status column of words (some progress, some
 * ratings) and no RAG column, a shortfall column, a totals row and a line for the gap still to be
 * found. Figures worked out by hand from the rows below (£k, so × 1,000).
 */
import { readPlans } from '../../../src/plan';
import { gridOf } from '../gridOf';

const asOf = '2026-11-30';
const [plan] = readPlans(
  gridOf(
    [
      [
        'Ref',
        'Savings proposal',
        'Lead officer',
        'Target £k',
        'Forecast £k',
        'Shortfall £k',
        'Status',
        'Delivery date',
      ],
      [
        'S1',
        'Garden waste charge',
        'Head of Environment',
        150,
        150,
        0,
        'Implemented',
        '01/04/2026',
      ],
      ['S2', 'Leisure contract', 'Head of Leisure', 300, 200, 100, 'At risk', '31/03/2027'],
      ['S3', 'Shared legal service', 'Head of Legal', 80, 90, -10, 'On track', '30/06/2027'],
      ['S4', 'Car park tariffs', 'Head of Property', 120, '', 120, 'Not started', '31/01/2027'],
      [
        'S5',
        'Close the budget gap in libraries',
        'Head of Culture',
        50,
        50,
        0,
        'In progress',
        '31/03/2027',
      ],
      ['S6', 'One-stop shop', 'Head of Customer Services', 60, 0, 60, 'Withdrawn', '30/06/2026'],
      ['', 'Total', '', 760, 490, 270, '', ''],
      ['', 'MTFS gap still to be met', '', 1181, '', '', '', ''],
    ],
    { sheet: 'Table One' }
  ),
  { asOf }
);
const byRow = (row: number) => plan.actions.find((a) => a.row === row);

describe('an MTFS savings table with a status column and no RAG column', () => {
  it('reads the ratings written as status words, and the progress words as stages', () => {
    expect(plan.columns.find((c) => c.field === 'rag')).toBeUndefined();
    expect(plan.actions.map((a) => [a.row, a.rag, a.state])).toEqual([
      [2, null, 'complete'],
      [3, 'amber', 'on-track'],
      [4, 'green', 'on-track'],
      [5, null, 'on-track'],
      [6, null, 'on-track'],
      [7, null, 'cancelled'],
    ]);
    // "At risk" is a rating, not an unreadable stage; and the ratings are there, so no RAG column is missing.
    expect(plan.findings.filter((f) => f.code === 'unreadable-stage')).toEqual([]);
    expect(plan.findings.filter((f) => f.code === 'missing-column')).toEqual([]);
  });

  it('gives each saving its shortfall: target − forecast, or the given figure when the forecast is unknown', () => {
    expect(plan.actions.map((a) => [a.row, a.savings, a.forecast, a.shortfall])).toEqual([
      [2, 150_000, 150_000, 0],
      [3, 300_000, 200_000, 100_000],
      [4, 80_000, 90_000, -10_000],
      [5, 120_000, null, 120_000],
      [6, 50_000, 50_000, 0],
      [7, 60_000, 0, 60_000],
    ]);
  });

  it('reads the gap still to be met as neither a saving nor a total; a saving that speaks of a gap stays one', () => {
    expect(byRow(9)).toBeUndefined();
    expect(byRow(6)?.action).toBe('Close the budget gap in libraries');
    expect(plan.finance?.totals.map((t) => t.row)).toEqual([8]);
    // 150 + 300 + 80 + 120 + 50 + 60 = 760: the totals row adds up, and the gap is not checked against it.
    expect(plan.findings.filter((f) => f.code === 'totals-mismatch')).toEqual([]);
  });
});
