/**
 * The Summary sheet's tables for several ratings and for spend: "RAG by dimension" when any plan
 * keeps ratings beside the RAG, "Spend (not savings)" when any action carries spend, neither
 * otherwise; and no Savings sheet for spend. Figures are the sheet's cells, added up by hand.
 */
import { readPlans, summarise, type CellValue } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import type { SheetSpec, SpecValue } from '../../src/report/sheetSpec';
import { gridOf } from '../plan/gridOf';

const asOf = '2026-12-07';
const meta = { refreshedAt: '2026-12-07T09:00:00', source: "'Plan'!A1:H4" };

function sheets(rows: CellValue[][]): SheetSpec[] {
  const plans = readPlans(gridOf(rows), { asOf });
  return buildSheets(summarise(plans, { asOf }), plans, meta);
}

const summaryOf = (specs: SheetSpec[]) => specs.find((s) => s.key === 'summary') as SheetSpec;

/** The rows under a section's label up to the next blank row. */
function section(spec: SheetSpec, label: string): SpecValue[][] {
  const start = spec.values.findIndex((r) => r[0] === label);
  expect(start).toBeGreaterThan(0);
  const out: SpecValue[][] = [];
  for (let i = start + 1; i < spec.values.length && spec.values[i].length; i++)
    out.push(spec.values[i].filter((v) => v !== null && v !== undefined && v !== ''));
  return out;
}

it('a capital programme: RAG by dimension and spend, and no Savings sheet', () => {
  const specs = sheets([
    ['Scheme', 'Lead', 'Completion', 'Time', 'Cost', 'Overall', "Budget £'000", "Actual £'000"],
    ['Footbridge', 'Major Projects Manager', '31/03/2027', 'Red', 'Amber', 'Amber', 2400, 1650],
    ['Park and ride', 'Transport Manager', '30/06/2027', 'Green', 'Red', 'Red', 1200, 310],
    ['Library roof', 'Property Manager', '31/01/2027', 'Green', null, 'Green', 950, 120],
  ]);
  const summary = summaryOf(specs);
  // Time: Red 1, Green 2; Cost: Red 1, Amber 1, blank 1 (No RAG). Columns: Red, Red/Amber, Amber,
  // Amber/Green, Green, Blue, No RAG, Total.
  const dims = section(summary, 'RAG by dimension (ratings kept beside each RAG)');
  expect(dims[0][0]).toBe('Dimension');
  expect(dims.slice(1, 3)).toEqual([
    ['Time', 1, 0, 0, 0, 2, 0, 0, 3],
    ['Cost', 1, 0, 1, 0, 0, 0, 1, 3],
  ]);
  // Budget 2400 + 1200 + 950 = 4550; actual 1650 + 310 + 120 = 2080 (£'000).
  expect(section(summary, 'Spend (not savings)')).toEqual([
    ['Measure', 'Pounds'],
    ['Budget', 4_550_000],
    ['Actual', 2_080_000],
    ['Actions with spend', 3],
  ]);
  expect(specs.some((s) => s.key === 'savings')).toBe(false);
});

it('a plan with one rating and no spend has neither table', () => {
  const summary = summaryOf(
    sheets([
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Fix the roof', 'Director of Place', '31/12/2026', 'Green'],
    ])
  );
  const labels = summary.values.map((r) => r[0]);
  expect(labels).not.toContain('RAG by dimension (ratings kept beside each RAG)');
  expect(labels).not.toContain('Spend (not savings)');
});
