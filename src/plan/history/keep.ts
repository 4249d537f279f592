/**
 * Which snapshots a workbook keeps: the last KEEP_RECENT refreshes, then the last one of each
 * earlier month for KEEP_MONTHS months; and never more than MAX_ROWS actions in all (the oldest go
 * first, the newest two always stay), so a large plan's history stays a small part of its file.
 */
import { bySnapshotOrder, type Snapshot } from './snapshot';

export const KEEP_RECENT = 12;
export const KEEP_MONTHS = 24;
export const MAX_ROWS = 50_000;

export function thin(snapshots: Snapshot[]): Snapshot[] {
  const sorted = [...snapshots].sort(bySnapshotOrder);
  const recent = sorted.slice(-KEEP_RECENT);
  const older = sorted.slice(0, Math.max(0, sorted.length - KEEP_RECENT));
  const lastOfMonth = new Map<string, Snapshot>();
  for (const s of older) lastOfMonth.set(s.asOf.slice(0, 7), s);
  const monthly = [...lastOfMonth.values()].slice(-KEEP_MONTHS);
  const kept = [...monthly, ...recent];
  let rows = kept.reduce((n, s) => n + s.actions.length, 0);
  while (kept.length > 2 && rows > MAX_ROWS) rows -= kept.shift()!.actions.length;
  return kept;
}
