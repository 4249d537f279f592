/**
 * The whole edit scenario through the Office.js writer on the fake host: refresh, edit the plan
 * as a manager would between two meetings (re-rate two actions, complete one, move a date, insert
 * a row above the table, sort it by area, delete an action), refresh again. The changes are
 * exactly those edits, both in the cells written to the Summary and in what the refresh hands the
 * pane. Expectations worked out by hand from tests/cli/historyPlans.ts (the same plan and edits
 * the command line's test uses).
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import { editPlanAsAManager } from '../e2e/support/planEdits';
import * as excel from '../../src/excel';
import { refreshSummaries, type ExcelPort } from '../../src/addin/workflow';
import type { Changes } from '../../src/plan/history';
import { cellRef } from '../../src/plan';
import {
  HEADER,
  SHEET,
  TITLE_1,
  TITLE_2,
  VERSION_1,
  version2,
  type PlanRow,
} from '../cli/historyPlans';

const port: ExcelPort = excel;
const settings = {
  asOf: null,
  dueSoonDays: 30,
  blueMeans: 'complete' as const,
  overrides: {},
  picked: null,
};

/** The sheet's cells as historyPlans.ts lays them out: title rows, a blank row, the header, the actions. */
function cells(rows: PlanRow[], titles: string[]): (string | null)[][] {
  return [...titles.map((t) => [t]), [], HEADER, ...rows];
}

/** The plan sheet's cells as they are now. */
async function planCells(): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(SHEET).getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return used.values;
  });
}

/** The Summary's cells, row by row, as the writer left them. */
async function summaryRows(): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem('Summary').getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return used.values;
  });
}

const at = (cell: string) => `'${SHEET}'!${cell}`;

/** The changes as a person would list them: action, move and cell. */
function listed(c: Changes) {
  return {
    ragUp: c.ragUp.map((m) => [m.action, m.from, m.to, m.at && cellRef(m.at)]),
    ragDown: c.ragDown.map((m) => [m.action, m.from, m.to, m.at && cellRef(m.at)]),
    newlyOverdue: c.newlyOverdue.map((a) => [a.action, a.at && cellRef(a.at)]),
    completed: c.completed.map((a) => [a.action, a.at && cellRef(a.at)]),
    dueMoved: c.dueMoved.map((m) => [m.action, m.from, m.to, m.at && cellRef(m.at)]),
    added: c.added.map((a) => [a.action, a.at && cellRef(a.at)]),
    removed: c.removed.map((a) => [a.action, a.at && cellRef(a.at)]),
  };
}

/**
 * After the edits the header is on row 4 (two title rows and a blank), and the sorted actions on
 * rows 5 to 11: Climate Change, Health & Social Care (AYSE posts, C6), Housing (tenancy arrears,
 * C7), Savings (in-year savings, C8), then Workforce by action text (the EDI programme, C9;
 * recruitment panel; agency review). The deleted care leavers action was on row 8 of the first
 * version (one title row and a blank, the header on row 3, it the fifth action).
 */
const EXPECTED = {
  ragUp: [['Identification of in-year savings proposals', 'red', 'amber', at('C8')]],
  ragDown: [
    ['Focus on collecting former tenant arrears for Council and PSLs', 'amber', 'red', at('C7')],
  ],
  newlyOverdue: [],
  completed: [
    ['Invest £250k in a programme of work to support the move to a self-service model', at('C9')],
  ],
  dueMoved: [
    [
      'Implementation of AYSE newly qualified social worker posts',
      '2024-09-30',
      '2024-12-31',
      at('C6'),
    ],
  ],
  added: [],
  removed: [["Monthly review of each young person's plan", at('C8')]],
};

test('refresh, edit (re-rate two, complete one, move a date, insert a row above, sort, delete one), refresh: exactly those edits, on the Summary and in the outcome', async () => {
  installFakeExcel({ sheets: [{ name: SHEET, cells: cells(VERSION_1, TITLE_1) }] });
  const first = await refreshSummaries(
    port,
    { ...settings, asOf: '2024-07-01' },
    { now: new Date('2024-07-01T09:00:00Z') }
  );
  expect(first.changes).toBeNull();
  expect((await summaryRows()).map((r) => r[0])).toContain(
    'No earlier refresh to compare with: the next refresh will show what changed since this one.'
  );

  await editPlanAsAManager({
    sheet: SHEET,
    insertedTitle: TITLE_2[1],
    deletedAction: "Monthly review of each young person's plan",
  });
  // The plan is now the second version of historyPlans.ts, cell for cell.
  expect(await planCells()).toEqual(
    cells(version2(), TITLE_2).map((r) => [...r, ...Array(6 - r.length).fill('')])
  );

  const second = await refreshSummaries(
    port,
    { ...settings, asOf: '2024-07-08' },
    { now: new Date('2024-07-08T09:00:00Z') }
  );
  expect(second.actions).toBe(7);
  expect(second.changes && listed(second.changes)).toEqual(EXPECTED);

  const rows = await summaryRows();
  const col = (label: string) => rows.find((r) => r[0] === label);
  expect(rows.map((r) => r[0])).toContain(
    'As of 8 Jul 2024, compared with the refresh as of 1 Jul 2024 (refreshed 1 Jul 2024, 09:00).'
  );
  // The counts: one of each edit, nothing newly overdue or added.
  expect(
    [
      '↑ RAG up (better)',
      '↓ RAG down (worse)',
      'Newly overdue',
      'Completed',
      'Due date moved',
      'Added',
      'Removed',
    ].map((label) => col(label)?.[1])
  ).toEqual([1, 1, 0, 1, 1, 0, 1]);
  // The list: action, change, from, to, area (30 Sep 2024 and 31 Dec 2024 as Excel days).
  const head = rows.findIndex((r) => r[0] === 'Action' && r[1] === 'Change');
  const list = rows.slice(head + 1, head + 6).map((r) => r.slice(0, 5));
  expect(list).toEqual([
    ['Identification of in-year savings proposals', '↑ Up', 'Red', 'Amber', 'Savings'],
    [
      'Focus on collecting former tenant arrears for Council and PSLs',
      '↓ Down',
      'Amber',
      'Red',
      'Housing',
    ],
    [
      'Invest £250k in a programme of work to support the move to a self-service model',
      'Completed',
      '',
      '',
      'Workforce',
    ],
    [
      'Implementation of AYSE newly qualified social worker posts',
      'Date moved',
      45565,
      45657,
      'Health & Social Care',
    ],
    ["Monthly review of each young person's plan", 'Removed', '', '', 'Housing'],
  ]);
  expect(rows[head + 6]?.[0]).toBe('');
  // Where: a link to each action still in the plan; a removed one has nowhere to go.
  expect(rows.slice(head + 1, head + 6).map((r) => r[5])).toEqual([
    at('C8'),
    at('C7'),
    at('C9'),
    at('C6'),
    '',
  ]);
});
