/**
 * A money chart (the Savings sheet's target against forecast) says it is in pounds in Excel as in
 * the file: the spec's value-axis title, and its number format where Excel has ExcelApi 1.8.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import { writeSummarySheets } from '../../src/excel';
import { summarySpec } from './specs';

function poundsChart() {
  const s = summarySpec();
  s.charts = [{ ...s.charts[0], values: { title: 'Pounds', format: '£#,##0' } }];
  return s;
}

test('the value axis of a money chart is titled and formatted in pounds', async () => {
  const h = installFakeExcel({ sheets: [{ name: 'Plan', cells: [['Plan']] }] });
  await writeSummarySheets([poundsChart()]);
  const chart = h.model.sheets.find((s) => s.name === 'Summary')?.charts[0];
  expect(chart?.valueAxis).toEqual({ title: 'Pounds', numberFormat: '£#,##0' });
});

test('a chart of counts keeps Excel’s own axis', async () => {
  const h = installFakeExcel({ sheets: [{ name: 'Plan', cells: [['Plan']] }] });
  await writeSummarySheets([summarySpec()]);
  expect(h.model.sheets.find((s) => s.name === 'Summary')?.charts[0].valueAxis).toBeUndefined();
});
