import { defaultOptions, readPlans, type CellValue, type Grid } from '../../src/plan';
import { TEXT_LIMITS, takeSnapshot, type Snapshot } from '../../src/plan/history';
import { readHistory, storedSnapshots } from '../../src/report/historyRead';
import { HISTORY_TITLE, historySheet } from '../../src/report/historySheet';
import { OWNER_NAMES } from '../../src/report/ownership';
import { action, plan } from './handMade';

/** The grid a reader gets back from a written spec. */
const gridOf = (values: CellValue[][], sheet = 'RAG Plan history'): Grid => ({
  sheet,
  top: 1,
  left: 1,
  values,
});

const long = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

const snapshots = (): Snapshot[] => [
  takeSnapshot(
    [
      plan([
        action(5, {
          ref: '1.1',
          area: 'Housing',
          objective: 'More homes',
          action: 'Write the strategy',
          rag: 'amber',
          due: '2024-09-30',
          savings: 250_000,
          forecast: 200_000,
        }),
        action(6, {
          area: 'Housing',
          action: '=SUM(A1:A3) is text, not a formula',
          rag: null,
          state: 'ongoing',
        }),
      ]),
    ],
    '2024-05-01',
    '2024-05-01T09:00:00Z'
  ),
  takeSnapshot(
    [
      plan([
        action(5, {
          ref: '1.1',
          area: 'Housing',
          action: 'Write the strategy',
          rag: 'red',
          state: 'overdue',
          due: '2024-04-30',
        }),
      ]),
    ],
    '2024-06-01',
    '2024-06-01T10:30:00Z'
  ),
];

describe('the history sheet', () => {
  test('is very hidden, ours by the usual rule, and reads back as the snapshots written', () => {
    const spec = historySheet(snapshots());
    expect(spec.key).toBe('history');
    expect(spec.visibility).toBe('veryHidden');
    expect(spec.values[0][0]).toBe(HISTORY_TITLE);
    expect(OWNER_NAMES.history).toBe('RagPlan_History');
    const back = readHistory(gridOf(spec.values));
    expect(back.skipped).toEqual([]);
    expect(back.snapshots).toEqual(snapshots());
  });

  test('is never read as a plan', () => {
    const grid = gridOf(historySheet(snapshots()).values);
    expect(readPlans(grid, defaultOptions({ asOf: '2024-06-01' }))).toEqual([]);
  });

  test('a row stays under 1 KB with the longest texts a plan can have', () => {
    const huge = action(5, {
      ref: long(10, 'REF'),
      area: long(50, 'area'),
      objective: long(100, 'objective'),
      action: long(200, 'action'),
      rag: 'amber-green',
      due: '2024-09-30',
      savings: 1_234_567.89,
      forecast: 1_000_000,
    });
    const snap = takeSnapshot(
      [{ ...plan([huge]), sheet: long(8, 'Sheet') }],
      '2024-06-01',
      '2024-06-01T10:30:00.000Z'
    );
    const row = historySheet([snap]).values[3];
    expect(snap.actions[0].action!.length).toBeLessThanOrEqual(TEXT_LIMITS.action);
    const bytes = new TextEncoder().encode(
      row.map((v) => (v === null ? '' : String(v))).join('')
    ).length;
    // Cells' text plus about 40 bytes of XML per cell in the file.
    expect(bytes + row.length * 40).toBeLessThan(1024);
  });

  test('rows that cannot be read are skipped and said; another sheet gives nothing', () => {
    const values = historySheet(snapshots()).values.map((r) => [...r]);
    values[3][0] = '1 May 2024';
    values[4][8] = 'Purple';
    const back = readHistory(gridOf(values));
    expect(back.snapshots.map((s) => [s.asOf, s.actions.length])).toEqual([['2024-06-01', 1]]);
    expect(back.skipped).toEqual([
      'row 4: the as-of date "1 May 2024" is not a date written YYYY-MM-DD',
      'row 5: the RAG "Purple" is not one RAG Plan writes',
    ]);
    expect(
      readHistory(
        gridOf([
          ['Action', 'Lead'],
          ['Do it', 'Me'],
        ])
      ).snapshots
    ).toEqual([]);
    // A user's copy of the sheet is not ours: only the sheet the ownership rule names is read.
    const copy = gridOf(historySheet(snapshots()).values, 'Copy of history');
    expect(storedSnapshots([copy], (s) => s === 'RAG Plan history').snapshots).toEqual([]);
    expect(storedSnapshots([copy], (s) => s === 'Copy of history').snapshots).toHaveLength(2);
  });
});
