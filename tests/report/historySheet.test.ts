import { defaultOptions, readPlans, type CellValue, type Grid } from '../../src/plan';
import { TEXT_LIMITS, takeSnapshot, type Snapshot } from '../../src/plan/history';
import { historyIn, readHistory } from '../../src/report/historyRead';
import { historySheet } from '../../src/report/historySheet';
import { HISTORY_TITLE } from '../../src/report/sheetTitles';
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
    '2024-05-01T09:00:00Z',
    1
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
    '2024-06-01T10:30:00Z',
    2,
    'Cabinet 1 June'
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
    expect(back.problems).toEqual([]);
    expect(back.state).toBe('read');
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

  test("only the sheet our name points at is read: a user's copy of it is not the history", () => {
    const copy = gridOf(historySheet(snapshots()).values, 'Copy of history');
    expect(historyIn([copy], 'RAG Plan history').state).toBe('absent');
    expect(historyIn([copy], 'Copy of history').snapshots).toHaveLength(2);
    // A table of actions is not a history: nothing on it can be read as one.
    const table = readHistory(
      gridOf([
        ['Action', 'Lead'],
        ['Do it', 'Me'],
      ])
    );
    expect(table.state).toBe('unreadable');
    expect(table.snapshots).toEqual([]);
  });
});
