/** Which refresh's changes the pane shows: the latest, whether the pane or the ribbon ran it. */
import type { RefreshOutcome } from '../../src/addin/workflow';
import type { RibbonOutcome } from '../../src/addin/ribbonOutcome';
import type { Changes } from '../../src/plan/history';
import { nextLatest } from '../../src/taskpane/useLatestChanges';

const changes = (asOf: string) => ({ from: { asOf } }) as unknown as Changes;
const pane = (c: Changes | null) => ({ changes: c }) as RefreshOutcome;
const none = { pane: null, ribbon: null, latest: null };

test('nothing is shown before a refresh', () => {
  expect(nextLatest(none, null, null)).toBeNull();
});

test("the pane's first refresh shows that there is nothing to compare with yet", () => {
  expect(nextLatest(none, pane(null), null)).toEqual({ changes: null });
});

test('a ribbon refresh after the pane’s replaces the changes shown; a failed one keeps them', () => {
  const first = pane(changes('2024-06-03'));
  const seen = { pane: first, ribbon: null, latest: { changes: first.changes } };
  const ribbon: RibbonOutcome = { ok: true, text: 'Refreshed', changes: changes('2024-07-01') };
  expect(nextLatest(seen, first, ribbon)).toEqual({ changes: ribbon.changes });
  const failed: RibbonOutcome = { ok: false, text: 'The sheet is protected.' };
  expect(nextLatest(seen, first, failed)).toEqual({ changes: first.changes });
});

test('dismissing the ribbon note leaves its changes shown; the next pane refresh replaces them', () => {
  const ribbon: RibbonOutcome = { ok: true, text: 'Refreshed', changes: changes('2024-07-01') };
  const seen = { pane: null, ribbon, latest: { changes: ribbon.changes ?? null } };
  expect(nextLatest(seen, null, null)).toEqual({ changes: ribbon.changes });
  const again = pane(changes('2024-07-08'));
  expect(nextLatest(seen, again, ribbon)).toEqual({ changes: again.changes });
});
