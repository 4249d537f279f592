/**
 * A form is not a plan: labels ending in ":" are questions to fill in, not column headers
 * (src/plan/detect/judge.ts, isPlanHeader). The rule is "at least half the labels", so a form
 * with one label that lost its colon is still a form. Guards against the rule being narrowed to
 * "every label".
 */
import { readPlans, type CellValue } from '../../src/plan';
import { gridOf } from './gridOf';

/** The header row over three actions with a lead, a date and a rating. */
function sheet(header: string[]): CellValue[][] {
  return [
    header,
    ['Write the housing strategy', 'Director of Place', '31/03/2025', 'Amber'],
    ['Open the advice hub', 'Head of Housing', '30/06/2025', 'Green'],
    ['Tender the waste contract', 'Head of Waste', '31/12/2024', 'Red'],
  ];
}

describe('labels ending in ":"', () => {
  test.each([
    ['three of four', ['Action:', 'Lead officer:', 'Due date:', 'RAG']],
    ['two of four', ['Action:', 'Lead officer', 'Due date:', 'RAG']],
    ['all four', ['Action:', 'Lead officer:', 'Due date:', 'RAG:']],
  ])('%s: a form, not a plan', (_how, header) => {
    expect(readPlans(gridOf(sheet(header)))).toEqual([]);
  });

  test.each([
    ['none', ['Action', 'Lead officer', 'Due date', 'RAG']],
    ['one of four', ['Action', 'Lead officer', 'Due date:', 'RAG']],
  ])('%s: the plan is read', (_how, header) => {
    const plans = readPlans(gridOf(sheet(header)));
    expect(plans.map((p) => p.actions.map((a) => [a.action, a.lead, a.rag]))).toEqual([
      [
        ['Write the housing strategy', 'Director of Place', 'amber'],
        ['Open the advice hub', 'Head of Housing', 'green'],
        ['Tender the waste contract', 'Head of Waste', 'red'],
      ],
    ]);
  });
});
