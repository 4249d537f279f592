/**
 * The round-trip figure is only as good as the bench's Excel, the same fake host the tests use:
 * reading a generated plan through the real adapter must give back the plan's cells, the host
 * must count each sync and size each request and response, and it must take the adapter's writes.
 */
import { generatePlan } from '../../bench/generate';
import { planHost } from '../../bench/roundTrips';
import { findPlanSources, readGrid, writeSummarySheets } from '../../src/excel';
import { readPlans } from '../../src/plan';
import { overdueSpec, summarySpec } from '../excel/specs';

describe('the fake host under the Office.js adapter, on a generated plan', () => {
  const generated = generatePlan({ actions: 1000 });

  it('hands the adapter the plan’s values, formats, fills and merges', async () => {
    planHost(generated.grid).install();
    const sources = await findPlanSources();
    expect(sources).toEqual([
      {
        kind: 'range',
        sheet: 'Action plan',
        name: null,
        address: `A1:I${generated.grid.values.length}`,
        active: true,
      },
    ]);
    const grid = await readGrid(sources[0]);
    expect(grid.values).toEqual(generated.grid.values);
    expect(grid.fills).toEqual(generated.grid.fills);
    expect(grid.merges).toEqual(generated.grid.merges);
    // The adapter keeps "General" as null; every other format must come through.
    grid.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => expect(f ?? 'General').toBe(generated.grid.numberFormats?.[r][c]))
    );
    expect(readPlans(grid, { asOf: '2024-10-01' }).flatMap((p) => p.actions)).toHaveLength(1000);
  });

  it('records each sync with the bytes it carried', async () => {
    const host = planHost(generated.grid).install();
    const sources = await findPlanSources();
    host.resetCounts();
    await readGrid(sources[0]);
    expect(host.requests.length).toBeGreaterThanOrEqual(1);
    const response = host.requests.reduce((s, r) => s + r.response, 0);
    // The values alone of 1,000 actions are well over 100 KB of JSON.
    expect(response).toBeGreaterThan(100_000);
    expect(host.requests.every((r) => r.request > 0 && r.commands > 0)).toBe(true);
  });

  it('refuses a loaded property read before the sync, as Excel does', async () => {
    planHost(generated.grid).install();
    await expect(Excel.run(async (context) => context.workbook.worksheets.items)).rejects.toThrow(
      /PropertyNotLoaded|not available/
    );
  });

  it('adds the summary sheets once, replaces them on a second write, and sizes the request', async () => {
    const host = planHost(generatePlan({ actions: 50 }).grid).install();
    const specs = [summarySpec(), overdueSpec(400)];
    const first = await writeSummarySheets(specs);
    expect(first.written.map((w) => w.name)).toEqual(['Summary', 'Overdue']);
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Action plan', 'Summary', 'Overdue']);
    expect(snap.names.map((n) => n.name).sort()).toEqual(['RagPlan_Overdue', 'RagPlan_Summary']);
    expect(snap.sheets[1].values[0][0]).toBe(summarySpec().values[0][0]);
    // The 400 overdue rows travel in one request.
    const rowsBytes = JSON.stringify(overdueSpec(400).values).length;
    expect(host.requests.some((r) => r.request > rowsBytes)).toBe(true);

    const again = await writeSummarySheets(specs);
    expect(again.renamed).toEqual([]);
    expect(
      host
        .snapshot()
        .sheets.map((s) => s.name)
        .sort()
    ).toEqual(['Action plan', 'Overdue', 'Summary']);
  });
});
