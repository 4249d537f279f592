/**
 * History on a refresh, in one call for every surface: the changes to show, the trend, and the
 * snapshots to store back in the workbook.
 *
 * - As-of on or after the newest stored snapshot (the usual case): the plan now is compared with
 *   the baseline (the newest snapshot, or the one the user chose: baseline.ts), and a snapshot of
 *   the plan now is added with the next number (then the store is thinned). A refresh at the very
 *   moment of the newest snapshot (the same as-of date and refresh time: a fixed RAG_PLAN_NOW, two
 *   refreshes in one second) replaces it, keeping its number and name, and compares with what it
 *   compared with: the same refresh twice gives the same Summary.
 * - As-of before the newest snapshot (looking back): the changes are those between the last two
 *   snapshots on or before that date (or the chosen baseline and the last), as a refresh then
 *   showed them; the store is not changed.
 * - No snapshot to compare with: the plan's own periodic RAG columns (Q1 | Q2 | Q3), when it has
 *   them, give the changes (each action's previous period against its latest) and the trend.
 */
import type { IsoDate, Plan } from '../core';
import { cleanName, findBaseline, type Since } from './baseline';
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
  /** The snapshot this refresh kept (null when looking back: nothing is kept). */
  kept: Snapshot | null;
  /** The user chose a baseline that no kept snapshot fits: the changes are since the last refresh. */
  missed: Since | null;
  /** True when the changes are since a snapshot the user chose (not simply the last refresh). */
  chosen: boolean;
}

export interface HistoryChoice {
  /** What to compare with; the last refresh when absent. */
  since?: Since;
  /** A name for the snapshot this refresh keeps ("Cabinet 12 January"). */
  name?: string | null;
}

/** The same moment: a refresh that replaces the newest snapshot rather than adding one. */
function sameMoment(s: Snapshot | undefined, asOf: IsoDate, takenAt: string): s is Snapshot {
  return s !== undefined && s.asOf === asOf && s.takenAt === takenAt;
}

/** The baseline among `candidates`, or the newest of them when none was chosen or none fits. */
function baselineOf(
  candidates: Snapshot[],
  since: Since | undefined
): { base: Snapshot | undefined; missed: Since | null; chosen: boolean } {
  const last = candidates[candidates.length - 1];
  if (!since || since.kind === 'last') return { base: last, missed: null, chosen: false };
  const found = findBaseline(candidates, since);
  return found
    ? { base: found, missed: null, chosen: true }
    : { base: last, missed: since, chosen: false };
}

export function refreshHistory(
  stored: Snapshot[],
  plans: Plan[],
  asOf: IsoDate,
  takenAt: string,
  choice: HistoryChoice = {}
): HistoryView {
  const sorted = [...stored].sort(bySnapshotOrder);
  const newest = sorted[sorted.length - 1];
  if (newest && asOf < newest.asOf) return lookingBack(sorted, asOf, choice.since);
  const replacing = sameMoment(newest, asOf, takenAt);
  const before = replacing ? sorted.slice(0, -1) : sorted;
  const seq = replacing ? newest.seq : sorted.reduce((n, s) => Math.max(n, s.seq), 0) + 1;
  const name = cleanName(choice.name) ?? (replacing ? newest.name : null);
  const now = takeSnapshot(plans, asOf, takenAt, seq, name);
  const store = thin([...before, now]);
  // The chosen baseline may be the very snapshot being replaced: then it is compared as it was.
  const { base, missed, chosen } = baselineOf(
    choice.since && choice.since.kind !== 'last' ? sorted : before,
    choice.since
  );
  if (base) {
    const changes = changesBetween(base, now);
    return { changes, trend: trendOf(store), store, kept: now, missed, chosen };
  }
  const periodic = periodicHistory(plans, asOf);
  return {
    changes: periodic.latest ? changesBetween(periodic.latest[0], periodic.latest[1]) : null,
    trend: trendOf(periodic.periods.length >= 2 ? periodic.periods : store),
    store,
    kept: now,
    missed,
    chosen: false,
  };
}

/** As a refresh on `asOf` showed it: the last snapshot then, against the one before (or the baseline). */
function lookingBack(sorted: Snapshot[], asOf: IsoDate, since: Since | undefined): HistoryView {
  const upTo = sorted.filter((s) => s.asOf <= asOf);
  const then = upTo[upTo.length - 1];
  const { base, missed, chosen } = baselineOf(upTo.slice(0, -1), since);
  return {
    changes: then && base ? changesBetween(base, then) : null,
    trend: trendOf(upTo),
    store: sorted,
    kept: null,
    missed,
    chosen,
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

/** The changes from a kept snapshot to a copy of a plan now (rag-plan diff --since). */
export function changesSinceSnapshot(base: Snapshot, newer: Plan[], newerAsOf: IsoDate): Changes {
  return changesBetween(base, takeSnapshot(newer, newerAsOf, ''));
}
