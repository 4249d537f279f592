/**
 * Direction of travel by area: better when more of its actions moved up a RAG or were completed
 * than moved down or became overdue, worse when fewer, the same otherwise. Added and removed
 * actions are counted but do not set the direction (a new Red action is not a decline).
 */
import { workbookSheet, type SheetCell } from '../core';
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

/** Direction of travel of one workbook of a roll-up (a directorate's plan): as by area. */
export interface WorkbookDirection extends Omit<AreaDirection, 'area'> {
  /** The workbook as the roll-up names it ("plans/Adults.xlsx"). */
  workbook: string;
}

const workbookOf = (a: { at: SheetCell | null }): string =>
  (a.at && workbookSheet(a.at.sheet).workbook) || NO_AREA;

/** Direction of travel by workbook, from a roll-up's changes and its actions now. */
export function workbookDirections(c: Changes, now: SnapAction[]): WorkbookDirection[] {
  const byArea = areaDirections(
    {
      ...c,
      ragUp: c.ragUp.map(asArea),
      ragDown: c.ragDown.map(asArea),
      completed: c.completed.map(asArea),
      newlyOverdue: c.newlyOverdue.map(asArea),
      added: c.added.map(asArea),
    },
    now.map((a) => ({ ...a, area: workbookOf(a) })),
    c.removed.map(asArea) as SnapAction[]
  );
  return byArea.map(({ area, ...rest }) => ({ workbook: area, ...rest }));
}

/** A changed action filed under its workbook instead of its area. */
function asArea<T extends ChangedAction>(a: T): T {
  return { ...a, area: workbookOf(a) };
}
