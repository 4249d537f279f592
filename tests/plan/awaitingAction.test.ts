import { readPlans } from '../../src/plan';
import { gridOf, merge } from './gridOf';

const HEADER = ['Ref', 'Recommendation', 'Action', 'Lead', 'Timescale', 'RAG'];

describe('a recommendation whose action is not written yet', () => {
  it('each numbered recommendation on its own row is an action, with a note at its empty action cell', () => {
    const plans = readPlans(
      gridOf([
        ['Action plan'],
        HEADER,
        ['1', 'Close the budget gap.'],
        [
          '2',
          'Review the capital programme.',
          'Asset review',
          'Director of Finance',
          '31/03/2027',
          'Green',
        ],
        ['3', 'Improve ICT.'],
      ]),
      { asOf: '2026-06-01' }
    );
    expect(plans).toHaveLength(1);
    // Rows 3 and 5 (recommendations 1 and 3) have no action yet; row 4 has its own.
    expect(plans[0].actions.map((a) => [a.row, a.ref, a.objective, a.action])).toEqual([
      [3, '1', 'Close the budget gap.', null],
      [4, '2', 'Review the capital programme.', 'Asset review'],
      [5, '3', 'Improve ICT.', null],
    ]);
    const notes = plans[0].findings.filter((f) => f.code === 'no-action-yet');
    // The action column is C (3): the notes are at C3 and C5.
    expect(notes.map((f) => [f.severity, f.cell?.row, f.cell?.col])).toEqual([
      ['info', 3, 3],
      ['info', 5, 3],
    ]);
  });

  it('a recommendation the rows below are grouped under is their heading, not an action', () => {
    const plans = readPlans(
      gridOf([
        HEADER,
        ['1', 'Close the budget gap.'],
        [null, null, 'Savings board', 'Chief Executive', '31/03/2027', 'Amber'],
        [null, null, 'Star chambers', 'Director of Finance', '31/03/2027', 'Red'],
      ]),
      { asOf: '2026-06-01' }
    );
    expect(plans[0].actions.map((a) => [a.row, a.ref, a.objective, a.action])).toEqual([
      [3, '1', 'Close the budget gap.', 'Savings board'],
      [4, '1', 'Close the budget gap.', 'Star chambers'],
    ]);
    expect(plans[0].findings.some((f) => f.code === 'no-action-yet')).toBe(false);
  });

  it('a recommendation merged over its action rows is their heading', () => {
    const plans = readPlans(
      gridOf(
        [
          HEADER,
          ['1', 'Close the budget gap.'],
          [null, null, 'Savings board', 'Chief Executive', '31/03/2027', 'Amber'],
        ],
        { merges: [merge(2, 1, 3, 1), merge(2, 2, 3, 2)] }
      ),
      { asOf: '2026-06-01' }
    );
    expect(plans[0].actions.map((a) => [a.row, a.action])).toEqual([[3, 'Savings board']]);
  });

  it('a row with no reference of its own is not one (a look-up list of outcomes)', () => {
    const plans = readPlans(
      gridOf([
        HEADER,
        ['1', 'Close the budget gap.', 'Savings board', 'Chief Executive', '31/03/2027', 'Amber'],
        [null, 'Improved outcomes for residents'],
        [null, 'Better value for money'],
      ]),
      { asOf: '2026-06-01' }
    );
    expect(plans[0].actions.map((a) => a.row)).toEqual([2]);
  });
});
