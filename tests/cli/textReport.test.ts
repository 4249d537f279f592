import { readPlans, summarise } from '../../src/plan';
import { planText } from '../../src/cli/textReport';
import { gridOf } from '../plan/gridOf';

describe('rag-plan check says why each column was chosen', () => {
  const grid = gridOf(
    [
      ['Action', 'Owner', 'Target', 'Date raised'],
      ['Review the fleet', 'Head of Transport', 45382, 45000],
      ['Close the depot', 'Head of Transport', 45473, 45000],
    ],
    {
      numberFormats: [
        [],
        [null, null, 'dd/mm/yyyy', 'dd/mm/yyyy'],
        [null, null, 'dd/mm/yyyy', 'dd/mm/yyyy'],
      ],
      hidden: true,
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });
  const text = planText(plan, summarise([plan], { asOf: '2024-06-01' }), 1);

  it('prints each column with its letter, field and reason', () => {
    expect(text).toContain('C   timescale          Target: 2 of 2 cells are dates');
  });

  it('says why an unused column was not used, and that the sheet is hidden', () => {
    expect(text).toContain('D   Date raised: a date that is not a deadline, never the timescale');
    expect(text).toContain('On a hidden sheet.');
  });
});
