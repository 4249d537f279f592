import { columnLetters } from '../../src/plan/core/address';
import {
  NoPlanFound,
  RefreshCancelled,
  findPlans,
  refreshSummaries,
  rereadPlans,
  withOverride,
  type PlanSource,
  type RefreshProgress,
} from '../../src/addin/workflow';
import type { Grid } from '../../src/plan/core/grid';
import { fakePort, productivityGrid, tableSource } from './fakePort';

const settings = {
  asOf: '2024-10-01',
  dueSoonDays: 30,
  blueMeans: 'complete' as const,
  overrides: {},
};

describe('findPlans', () => {
  test('reads the plan below the title row, with its lead, timescale and RAG columns', async () => {
    const port = fakePort(new Map([[tableSource, productivityGrid]]));
    const [found, ...rest] = await findPlans(port, settings);
    expect(rest).toHaveLength(0);
    expect(found.plan.headerRow).toBe(3);
    expect(found.plan.actions).toHaveLength(3);
    const columns = Object.fromEntries(
      found.plan.columns.map((c) => [c.field, columnLetters(c.col)])
    );
    expect(columns).toMatchObject({
      area: 'A',
      objective: 'B',
      action: 'C',
      lead: 'D',
      timescale: 'E',
      rag: 'F',
    });
  });

  test('a table reported both as a table and inside the used range is one plan', async () => {
    const range: PlanSource = {
      kind: 'range',
      sheet: 'Productivity plan',
      name: null,
      address: 'A1:G6',
    };
    const port = fakePort(
      new Map([
        [tableSource, productivityGrid],
        [range, productivityGrid],
      ])
    );
    expect(await findPlans(port, settings)).toHaveLength(1);
  });
});

describe('column overrides', () => {
  test('choosing another timescale column re-reads the plan from the grid already fetched', async () => {
    const port = fakePort(new Map([[tableSource, productivityGrid]]));
    const found = await findPlans(port, settings);
    const key = found[0].key;
    // The Comments column (G) holds a date on the chatbot row; map Timescale to it.
    const next = withOverride(settings, key, 'timescale', 'G');
    const [reread] = rereadPlans(found, next);
    expect(port.calls.readGrid).toBe(1);
    const timescale = reread.plan.columns.find((c) => c.field === 'timescale');
    expect(timescale).toMatchObject({ header: 'Comments', overridden: true });
    expect(reread.plan.actions[1].timescale.due).toBe('2024-12-31');
  });

  test('withOverride sets a column, ignores a field with null, and forgets the plan when back to automatic', () => {
    const a = withOverride(settings, 'T1', 'lead', 'D');
    expect(a.overrides).toEqual({ T1: { lead: 'D' } });
    const b = withOverride(a, 'T1', 'rag', null);
    expect(b.overrides).toEqual({ T1: { lead: 'D', rag: null } });
    const c = withOverride(withOverride(b, 'T1', 'lead', undefined), 'T1', 'rag', undefined);
    expect(c.overrides).toEqual({});
    expect(settings.overrides).toEqual({}); // the input is not changed
  });
});

describe('refreshSummaries', () => {
  test('reports reading, checking, then each sheet written, and writes the summary sheets', async () => {
    const port = fakePort(new Map([[tableSource, productivityGrid]]));
    const seen: RefreshProgress[] = [];
    const outcome = await refreshSummaries(port, settings, { onProgress: (p) => seen.push(p) });

    const phases = seen.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'checking', 'writing', 'done']);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions[fractions.length - 1]).toBe(1);

    const specs = port.calls.written[0];
    expect(specs.length).toBeGreaterThan(0);
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.label)).toContain(
      `Writing summary sheet ${specs.length} of ${specs.length}: ${specs[specs.length - 1].name}…`
    );
    expect(outcome).toMatchObject({ plans: 1, actions: 3 });
    expect(outcome.written.map((w) => w.name)).toEqual(specs.map((s) => s.name));
  });

  test('a cancel before writing stops with nothing written', async () => {
    const port = fakePort(new Map([[tableSource, productivityGrid]]));
    const controller = new AbortController();
    const run = refreshSummaries(port, settings, {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'reading' && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(RefreshCancelled);
    expect(port.calls.written).toHaveLength(0);
  });

  test('a sheet with no plan says so in plain words', async () => {
    const empty: Grid = { sheet: 'Notes', top: 1, left: 1, values: [['Just some notes']] };
    const port = fakePort(new Map([[{ ...tableSource, sheet: 'Notes' }, empty]]));
    await expect(refreshSummaries(port, settings)).rejects.toBeInstanceOf(NoPlanFound);
    expect(port.calls.written).toHaveLength(0);
  });

  test('never reads a summary sheet as a plan, whichever sheet is active', async () => {
    // Our own Summary sheet, active, with a table the engine could otherwise take for a plan.
    const summary: Grid = {
      sheet: 'Summary',
      top: 1,
      left: 1,
      values: [
        ['RAG Plan summary'],
        [],
        ['Area', 'Action', 'Lead', 'Timescale', 'RAG'],
        ['Digital', 'A copy', 'Someone', '31/03/2024', 'Red'],
      ],
    };
    const summarySource: PlanSource = {
      kind: 'range',
      sheet: 'Summary',
      name: null,
      address: 'A1:E4',
      active: true,
    };
    const port = fakePort(
      new Map([
        [summarySource, summary],
        [tableSource, productivityGrid],
      ])
    );
    const outcome = await refreshSummaries(port, settings);
    expect(outcome).toMatchObject({ plans: 1, actions: 3 });
    const source = port.calls.written[0][0].values.find((r) => r[0] === 'Source');
    expect(source?.[1]).toBe('Productivity plan, rows 3–6');
  });

  test('builds from the picked plans only, remembered in the settings', async () => {
    const other: Grid = { ...productivityGrid, sheet: 'Second plan' };
    const otherSource: PlanSource = { ...tableSource, sheet: 'Second plan' };
    const port = fakePort(
      new Map([
        [tableSource, productivityGrid],
        [otherSource, other],
      ])
    );
    expect((await refreshSummaries(port, settings)).plans).toBe(2);
    const picked = { ...settings, picked: ['Second plan!3'] };
    expect((await refreshSummaries(port, picked)).plans).toBe(1);
    const source = port.calls.written[1][0].values.find((r) => r[0] === 'Source');
    expect(source?.[1]).toBe('Second plan, rows 3–6');
  });

  test('Cancel stops being offered once the writer has started changing the workbook', async () => {
    const port = fakePort(new Map([[tableSource, productivityGrid]]));
    const seen: RefreshProgress[] = [];
    await refreshSummaries(port, settings, { onProgress: (p) => seen.push(p) });
    const sheets = seen.filter((p) => /summary sheet \d+ of/.test(p.label));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every((p) => !p.cancellable)).toBe(true);
    expect(
      seen
        .filter((p) => p.phase === 'reading' || p.phase === 'checking')
        .every((p) => p.cancellable)
    ).toBe(true);
  });
});
