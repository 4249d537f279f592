import { readPlans, type Action } from '../../../src/plan';
import {
  changeCount,
  changesBetween,
  KEEP_RECENT,
  MAX_ROWS,
  refreshHistory,
  takeSnapshot,
  thin,
  type Snapshot,
} from '../../../src/plan/history';
import { action, plan } from '../../report/handMade';
import { gridOf } from '../gridOf';

const at = (asOf: string, actions: Action[], takenAt = `${asOf}T09:00:00Z`): Snapshot =>
  takeSnapshot([plan(actions)], asOf, takenAt);

const base = (): Action[] => [
  action(5, {
    area: 'Housing',
    action: 'Write the housing strategy',
    rag: 'amber',
    due: '2024-09-30',
    state: 'on-track',
  }),
  action(6, {
    area: 'Housing',
    action: 'Open the advice hub',
    rag: 'green',
    due: '2024-07-31',
    state: 'on-track',
  }),
  action(7, {
    area: 'Waste',
    action: 'Tender the waste contract',
    rag: 'green',
    due: '2024-06-15',
    state: 'due-soon',
  }),
  action(8, {
    area: 'Waste',
    action: 'Consult on bin collection days',
    rag: 'red',
    due: '2024-08-31',
    state: 'on-track',
  }),
  action(9, {
    area: 'Waste',
    action: 'Publish the recycling league table',
    rag: 'amber',
    due: '2024-12-31',
    state: 'on-track',
  }),
];

describe('changes between two snapshots', () => {
  test('each kind of change is listed once, where it belongs', () => {
    const now = base();
    now[0] = { ...now[0], rag: 'red' }; // down
    now[3] = { ...now[3], rag: 'amber' }; // up
    now[1] = {
      ...now[1],
      rag: 'blue',
      state: 'complete',
      timescale: { text: 'Complete', kind: 'complete', due: null },
    }; // completed only
    now[2] = { ...now[2], state: 'overdue' }; // newly overdue (a later as-of)
    now[4] = { ...now[4], timescale: { text: 'March 2025', kind: 'month', due: '2025-03-31' } }; // date moved
    now.push(action(20, { area: 'Waste', action: 'Trial food waste collections', rag: 'green' })); // added
    const c = changesBetween(at('2024-06-01', base()), at('2024-07-01', [...now].reverse()));
    const texts = (list: { action: string | null }[]) => list.map((a) => a.action);
    expect(c.ragDown.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Write the housing strategy', 'amber', 'red'],
    ]);
    expect(c.ragUp.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Consult on bin collection days', 'red', 'amber'],
    ]);
    expect(texts(c.completed)).toEqual(['Open the advice hub']);
    expect(texts(c.newlyOverdue)).toEqual(['Tender the waste contract']);
    expect(c.dueMoved.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Publish the recycling league table', '2024-12-31', '2025-03-31'],
    ]);
    expect(texts(c.added)).toEqual(['Trial food waste collections']);
    expect(c.removed).toEqual([]);
    expect(changeCount(c)).toBe(6);
    expect(c.from.asOf).toBe('2024-06-01');
    expect(c.to.asOf).toBe('2024-07-01');
    // Listed in the order areas come in the plan now (reversed). Housing: 1 completed against 1 down; Waste: 1 up against 1 newly overdue; both the same.
    expect(
      c.byArea.map((a) => [
        a.area,
        a.actions,
        a.up,
        a.down,
        a.completed,
        a.newlyOverdue,
        a.added,
        a.direction,
      ])
    ).toEqual([
      ['Waste', 4, 1, 0, 0, 1, 1, 'same'],
      ['Housing', 2, 0, 1, 1, 0, 0, 'same'],
    ]);
  });

  test('direction by area: better, worse; a removed action is counted in its old area', () => {
    const now = base().slice(0, 4);
    now[0] = { ...now[0], rag: 'green' };
    now[3] = { ...now[3], state: 'overdue' };
    const c = changesBetween(at('2024-06-01', base()), at('2024-07-01', now));
    expect(c.removed.map((a) => a.action)).toEqual(['Publish the recycling league table']);
    expect(Object.fromEntries(c.byArea.map((a) => [a.area, [a.direction, a.removed]]))).toEqual({
      Housing: ['better', 0],
      Waste: ['worse', 1],
    });
  });

  test('no edits, rows sorted: nothing changed', () => {
    expect(
      changeCount(changesBetween(at('2024-06-01', base()), at('2024-06-01', [...base()].reverse())))
    ).toBe(0);
  });
});

describe('keeping snapshots', () => {
  const day = (i: number) =>
    new Date(Date.UTC(2023, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10);

  test('the last twelve refreshes, then the last of each earlier month', () => {
    // 40 weekly refreshes, 1 Jan 2023 to 30 Sep 2023.
    const all = Array.from({ length: 40 }, (_, i) => at(day(i), base()));
    const kept = thin(all);
    const recent = all.slice(-KEEP_RECENT).map((s) => s.asOf);
    expect(kept.slice(-KEEP_RECENT).map((s) => s.asOf)).toEqual(recent);
    // Before 16 Jul 2023 (day 196, the first of the recent twelve): the last weekly refresh of each month.
    expect(kept.slice(0, -KEEP_RECENT).map((s) => s.asOf)).toEqual([
      '2023-01-29',
      '2023-02-26',
      '2023-03-26',
      '2023-04-30',
      '2023-05-28',
      '2023-06-25',
      '2023-07-09',
    ]);
  });

  test('a large plan keeps fewer snapshots, never fewer than two', () => {
    const big = Array.from({ length: 30_000 }, (_, i) => action(i + 5, { action: `Action ${i}` }));
    const kept = thin([at('2024-01-01', big), at('2024-02-01', big), at('2024-03-01', big)]);
    expect(kept.map((s) => s.asOf)).toEqual(['2024-02-01', '2024-03-01']);
    expect(MAX_ROWS).toBeLessThan(90_000);
  });
});

describe('history on a refresh', () => {
  test('the first refresh stores a snapshot and has nothing to compare; the next compares with it', () => {
    const first = refreshHistory([], [plan(base())], '2024-06-01', '2024-06-01T09:00:00Z');
    expect(first.changes).toBeNull();
    expect(first.store.map((s) => s.asOf)).toEqual(['2024-06-01']);
    const edited = base();
    edited[0] = { ...edited[0], rag: 'red' };
    const second = refreshHistory(
      first.store,
      [plan(edited)],
      '2024-06-01',
      '2024-06-01T15:00:00Z'
    );
    expect(second.changes?.ragDown.map((m) => m.action)).toEqual(['Write the housing strategy']);
    expect(second.store.map((s) => s.takenAt)).toEqual([
      '2024-06-01T09:00:00Z',
      '2024-06-01T15:00:00Z',
    ]);
    expect(
      second.trend.map((p) => [p.label, p.rag.red, p.rag.amber, p.rag.green, p.overdue])
    ).toEqual([
      ['1 Jun 2024', 1, 2, 2, 0],
      ['1 Jun 2024', 2, 1, 2, 0],
    ]);
  });

  test('an as-of date in the past shows the changes as of then and stores nothing', () => {
    const may = base();
    const june = base().map((a) => ({ ...a, rag: 'red' as const }));
    const stored = [
      at('2024-05-01', base()),
      at('2024-06-01', may.slice(0, 3)),
      at('2024-07-01', june),
    ];
    const view = refreshHistory(stored, [plan(june)], '2024-06-15', '2024-08-01T09:00:00Z');
    expect(view.changes?.from.asOf).toBe('2024-05-01');
    expect(view.changes?.to.asOf).toBe('2024-06-01');
    expect(view.changes?.removed.map((a) => a.action)).toEqual([
      'Consult on bin collection days',
      'Publish the recycling league table',
    ]);
    expect(view.store).toHaveLength(3);
    expect(view.trend.map((p) => p.asOf)).toEqual(['2024-05-01', '2024-06-01']);
  });

  test("periodic RAG columns in the plan are history: each action's previous period against its latest, and a trend point per period", () => {
    const plans = readPlans(
      gridOf([
        ['Milestone', 'Lead', 'Deadline', 'Q1', 'Q2', 'Q3'],
        ['Adopt the local plan', 'Head of Planning', 'March 2025', 'Green', 'Amber', 'Red'],
        ['Open the leisure centre', 'Head of Leisure', 'March 2025', 'Amber', 'Green', null],
        ['Close the old depot', 'Head of Waste', 'March 2025', 'Green', 'Green', 'Green'],
        ['Publish the budget', 'Head of Finance', 'March 2025', null, null, 'Amber'],
      ]),
      { asOf: '2024-06-01' }
    );
    const view = refreshHistory([], plans, '2024-06-01', '2024-06-01T09:00:00Z');
    // Two of the three actions rated twice or more end in Q3, one in Q2.
    expect([view.changes?.from.label, view.changes?.to.label]).toEqual(['Q2', 'Q3']);
    expect(view.changes?.ragDown.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Adopt the local plan', 'amber', 'red'],
    ]);
    expect(view.changes?.ragUp.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Open the leisure centre', 'amber', 'green'],
    ]);
    expect([view.changes?.newlyOverdue, view.changes?.added, view.changes?.removed]).toEqual([
      [],
      [],
      [],
    ]);
    expect(
      view.trend.map((p) => [p.label, p.rag.red, p.rag.amber, p.rag.green, p.overdue])
    ).toEqual([
      ['Q1', 0, 1, 2, null],
      ['Q2', 0, 1, 2, null],
      ['Q3', 1, 0, 1, null],
    ]);
    // A snapshot, once there is one, is what the next refresh compares with.
    expect(
      refreshHistory(view.store, plans, '2024-06-01', '2024-06-01T10:00:00Z').changes?.from.label
    ).toBeNull();
  });
});
