/**
 * What a user typed on our sheets is kept by the Office.js writer too (issue 18, item 4), and a
 * history that cannot be read is set aside (item 5), through the add-in's own refresh
 * (src/addin/workflow.ts) on the fake host, which behaves as Excel documents (tests/e2e/host).
 *
 * The plan (tests/cli/workbookFiles.ts PLAN) refreshed on 1 October 2024 writes on the Summary
 * row 8 "Actions | 4" and nothing after row 47, as the file writer does (the same specs).
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import * as excel from '../../src/excel';
import {
  defaultSettings,
  refreshSummaries,
  ribbonLine,
  type ExcelPort,
} from '../../src/addin/workflow';
import { HEADER, PLAN } from '../cli/workbookFiles';

const port: ExcelPort = excel;
const settings = defaultSettings();

const refresh = (day: string) =>
  refreshSummaries(port, { ...settings, asOf: day }, { now: new Date(`${day}T09:00:00Z`) });

async function values(sheet: string): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return used.isNullObject ? [] : used.values;
  });
}

async function type(sheet: string, address: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

async function sheets(): Promise<{ name: string; visibility: string }[]> {
  return Excel.run(async (context) => {
    const all = context.workbook.worksheets;
    all.load('items/name,items/visibility');
    await context.sync();
    return all.items.map((s) => ({ name: s.name, visibility: s.visibility }));
  });
}

beforeEach(() => {
  installFakeExcel({ sheets: [{ name: 'Action plan', cells: [HEADER, ...PLAN] }] });
});

test('a comment beside a row and a note below the Summary are kept on "Kept from Summary", and the outcome says so', async () => {
  await refresh('2024-10-01');
  await type('Summary', 'C8', 'Checked by Head of Policy');
  await type('Summary', 'A49', 'Note for Cabinet: figures exclude the capital programme');
  const second = await refresh('2024-10-08');
  expect(second.kept).toEqual([{ from: 'Summary', cells: 2, to: 'Kept from Summary' }]);
  // The ribbon's one line says so too, and does not count the kept sheet among the summaries.
  expect(ribbonLine(second).text).toBe(
    "Refreshed 3 summary sheets (Summary, Overdue, Data quality) from 1 plan. Kept what you typed on RAG Plan's sheets before rewriting them: 2 cells from “Summary” in the new sheet “Kept from Summary”."
  );
  const kept = await values('Kept from Summary');
  expect(kept.slice(3)).toEqual([
    ['Where it stood', 'What it held', 'Why it was kept'],
    ["'Summary'!C8", 'Checked by Head of Policy', 'typed beside a row the refresh wrote'],
    [
      "'Summary'!A49",
      'Note for Cabinet: figures exclude the capital programme',
      'in a row the refresh did not write as it is (typed, or typed over)',
    ],
  ]);
  const summary = (await values('Summary')).flat();
  expect(summary).not.toContain('Checked by Head of Policy');
  expect(summary).not.toContain('Note for Cabinet: figures exclude the capital programme');
  // The kept sheet is the user's: a later refresh neither keeps more nor touches it.
  const third = await refresh('2024-10-15');
  expect(third.kept).toEqual([]);
  expect(await values('Kept from Summary')).toEqual(kept);
});

test('a history sheet with nothing readable on it is set aside, visible, and a new one started', async () => {
  await refresh('2024-10-01');
  await Excel.run(async (context) => {
    const history = context.workbook.worksheets.getItem('RAG Plan history');
    history.getRange().clear('All' as Excel.ClearApplyTo);
    history.getRange('A1:B2').values = [
      ['Shopping list', ''],
      ['Eggs', '12'],
    ];
    await context.sync();
  });
  const second = await refresh('2024-10-08');
  expect(second.setAside).toEqual({ from: 'RAG Plan history', to: 'Unreadable RAG Plan history' });
  expect(second.changes).toBeNull();
  expect(await sheets()).toEqual(
    expect.arrayContaining([
      { name: 'Unreadable RAG Plan history', visibility: 'Visible' },
      { name: 'RAG Plan history', visibility: 'VeryHidden' },
    ])
  );
  expect((await values('Unreadable RAG Plan history')).slice(0, 2)).toEqual([
    ['Shopping list', ''],
    ['Eggs', '12'],
  ]);
  // The next refresh reads the new history and compares with it.
  const third = await refresh('2024-10-15');
  expect(third.changes?.from.asOf).toBe('2024-10-08');
});
