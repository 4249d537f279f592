/**
 * A savings line described under another header than "Action": Description, Budget line, a
 * "Brief Summary of Budget Proposal" is what is to be done. Not by loosening detection so far
 * that a budget grid, a glossary or a key becomes a plan.
 */
import { readPlans } from '../../src/plan';
import { gridOf } from './gridOf';

const asOf = '2025-06-30';
const read = (rows: (string | number | null)[][]) => readPlans(gridOf(rows), { asOf });
const subject = (rows: (string | number | null)[][]) => {
  const plans = read(rows);
  return plans.length === 1 ? plans[0].columns.find((c) => c.field === 'action')?.header : null;
};

describe('the description of a saving is what is to be done', () => {
  it.each([
    ['Description'],
    ['Budget line'],
    ['Brief Summary of Budget Proposal / Strategy and Risks'],
    ['Description of savings proposal'],
  ])('"%s" over descriptions, beside money, is the action column', (header) => {
    expect(
      subject([
        ['Service', header, 'Saving £k'],
        ['Libraries', 'Reduce opening hours at two branch libraries', 120],
        ['Parks', 'Move grass cutting to a six-weekly cycle', 80],
        ['Waste', 'Charge for the second green waste bin', 250],
      ])
    ).toBe(header);
  });

  it('reads the unit written on the row under the header ("£\'000") and starts the data below it', () => {
    const [plan] = read([
      ['Service', 'Description', 'Savings 2025/26'],
      [null, null, "£'000"],
      ['Libraries', 'Reduce opening hours at two branch libraries', 120],
      ['Parks', 'Move grass cutting to a six-weekly cycle', 80],
    ]);
    expect(plan.headerRow).toBe(2);
    expect(plan.actions.map((a) => [a.row, a.savings])).toEqual([
      [3, 120_000],
      [4, 80_000],
    ]);
  });
});

describe('still not plans', () => {
  it('a budget grid: services and budget figures, nothing described as to be done', () => {
    expect(
      read([
        ['Service', "2024/25 Budget £'000", "2025/26 Budget £'000", 'Change %'],
        ['Libraries', 3_200, 3_080, -3.8],
        ['Parks', 2_100, 2_020, -3.8],
        ['Waste', 9_800, 10_100, 3.1],
      ])
    ).toEqual([]);
  });

  it('a glossary: a term and its description', () => {
    expect(
      read([
        ['Term', 'Description'],
        ['MTFS', 'Medium term financial strategy: the plan for the next four years of the budget'],
        ['HRA', 'Housing revenue account, kept apart from the general fund by law'],
        ['DSG', 'Dedicated schools grant, paid to the council for schools'],
      ])
    ).toEqual([]);
  });

  it('a RAG key: each rating once with its description', () => {
    expect(
      read([
        ['RAG', 'Description'],
        ['Red', 'The saving will not be delivered this year'],
        ['Amber', 'The saving is at risk; action is being taken'],
        ['Green', 'The saving is on track'],
      ])
    ).toEqual([]);
  });
});
