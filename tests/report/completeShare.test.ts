/**
 * "How much is done" is one rule (plan/state.ts): a cancelled action is no work to be done, so it
 * leaves the count; a paused one is still to do. Every summary shows the same figure.
 */
import { jsonSummary } from '../../src/cli/jsonReport';
import { planText } from '../../src/cli/textReport';
import { readPlans, summarise } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import { gridOf } from '../plan/gridOf';

const asOf = '2024-06-01';
const meta = { refreshedAt: '2024-06-01T09:00:00', source: "'Action plan'!A1:E5" };

function read(rows: string[][]) {
  const [plan] = readPlans(gridOf([['Action', 'Lead', 'Timescale', 'RAG', 'Status'], ...rows]), {
    asOf,
  });
  return { plan, summary: summarise([plan], { asOf }) };
}

/** The Summary sheet's share complete, as Excel holds it (a fraction shown as a percentage). */
function sheetShare(summary: ReturnType<typeof summarise>, plan: ReturnType<typeof readPlans>[0]) {
  const sheet = buildSheets(summary, [plan], meta).find((s) => s.key === 'summary');
  return sheet?.values.find((r) => r[0] === 'Complete (cancelled actions left out)')?.[1];
}

describe('share complete: cancelled actions are left out, paused ones kept', () => {
  // 4 actions: 2 complete, 1 cancelled, 1 on track. Work to do: 3; done: 2; 2/3 = 66.7%.
  const { plan, summary } = read([
    ['Open the hub', 'Head of Housing', '31/03/2024', 'Green', 'Complete'],
    ['Review fees', 'Head of Finance', '31/03/2024', 'Green', 'Implemented'],
    ['Sell the car park', 'Head of Estates', '31/03/2024', 'Red', 'Cancelled'],
    ['Train staff', 'Head of HR', '31/12/2024', 'Green', ''],
  ]);

  it('is 2 of 3 = 66.7% in the summary, the Summary sheet, the text report and the JSON', () => {
    expect(summary.states).toMatchObject({ complete: 2, cancelled: 1, 'on-track': 1 });
    expect(summary.completePercent).toBe(66.7);
    expect(sheetShare(summary, plan)).toBeCloseTo(0.667, 3);
    expect(planText(plan, summary, 1)).toContain('(66.7% complete, cancelled actions left out)');
    expect(jsonSummary(summary).completePercent).toBe(66.7);
  });

  it('keeps a paused action as work still to do: 1 complete of 2 = 50%', () => {
    const s = read([
      ['Open the hub', 'Head of Housing', '31/03/2024', 'Green', 'Complete'],
      ['Merge the teams', 'Head of HR', '31/03/2024', 'Green', 'On hold'],
    ]).summary;
    expect(s.states).toMatchObject({ complete: 1, paused: 1 });
    expect(s.completePercent).toBe(50);
  });

  it('is 0% when every action was cancelled, not a division by nothing', () => {
    const s = read([
      ['Sell the car park', 'Head of Estates', '31/03/2024', 'Red', 'Cancelled'],
    ]).summary;
    expect(s.completePercent).toBe(0);
  });
});
