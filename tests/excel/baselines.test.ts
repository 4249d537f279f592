/**
 * The add-in's baseline functions (src/addin/workflow.ts), for the pane's picker, on the fake host:
 * list the kept snapshots, name one, and refresh since one. The plan (tests/cli/workbookFiles.ts
 * PLAN) is refreshed on 1 and 8 October 2024; between them action 2 (F3, Publish the housing
 * strategy) goes from Amber to Red, and before a third refresh on 15 October action 3 (F4, Agree
 * the repairs budget) from Green to Amber.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import * as excel from '../../src/excel';
import {
  BaselineNotFound,
  defaultSettings,
  listSnapshots,
  nameSnapshot,
  refreshSince,
  refreshSummaries,
  type ExcelPort,
} from '../../src/addin/workflow';
import { HEADER, PLAN } from '../cli/workbookFiles';

const port: ExcelPort = excel;
const settings = defaultSettings();
const on = (day: string) => ({
  settings: { ...settings, asOf: day },
  now: new Date(`${day}T09:00:00Z`),
});

async function retype(address: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Action plan').getRange(address).values = [[value]];
    await context.sync();
  });
}

async function summaryColumnA(): Promise<unknown[]> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem('Summary').getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return used.values.map((r) => r[0]);
  });
}

test('list, name and refresh since a kept snapshot', async () => {
  installFakeExcel({ sheets: [{ name: 'Action plan', cells: [HEADER, ...PLAN] }] });
  expect(await listSnapshots(port)).toEqual([]);
  const first = on('2024-10-01');
  await refreshSummaries(port, first.settings, { now: first.now });
  await retype('F3', 'Red');
  const second = on('2024-10-08');
  await refreshSummaries(port, second.settings, { now: second.now });

  // Newest first, with their numbers, dates, times and counts.
  expect(await listSnapshots(port)).toEqual([
    { seq: 2, asOf: '2024-10-08', takenAt: '2024-10-08T09:00:00.000Z', name: null, actions: 4 },
    { seq: 1, asOf: '2024-10-01', takenAt: '2024-10-01T09:00:00.000Z', name: null, actions: 4 },
  ]);
  expect(await nameSnapshot(port, 1, '  Cabinet  1 October ')).toMatchObject({
    seq: 1,
    name: 'Cabinet 1 October',
  });
  expect((await listSnapshots(port)).map((s) => s.name)).toEqual([null, 'Cabinet 1 October']);
  await expect(nameSnapshot(port, 7, 'Budget')).rejects.toBeInstanceOf(BaselineNotFound);
  await expect(nameSnapshot(port, 1, '2024-10-01')).rejects.toThrow(
    "A snapshot's name cannot be a date written YYYY-MM-DD"
  );

  await retype('F4', 'Amber');
  const third = on('2024-10-15');
  const outcome = await refreshSince(
    port,
    third.settings,
    { kind: 'seq', seq: 1 },
    {
      now: third.now,
    }
  );
  // Since 1 October: both RAG moves, not only the one since 8 October.
  expect(outcome.changes?.from).toMatchObject({ seq: 1, name: 'Cabinet 1 October' });
  expect(outcome.changes?.ragDown.map((m) => m.action)).toEqual([
    'Publish the housing strategy',
    'Agree the repairs budget',
  ]);
  expect(outcome.snapshot).toMatchObject({ seq: 3, asOf: '2024-10-15', name: null });
  expect(await summaryColumnA()).toContain(
    'Changes since Cabinet 1 October (refreshed 1 Oct 2024)'
  );
  await expect(
    refreshSince(port, third.settings, { kind: 'seq', seq: 9 }, { now: third.now })
  ).rejects.toBeInstanceOf(BaselineNotFound);
});
