/**
 * The history sheet through the Office.js writer and reader (the in-memory fake host): every
 * snapshot comes back as written, texts that look like dates or numbers stay text, and the sheet
 * is ours by its RagPlan_History name.
 */
import { installFakeExcel } from '../e2e/host/fakeExcel';
import { readGrid, writeSummarySheets } from '../../src/excel';
import { takeSnapshot } from '../../src/plan/history';
import { readHistory } from '../../src/report/historyRead';
import { historySheet } from '../../src/report/historySheet';
import { action, plan } from './handMade';

test('snapshots written through Office.js read back the same', async () => {
  const h = installFakeExcel({ sheets: [{ name: 'Action plan', cells: [['Plan']] }] });
  const snapshots = [
    takeSnapshot(
      [
        plan([
          action(5, {
            ref: '1.10',
            area: '2024/25',
            action: '31/12/2024',
            rag: 'amber',
            due: '2024-12-31',
            savings: 1500,
          }),
        ]),
      ],
      '2024-06-01',
      '2024-06-01T09:00:00Z',
      1
    ),
    takeSnapshot(
      [
        plan([
          action(6, {
            ref: '1.10',
            area: '2024/25',
            action: '31/12/2024',
            rag: 'red',
            state: 'overdue',
            due: '2024-05-31',
          }),
        ]),
      ],
      '2024-07-01',
      '2024-07-01T09:00:00Z',
      2,
      'Cabinet 1 July'
    ),
  ];
  const spec = historySheet(snapshots);
  const result = await writeSummarySheets([spec]);
  expect(result.written).toEqual([{ key: 'history', name: 'RAG Plan history' }]);
  expect(h.snapshot().names).toContainEqual({
    name: 'RagPlan_History',
    formula: "='RAG Plan history'!$A$1",
  });
  const grid = await readGrid({
    kind: 'range',
    sheet: 'RAG Plan history',
    name: null,
    address: `A1:N${spec.values.length}`,
  });
  const back = readHistory(grid);
  expect(back.problems).toEqual([]);
  expect(back.snapshots).toEqual(snapshots);
});
