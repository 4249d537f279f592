/**
 * Icon sets read through Office.js, against the fake host: the format is made as Microsoft's
 * samples make one (range.conditionalFormats.add(iconSet), then style and criteria, lowest icon
 * first), and the adapter must show the engine the icon Excel shows.
 */
import { installFakeExcel, type FakeExcelHost } from '../e2e/host/fakeExcel';
import type { WorkbookJson } from '../e2e/host/model';
import { findPlanSources, readGrid } from '../../src/excel';
import { readPlans } from '../../src/plan';

const PLAN: WorkbookJson = {
  sheets: [
    {
      name: 'Plan',
      cells: [
        ['Action', 'Lead', 'Timescale', 'Status'],
        ['Open the hub', 'Head of Housing', 'March 2030', 1],
        ['Review fees', 'Head of Finance', 'March 2030', 2],
        ['Merge teams', 'Head of HR', 'March 2030', 3],
        ['Cut energy', 'Head of Estates', 'March 2030', 'n/a'],
      ],
    },
  ],
};

function host(apiVersion?: string): FakeExcelHost {
  return installFakeExcel(JSON.parse(JSON.stringify(PLAN)), { apiVersion });
}

type Criterion = { type?: string; operator?: string; formula?: string; customIcon?: unknown };

/** Adds an icon set as a user's script would, in its own Excel.run. */
async function addIconSet(
  address: string,
  style: string,
  criteria: Criterion[],
  options: { reverse?: boolean; iconOnly?: boolean } = {}
): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Plan').getRange(address);
    const cf = range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType);
    cf.iconSet.style = style as Excel.IconSet;
    cf.iconSet.criteria = criteria as Excel.ConditionalIconCriterion[];
    if (options.reverse) cf.iconSet.reverseIconOrder = true;
    if (options.iconOnly) cf.iconSet.showIconOnly = true;
    await context.sync();
  });
}

const num = (formula: string, operator = 'GreaterThanOrEqual'): Criterion => ({
  type: 'Number',
  operator,
  formula,
});

/** The plan as a workbook saved with an icon set over `address` (as Office.js describes one). */
function withIconSet(
  address: string,
  style: string,
  criteria: Criterion[],
  reverseIconOrder: boolean
): WorkbookJson {
  const json: WorkbookJson = JSON.parse(JSON.stringify(PLAN));
  json.sheets[0].conditionalFormats = [
    {
      address,
      type: 'IconSet',
      rule: { style, reverseIconOrder, showIconOnly: false, criteria },
    },
  ];
  return json;
}

describe('icon sets read through Office.js', () => {
  it('reads the icon each number shows, with one sync more than a plan without icon sets', async () => {
    const h = host();
    await addIconSet('D2:D5', 'ThreeTrafficLights1', [{}, num('=2'), num('=3')], {
      iconOnly: true,
    });
    const [source] = await findPlanSources();
    h.resetCounts();
    const grid = await readGrid(source);
    // The formats come with the values; one more sync for the icon set's range.
    expect(h.syncCount).toBe(2);
    const shown = Array.from({ length: 5 }, (_, r) => grid.icons?.[r]?.[3] ?? null);
    expect(shown).toEqual([
      null,
      { set: '3TrafficLights1', index: 0, iconOnly: true },
      { set: '3TrafficLights1', index: 1, iconOnly: true },
      { set: '3TrafficLights1', index: 2, iconOnly: true },
      null,
    ]);
    const [plan] = readPlans(grid, { asOf: '2024-06-01' });
    expect(plan.actions.map((a) => [a.rag, a.ragFrom])).toEqual([
      ['red', 'icon'],
      ['amber', 'icon'],
      ['green', 'icon'],
      [null, null],
    ]);
  });

  it('reads reversed symbols with a strictly-above threshold', async () => {
    host();
    // 1 and 2 do not pass "> 2"; 3 does. Reversed: 1, 2 get the last icon (green), 3 the middle.
    await addIconSet('D2:D4', 'ThreeSymbols', [{}, num('=2', 'GreaterThan'), num('=4')], {
      reverse: true,
    });
    const grid = await readGrid((await findPlanSources())[0]);
    expect(Array.from(grid.icons ?? [], (row) => (row?.[3] ? row[3].index : null))).toEqual([
      null,
      2,
      2,
      1,
    ]);
  });

  it('measures percentages over the whole range the format applies to', async () => {
    host();
    // Default criteria (33 and 67 percent) over D2:D4 = 1, 2, 3: cuts at 1.66 and 2.34.
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('D2:D4');
      range.conditionalFormats.add('IconSet' as Excel.ConditionalFormatType);
      await context.sync();
    });
    const grid = await readGrid((await findPlanSources())[0]);
    expect(Array.from(grid.icons ?? [], (row) => (row?.[3] ? row[3].index : null))).toEqual([
      null,
      0,
      1,
      2,
    ]);
  });

  it('reads a custom icon where a criterion names one', async () => {
    host();
    await addIconSet('D2:D4', 'ThreeTrafficLights1', [
      { customIcon: { set: 'ThreeSigns', index: 0 } },
      num('=2'),
      num('=3'),
    ]);
    const grid = await readGrid((await findPlanSources())[0]);
    expect(grid.icons?.[1]?.[3]).toEqual({ set: '3Signs', index: 0 });
    expect(grid.icons?.[2]?.[3]).toEqual({ set: '3TrafficLights1', index: 1 });
  });

  it('reads the values of the range beyond the plan, in one more sync', async () => {
    const h = host();
    await addIconSet('D2:D5', 'ThreeTrafficLights1', [
      {},
      { type: 'Percent', operator: 'GreaterThanOrEqual', formula: '=33' },
      { type: 'Percent', operator: 'GreaterThanOrEqual', formula: '=67' },
    ]);
    h.resetCounts();
    // The plan is A1:D3 (1 and 2); the format's numbers run 1 to 3, so the cuts are 1.66 and 2.34.
    const grid = await readGrid({
      kind: 'range',
      sheet: 'Plan',
      name: null,
      address: 'A1:D3',
      active: true,
    });
    expect(h.syncCount).toBe(3);
    expect(Array.from({ length: 3 }, (_, r) => grid.icons?.[r]?.[3]?.index ?? null)).toEqual([
      null,
      0,
      1,
    ]);
  });

  it('reads an icon set the workbook came with (4 traffic lights, reversed)', async () => {
    installFakeExcel(
      withIconSet('D2:D4', 'FourTrafficLights', [{}, num('=1.5'), num('=2.5'), num('=3')], true)
    );
    const grid = await readGrid((await findPlanSources())[0]);
    // 1 -> position 0, 2 -> 1, 3 -> 3; reversed (4 icons): 3, 2, 0 = green, amber, black.
    const [plan] = readPlans(grid, { asOf: '2024-06-01' });
    expect(Array.from({ length: 3 }, (_, r) => grid.icons?.[r + 1]?.[3]?.index)).toEqual([3, 2, 0]);
    expect(plan.actions.slice(0, 3).map((a) => a.rag)).toEqual(['green', 'amber', 'red']);
  });

  it('reads a plan without icon sets in one sync, and without ExcelApi 1.6 reads no icons', async () => {
    let h = host();
    const [source] = await findPlanSources();
    h.resetCounts();
    let grid = await readGrid(source);
    expect(h.syncCount).toBe(1);
    expect(grid.icons).toBeUndefined();

    // A workbook saved with an icon set by a newer Excel, opened where ExcelApi 1.6 is missing
    // (a 1.5 host cannot add one itself, so the format comes with the workbook).
    h = installFakeExcel(
      withIconSet('D2:D5', 'ThreeTrafficLights1', [{}, num('=2'), num('=3')], false),
      { apiVersion: '1.5' }
    );
    grid = await readGrid({
      kind: 'range',
      sheet: 'Plan',
      name: null,
      address: 'A1:D5',
      active: true,
    });
    expect(grid.icons).toBeUndefined();
  });
});
