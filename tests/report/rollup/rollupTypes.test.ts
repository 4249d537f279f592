import { rollupSources } from '../../../src/report/rollup/rollupTypes';
import { plansInWorkbook } from '../../../src/report/rollup/inWorkbook';
import { defaultOptions, readPlans, type Plan } from '../../../src/plan';
import { gridOf } from '../../plan/gridOf';

describe('the workbooks of a roll-up', () => {
  test('are named by their file name; two of the same name in two folders by their paths', () => {
    const sources = rollupSources([
      { file: 'a/Adults.xlsx', link: 'plans/Adults.xlsx' },
      { file: 'b/Place.xlsm', link: 'Place.xlsm' },
      { file: 'c/2024/Finance.xlsx', link: 'c/2024/Finance.xlsx' },
      { file: 'c/2025/Finance.xlsx', link: 'c/2025/Finance.xlsx' },
    ]);
    expect(sources.map((s) => s.name)).toEqual([
      'Adults',
      'Place',
      'c/2024/Finance',
      'c/2025/Finance',
    ]);
  });

  test("a workbook's plans are copied with every sheet they name in that workbook", () => {
    const grid = gridOf(
      [
        ['Ref', 'Action', 'Lead', 'Timescale', 'RAG'],
        ['1', 'Review the policy', 'Director of Place', '31/03/2025', 'Green'],
        ['2', 'Hire a lead', '', '31/12/2024', 'Purple'],
      ],
      { sheet: 'Action plan' }
    );
    const plans: Plan[] = readPlans(grid, defaultOptions({ asOf: '2024-10-01' }));
    const inBook = plansInWorkbook(plans, 'plans/Adults.xlsx');
    const sheets = new Set<string>();
    const walk = (v: unknown, key = ''): void => {
      if (key === 'sheet' && typeof v === 'string') sheets.add(v);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k);
    };
    walk(inBook);
    expect([...sheets]).toEqual(['[plans/Adults.xlsx]Action plan']);
    // The plans read are left as they were: the JSON report names the sheet alone.
    expect(plans[0].sheet).toBe('Action plan');
    expect(plans[0].actions[1].sheet).toBe('Action plan');
    expect(inBook[0].actions.map((a) => a.action)).toEqual(['Review the policy', 'Hire a lead']);
    expect(inBook[0].findings.length).toBe(plans[0].findings.length);
    expect(inBook[0].findings.length).toBeGreaterThan(0);
  });
});
