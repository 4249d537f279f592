/**
 * History on a refresh, in one call for every surface: the changes to show, the trend, and the
 * snapshots to store back in the workbook.
 *
 * - As-of on or after the newest stored snapshot (the usual case): the plan now is compared with
 *   the newest snapshot, and a snapshot of the plan now is added (then the store is thinned).
 * - As-of before the newest snapshot (looking back): the changes are those between the last two
 *   snapshots on or before that date, as a refresh then showed them; the store is not changed.
 * - No snapshot to compare with: the plan's own periodic RAG columns (Q1 | Q2 | Q3), when it has
 *   them, give the changes (each action's previous period against its latest) and the trend.
 */
import type { IsoDate, Plan } from '../core';
import { changesBetween, type Changes } from './changes';
import { thin } from './keep';
import { periodicHistory } from './periodic';
import { bySnapshotOrder, takeSnapshot, type Snapshot } from './snapshot';
import { trendOf, type TrendPoint } from './trend';

export interface HistoryView {
  /** Null when there is nothing to compare with (the first refresh of a plan without periods). */
  changes: Changes | null;
  trend: TrendPoint[];
  /** The snapshots to write back to the workbook, oldest first. */
  store: Snapshot[];
}

export function refreshHistory(
  stored: Snapshot[],
  plans: Plan[],
  asOf: IsoDate,
  takenAt: string
): HistoryView {
  const sorted = [...stored].sort(bySnapshotOrder);
  const newest = sorted[sorted.length - 1];
  if (newest && asOf < newest.asOf) {
    const upTo = sorted.filter((s) => s.asOf <= asOf);
    const [before, then] = upTo.slice(-2);
    return {
      changes: then ? changesBetween(before, then) : null,
      trend: trendOf(upTo),
      store: sorted,
    };
  }
  const now = takeSnapshot(plans, asOf, takenAt);
  const store = thin([...sorted, now]);
  if (newest) return { changes: changesBetween(newest, now), trend: trendOf(store), store };
  const periodic = periodicHistory(plans, asOf);
  const changes = periodic.latest ? changesBetween(...periodic.latest) : null;
  return {
    changes,
    trend: trendOf(periodic.periods.length >= 2 ? periodic.periods : store),
    store,
  };
}

/** The same changes from two copies of a plan (rag-plan diff): no snapshot needed. */
export function changesBetweenPlans(
  older: Plan[],
  olderAsOf: IsoDate,
  newer: Plan[],
  newerAsOf: IsoDate
): Changes {
  return changesBetween(takeSnapshot(older, olderAsOf, ''), takeSnapshot(newer, newerAsOf, ''));
}
