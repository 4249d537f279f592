import { summarise, type Action } from '../../src/plan';
import { refreshHistory } from '../../src/plan/history';
import { buildSheets } from '../../src/report/buildSheets';
import type { SheetSpec } from '../../src/report/sheetSpec';
import { action, plan } from './handMade';
import { a1At, cellAt, rangeAt } from '../cellText';

const meta = { refreshedAt: '2024-07-01T09:00:00', source: "'Action plan'!A4:F9" };

const june = (): Action[] => [
  action(5, {
    ref: '1',
    area: 'Housing',
    action: 'Write the housing strategy',
    rag: 'amber',
    due: '2024-09-30',
    state: 'on-track',
  }),
  action(6, {
    ref: '2',
    area: 'Housing',
    action: 'Open the advice hub',
    rag: 'green',
    due: '2024-07-31',
    state: 'on-track',
  }),
  action(7, {
    ref: '3',
    area: 'Waste',
    action: 'Tender the waste contract',
    rag: 'red',
    due: '2024-08-31',
    state: 'on-track',
  }),
];

function summaryWithChanges(): SheetSpec {
  const first = refreshHistory([], [plan(june())], '2024-06-01', '2024-06-01T09:00:00Z');
  const july = june();
  july[0] = { ...july[0], rag: 'red' };
  july[2] = {
    ...july[2],
    rag: 'amber',
    timescale: { text: 'October 2024', kind: 'month', due: '2024-10-31' },
  };
  const plans = [plan(july)];
  const view = refreshHistory(first.store, plans, '2024-07-01', '2024-07-01T09:00:00Z');
  const specs = buildSheets(summarise(plans, { asOf: '2024-07-01' }), plans, meta, view);
  expect(specs.map((s) => s.key)).toEqual(['summary', 'overdue', 'quality', 'history']);
  return specs[0];
}

const rowAt = (s: SheetSpec, label: string) => s.values.findIndex((r) => r[0] === label) + 1;

describe('the Summary sheet with changes', () => {
  const s = summaryWithChanges();

  test('says what it compares with and counts each kind of change', () => {
    const top = rowAt(s, 'Changes since last refresh');
    expect(top).toBeGreaterThan(rowAt(s, 'Undated'));
    expect(top).toBeLessThan(rowAt(s, 'RAG by area'));
    // The refresh time is shown in local time, so only its minutes are fixed.
    expect(String(s.values[top][0])).toMatch(
      /^As of 1 Jul 2024, compared with the refresh as of 1 Jun 2024 \(refreshed 1 Jun 2024, \d\d:00\)\.$/
    );
    const counts = s.values.slice(top + 2, top + 9);
    expect(counts).toEqual([
      ['↑ RAG up (better)', 1],
      ['↓ RAG down (worse)', 1],
      ['Newly overdue', 0],
      ['Completed', 0],
      ['Due date moved', 1],
      ['Added', 0],
      ['Removed', 0],
    ]);
  });

  test('lists each action with an arrow and a word, RAG as words, dates as dates, and a link to its cell', () => {
    const head = rowAt(s, 'Action');
    expect(s.values[head - 1]).toEqual(['Action', 'Change', 'From', 'To', 'Area', 'Where']);
    expect(s.values.slice(head, head + 3)).toEqual([
      ['3 Tender the waste contract', '↑ Up', 'Red', 'Amber', 'Waste', "'Action plan'!C7"],
      ['1 Write the housing strategy', '↓ Down', 'Amber', 'Red', 'Housing', "'Action plan'!C5"],
      // 31 Aug 2024 is Excel day 45535; 31 Oct 2024 day 45596.
      ['3 Tender the waste contract', 'Date moved', 45535, 45596, 'Waste', "'Action plan'!C7"],
    ]);
    expect(s.numberFormats).toContainEqual({
      range: rangeAt(`C${head + 3}:D${head + 3}`),
      format: 'dd mmm yyyy',
    });
    expect(s.styles).toContainEqual({
      range: rangeAt(`C${head + 1}`),
      style: expect.objectContaining({ fill: expect.any(String) }),
    });
    expect(s.links).toContainEqual({
      cell: a1At(`F${head + 1}`),
      target: cellAt(`'Action plan'!C7`),
      text: "'Action plan'!C7",
      tip: 'Go to the action in the plan',
    });
  });

  test('direction of travel by area, in words', () => {
    const head = rowAt(s, 'Direction of travel by area') + 1;
    expect(s.values.slice(head, head + 2)).toEqual([
      ['Housing', 2, 0, 1, 0, 0, 0, 0, '↓ Worse'],
      ['Waste', 1, 1, 0, 0, 0, 0, 0, '↑ Better'],
    ]);
  });

  test('the trend is a table of RAG counts and overdue per refresh with a real chart over it', () => {
    const head = rowAt(s, 'Refresh');
    expect(s.values[head - 1]).toEqual([
      'Refresh',
      'Red',
      'Red/Amber',
      'Amber',
      'Amber/Green',
      'Green',
      'Blue',
      'No RAG',
      'Overdue',
    ]);
    expect(s.values.slice(head, head + 2)).toEqual([
      ['1 Jun 2024', 1, 0, 1, 0, 1, 0, 0, 0],
      ['1 Jul 2024', 1, 0, 1, 0, 1, 0, 0, 0],
    ]);
    const chart = s.charts.find((c) => c.name === 'Trend');
    expect(chart).toMatchObject({
      type: 'column-clustered',
      dataRange: rangeAt(`A${head}:I${head + 2}`),
      seriesBy: 'columns',
    });
  });
});
