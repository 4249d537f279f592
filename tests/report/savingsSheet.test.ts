import { summarise } from '../../src/plan';
import { buildSheets } from '../../src/report/buildSheets';
import { NO_SAVINGS_SHEET } from '../../src/report/messages';
import { NO_YEARS, noSavingsSheetReason } from '../../src/report/savingsSheet';
import type { SheetSpec, SpecValue } from '../../src/report/sheetSpec';
import { savingsLine } from '../../src/plan/rows/savingsLines';
import { action, plan } from './handMade';
import { a1At, cellAt, rangeAt } from '../cellText';

const meta = { refreshedAt: '2024-06-01T09:00:00', source: "'Action plan'!A4:H8" };
const asOf = '2024-06-01';
// Action text in C, savings in F, forecast in G, RAG in H.
const cols = { action: 3, savings: 6, forecast: 7, rag: 8 };

/** Three savings lines and one action without money; every figure below is worked out by hand. */
const p = plan([
  action(5, {
    area: 'Housing',
    lead: 'Ann',
    rag: 'red',
    savings: 1000,
    forecast: 400,
    action: 'Hostel contracts',
    cols,
  }),
  action(6, {
    area: 'Housing',
    lead: 'Bob',
    rag: 'amber',
    savings: 500,
    forecast: 500,
    action: 'Voids',
    cols,
  }),
  action(7, {
    area: 'Adults',
    lead: 'Ann',
    rag: 'green',
    savings: 250,
    forecast: 100,
    action: 'Day care',
    cols,
  }),
  action(8, { area: 'Adults', rag: 'blue', action: 'Review', cols }),
]);
p.columns = [
  { field: 'savings', header: "Target £'000", col: 6, overridden: false },
  { field: 'forecast', header: "Forecast £'000", col: 7, overridden: false },
];
const summary = summarise([p], { asOf });
const spec = buildSheets(summary, [p], meta).find((s) => s.key === 'savings') as SheetSpec;

const rowNumber = (label: string, from = 1) =>
  spec.values.findIndex((r, i) => i >= from - 1 && r[0] === label) + 1;
const rowOf = (label: string, from = 1): SpecValue[] => spec.values[rowNumber(label, from) - 1];
/** The rows of a section's table: from the row under its header to its Total row. */
function table(section: string): SpecValue[][] {
  const start = rowNumber(section) + 2;
  return spec.values.slice(start - 1, rowNumber('Total', start));
}

test('the headline: target, forecast, shortfall and at risk', () => {
  expect(rowOf('Savings target')).toEqual(['Savings target', 1750]);
  expect(rowOf('Forecast (or delivered)')).toEqual(['Forecast (or delivered)', 1000]);
  expect(rowOf('Shortfall (target − forecast)')).toEqual(['Shortfall (target − forecast)', 750]);
  // Red 1000 + Amber 500; their shortfalls 600 + 0.
  expect(rowOf('At risk (target on Red, Red/Amber, Amber lines)')).toEqual([
    'At risk (target on Red, Red/Amber, Amber lines)',
    1500,
  ]);
  expect(rowOf('Shortfall on those lines')).toEqual(['Shortfall on those lines', 600]);
  expect(rowOf('Savings lines')).toEqual(['Savings lines', 3]);
});

test('every savings line, largest shortfall first, RAG as a word, a link to its row', () => {
  const header = rowNumber('Savings lines, largest shortfall first') + 1;
  expect(spec.values[header - 1]).toEqual([
    'Savings line',
    'Area',
    'Lead',
    'RAG',
    'Year',
    'Target',
    'Forecast',
    'Shortfall',
    'Row',
  ]);
  expect(table('Savings lines, largest shortfall first')).toEqual([
    ['Hostel contracts', 'Housing', 'Ann', 'Red', null, 1000, 400, 600, "'Action plan'!F5"],
    ['Day care', 'Adults', 'Ann', 'Green', null, 250, 100, 150, "'Action plan'!F7"],
    ['Voids', 'Housing', 'Bob', 'Amber', null, 500, 500, 0, "'Action plan'!F6"],
    ['Total', null, null, null, null, 1750, 1000, 750],
  ]);
  expect(spec.links.map((l) => [l.cell, l.target])).toEqual([
    [a1At(`I${header + 1}`), cellAt(`'Action plan'!F5`)],
    [a1At(`I${header + 2}`), cellAt(`'Action plan'!F7`)],
    [a1At(`I${header + 3}`), cellAt(`'Action plan'!F6`)],
  ]);
  expect(spec.numberFormats).toContainEqual({
    range: rangeAt(`F${header + 1}:H${header + 4}`),
    format: '£#,##0',
  });
});

test('totals by RAG with what is at risk, by area, by lead and by year', () => {
  expect(table('Totals by RAG')).toEqual([
    ['Red', 1000, 400, 600, 1],
    ['Amber', 500, 500, 0, 1],
    ['Green', 250, 100, 150, 1],
    ['Total', 1750, 1000, 750, 3],
  ]);
  expect(rowOf('At risk (Red, Red/Amber, Amber)')).toEqual([
    'At risk (Red, Red/Amber, Amber)',
    1500,
    900,
    600,
    2,
  ]);
  expect(table('Totals by area')).toEqual([
    ['Housing', 1500, 900, 600, 2],
    ['Adults', 250, 100, 150, 1],
    ['Total', 1750, 1000, 750, 3],
  ]);
  expect(table('Totals by lead')).toEqual([
    ['Ann', 1250, 500, 750, 2],
    ['Bob', 500, 500, 0, 1],
    ['Total', 1750, 1000, 750, 3],
  ]);
  // No column per year: no table of one "(none)" row, but a line that says so.
  expect(spec.values[rowNumber('Totals by year')]).toEqual([NO_YEARS]);
});

test('a chart of target against forecast by area, beside its table', () => {
  const section = rowNumber('Totals by area');
  expect(spec.charts).toEqual([
    {
      name: 'Savings by area',
      type: 'column-clustered',
      title: 'Target against forecast by area',
      dataRange: rangeAt(`A${section + 1}:C${section + 3}`),
      seriesBy: 'columns',
      seriesColors: ['#1F3864', '#8EA9DB'],
      from: a1At(`G${section}`),
      to: a1At(`N${section + 13}`),
      values: { title: 'Pounds', format: '£#,##0' },
    },
  ]);
  // The next table starts below the chart.
  expect(rowNumber('Totals by lead')).toBeGreaterThan(section + 13);
});

test('a note of the unit each column was read in and how it was scaled', () => {
  const flat = spec.values.map((r) => r[0]);
  expect(flat).toContain("Target £'000: thousands of pounds (£'000), multiplied by 1,000.");
  expect(flat).toContain("Forecast £'000: thousands of pounds (£'000), multiplied by 1,000.");
  expect(flat).toContain(
    'All amounts are in pounds. Blank figures are unknown ("TBC" or empty in the plan), never zero.'
  );
});

test('without a forecast column, no forecast or shortfall figures are made up', () => {
  const q = plan([action(5, { area: 'Housing', rag: 'red', savings: 1000, cols })]);
  const s = buildSheets(summarise([q], { asOf }), [q], meta).find(
    (x) => x.key === 'savings'
  ) as SheetSpec;
  const flat = s.values.map((r) => r[0]);
  expect(flat).not.toContain('Forecast (or delivered)');
  const area = s.values.findIndex((r) => r[0] === 'Totals by area');
  expect(s.values[area + 1]).toEqual(['Area', 'Target', 'Lines']);
  expect(s.charts[0]).toMatchObject({
    title: 'Savings target by area',
    dataRange: rangeAt(`A${area + 2}:B${area + 3}`),
    seriesColors: ['#1F3864'],
  });
});

test('a plan with no money gets no Savings sheet, and one line that says why', () => {
  const q = plan([action(5, { area: 'Housing', rag: 'red' })]);
  const s = summarise([q], { asOf });
  expect(buildSheets(s, [q], meta).map((x) => x.key)).toEqual(['summary', 'overdue', 'quality']);
  expect(noSavingsSheetReason(s)).toBe(NO_SAVINGS_SHEET);
  expect(NO_SAVINGS_SHEET).not.toMatch(/\n/);
  expect(noSavingsSheetReason(summary)).toBeNull();
});

test('a tracker with a column per year gets its totals by year, and each line says its year', () => {
  const a = action(5, { area: 'Adults', rag: 'amber', action: 'Day care', cols });
  const year = (y: string, target: number, forecast: number) =>
    savingsLine(a, {
      year: y,
      target,
      forecast,
      givenShortfall: null,
      targetFrom: 'column',
      prose: null,
      unit: { label: '£', scale: 1 },
      cols: { target: 6 }, // F
    });
  const q = {
    ...plan([a]),
    finance: {
      lines: [year('2024/25', 300, 200), year('2025/26', 100, 100)],
      columns: [],
      totals: [],
    },
  };
  const s = buildSheets(summarise([q], { asOf }), [q], meta).find(
    (x) => x.key === 'savings'
  ) as SheetSpec;
  const at = s.values.findIndex((r) => r[0] === 'Totals by year');
  expect(s.values.slice(at + 2, at + 5)).toEqual([
    ['2024/25', 300, 200, 100, 1],
    ['2025/26', 100, 100, 0, 1],
    ['Total', 400, 300, 100, 2],
  ]);
  const lines = s.values.findIndex((r) => r[0] === 'Savings lines, largest shortfall first');
  expect(s.values[lines + 2].slice(0, 8)).toEqual([
    'Day care',
    'Adults',
    null,
    'Amber',
    '2024/25',
    300,
    200,
    100,
  ]);
});
