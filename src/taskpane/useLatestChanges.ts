import { useState } from 'react';
import type { RefreshOutcome, RibbonOutcome } from '../addin';
import type { Changes } from '../plan';

/** The changes of the latest refresh, from the pane or the ribbon, whichever came last. */
export interface LatestChanges {
  /** Null when that refresh was the first (nothing to compare with). */
  changes: Changes | null;
}

interface Seen {
  pane: RefreshOutcome | null;
  ribbon: RibbonOutcome | null;
  latest: LatestChanges | null;
}

/** What to show once the pane's or the ribbon's outcome has changed from what was seen. */
export function nextLatest(
  seen: Seen,
  pane: RefreshOutcome | null,
  ribbon: RibbonOutcome | null
): LatestChanges | null {
  let latest = seen.latest;
  if (pane && pane !== seen.pane) latest = { changes: pane.changes };
  // A failed ribbon refresh carries no changes: the ones shown stay.
  if (ribbon && ribbon !== seen.ribbon && ribbon.changes !== undefined)
    latest = { changes: ribbon.changes };
  return latest;
}

/**
 * Keeps the changes the latest refresh found, so the pane shows them after its own refresh and
 * after the ribbon's; dismissing the ribbon's note leaves them shown. Null before any refresh.
 */
export function useLatestChanges(
  pane: RefreshOutcome | null,
  ribbon: RibbonOutcome | null
): LatestChanges | null {
  const [seen, setSeen] = useState<Seen>(() => ({
    pane,
    ribbon,
    latest: nextLatest({ pane: null, ribbon: null, latest: null }, pane, ribbon),
  }));
  if (seen.pane === pane && seen.ribbon === ribbon) return seen.latest;
  // React's pattern for state that follows props: adjust it while rendering, not in an effect.
  const latest = nextLatest(seen, pane, ribbon);
  setSeen({ pane, ribbon, latest });
  return latest;
}
