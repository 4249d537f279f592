/**
 * What changed between two snapshots: RAG up and down, newly overdue, completed, due dates moved,
 * actions added and removed, and the direction of travel by area. Each action is listed where
 * its change belongs: a completed action is "completed" only (its move to Blue or its date turning
 * into "Complete" is that completion, not a RAG or date change).
 */
import type { IsoDate, Rag, SheetCell } from '../core';
import { areaDirections, type AreaDirection } from './direction';
import { matchActions } from './match';
import type { SnapAction, Snapshot } from './snapshot';

/** Worst to best: moving right is "up". Blue (complete, under the usual key) is above Green. */
export const RAG_RANK: Record<Rag, number> = {
  red: 0,
  'red-amber': 1,
  amber: 2,
  'amber-green': 3,
  green: 4,
  blue: 5,
};

/** An action as a change list shows it: reference, area, text and where it is now (or was). */
export interface ChangedAction {
  ref: string | null;
  line: number;
  area: string | null;
  action: string | null;
  at: SheetCell | null;
}

export interface RagMove extends ChangedAction {
  from: Rag;
  to: Rag;
}

export interface DueMove extends ChangedAction {
  from: IsoDate;
  to: IsoDate;
}

/** The end of a comparison: a snapshot's number, as-of date, refresh time, the name a user gave it, and a period's label. */
export interface ChangesEnd {
  /** The snapshot's number in the workbook; 0 for a period or a copy compared by diff. */
  seq: number;
  asOf: IsoDate;
  takenAt: string;
  /** A period's name ("Q2") for periodic RAG columns. */
  label: string | null;
  /** The name a user gave the snapshot ("Cabinet 12 January"). */
  name: string | null;
}

export interface Changes {
  from: ChangesEnd;
  to: ChangesEnd;
  ragUp: RagMove[];
  ragDown: RagMove[];
  newlyOverdue: ChangedAction[];
  completed: ChangedAction[];
  dueMoved: DueMove[];
  added: ChangedAction[];
  removed: ChangedAction[];
  byArea: AreaDirection[];
}

export function changedAction(a: SnapAction): ChangedAction {
  return { ref: a.ref, line: a.line, area: a.area, action: a.action, at: a.at };
}

function end(s: Snapshot): ChangesEnd {
  return { seq: s.seq, asOf: s.asOf, takenAt: s.takenAt, label: s.label ?? null, name: s.name };
}

/** A state known on both sides is needed to call an action newly complete or newly overdue. */
function became(o: SnapAction, n: SnapAction, state: 'complete' | 'overdue'): boolean {
  return o.state !== null && n.state === state && o.state !== state;
}

export function changesBetween(older: Snapshot, newer: Snapshot): Changes {
  const { pairs, added, removed } = matchActions(older.actions, newer.actions);
  const c: Changes = {
    from: end(older),
    to: end(newer),
    ragUp: [],
    ragDown: [],
    newlyOverdue: [],
    completed: [],
    dueMoved: [],
    added: added.map(changedAction),
    removed: removed.map(changedAction),
    byArea: [],
  };
  for (const [o, n] of pairs) {
    if (became(o, n, 'complete')) {
      c.completed.push(changedAction(n));
      continue;
    }
    if (o.rag && n.rag && o.rag !== n.rag) {
      (RAG_RANK[n.rag] > RAG_RANK[o.rag] ? c.ragUp : c.ragDown).push({
        ...changedAction(n),
        from: o.rag,
        to: n.rag,
      });
    }
    if (became(o, n, 'overdue')) c.newlyOverdue.push(changedAction(n));
    if (o.due && n.due && o.due !== n.due)
      c.dueMoved.push({ ...changedAction(n), from: o.due, to: n.due });
  }
  c.byArea = areaDirections(c, newer.actions, removed);
  return c;
}

/** Total of listed changes: zero means nothing changed. */
export function changeCount(c: Changes): number {
  return (
    c.ragUp.length +
    c.ragDown.length +
    c.newlyOverdue.length +
    c.completed.length +
    c.dueMoved.length +
    c.added.length +
    c.removed.length
  );
}
