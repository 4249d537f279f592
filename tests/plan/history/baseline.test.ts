/**
 * Baselines and snapshot numbers in the engine: which kept snapshot a choice points at, what a
 * refresh compares with and keeps, and that a refresh at the same moment replaces the newest
 * snapshot. Expected values from the snapshots written out below.
 */
import type { Action } from '../../../src/plan';
import {
  findBaseline,
  KEEP_RECENT,
  refreshHistory,
  sinceFrom,
  takeSnapshot,
  thin,
  type Snapshot,
} from '../../../src/plan/history';
import { action, plan } from '../../report/handMade';

const one = (rag: 'red' | 'amber' | 'green'): Action[] => [
  action(5, { area: 'Housing', action: 'Write the housing strategy', rag, due: '2024-12-31' }),
];

/** Snapshot `seq` as of `asOf`, taken at 09:00 that day, with the one action at `rag`. */
const snap = (
  seq: number,
  asOf: string,
  rag: 'red' | 'amber' | 'green',
  name: string | null = null
) => takeSnapshot([plan(one(rag))], asOf, `${asOf}T09:00:00`, seq, name);

// 1 Sep Green (named "Cabinet September"), 1 Oct Amber, 8 Oct Amber (named "Cabinet October").
const KEPT: Snapshot[] = [
  snap(1, '2024-09-01', 'green', 'Cabinet September'),
  snap(2, '2024-10-01', 'amber'),
  snap(3, '2024-10-08', 'amber', 'Cabinet October'),
];

describe('choosing a baseline', () => {
  test('a date is the newest snapshot on or before it; a name, in any case, the newest of that name', () => {
    const seqOf = (text: string) => findBaseline(KEPT, sinceFrom(text))?.seq ?? null;
    expect(seqOf('2024-10-07')).toBe(2);
    expect(seqOf('2024-10-08')).toBe(3);
    expect(seqOf('2024-08-31')).toBeNull();
    expect(seqOf('  cabinet   SEPTEMBER ')).toBe(1);
    expect(seqOf('Cabinet November')).toBeNull();
    expect(findBaseline(KEPT, { kind: 'seq', seq: 2 })?.asOf).toBe('2024-10-01');
    expect(sinceFrom('')).toEqual({ kind: 'last' });
  });

  test('a refresh compares with the chosen snapshot, keeps the next number, and says it was chosen', () => {
    // Now Red: since "Cabinet September" (Green) that is one RAG down; since the last (Amber), one too,
    // but from Amber.
    const now = [plan(one('red'))];
    const chosen = refreshHistory(KEPT, now, '2024-10-15', '2024-10-15T09:00:00', {
      since: { kind: 'name', name: 'Cabinet September' },
      name: 'Cabinet 15 October',
    });
    expect(chosen.changes?.from).toMatchObject({ seq: 1, name: 'Cabinet September' });
    expect(chosen.changes?.ragDown.map((m) => [m.from, m.to])).toEqual([['green', 'red']]);
    expect(chosen.chosen).toBe(true);
    expect(chosen.kept).toMatchObject({ seq: 4, name: 'Cabinet 15 October' });
    const last = refreshHistory(KEPT, now, '2024-10-15', '2024-10-15T09:00:00');
    expect(last.changes?.from.seq).toBe(3);
    expect(last.changes?.ragDown.map((m) => [m.from, m.to])).toEqual([['amber', 'red']]);
    expect(last.chosen).toBe(false);
  });

  test('a choice nothing fits is said (missed), and the changes are since the last refresh', () => {
    const view = refreshHistory(KEPT, [plan(one('red'))], '2024-10-15', '2024-10-15T09:00:00', {
      since: { kind: 'name', name: 'Budget' },
    });
    expect(view.missed).toEqual({ kind: 'name', name: 'Budget' });
    expect(view.changes?.from.seq).toBe(3);
  });
});

describe('the same moment', () => {
  test("a refresh at the newest snapshot's as-of date and time replaces it, keeping its number and name, and compares with the one before", () => {
    // Now Red at 8 Oct 09:00, the moment of snapshot 3 (Amber, "Cabinet October").
    const view = refreshHistory(KEPT, [plan(one('red'))], '2024-10-08', '2024-10-08T09:00:00');
    expect(view.store.map((s) => [s.seq, s.name, s.actions[0].rag])).toEqual([
      [1, 'Cabinet September', 'green'],
      [2, null, 'amber'],
      [3, 'Cabinet October', 'red'],
    ]);
    // Compared with snapshot 2 (Amber), as snapshot 3 was.
    expect(view.changes?.from.seq).toBe(2);
    expect(view.changes?.ragDown.map((m) => [m.from, m.to])).toEqual([['amber', 'red']]);
  });

  test('a second later is another refresh: a new number', () => {
    const view = refreshHistory(KEPT, [plan(one('amber'))], '2024-10-08', '2024-10-08T09:00:01');
    expect(view.store.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
  });
});

test('thinning keeps every named snapshot, beyond the last 12 and the last of each month', () => {
  // 14 unnamed refreshes in October and one named on 2 October (the second of the month).
  const october = Array.from({ length: 15 }, (_, i) =>
    snap(i + 1, `2024-10-${String(i + 1).padStart(2, '0')}`, 'amber', i === 1 ? 'Cabinet' : null)
  );
  const kept = thin(october).map((s) => s.seq);
  // The last 12 (4 to 15); of the older three, 3 as the last of its month among them, and 2 for
  // its name; 1 goes (without the name, 2 would go too).
  expect(KEEP_RECENT).toBe(12);
  expect(kept).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
});
