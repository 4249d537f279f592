/**
 * Which snapshots a workbook keeps: the last KEEP_RECENT refreshes, every snapshot a user named (a
 * board's baseline), then the last one of each earlier month for KEEP_MONTHS months; and never more
 * than MAX_ROWS actions in all (the oldest go first, named or not; the newest two always stay), so a
 * large plan's history stays a small part of its file.
 */
import { bySnapshotOrder, type Snapshot } from './snapshot';

export const KEEP_RECENT = 12;
export const KEEP_MONTHS = 24;
export const MAX_ROWS = 50_000;

export function thin(snapshots: Snapshot[]): Snapshot[] {
  const sorted = [...snapshots].sort(bySnapshotOrder);
  const recent = new Set(sorted.slice(-KEEP_RECENT));
  const lastOfMonth = new Map<string, Snapshot>();
  for (const s of sorted) if (!recent.has(s)) lastOfMonth.set(s.asOf.slice(0, 7), s);
  const monthly = new Set([...lastOfMonth.values()].slice(-KEEP_MONTHS));
  const kept = sorted.filter((s) => recent.has(s) || monthly.has(s) || s.name !== null);
  let rows = 0;
  for (const s of kept) rows += s.actions.length;
  while (kept.length > 2 && rows > MAX_ROWS) rows -= kept.shift()!.actions.length;
  return kept;
}
