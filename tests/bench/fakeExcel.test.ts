/**
 * The round-trip figure is only as good as the bench's stand-in for Excel: reading a generated
 * plan through the real adapter and the fake must give back the plan's cells, and the fake must
 * count each sync and size each request and response.
 */
import { FakeExcel } from '../../bench/fakeExcel';
import { generatePlan } from '../../bench/generate';
import { findPlanSources, readGrid } from '../../src/excel';
import { readPlans } from '../../src/plan';

describe('FakeExcel under the Office.js adapter', () => {
  const generated = generatePlan({ actions: 1000 });
  let fake: FakeExcel;
  let uninstall: () => void;
  beforeEach(() => {
    fake = new FakeExcel(generated.grid);
    uninstall = fake.install();
  });
  afterEach(() => uninstall());

  it('hands the adapter the plan’s values, formats, fills and merges', async () => {
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
    const sources = await findPlanSources();
    const before = fake.syncs.length;
    await readGrid(sources[0]);
    const reads = fake.syncs.slice(before);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    const response = reads.reduce((s, r) => s + r.responseBytes, 0);
    // The values alone of 1,000 actions are well over 100 KB of JSON.
    expect(response).toBeGreaterThan(100_000);
    expect(reads.every((r) => r.requestBytes > 0 && r.commands > 0)).toBe(true);
  });

  it('refuses a loaded property read before the sync, as Excel does', async () => {
    await expect(
      (
        globalThis as unknown as {
          Excel: {
            run(
              b: (c: { workbook: { worksheets: { items: unknown } } }) => Promise<unknown>
            ): Promise<unknown>;
          };
        }
      ).Excel.run(async (context) => context.workbook.worksheets.items)
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});
