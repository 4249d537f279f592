/**
 * What a refresh compares with (its baseline): by default the last refresh; or a snapshot the user
 * chose, by date (the newest snapshot on or before it, by its as-of date), by the name they gave
 * it ("Cabinet 12 January": the newest of that name), or by its number (the pane's picker).
 */
import { displayDate, isIsoDate, type IsoDate } from '../core';
import { bySnapshotOrder, type Snapshot } from './snapshot';

export type Since =
  | { kind: 'last' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'name'; name: string }
  | { kind: 'seq'; seq: number };

/** What a snapshot is, for a list to pick from: no actions, only their count. */
export interface SnapshotInfo {
  seq: number;
  asOf: IsoDate;
  takenAt: string;
  name: string | null;
  actions: number;
}

/** The longest name kept: a name is a label for a meeting or a date, not a note. */
export const MAX_NAME = 60;

/** "--since 2027-01-12" is a date; any other text is a name ("Cabinet 12 January"). */
export function sinceFrom(text: string): Since {
  const t = text.trim();
  if (t === '') return { kind: 'last' };
  return isIsoDate(t) ? { kind: 'date', date: t } : { kind: 'name', name: t };
}

/** A name as compared: case and runs of spaces never make two names different. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A name as kept: on one line, trimmed; null when nothing is left. */
export function cleanName(name: string | null | undefined): string | null {
  const t = (name ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Why a name cannot be given, or null when it can: never cut short without a word. */
export function nameProblem(name: string): string | null {
  const t = cleanName(name);
  if (t === null) return "a snapshot's name cannot be empty";
  if (Array.from(t).length > MAX_NAME)
    return `a snapshot's name is at most ${MAX_NAME} characters (this one has ${Array.from(t).length})`;
  if (isIsoDate(t))
    return "a snapshot's name cannot be a date written YYYY-MM-DD (--since reads that as a date)";
  return null;
}

/** The snapshot a choice points at among those kept, or null when none fits. */
export function findBaseline(snapshots: Snapshot[], since: Since): Snapshot | null {
  const sorted = [...snapshots].sort(bySnapshotOrder);
  const newest = (fits: (s: Snapshot) => boolean): Snapshot | null => {
    for (let i = sorted.length - 1; i >= 0; i--) if (fits(sorted[i])) return sorted[i];
    return null;
  };
  switch (since.kind) {
    case 'last':
      return sorted[sorted.length - 1] ?? null;
    case 'date':
      return newest((s) => s.asOf <= since.date);
    case 'name':
      return newest((s) => s.name !== null && nameKey(s.name) === nameKey(since.name));
    case 'seq':
      return newest((s) => s.seq === since.seq);
  }
}

/** The choice in words, for a message that it matched nothing: "a snapshot named "Cabinet"". */
export function sinceWords(since: Since): string {
  switch (since.kind) {
    case 'last':
      return 'the last refresh';
    case 'date':
      return `a snapshot as of ${displayDate(since.date)} or earlier`;
    case 'name':
      return `a snapshot named "${since.name}"`;
    case 'seq':
      return `snapshot ${since.seq}`;
  }
}

/** The kept snapshots, newest first, as a picker lists them. */
export function snapshotInfos(snapshots: Snapshot[]): SnapshotInfo[] {
  return [...snapshots]
    .sort(bySnapshotOrder)
    .reverse()
    .map((s) => ({
      seq: s.seq,
      asOf: s.asOf,
      takenAt: s.takenAt,
      name: s.name,
      actions: s.actions.length,
    }));
}
