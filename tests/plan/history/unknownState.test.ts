/**
 * An older snapshot that does not know its actions' states (state null: kept before states were
 * recorded, or not read) cannot say an action became overdue or complete since then
 * (src/plan/history/changes.ts, `became`). Guards against comparing with null as if it were a
 * state other than the new one.
 */
import type { Action } from '../../../src/plan';
import {
  changeCount,
  changesBetween,
  takeSnapshot,
  type Snapshot,
} from '../../../src/plan/history';
import { action, plan } from '../../report/handMade';

const at = (asOf: string, actions: Action[]): Snapshot =>
  takeSnapshot([plan(actions)], asOf, `${asOf}T09:00:00Z`);

const before = (): Action[] => [
  action(5, { area: 'Housing', action: 'Open the advice hub', rag: 'green', due: '2024-06-15' }),
  action(6, {
    area: 'Waste',
    action: 'Tender the waste contract',
    rag: 'amber',
    due: '2024-06-15',
  }),
];

const after = (): Action[] => [
  action(5, {
    area: 'Housing',
    action: 'Open the advice hub',
    rag: 'blue',
    state: 'complete',
    timescale: { text: 'Complete', kind: 'complete', due: null },
  }),
  action(6, {
    area: 'Waste',
    action: 'Tender the waste contract',
    rag: 'amber',
    due: '2024-06-15',
    state: 'overdue',
  }),
];

/** The older snapshot with its states unknown. */
function withoutStates(s: Snapshot): Snapshot {
  return { ...s, actions: s.actions.map((a) => ({ ...a, state: null })) };
}

describe('an older snapshot whose states are unknown', () => {
  test('no action is called newly overdue or completed; the RAG move is still listed', () => {
    const c = changesBetween(withoutStates(at('2024-06-01', before())), at('2024-07-01', after()));
    expect(c.newlyOverdue).toEqual([]);
    expect(c.completed).toEqual([]);
    expect(c.ragUp.map((m) => [m.action, m.from, m.to])).toEqual([
      ['Open the advice hub', 'green', 'blue'],
    ]);
    expect(changeCount(c)).toBe(1);
    expect(c.byArea.map((a) => [a.area, a.completed, a.newlyOverdue])).toEqual([
      ['Housing', 0, 0],
      ['Waste', 0, 0],
    ]);
  });

  test('with the states known, the same two snapshots give one completed and one newly overdue', () => {
    const c = changesBetween(at('2024-06-01', before()), at('2024-07-01', after()));
    expect(c.completed.map((a) => a.action)).toEqual(['Open the advice hub']);
    expect(c.newlyOverdue.map((a) => a.action)).toEqual(['Tender the waste contract']);
  });
});
