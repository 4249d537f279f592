/**
 * The one refresh pipeline every surface calls: which grids are plans (never our own sheets),
 * which plans are summarised (the picked ones), and a Summary that names the plans it came from.
 */
import { defaultOptions, readPlans, summarise, type Grid } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import { buildRefresh } from '../../src/report/pipeline';
import { plansIn } from '../../src/report/reading';
import { isOwnGrid, pickedPlans } from '../../src/report/planSheets';
import { planTitle } from '../../src/report/planTitle';
import { rangeAt } from '../cellText';

const options = defaultOptions({ asOf: '2024-10-01' });
const AT = '2024-10-01T09:00:00Z';

const plan = (sheet: string): Grid => ({
  sheet,
  top: 1,
  left: 1,
  values: [
    ['Housing action plan'],
    ['Area', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['Housing', 'Review allocations policy', 'Head of Housing', '31/03/2024', 'Red'],
    ['Housing', 'Repair council roofs', 'Head of Housing', 'December 2024', 'Amber'],
  ],
});

/** Our own Summary sheet: its A1 is the report's title, and below it a table that reads like a plan. */
const summarySheet = (name: string): Grid => ({
  ...plan(name),
  values: [['RAG Plan summary'], ...plan(name).values.slice(1)],
});

const source = (rows: ReturnType<typeof buildSheets>) =>
  rows[0].values.find((r) => r[0] === 'Source')?.[1];

test('the same sheets as reading, summarising and building by hand, for the plans that are not ours', () => {
  const grids = [plan('Action plan'), summarySheet('Summary'), summarySheet('Summary (2)')];
  const built = buildRefresh({ grids, options, refreshedAt: AT });
  const plans = readPlans(grids[0], options);
  expect(built?.plans).toEqual(plans);
  expect(built?.specs.map((s) => s.name)).toEqual(
    buildSheets(
      summarise(plans, options),
      plans,
      { refreshedAt: AT, source: '' },
      built?.history
    ).map((s) => s.name)
  );
  expect(built?.summary.actions).toBe(2);
});

test('a copy of our Summary (its A1 our title) is never read as a plan, nor a sheet the writer names as ours', () => {
  expect(isOwnGrid(summarySheet('Summary (2)'), new Set())).toBe(true);
  expect(isOwnGrid(plan('Overdue'), new Set(['Overdue']))).toBe(true);
  expect(isOwnGrid(plan('Action plan'), new Set(['Overdue']))).toBe(false);
  // A grid that does not start at A1 cannot be told by its A1.
  expect(isOwnGrid({ ...summarySheet('X'), top: 3 }, new Set())).toBe(false);
  expect(plansIn([summarySheet('Summary'), plan('Overdue')], options, ['Overdue'])).toEqual([]);
  expect(buildRefresh({ grids: [summarySheet('Summary')], options, refreshedAt: AT })).toBeNull();
});

test('the Summary says which plans it was built from', () => {
  const built = buildRefresh({
    grids: [plan('Action plan'), plan("Rob's plan")],
    options,
    refreshedAt: AT,
  });
  expect(source(built?.specs ?? [])).toBe("Action plan, rows 2–4; Rob's plan, rows 2–4");
  expect(planTitle({ sheet: 'Plan', range: rangeAt('A1:B2'), table: 'Actions2024' })).toBe(
    'Plan, rows 1–2 (table Actions2024)'
  );
  expect(planTitle({ sheet: 'Plan', range: rangeAt('A7:B7'), table: null })).toBe('Plan, row 7');
});

test('only the picked plans are summarised; a pick whose plans have all gone falls back to every plan', () => {
  const grids = [plan('Action plan'), plan('Second plan')];
  const picked = buildRefresh({ grids, options, refreshedAt: AT, picked: ['Second plan!2'] });
  expect(picked?.plans.map((p) => p.sheet)).toEqual(['Second plan']);
  expect(source(picked?.specs ?? [])).toBe('Second plan, rows 2–4');
  const all = plansIn(grids, options);
  expect(pickedPlans(all, ['Gone!4']).map((p) => p.sheet)).toEqual(['Action plan', 'Second plan']);
  expect(pickedPlans(all, null)).toHaveLength(2);
});

describe('a Key sheet that says Green means complete', () => {
  it('is applied to the plans on the other sheets', () => {
    const key: Grid = {
      sheet: 'Key',
      top: 1,
      left: 1,
      values: [
        ['Red', 'Off track'],
        ['Amber', 'On track'],
        ['Green', 'Complete: the lead reports it done'],
      ],
    };
    const plans = plansIn([plan('Actions'), key, { ...plan('Green'), values: greenRows }], options);
    const green = plans.find((p) => p.sheet === 'Green');
    expect(green?.actions.map((a) => a.state)).toEqual(['complete']);
  });
});

const greenRows = [
  ['Area', 'Action', 'Lead', 'Timescale', 'RAG'],
  ['Housing', 'Review allocations policy', 'Head of Housing', '31/03/2024', 'Green'],
];
