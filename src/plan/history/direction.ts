/**
 * Direction of travel by area: better when more of its actions moved up a RAG or were completed
 * than moved down or became overdue, worse when fewer, the same otherwise. Added and removed
 * actions are counted but do not set the direction (a new Red action is not a decline).
 */
import type { Changes, ChangedAction } from './changes';
import type { SnapAction } from './snapshot';

export type TravelDirection = 'better' | 'worse' | 'same';

export interface AreaDirection {
  /** Area as written; "(none)" for actions without one. */
  area: string;
  /** Actions in the area now. */
  actions: number;
  up: number;
  down: number;
  completed: number;
  newlyOverdue: number;
  added: number;
  removed: number;
  direction: TravelDirection;
}

export const NO_AREA = '(none)';

const areaOf = (a: { area: string | null }): string => a.area?.trim() || NO_AREA;

type Tally = Omit<AreaDirection, 'direction'>;

export function areaDirections(
  c: Omit<Changes, 'byArea'>,
  now: SnapAction[],
  removed: SnapAction[]
): AreaDirection[] {
  const tallies = new Map<string, Tally>();
  const tally = (area: string): Tally => {
    let t = tallies.get(area);
    if (!t) {
      t = { area, actions: 0, up: 0, down: 0, completed: 0, newlyOverdue: 0, added: 0, removed: 0 };
      tallies.set(area, t);
    }
    return t;
  };
  for (const a of now) tally(areaOf(a)).actions++;
  const count = (list: ChangedAction[], field: keyof Omit<Tally, 'area' | 'actions'>) => {
    for (const a of list) tally(areaOf(a))[field]++;
  };
  count(c.ragUp, 'up');
  count(c.ragDown, 'down');
  count(c.completed, 'completed');
  count(c.newlyOverdue, 'newlyOverdue');
  count(c.added, 'added');
  count(removed, 'removed');
  return [...tallies.values()].map((t) => ({ ...t, direction: directionOf(t) }));
}

function directionOf(t: Tally): TravelDirection {
  const net = t.up + t.completed - t.down - t.newlyOverdue;
  return net > 0 ? 'better' : net < 0 ? 'worse' : 'same';
}
