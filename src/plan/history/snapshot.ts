/**
 * A snapshot: what a refresh saw of each action, kept in the workbook so the next refresh can say
 * what changed. Small on purpose (well under 1 KB an action): identity, RAG, state, due date, money.
 */
import {
  actionCell,
  shorten,
  type Action,
  type IsoDate,
  type Plan,
  type Rag,
  type SheetCell,
  type State,
} from '../core';
import { fingerprint } from './text';

/** Longest texts a snapshot keeps: enough to show an action and to recognise it reworded. */
export const TEXT_LIMITS = { ref: 20, area: 60, objective: 80, action: 120 } as const;

export interface SnapAction {
  /** The plan's reference as written ("3.2"), or null when the plan has none. */
  ref: string | null;
  /** Line within a stacked cell (1 when not stacked): one reference can stack several actions. */
  line: number;
  /** Fingerprint of the full area, objective and action text (normalised). */
  fp: string;
  area: string | null;
  objective: string | null;
  action: string | null;
  /** Where the action was (its "Go to" cell): where a change list links to (stale in old snapshots). */
  at: SheetCell | null;
  rag: Rag | null;
  /** Null when not known (a period read from periodic RAG columns has only a RAG). */
  state: State | null;
  due: IsoDate | null;
  savings: number | null;
  forecast: number | null;
}

export interface Snapshot {
  /**
   * The refresh's number in this workbook, 1 for the first kept: two refreshes with the same time
   * (a fixed RAG_PLAN_NOW, two in one second) are still two. 0 for a snapshot made only to compare
   * (a period of periodic RAG columns, a copy given to diff).
   */
  seq: number;
  /** The date states were worked out on. */
  asOf: IsoDate;
  /** When the refresh ran (ISO date-time as given); orders snapshots of the same as-of date. */
  takenAt: string;
  /** The name a user gave it ("Cabinet 12 January"), to compare with later by name; null when none. */
  name: string | null;
  /** Shown instead of the as-of date: a period's name ("Q2") for periodic RAG columns. */
  label?: string;
  actions: SnapAction[];
}

/** Text kept at most `max` characters long, cut at a word where one is near. */
function kept(text: string | null, max: number): string | null {
  return text === null ? null : shorten(text, max, 'word');
}

export function snapAction(a: Action): SnapAction {
  return {
    ref: kept(a.ref, TEXT_LIMITS.ref) || null,
    line: a.line,
    fp: fingerprint([a.area, a.objective, a.action]),
    area: kept(a.area, TEXT_LIMITS.area),
    objective: kept(a.objective, TEXT_LIMITS.objective),
    action: kept(a.action, TEXT_LIMITS.action),
    at: actionCell(a),
    rag: a.rag,
    state: a.state,
    due: a.timescale.due,
    savings: a.savings,
    forecast: a.forecast,
  };
}

/** Every action of the plans read on a refresh, as snapshot `seq` (0: only to compare), named or not. */
export function takeSnapshot(
  plans: Plan[],
  asOf: IsoDate,
  takenAt: string,
  seq = 0,
  name: string | null = null
): Snapshot {
  const actions: SnapAction[] = [];
  for (const p of plans) for (const a of p.actions) actions.push(snapAction(a));
  return { seq, asOf, takenAt, name, actions };
}

/** Oldest first: by as-of date, then by time taken, then by number. */
export function bySnapshotOrder(a: Snapshot, b: Snapshot): number {
  if (a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  if (a.takenAt !== b.takenAt) return a.takenAt < b.takenAt ? -1 : 1;
  return a.seq - b.seq;
}
