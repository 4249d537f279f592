/**
 * The fake must also take the adapter's writes: summary sheets added and named as ours, the
 * values landing on them, and a second refresh finding and replacing those sheets.
 */
import { FakeExcel } from '../../bench/fakeExcel';
import { generatePlan } from '../../bench/generate';
import { writeSummarySheets } from '../../src/excel';
import { overdueSpec, summarySpec } from '../excel/specs';

describe('FakeExcel taking the adapter’s writes', () => {
  it('adds the summary sheets once, replaces them on a second write, and sizes the request', async () => {
    const fake = new FakeExcel(generatePlan({ actions: 50 }).grid);
    const uninstall = fake.install();
    try {
      const specs = [summarySpec(), overdueSpec(400)];
      const first = await writeSummarySheets(specs);
      expect(first.written.map((w) => w.name)).toEqual(['Summary', 'Overdue']);
      expect(fake.sheets.map((s) => s.name)).toEqual(['Action plan', 'Summary', 'Overdue']);
      expect([...fake.names.keys()].sort()).toEqual(['RagPlan_Overdue', 'RagPlan_Summary']);
      expect(fake.sheet('Summary').value(1, 1)).toBe(summarySpec().values[0][0]);
      // The 400 overdue rows travel in the request.
      const rowsBytes = JSON.stringify(overdueSpec(400).values).length;
      expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeGreaterThan(rowsBytes);

      const again = await writeSummarySheets(specs);
      expect(again.renamed).toEqual([]);
      expect(fake.sheets.map((s) => s.name).sort()).toEqual(['Action plan', 'Overdue', 'Summary']);
    } finally {
      uninstall();
    }
  });
});
