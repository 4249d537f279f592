/**
 * History in Excel: the add-in's refresh (pane and ribbon) reads the snapshots earlier refreshes
 * kept on the very hidden history sheet, so the second refresh says what changed and keeps both
 * snapshots, as the command line does. Through the real Office.js adapter and the fake host.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import * as excel from '../../src/excel';
import { refreshSummaries, type ExcelPort } from '../../src/addin/workflow';
import { readHistory } from '../../src/report/historyRead';

const port: ExcelPort = excel;
const settings = {
  asOf: null,
  dueSoonDays: 30,
  blueMeans: 'complete' as const,
  overrides: {},
  picked: null,
};

async function summaryTexts(): Promise<string[]> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem('Summary').getRange('A1:H80');
    used.load('values');
    await context.sync();
    return used.values.flat().map(String).filter(Boolean);
  });
}

test('the second refresh in Excel says what changed since the first and keeps both snapshots', async () => {
  const host = installFakeExcel({
    sheets: [
      {
        name: 'Action plan',
        cells: [
          ['Area', 'Action', 'Lead', 'Deadline', 'RAG'],
          ['Housing', 'Build homes', 'Head of Housing', '31/03/2025', 'Green'],
          ['Housing', 'Repair roofs', 'Head of Housing', '31/12/2025', 'Amber'],
        ],
      },
    ],
  });
  await refreshSummaries(
    port,
    { ...settings, asOf: '2024-06-03' },
    { now: new Date('2024-06-03T09:00:00Z') }
  );
  expect(host.model.sheets.find((s) => s.name === 'RAG Plan history')?.visibility).toBe(
    'VeryHidden'
  );

  // A month later the first action is re-rated Red.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Action plan').getRange('E2').values = [['Red']];
    await context.sync();
  });
  await refreshSummaries(
    port,
    { ...settings, asOf: '2024-07-01' },
    { now: new Date('2024-07-01T09:00:00Z') }
  );

  const texts = await summaryTexts();
  expect(texts.some((t) => t.includes('compared with the refresh as of 3 Jun 2024'))).toBe(true);
  // Worked out by hand: only "Build homes" moved, Green to Red; the change row says so in words.
  const row = texts.indexOf('Build homes');
  expect(texts.slice(row, row + 5)).toEqual(['Build homes', '↓ Down', 'Green', 'Red', 'Housing']);
  expect(texts[texts.indexOf('↓ RAG down (worse)') + 1]).toBe('1');
  expect(texts[texts.indexOf('↑ RAG up (better)') + 1]).toBe('0');
  const history = await excel.readGrid({
    kind: 'history',
    sheet: 'RAG Plan history',
    name: null,
    address: 'A1:N20',
  });
  expect(readHistory(history).snapshots.map((s) => s.asOf)).toEqual(['2024-06-03', '2024-07-01']);
});
