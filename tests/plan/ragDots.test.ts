import { readPlans } from '../../src/plan/judge/readPlans';
import { gridOf } from './gridOf';
import { refOf } from '../cellText';

describe('a plan that rates with coloured dots', () => {
  const grid = gridOf(
    [
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Open the hub', 'Head of Housing', 'March 2030', '●'],
      ['Review fees', 'Head of Finance', 'March 2030', '●'],
      ['Merge teams', 'Head of HR', 'March 2030', '🟢'],
      ['Cut energy', 'Head of Estates', 'March 2030', '●'],
    ],
    {
      fontColours: [
        [null],
        [null, null, null, '#FF0000'],
        [null, null, null, '#FFC000'],
        [],
        [null, null, null, null],
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('reads each dot by its font colour, an emoji by its own', () => {
    expect(plan.actions.map((a) => [a.rag, a.ragFrom])).toEqual([
      ['red', 'text'],
      ['amber', 'text'],
      ['green', 'text'],
      [null, null],
    ]);
  });

  it('says so when a dot has no RAG colour', () => {
    expect(
      plan.findings.filter((f) => f.code === 'unreadable-rag').map((f) => refOf(f.cell))
    ).toEqual(["'Plan'!D5"]);
  });
});
